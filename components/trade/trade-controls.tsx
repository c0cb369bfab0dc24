import { MODE_DESCRIPTIONS, MODE_LABELS, SCALE_DESCRIPTIONS, SCALE_LABELS } from "@/lib/format";
import type { TradeExplorer } from "@/lib/trade/explorer";
import { MODES, SCALES } from "@/lib/trade/params";
import { HiddenParams } from "./hidden-params";
import styles from "./trade.module.css";
import { UrlForm } from "./url-form";

const OWNED = ["from", "to", "series", "scale", "mode"];

function countInRange(count: number): string {
  if (count === 0) return "no figures in range";
  return `${count} figure${count === 1 ? "" : "s"} in range`;
}

/**
 * The chart's settings as one GET form: typed years, scale, values and the
 * series drawn. Each choice explains itself in one line, in place.
 */
export function TradeControls({ explorer }: { explorer: TradeExplorer }) {
  const { view, context, seriesOptions, query } = explorer;
  const defaults = {
    from: String(context.minYear),
    to: String(context.maxYear),
    series: context.seriesIds.join(","),
    scale: "linear",
    mode: "absolute",
  };
  const selectedCount = seriesOptions.filter((option) => option.selected).length;
  return (
    <UrlForm
      action="/trade"
      stateKey={explorer.formKey}
      defaults={defaults}
      className={`panel ${styles.controls}`}
      aria-label="Chart settings"
    >
      <HiddenParams query={query} exclude={OWNED} />
      <fieldset className={styles.fieldset}>
        <legend>Years</legend>
        <div className={styles.yearRow}>
          <label className={styles.yearField}>
            <span>From</span>
            <input
              type="number"
              name="from"
              inputMode="numeric"
              min={context.minYear}
              max={context.maxYear}
              defaultValue={view.from}
              aria-describedby="years-hint"
            />
          </label>
          <label className={styles.yearField}>
            <span>To</span>
            <input
              type="number"
              name="to"
              inputMode="numeric"
              min={context.minYear}
              max={context.maxYear}
              defaultValue={view.to}
              aria-describedby="years-hint"
            />
          </label>
          <button type="submit" className="button">
            Apply
          </button>
        </div>
        <p id="years-hint" className={styles.hint}>
          Our figures cover {context.minYear}–{context.maxYear}. A fiscal year counts in the year it ends.
        </p>
      </fieldset>

      <RadioFieldset
        legend="Scale"
        name="scale"
        options={SCALES}
        labels={SCALE_LABELS}
        checked={view.scale}
        hint={SCALE_DESCRIPTIONS[view.scale]}
      />
      <RadioFieldset
        legend="Values"
        name="mode"
        options={MODES}
        labels={MODE_LABELS}
        checked={view.mode}
        hint={MODE_DESCRIPTIONS[view.mode]}
      />

      <details className={styles.seriesDetails} data-keep-open="series">
        <summary>
          <span className={styles.summaryTitle}>Series</span>{" "}
          <span className="muted">
            {selectedCount === seriesOptions.length
              ? `all ${selectedCount} shown`
              : `${selectedCount} of ${seriesOptions.length} shown`}
          </span>
        </summary>
        <fieldset className={styles.fieldset}>
          <legend className="visually-hidden">Series to show</legend>
          <p className={styles.hint}>
            A series is one reporter’s figures from one country’s statistics on one basis. Untick to hide; with none
            ticked, all are shown.
          </p>
          <ul className={styles.seriesList}>
            {seriesOptions.map((option) => (
              <li key={option.id}>
                <label className={styles.seriesChoice}>
                  <input type="checkbox" name="series" value={option.id} defaultChecked={option.selected} />
                  <span
                    className={styles.swatch}
                    style={{ background: `var(${option.colorVar})` }}
                    aria-hidden="true"
                  />
                  <span>
                    {option.label} <span className="muted">({countInRange(option.countInRange)})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
    </UrlForm>
  );
}

type RadioFieldsetProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  checked: T;
  /** One line saying what the checked option means, read out with each radio. */
  hint: string;
};

/** A set of radio buttons with the explanation of the current choice beneath it. */
function RadioFieldset<T extends string>({ legend, name, options, labels, checked, hint }: RadioFieldsetProps<T>) {
  const hintId = `${name}-hint`;
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      <div className={styles.choices}>
        {options.map((option) => (
          <label key={option} className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={option}
              defaultChecked={checked === option}
              aria-describedby={hintId}
            />
            {labels[option]}
          </label>
        ))}
      </div>
      <p id={hintId} className={styles.hint}>
        {hint}
      </p>
    </fieldset>
  );
}
