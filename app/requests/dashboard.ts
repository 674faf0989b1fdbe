/**
 * The dashboards' pure parts (issue 17 part 2), shared by the loaders, the CSV downloads and
 * the page component: the period and centre filters, the months of a period, the outcome
 * groups of request statuses, the charts' table shape, and number formatting in the UI
 * language ("1.234" in Italian, "1,234" in English; app/platform/number-format.ts).
 *
 * Months are `YYYY-MM` calendar months in UTC; a period is inclusive of both months.
 */
import { dateTimeFormat } from "~/platform/date-format";
import { formatCount, numberFormat } from "~/platform/number-format";

/** The charts of a dashboard, in page order; also the `chart` parameter of the CSV route. */
export const CHART_IDS = ["months", "countries", "areas", "response", "occupancy", "events"] as const;

/**
 * The charts of the "Inbound and outbound" section (decision 0036), in page order: requests
 * coming to Lombardy by the applicant's country, requests going abroad by the partner's
 * country, and both by therapeutic area.
 */
export const FLOW_CHART_IDS = ["inbound", "outbound", "flowAreas"] as const;

export type ChartId = (typeof CHART_IDS)[number] | (typeof FLOW_CHART_IDS)[number];

/** True when `value` names a chart (of either section). */
export function isChartId(value: unknown): value is ChartId {
  return (
    typeof value === "string" &&
    ((CHART_IDS as readonly string[]).includes(value) || (FLOW_CHART_IDS as readonly string[]).includes(value))
  );
}

/**
 * What a request came to, by status: `open` (SUBMITTED, IN_REVIEW, INFO_REQUESTED),
 * `approved` (APPROVED, COMPLETED), then DECLINED, WITHDRAWN, CANCELLED, EXPIRED.
 */
export const OUTCOMES = ["approved", "declined", "open", "withdrawn", "cancelled", "expired"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Colours of the series (Okabe–Ito, safe for colour-blind readers); `.swatch-N` in dashboard.css. */
export const PALETTE = ["#0072b2", "#d55e00", "#009e73", "#e69f00", "#cc79a7", "#6b6b6b"] as const;

/** The longest period a dashboard shows, in months. */
export const MAX_MONTHS = 60;

export interface DashboardFilters {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month (inclusive), `YYYY-MM`. */
  to: string;
  /** A centre's slug, or null for every centre the viewer may see. */
  centre: string | null;
}

/** Field errors of the filter form, as i18n keys in the `dashboard` namespace. */
export type FilterErrors = Partial<Record<"from" | "to", string>>;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Month number (years × 12 + month − 1) of a `YYYY-MM`, or null when malformed. */
function monthNumber(value: string): number | null {
  const m = MONTH.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2999) return null;
  return year * 12 + Number(m[2]) - 1;
}

function monthOf(n: number): string {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const n = monthNumber(month);
  if (n === null) throw new RangeError(`not a month: ${month}`);
  return monthOf(n + count);
}

/** Every month from `from` to `to`, inclusive, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const a = monthNumber(from);
  const b = monthNumber(to);
  if (a === null || b === null) throw new RangeError(`not a period: ${from}..${to}`);
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(monthOf(n));
  return out;
}

/**
 * The filters of a dashboard URL (`?from=YYYY-MM&to=YYYY-MM&centre=<slug>`). Missing months
 * default to the twelve months ending with the current one (UTC); a malformed month, a
 * period that ends before it starts or is longer than MAX_MONTHS gives a field error and
 * the default in its place.
 */
export function parseDashboardFilters(
  url: URL,
  now: Date = new Date(),
): { filters: DashboardFilters; errors: FilterErrors } {
  const current = now.toISOString().slice(0, 7);
  const defaults = { from: addMonths(current, -11), to: current };
  const errors: FilterErrors = {};
  const read = (key: "from" | "to") => {
    const raw = (url.searchParams.get(key) ?? "").trim();
    if (!raw) return defaults[key];
    if (monthNumber(raw) === null) {
      errors[key] = "filters.invalidMonth";
      return defaults[key];
    }
    return raw;
  };
  let from = read("from");
  let to = read("to");
  const span = monthNumber(to)! - monthNumber(from)!;
  if (!errors.from && !errors.to && span < 0) {
    errors.to = "filters.toBeforeFrom";
    ({ from, to } = defaults);
  } else if (!errors.from && !errors.to && span >= MAX_MONTHS) {
    errors.to = "filters.tooLong";
    ({ from, to } = defaults);
  } else if (monthNumber(to)! < monthNumber(from)!) {
    ({ from, to } = defaults);
  }
  const centre = (url.searchParams.get("centre") ?? "").trim();
  return { filters: { from, to, centre: centre || null }, errors };
}

/** The query string of `filters` (for links to the CSV downloads). */
export function filterQuery(filters: DashboardFilters): string {
  const q = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.centre) q.set("centre", filters.centre);
  return q.toString();
}

/** How a table's numbers read: whole counts, days (one decimal) or a percentage (whole). */
export type ValueKind = "count" | "days" | "percent";

/**
 * A chart's numbers as a table: one row per bar group, one column per series; the same
 * numbers feed the SVG, the table alternative and the CSV. `null` = no data.
 */
export interface ChartTable {
  /** Header of the row labels' column. */
  rowHeader: string;
  columns: string[];
  /** `code`: the row's ISO 3166-1 alpha-2 country, on the countries chart (for its map). */
  rows: { label: string; values: (number | null)[]; code?: string | null }[];
  kind: ValueKind;
}

/** A drawn chart as the page embeds it: `<img src={src} width height>`. */
export interface ChartImage {
  src: string;
  width: number;
  height: number;
}

/** What the page shows for one chart. */
export interface ChartView {
  id: ChartId;
  title: string;
  /** One or two sentences: what the chart shows (figcaption, and the SVG's aria-label). */
  description: string;
  /**
   * The chart as an image: the address of its SVG (`/<area>/dashboard.svg?chart=…`, drawn on
   * the server and cached by the browser, decision 0043) and its size in CSS pixels; null when
   * there is nothing to draw.
   */
  image: ChartImage | null;
  /** A second drawing of the same numbers as a world map (countries chart), or null. */
  map: ChartImage | null;
  /** Series names with their colour index (PALETTE), when the chart has more than one. */
  legend: { label: string; swatch: number }[];
  table: ChartTable;
  /** The table's numbers as the page shows them (formatted in the UI language). */
  cells: string[][];
  csvHref: string;
}

/** A number as a table cell in `language`: grouped counts, days with one decimal, whole percentages. */
export function formatValue(value: number | null, kind: ValueKind, language: string): string {
  if (value === null || !Number.isFinite(value)) return "–";
  if (kind === "count") return formatCount(value, language);
  if (kind === "percent")
    return numberFormat(language, { style: "percent", maximumFractionDigits: 0, useGrouping: "always" }).format(
      value / 100,
    );
  return numberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: "always" }).format(
    value,
  );
}

/** A `YYYY-MM` as a short month name in `language` ("Mar 2027", "mar 2027"). */
export function monthLabel(month: string, language: string): string {
  return dateTimeFormat(language, { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
