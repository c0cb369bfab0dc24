/*
 * Smallest valid texts of the extracted official files, for tests that build a
 * dataset from hand-written files. They cite `dawn-2016`, which every such
 * test's sources file has.
 */
export const OFFICIAL_TEST_TEXTS = {
  official: `reporter,partner,flow,valuation,year,value_usd_m,unit,source_id
Pakistan,Russian Federation,exports,FOB,2003,16.84752,US$ millions,dawn-2016
Pakistan,Russian Federation,imports,CIF,2003,75.222753,US$ millions,dawn-2016
`,
  pakistanPartners: `reporter,partner,flow,valuation,year,value_usd_m,unit,source_id
Pakistan,Russian Federation,exports,FOB,2003,16.84752,US$ millions,dawn-2016
`,
  usCpi: `year,cpi_u,method,source_id
2003,184,published_average,dawn-2016
`,
};
