import "server-only";
import { getT, type Locale } from "@/lib/i18n";
import { compareCardLabels } from "@/components/compare/compare-card-labels";
import { compareCaveatWords } from "@/components/compare/caveat-words";
import type { ImportFormatId } from "@/lib/import/types";
import type { ImportedPointWords } from "@/lib/imported/chart";
import type { PluralForms, TextPart } from "./fill";

/*
 * The words the import page's client components show, built on the server in
 * the reader's language and handed down as props, so the browser never loads
 * a message catalogue. Messages with values become "{name}" templates; those
 * that depend on a count become one template per plural category (see
 * fill.ts); text with words kept in English comes as parts.
 */

type Values = Record<string, string | number>;

/** Numbers whose plural categories cover every language's rules (1.5 is "other" in Russian). */
const PLURAL_SAMPLES = [1, 2, 5, 0, 1.5, 21, 22, 25, 11, 100];

/** `{ name: "{name}", … }`: a message rendered with these values is a template the client fills. */
export function holes(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `{${name}}`]));
}

/**
 * One template per plural category: the message is rendered with a sample count of each
 * category, and the count, as use-intl wrote it, becomes "{count}" again.
 */
export function pluralForms(locale: Locale, render: (count: number) => string): PluralForms {
  const rules = new Intl.PluralRules(locale);
  const digits = new Intl.NumberFormat(locale);
  const forms: PluralForms = { other: "" };
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = PLURAL_SAMPLES.find((count) => rules.select(count) === category);
    if (sample === undefined) continue;
    forms[category] = render(sample).replace(digits.format(sample), "{count}");
  }
  return forms;
}

/* Tags in a message come back from `t.markup` between these marks, and are then split into parts. */
const OPEN = "\u0001";
const SEP = "\u0003";
const CLOSE = "\u0002";
const TAGS = ["en", "code", "i"] as const;
const markTags = Object.fromEntries(
  TAGS.map((tag) => [tag, (chunks: string) => `${OPEN}${tag}${SEP}${chunks}${CLOSE}`]),
) as Record<(typeof TAGS)[number], (chunks: string) => string>;

