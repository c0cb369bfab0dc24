import styles from "./import.module.css";

export type ImportLimitsText = {
  maxFile: string;
  maxRows: string;
  maxColumns: string;
  maxSeries: string;
  maxParseSeconds: number;
  maxRequestSeconds: number;
  maxKept: number;
};

/** What the importer accepts, its limits and what happens to the file; rendered on the server. */
export function ImportIntro({ limits }: { limits: ImportLimitsText }) {
  return (
    <div className={styles.intro}>
      <section className="panel" aria-labelledby="import-accepted-heading">
        <h2 id="import-accepted-heading">What you can bring</h2>
        <ul className={styles.introList}>
          <li>
            <strong>World Bank</strong>: a WDI bulk download (<code>API_…_DS2_en_csv_v2_….csv</code>, or the Excel
            version with its metadata sheets), also re-saved by a spreadsheet with semicolons, and WITS exports
          </li>
          <li>
            <strong>UN Comtrade</strong>: the legacy download and Comtrade+ <code>TradeData.csv</code>, yearly or
            monthly
          </li>
          <li>
            <strong>IMF</strong>: Direction of Trade Statistics exports, yearly, quarterly or monthly, and the DOTS
            country tables in Excel (exports and imports by partner, one sheet each)
          </li>
          <li>
            <strong>Our World in Data</strong>: a grapher download (Entity, Code, Year, …), long-run ones too: years
            before 1800 are kept, and the charts draw 1800 on
          </li>
          <li>
            <strong>This dashboard</strong>: the trade CSV from the explorer or the data API, edited or not
          </li>
          <li>
            <strong>Any other CSV or Excel workbook</strong> with a year column and columns of numbers, or with years as
            columns; Pakistani fiscal years such as <code>2008-09</code> or <code>FY09</code> are read as July–June
          </li>
        </ul>
        <p className="small muted">
          Amounts in US dollars, thousands, millions or billions are converted to US$ millions and drawn beside our
          series. Other units, such as “% of GDP”, can be previewed but not drawn on the US$ chart. Months and quarters
          are added up to years; a year with some months missing is marked as part of a year, never filled in.
        </p>
      </section>
      <section className="panel" aria-labelledby="import-limits-heading">
        <h2 id="import-limits-heading">Limits and privacy</h2>
        <dl className={styles.limits}>
          <dt>File size</dt>
          <dd>{`up to ${limits.maxFile}`}</dd>
          <dt>Rows</dt>
          <dd>{`up to ${limits.maxRows}`}</dd>
          <dt>Columns</dt>
          <dd>{`up to ${limits.maxColumns}`}</dd>
          <dt>Series</dt>
          <dd>{`up to ${limits.maxSeries} in a file`}</dd>
          <dt>Time</dt>
          <dd>{`${limits.maxParseSeconds} s of reading, ${limits.maxRequestSeconds} s in all`}</dd>
          <dt>Kept</dt>
          <dd>{`up to ${limits.maxKept} series in this browser`}</dd>
        </dl>
        <p className={styles.privacy} data-testid="import-privacy">
          Nothing you upload is stored on the server or shown to anyone else; parsed series stay in this browser until
          you remove them.
        </p>
      </section>
    </div>
  );
}
