/*
 * One or two framing sentences per section of /financing, in our own words.
 * They carry no figures: every amount, date and count on the page comes from
 * the rows of data/financing.csv and data/claims.csv.
 */
export const SECTION_INTROS: Record<string, string> = {
  "casa-1000":
    "A transmission line meant to carry surplus summer hydropower from the Kyrgyz Republic and Tajikistan to Afghanistan and Pakistan. The World Bank leads its financing. Russia offered money, but the partner countries did not take the offer up and Russia never joined the lenders, although the source article says it provided the money.",
  "us-aid-1980s":
    "After the Soviet intervention in Afghanistan, Washington courted Pakistan with aid. Zia turned the first offer down; the Reagan administration's multi-year programme that followed is the package the source article misstates. A fighter-jet sale agreed at the time was a purchase, not aid, and is kept apart.",
  "operation-cyclone":
    "The CIA's covert programme to arm the Afghan resistance, channelled through Pakistan's intelligence service. One compilation gives a total for the whole programme; the yearly figures, from two compilations that do not always agree, are shown as parts of it and never added up by us. Most years have no yearly figure, and where both compilations give one for the same year, both are shown.",
  "pakistan-steel-mills":
    "Pakistan's largest steel works, near Karachi, built with Soviet credit and engineering. Since the Soviet collapse Russia has offered to expand it again and again; none of those offers is known to have gone ahead.",
  "guddu-muzaffargarh":
    "Thermal power stations with units that Technopromexport installed with Soviet financial help. A later Russian framework deal for rehabilitation was published only in euros, so it has no dollar amount here.",
  "pakistan-stream":
    "A gas pipeline from the southern coast to Punjab, first agreed as the North–South pipeline and later renamed Pakistan Stream. Its stated cost changed with each agreement, and it had not been built by the time of the latest source we hold.",
  "russia-2019-packages":
    "Headline figures for investment that Russia or Russian companies announced during the year. They overlap with items in other sections, and we found no evidence that any of it was paid out.",
  "soviet-debt":
    "Money owed from the Soviet period, first rescheduled and later settled. These rows are obligations and payments by Pakistan, not aid to it.",
};