/** Splits a message with `<en>`, `<code>` or `<i>` tags into parts. */
function parts(text: string): TextPart[] {
  const out: TextPart[] = [];
  const pattern = new RegExp(`${OPEN}(\\w+)${SEP}([^${CLOSE}]*)${CLOSE}`, "g");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    const tag = TAGS.find((name) => name === match[1]);
    out.push(tag === undefined ? { text: match[2] ?? "" } : { text: match[2] ?? "", tag });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

const FORMAT_IDS: readonly ImportFormatId[] = [
  "wdi",
  "comtrade-legacy",
  "comtrade-plus",
  "imf-dots",
  "imf-dots-table",
  "owid",
  "wits",
  "dashboard-trade",
  "tidy",
  "wide",
];

export function importLabels(locale: Locale) {
  const t = getT(locale);
  const forms = (render: (count: number) => string) => pluralForms(locale, render);
  const v = (values: Values) => values;
  return {
    locale,
    units: {
      bytes: t("import.units.bytes", holes("value")),
      kb: t("import.units.kb", holes("value")),
      mb: t("import.units.mb", holes("value")),
    },
    upload: {
      heading: t("import.upload.heading"),
      dropTitle: t("import.upload.dropTitle"),
      or: t("import.upload.or"),
      choose: t("import.upload.choose"),
      chooseAnother: t("import.upload.chooseAnother"),
      hint: parts(t.markup("import.upload.hint", { ...holes("max"), ...markTags })),
      manyDropped: t("import.upload.manyDropped", holes("count", "name")),
      uploading: t("import.upload.uploading", holes("name", "loaded", "total")),
      reading: t("import.upload.reading", holes("name")),
      cancel: t("import.upload.cancel"),
      progressLabel: t("import.upload.progressLabel", holes("name")),
      progressSent: t("import.upload.progressSent"),
      progressPercent: t("import.upload.progressPercent", holes("percent")),
      cancelled: t("import.upload.cancelled", holes("name")),
      announceUploading: t("import.upload.announceUploading", holes("name")),
      announceRead: forms((count) => t("import.upload.announceRead", v({ count, ...holes("name", "format") }))),
      announceRefused: t("import.upload.announceRefused", holes("name")),
      announceTooLarge: t("import.upload.announceTooLarge", holes("name")),
      announceCancelled: t("import.upload.announceCancelled", holes("name")),
    },
    errors: {
      tooLarge: t("import.errors.tooLarge"),
      unreadable: t("import.errors.unreadable"),
      refused: t("import.errors.refused"),
      failed: t("import.errors.failed"),
      tooLargeLocal: t("import.errors.tooLargeLocal", holes("name", "size", "max")),
      problems: forms((count) => t("import.errors.problems", { count })),
      line: t("import.errors.line", holes("line")),
      lineColumn: t("import.errors.lineColumn", holes("line", "column")),
      sheet: t("import.errors.sheet", holes("sheet")),
      sheetRow: t("import.errors.sheetRow", holes("sheet", "line")),
      sheetRowColumn: t("import.errors.sheetRowColumn", holes("sheet", "line", "column")),
      detail: t("import.errors.detail"),
      incomplete: t("import.errors.incomplete"),
      offline: t("import.errors.offline"),
      http: t("import.errors.http", holes("status")),
      timeout: t("import.errors.timeout"),
      serverTooLarge: t("import.errors.serverTooLarge"),
      storageFull: t("import.errors.storageFull"),
      storageBlocked: t("import.errors.storageBlocked"),
      storedProblem: t("import.errors.storedProblem"),
    },
    preview: {
      heading: t("import.preview.heading"),
      placeholder: t("import.preview.placeholder"),
      file: t("import.preview.file"),
      format: t("import.preview.format"),
      readAs: t("import.preview.readAs"),
      sheets: forms((count) => t("import.preview.sheets", v({ count, ...holes("encoding") }))),
      sheetRead: t("import.preview.sheetRead", holes("format", "row", "rows", "series")),
      sheetSkipped: t("import.preview.sheetSkipped"),
      separated: t("import.preview.separated", holes("encoding", "delimiter", "decimal")),
      decimalComma: t("import.preview.decimalComma"),
      decimalPoint: t("import.preview.decimalPoint"),
      rows: t("import.preview.rows"),
      rowsValue: t("import.preview.rowsValue", holes("line", "rows")),
      series: t("import.preview.series"),
      years: t("import.preview.years"),
      unit: t("import.preview.unit"),
      unitsLabel: t("import.preview.unitsLabel"),
      moreUnits: t("import.preview.moreUnits", holes("count")),
      warnings: forms((count) => t("import.preview.warnings", { count })),
      chooseHeading: t("import.preview.chooseHeading"),
      preselected: t("import.preview.preselected"),
      nothingPreselected: t("import.preview.nothingPreselected"),
      previewHeading: t("import.preview.previewHeading"),
      chooseSome: t("import.preview.chooseSome"),
      firstOf: t("import.preview.firstOf", holes("shown", "count")),
      drawing: t("import.preview.drawing"),
      previewOnlyOne: t("import.preview.previewOnlyOne", holes("name", "units")),
      previewOnlyMany: t("import.preview.previewOnlyMany", holes("count", "units")),
      addNone: t("import.preview.addNone"),
      add: t("import.preview.add", holes("count")),
      keptHint: t("import.preview.keptHint"),
      added: t("import.preview.added", holes("count")),
      replaced: t("import.preview.replaced", holes("count")),
      refused: t("import.preview.refused", holes("count", "max")),
      addedMessage: t("import.preview.addedMessage", holes("parts")),
      drawn: t("import.preview.drawn"),
      seeChart: t("import.preview.seeChart"),
      noValue: t("import.preview.noValue"),
      onlyPeriod: t("import.preview.onlyPeriod", holes("value", "period")),
      partOfYear: t("import.preview.partOfYear"),
      partialNote: t("import.preview.partialNote"),
      delimiters: {
        ",": t("import.preview.delimiters.comma"),
        ";": t("import.preview.delimiters.semicolon"),
        "\t": t("import.preview.delimiters.tab"),
        "|": t("import.preview.delimiters.pipe"),
      } as Record<string, string>,
    },
    picker: {
      narrow: t("import.picker.narrow"),
      search: t("import.picker.search"),
      searchPlaceholder: t("import.picker.searchPlaceholder"),
      count: forms((count) => t("import.picker.count", { count })),
      matching: t("import.picker.matching", holes("count", "total")),
      chosen: t("import.picker.chosen", holes("count")),
      chooseAll: t("import.picker.chooseAll", holes("count")),
      chooseMatching: t("import.picker.chooseMatching", holes("count")),
      narrowFirst: t("import.picker.narrowFirst"),
      clearAll: t("import.picker.clearAll"),
      clearMatching: t("import.picker.clearMatching"),
      none: t("import.picker.none"),
      list: t("import.picker.list"),
      inFile: t("import.picker.inFile", holes("frequency")),
      pakRus: t("import.picker.pakRus"),
      previewOnly: t("import.picker.previewOnly"),
      showMore: t("import.picker.showMore", holes("count", "rest")),
      all: t("import.picker.all", holes("count")),
      optionSeries: t("import.picker.optionSeries", holes("count")),
      frequencies: {
        quarterly: t("import.picker.frequencies.quarterly"),
        monthly: t("import.picker.frequencies.monthly"),
        mixed: t("import.picker.frequencies.mixed"),
      },
      dimensions: {
        sheet: t("import.picker.dimensions.sheet"),
        reporter: t("import.picker.dimensions.reporter"),
        partner: t("import.picker.dimensions.partner"),
        flow: t("import.picker.dimensions.flow"),
        indicator: t("import.picker.dimensions.indicator"),
        product: t("import.picker.dimensions.product"),
      },
    },
    coverage: {
      noValues: t("import.picker.noValues"),
      span: t("import.picker.yearSpan", holes("from", "to")),
      years: forms((count) => t("import.picker.yearsCount", { count })),
      coverage: t("import.picker.coverage", holes("span", "years", "gaps")),
      gaps: t("import.picker.gaps", holes("years")),
      gapsMany: t("import.picker.gapsMany", holes("count")),
    },
    formats: formatNames(locale),
    point: importedPointWords(locale),
    combined: {
      heading: t("import.combined.heading"),
      chartTitle: t("import.combined.chartTitle", holes("from", "to")),
      chartTitleImported: t("import.combined.chartTitleImported", holes("from", "to", "count")),
      none: t("import.combined.none"),
      drawn: forms((count) => t("import.combined.drawn", { count })),
      settings: t("import.combined.settings"),
      from: t("import.combined.from"),
      to: t("import.combined.to"),
      scale: t("import.combined.scale"),
      logHint: t("import.combined.logHint"),
      events: t("import.combined.events", holes("from", "to")),
      notDrawn: forms((count) => t("import.combined.notDrawn", { count })),
    },
    kept: {
      heading: t("import.kept.heading"),
      none: t("import.kept.none"),
      outside: forms((count) => t("import.kept.outside", v({ count, ...holes("from", "to") }))),
      added: t("import.kept.added"),
      remove: t("import.kept.remove"),
      removeLabel: t("import.kept.removeLabel", holes("name")),
      removed: t("import.kept.removed", holes("name")),
      confirm: t("import.kept.confirm", holes("count")),
      yes: t("import.kept.yes"),
      keep: t("import.kept.keep"),
      removeAll: t("import.kept.removeAll"),
      allRemoved: t("import.kept.allRemoved"),
    },
    download: {
      button: t("import.download.button"),
      rows: forms((count) => t("import.download.rows", { count })),
      meta: t("import.download.meta", holes("from", "to", "rows")),
      hint: parts(t.markup("import.download.hint", { ...holes("ours", "theirs"), ...markTags })),
    },
    compare: {
      heading: t("import.compare.heading"),
      years: t("import.compare.years"),
      earlier: t("import.compare.earlier"),
      later: t("import.compare.later"),
      noFigure: t("import.compare.noFigure"),
      figures: t("import.compare.figures"),
      chooseTwo: t("import.compare.chooseTwo"),
      different: t("import.compare.different"),
      imported: t("import.compare.imported"),
      nothing: t("import.compare.nothing"),
      noCommon: t("import.compare.noCommon", holes("from", "to")),
      missing: forms((count) => t("import.compare.missing", v({ count, ...holes("years") }))),
      before: t("import.compare.before"),
      gap: forms((count) => t("import.compare.gap", v({ count, ...holes("years") }))),
      cards: compareCardLabels(locale),
      caveats: compareCaveatWords(locale),
    },
  };
}

export type ImportLabels = ReturnType<typeof importLabels>;

/** The import formats' names in the page's language, keyed by id (stored series keep their id as a plain string). */
function formatNames(locale: Locale): Record<string, string> {
  const t = getT(locale);
  return Object.fromEntries(FORMAT_IDS.map((id) => [id, t(`import.formats.${id}`)]));
}

/** The words of an imported point's description (lib/imported/chart.ts). */
export function importedPointWords(locale: Locale): ImportedPointWords {
  const t = getT(locale);
  return {
    locale,
    fiscal: t("import.point.fiscal", holes("from", "to")),
    partYear: t("import.point.partYear", holes("period")),
    partOfYear: t("import.point.partOfYear"),
    imported: t("import.point.imported"),
    file: t("import.point.file", holes("file", "format")),
    formats: formatNames(locale),
  };
}

/** The words of the imported-series overlay on the trade explorer. */
export function tradeImportedLabels(locale: Locale) {
  const t = getT(locale);
  return {
    locale,
    shown: t("import.overlay.shown", holes("count")),
    notice: t("import.overlay.notice", holes("names")),
    manage: t("import.overlay.manage"),
    title: t("import.overlay.title", holes("title", "count")),
    point: importedPointWords(locale),
  };
}

export type TradeImportedLabels = ReturnType<typeof tradeImportedLabels>;
