import { readFileSync } from "node:fs";
import path from "node:path";
import { CPI_FILES, DOTS_WORKBOOKS, extractOfficial, type OfficialOutputs } from "./official";
import { readWorkbook } from "./workbook";

/** Reads every raw official file under `root`/data/raw and extracts the tidy CSV files. */
export async function extractFromRaw(root: string): Promise<OfficialOutputs> {
  const raw = (...parts: string[]) => path.join(root, "data", "raw", ...parts);
  const [pakistan, russia] = await Promise.all(
    DOTS_WORKBOOKS.map((workbook) => readWorkbook(raw("imf-dots", workbook.file), workbook.file)),
  );
  return extractOfficial({
    workbooks: { "DOTS_151.xlsx": pakistan ?? [], "DOTS_162.xlsx": russia ?? [] },
    cpi: {
      table: readFileSync(raw("us-cpi", CPI_FILES.table), "utf8"),
      monthly: readFileSync(raw("us-cpi", CPI_FILES.monthly), "utf8"),
    },
  });
}
