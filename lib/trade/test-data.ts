import { OFFICIAL_TEST_TEXTS } from "../data/official-test-texts";
import { buildDataset } from "../data/build";

/*
 * A small dataset for the trade explorer's unit tests, read through the real
 * validator and reshaper so the tests see exactly the shapes pages do. It is
 * test input, not data: the figures follow the research notes but the site
 * never reads this file.
 */

const SOURCES = `id,title,publisher,author,date,url,kind,note
source-article,"Pakistan–Russia relations [3 of 5]",Wonders of Pakistan,,,,blog,
dawn-2016,"Trade with Russia",Dawn,,2016-05-01,,press,
dawn-2023,"Trade with Russia",Dawn,,2023-10-13,,press,
nation-2024,"FPCCI on Russia trade",The Nation,,2024-03-07,,press,
`;

const TRADE = `id,period,basis,start,end,total_usd_m,pk_exports_usd_m,pk_imports_usd_m,qualifier,reporter,perspective,status,source_ids,conflicts_with,note
article-2003,2003,calendar,2003-01,2003-12,92,,,,Source article,unknown,unverified,source-article,,
article-2006,2006,calendar,2006-01,2006-12,411.4,,,,Source article,unknown,unverified,source-article,,
article-2008,2008,calendar,2008-01,2008-12,630,,,,Source article,unknown,unverified,source-article,,
article-2009,2009,calendar,2009-01,2009-12,400,,,,Source article,unknown,approximate,source-article,,
ru-2012,2012,calendar,2012-01,2012-12,542,332,210,,Russian trade representation,russian,reported,dawn-2016,,
moc-fy2012-13,FY2012-13,fiscal,2012-07,2013-06,484.47,,,,Pakistan Ministry of Commerce,pakistani,reported,dawn-2016,,
moc-fy2013-14,FY2013-14,fiscal,2013-07,2014-06,419.34,,,,Pakistan Ministry of Commerce,pakistani,reported,dawn-2016,,
pbc-2014,2014,calendar,2014-01,2014-12,454,,,,Pakistan Business Council,pakistani,reported,dawn-2016,,
pbc-2015,2015,calendar,2015-01,2015-12,381,285,95.7,,Pakistan Business Council,pakistani,reported,dawn-2016,,
ru-2018,2018 Jan–Oct,partial,2018-01,2018-10,660,,,,Russian trade representation,russian,reported,dawn-2016,,
moc-fy2022-23,FY2022-23,fiscal,2022-07,2023-06,920,74,846,,Pakistan Ministry of Commerce,pakistani,reported,dawn-2023,fpcci-fy2022-23,
fpcci-fy2022-23,FY2022-23,fiscal,2022-07,2023-06,666.85,,,,FPCCI,pakistani,reported,nation-2024,moc-fy2022-23,
ru-2023,2023,calendar,2023-01,2023-12,1000,,,at_least,Russian trade representation,russian,reported,dawn-2023,,
`;

const EVENTS = `id,date,precision,end_date,title,summary,theme,source_ids,related
visit-2003,2003-02,month,,A visit,Leaders met.,diplomacy,dawn-2016,trade
crisis-2008,2008-09,month,2009-06,A crisis,Trade fell.,trade,dawn-2016,trade
concert-2010,2010,year,,A concert,Music was played.,culture,dawn-2016,
crude-2023,2023-06,month,,Crude arrives,Oil shipments began.,energy,dawn-2023,trade
`;

// The validator wants at least one row in every file; these two are not used by the tests.
const FINANCING = `id,project,item,financier,counterpart,amount_usd_m,amount_max_usd_m,qualifier,original_amount,date,end_date,kind,status,source_ids,conflicts_with,note
casa-offer,casa-1000,An offer,Russia,,500,,at_least,,2011-11-07,,offer,lapsed,dawn-2016,,
`;
const CLAIMS = `id,claim,article_value,status,corrected_value,explanation,source_ids,related_ids
trade-2003,Trade was 92 million dollars in 2003,92 million,unverified,,No other source gives it.,source-article,trade:article-2003
`;

export function testDataset() {
  return buildDataset({
    sources: SOURCES,
    trade: TRADE,
    financing: FINANCING,
    events: EVENTS,
    claims: CLAIMS,
    ...OFFICIAL_TEST_TEXTS,
  });
}

export function testTradeData() {
  const data = testDataset();
  return {
    trade: data.trade,
    series: data.tradeSeries,
    events: data.events,
    official: data.official,
    cpi: data.usCpi,
    claims: data.claims,
    sources: data.sources,
  };
}
