import type { Metadata } from "next";
import { OfficialSections } from "@/components/official/official-sections";
import { getOfficial, getPakistanPartners, getUsCpi } from "@/lib/data";
import { readSectionParams } from "@/lib/official/params";

/*
 * A page of its own for the official sections while the trade explorer is
 * rebuilt; they move onto /trade, fed by its year range and dollars, once it lands.
 */

export const metadata: Metadata = {
  title: "Official statistics: both countries’ figures, share and balance",
  description:
    "Pakistan–Russia trade in the IMF Direction of Trade Statistics as each country counts it: the gap between their figures, how much Russia matters to Pakistan, and Pakistan’s balance.",
};

type RawSearchParams = Record<string, string | string[] | undefined>;

export default async function OfficialPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { from, to, mode } = readSectionParams(await searchParams);
  return (
    <>
      <h1>Pakistan–Russia trade in the official statistics</h1>
      <p className="lede">
        What the IMF’s Direction of Trade Statistics record, as Pakistan counts it and as Russia counts it, {from}–{to}
        {mode === "real" ? ", in constant dollars" : ""}.
      </p>
      <OfficialSections
        official={getOfficial()}
        partners={getPakistanPartners()}
        cpi={getUsCpi()}
        from={from}
        to={to}
        mode={mode}
      />
    </>
  );
}
