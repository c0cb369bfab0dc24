import { labelsOf } from "@/lib/format";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import type { TradeExplorer } from "@/lib/trade/explorer";
import { FLOWS, LAYERS, MODES, REPORTER_CHOICES, SCALES } from "@/lib/trade/params";
import { HiddenParams } from "./hidden-params";
import styles from "./trade.module.css";
import { UrlForm } from "./url-form";

const OWNED = ["from", "to", "flow", "reporter", "layer", "series", "scale", "mode"];

/**
 * The chart's settings as one GET form: typed years, scale, values and the
 * series drawn. Each choice explains itself in one line, in place.
 */
export function TradeControls({ explorer, locale = "en" }: { explorer: TradeExplorer; locale?: Locale }) {
  const t = getT(locale);
  const labels = labelsOf(locale);
  const { view, context, seriesOptions, query } = explorer;
  const words = <K extends string>(keys: readonly K[], word: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>;
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
      action={localizePath(locale, "/trade")}
      stateKey={explorer.formKey}
      defaults={defaults}
      className={`panel ${styles.controls}`}
      aria-label={t("trade.controls.label")}
      pendingText={t("trade.controls.updating")}
    >
      <HiddenParams query={query} exclude={OWNED} />
      <fieldset className={styles.fieldset}>
        <legend>{t("trade.controls.years")}</legend>
        <div className={styles.yearRow}>
          <label className={styles.yearField}>
            <span>{t("trade.controls.from")}</span>
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
            <span>{t("trade.controls.to")}</span>
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
            {t("trade.controls.apply")}
          </button>
        </div>
        <p id="years-hint" className={styles.hint}>
          {t("trade.controls.yearsHint", { from: String(context.minYear), to: String(context.maxYear) })}
        </p>
      </fieldset>

      <RadioFieldset
        legend={t("trade.controls.flow")}
        name="flow"
        options={FLOWS}
        labels={words(FLOWS, (flow) => t(`trade.controls.flows.${flow}`))}
        checked={view.flow}
        hint={t(`trade.controls.flowHints.${view.flow}`)}
      />
      <RadioFieldset
        legend={t("trade.controls.reporter")}
        name="reporter"
        options={REPORTER_CHOICES}
        labels={words(REPORTER_CHOICES, (reporter) => t(`trade.controls.reporters.${reporter}`))}
        checked={view.reporter}
        hint={t(`trade.controls.reporterHints.${view.reporter}`)}
      />
      <RadioFieldset
        legend={t("trade.controls.layer")}
        name="layer"
        options={LAYERS}
        labels={words(LAYERS, (layer) => t(`trade.controls.layers.${layer}`))}
        checked={view.layer}
        hint={t(`trade.controls.layerHints.${view.layer}`)}
      />

      <RadioFieldset
        legend={t("trade.controls.scale")}
        name="scale"
        options={SCALES}
        labels={labels.scale}
        checked={view.scale}
        hint={labels.scaleDescription[view.scale]}
      />
      <RadioFieldset
        legend={t("trade.controls.mode")}
        name="mode"
        options={MODES}
        labels={labels.mode}
        checked={view.mode}
        hint={
          view.mode === "real" && explorer.dollars.baseYear !== undefined
            ? t("trade.controls.baseYear", {
                description: labels.modeDescription.real,
                year: String(explorer.dollars.baseYear),
              })
            : labels.modeDescription[view.mode]
        }
      />

      <details className={styles.seriesDetails} data-keep-open="series">
        <summary>
          <span className={styles.summaryTitle}>{t("trade.controls.series")}</span>{" "}
          <span className="muted">
            {selectedCount === seriesOptions.length
              ? t("trade.controls.allShown", { count: selectedCount })
              : t("trade.controls.someShown", { count: selectedCount, total: seriesOptions.length })}
          </span>
        </summary>
        <fieldset className={styles.fieldset}>
          <legend className="visually-hidden">{t("trade.controls.seriesLegend")}</legend>
          <p className={styles.hint}>{t("trade.controls.seriesHint")}</p>
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
                    {option.label}{" "}
                    <span className="muted">({t("trade.controls.inRange", { count: option.countInRange })})</span>
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
