/*
 * `npm run data:extract`: rewrites data/imf-dots.csv, data/imf-dots-pakistan-partners.csv
 * and data/us-cpi.csv from the raw official files in data/raw/. Run it after
 * replacing a raw file; never edit those CSV files by hand.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ExtractionError } from "../lib/extract/grid";
import { extractFromRaw } from "../lib/extract/read-raw";

const root = process.cwd();
try {
  const outputs = await extractFromRaw(root);
  for (const [file, text] of Object.entries(outputs)) {
    writeFileSync(path.join(root, "data", file), text);
    console.log(`data/${file}: ${text.split("\n").length - 2} rows`);
  }
} catch (error) {
  if (error instanceof ExtractionError) {
    console.error(`Extraction stopped: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
