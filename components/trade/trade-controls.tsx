import { MODE_DESCRIPTIONS, MODE_LABELS, SCALE_DESCRIPTIONS, SCALE_LABELS } from "@/lib/format";
import type { TradeExplorer } from "@/lib/trade/explorer";
import { FLOWS, LAYERS, MODES, REPORTER_CHOICES, SCALES } from "@/lib/trade/params";
import { HiddenParams } from "./hidden-params";
import styles from "./trade.module.css";
import { UrlForm } from "./url-form";

const OWNED = ["from", "to", "flow", "reporter", "layer", "series", "scale", "mode"];

const FLOW_LABELS = {
  total: "Total trade",
  exports: "Pakistan’s exports",
  imports: "Pakistan’s imports",
  balance: "Balance",
} as const;
const FLOW_HINTS = {
  total: "Exports plus imports in both directions, as each country counts them: our sum of the IMF’s two flows.",
  exports:
    "Goods Pakistan sells to Russia: Pakistan’s exports (FOB) by its count, Russia’s imports from Pakistan (CIF) by Russia’s.",
  imports:
    "Goods Pakistan buys from Russia: Pakistan’s imports (CIF) by its count, Russia’s exports to Pakistan (FOB) by Russia’s.",
  balance:
    "Pakistan’s exports minus its imports: below zero is a deficit with Russia. Our arithmetic on the IMF’s flows.",
} as const;
const REPORTER_LABELS = { both: "Both countries", pk: "Pakistan’s count", ru: "Russia’s count" } as const;
const REPORTER_HINTS = {
  both: "Two lines: Pakistan’s statistics (solid) and Russia’s (dashed). They differ; see “Two countries, two numbers” below.",
  pk: "Pakistan’s own statistics as reported to the IMF, 1960–2020 (the USSR before 1992).",
  ru: "The Russian Federation’s own statistics as reported to the IMF, 1992–2020.",
} as const;
const LAYER_LABELS = { official: "Official series", press: "Every published figure" } as const;
const LAYER_HINTS = {
  official:
    "The IMF lines, the source article’s four figures (linked to their check) and the figures published after 2020.",
  press:
    "Every figure officials and newspapers have published, grouped by whose statistics they are, never joined by lines.",
} as const;

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
    from: String(context.defaultFrom),
    to: String(context.maxYear),
    flow: "total",
    reporter: "both",
    layer: "official",
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
          Our figures cover {context.minYear}–{context.maxYear}: the IMF series to 2020 (the USSR before 1992),
          published figures after. A fiscal year counts in the year it ends.
        </p>
      </fieldset>

      <RadioFieldset
        legend="Flow"
        name="flow"
        options={FLOWS}
        labels={FLOW_LABELS}
        checked={view.flow}
        hint={FLOW_HINTS[view.flow]}
      />
      <RadioFieldset
        legend="Whose statistics"
        name="reporter"
        options={REPORTER_CHOICES}
        labels={REPORTER_LABELS}
        checked={view.reporter}
        hint={REPORTER_HINTS[view.reporter]}
      />
      <RadioFieldset
        legend="Published figures"
        name="layer"
        options={LAYERS}
        labels={LAYER_LABELS}
        checked={view.layer}
        hint={LAYER_HINTS[view.layer]}
      />

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
        hint={
          view.mode === "real" && explorer.dollars.baseYear !== undefined
            ? `${MODE_DESCRIPTIONS.real} Base year: ${explorer.dollars.baseYear}.`
            : MODE_DESCRIPTIONS[view.mode]
        }
      />

      <details className={styles.seriesDetails} data-keep-open="series">
        <summary>
          <span className={styles.summaryTitle}>Published series</span>{" "}
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
