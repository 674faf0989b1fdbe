/**
 * The dashboards of issue 17 part 2: the region's (admin, every centre) and a coordinator's
 * (their centres only). Reads the filters, decides the centres the viewer may see (a centre
 * outside them is a 404, as for every other record out of scope), runs the SQL aggregates
 * (dashboard-stats.server.ts), turns them into one table per chart (the numbers the SVG, the
 * table alternative and the CSV share) and draws the charts (dashboard-charts.server.ts,
 * loaded lazily), which the page embeds as images served by `dashboardSvg` (decision 0043).
 */
import { feedbackSummary } from "./feedback.server";
import type { FeedbackSummary } from "./feedback";
import type { TFunction } from "i18next";
import { prisma } from "~/platform/db.server";
import { toCsv } from "~/platform/csv.server";
import { notFound } from "~/platform/http";
import { countryName } from "~/platform/reference-lists.server";
import {
  addMonths,
  CHART_IDS,
  filterQuery,
  FLOW_CHART_IDS,
  isChartId,
  formatValue,
  monthLabel,
  monthsBetween,
  OUTCOMES,
  parseDashboardFilters,
  type ChartId,
  type ChartTable,
  type ChartView,
  type DashboardFilters,
  type FilterErrors,
} from "./dashboard";
import type { Drawing } from "~/platform/svg-cache.server";
import { byDashboardVersion, dashboardDataVersion } from "./dashboard-cache.server";
import {
  applicantsByCountry,
  eventRegistrations,
  flowByArea,
  flowByCountry,
  OCCUPANCY_MONTHS,
  occupancyByOpportunity,
  requestsByArea,
  requestsByMonth,
  responseTimesByCentre,
  type CentreScope,
  type Period,
} from "./dashboard-stats.server";

/** Whose dashboard: the region's (admin) or a coordinator's. */
export type DashboardArea = "admin" | "coordinator";

/** The viewer: an admin (any centre) or a coordinator (their centres). */
export interface DashboardViewer {
  id: string;
  area: DashboardArea;
}

/**
 * The centres the viewer may choose from, and the centre ids the figures cover.
 * @throws a 404 when `slug` names a centre outside the viewer's (or no centre).
 */
export async function resolveScope(viewer: DashboardViewer, slug: string | null) {
  const centres = await prisma.centre.findMany({
    where: viewer.area === "admin" ? {} : { coordinators: { some: { userId: viewer.id } } },
    select: { id: true, slug: true, name: true, nameIt: true },
    orderBy: { name: "asc" },
  });
  if (slug === null)
    return { centres, centreIds: (viewer.area === "admin" ? null : centres.map((c) => c.id)) as CentreScope };
  const chosen = centres.find((c) => c.slug === slug);
  if (!chosen) notFound("No such centre");
  return { centres, centreIds: [chosen.id] as CentreScope };
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** The months the occupancy chart covers: the current one (UTC) and the next ones. */
function occupancyMonths(now: Date): string[] {
  const first = now.toISOString().slice(0, 7);
  return monthsBetween(first, addMonths(first, OCCUPANCY_MONTHS - 1));
}

/**
 * The table of chart `id` for the viewer's centres and `period`, labels in `t`'s language,
 * kept until the data under it changes (dashboard-cache.server.ts). `version`: the data version
 * read once for the whole page (`dashboardDataVersion()`), or read here when not given.
 */
export async function chartTable(
  id: ChartId,
  centreIds: CentreScope,
  period: Period,
  t: TFunction,
  language: string,
  now: Date = new Date(),
  version?: string,
): Promise<ChartTable> {
  const key = [id, centreIds === null ? "all" : [...centreIds].sort().join(","), period.from, period.to, language]
    .concat(id === "occupancy" ? [occupancyMonths(now)[0]!] : [])
    .join("|");
  return byDashboardVersion(version ?? (await dashboardDataVersion()), key, () =>
    computeChartTable(id, centreIds, period, t, language, now),
  );
}

/**
 * The table of chart `id`, computed: every number comes from one SQL aggregate; here they are
 * only placed in rows and columns.
 */
async function computeChartTable(
  id: ChartId,
  centreIds: CentreScope,
  period: Period,
  t: TFunction,
  language: string,
  now: Date,
): Promise<ChartTable> {
  const it = language === "it";
  switch (id) {
    case "months": {
      const rows = await requestsByMonth(centreIds, period);
      const cell = new Map(rows.map((r) => [`${r.month}|${r.outcome}`, Number(r.n)]));
      return {
        rowHeader: t("charts.months.month"),
        columns: OUTCOMES.map((o) => t(`outcomes.${o}`)),
        rows: monthsBetween(period.from, period.to).map((m) => ({
          label: monthLabel(m, language),
          values: OUTCOMES.map((o) => cell.get(`${m}|${o}`) ?? 0),
        })),
        kind: "count",
      };
    }
    case "countries": {
      const rows = await applicantsByCountry(centreIds, period);
      return {
        rowHeader: t("charts.countries.country"),
        columns: [t("charts.countries.applicants"), t("charts.countries.requests")],
        rows: rows.map((r) => ({
          label: r.country ? countryName(r.country, language) : t("charts.countries.unknown"),
          values: [Number(r.applicants), Number(r.requests)],
          code: r.country,
        })),
        kind: "count",
      };
    }
    case "areas": {
      const rows = await requestsByArea(centreIds, period);
      return {
        rowHeader: t("charts.areas.area"),
        columns: [t("charts.areas.requests"), t("charts.areas.approved")],
        rows: rows.map((r) => ({
          label: it ? r.labelIt : r.labelEn,
          values: [Number(r.requests), Number(r.approved)],
        })),
        kind: "count",
      };
    }
    case "response": {
      const rows = await responseTimesByCentre(centreIds, period);
      return {
        rowHeader: t("charts.response.centre"),
        columns: [
          t("charts.response.responseMedian"),
          t("charts.response.responseP90"),
          t("charts.response.decisionMedian"),
          t("charts.response.decisionP90"),
        ],
        rows: rows.map((r) => ({
          label: it ? r.nameIt : r.name,
          values: [round1(r.responseMedian), round1(r.responseP90), round1(r.decisionMedian), round1(r.decisionP90)],
        })),
        kind: "days",
      };
    }
    case "occupancy": {
      const months = occupancyMonths(now);
      const rows = await occupancyByOpportunity(centreIds, months[0]!);
      const byOpportunity = new Map<string, { label: string; values: (number | null)[] }>();
      for (const r of rows) {
        let row = byOpportunity.get(r.id);
        if (!row) {
          row = { label: it ? r.titleIt : r.titleEn, values: months.map(() => null) };
          byOpportunity.set(r.id, row);
        }
        const seatDays = Number(r.seats) * Number(r.days);
        row.values[months.indexOf(r.month)] =
          seatDays > 0 ? Math.round((Number(r.visitorDays) / seatDays) * 1000) / 10 : null;
      }
      return {
        rowHeader: t("charts.occupancy.opportunity"),
        columns: months.map((m) => monthLabel(m, language)),
        rows: [...byOpportunity.values()],
        kind: "percent",
      };
    }
    case "inbound":
    case "outbound": {
      const rows = await flowByCountry(id, centreIds, period);
      return {
        rowHeader: t(`charts.${id}.country`),
        columns: [t("charts.inbound.requests"), t("charts.inbound.approved")],
        rows: rows.map((r) => ({
          label: r.country ? countryName(r.country, language) : t("charts.countries.unknown"),
          values: [Number(r.requests), Number(r.approved)],
        })),
        kind: "count",
      };
    }
    case "flowAreas": {
      const rows = await flowByArea(centreIds, period);
      return {
        rowHeader: t("charts.areas.area"),
        columns: [t("charts.flowAreas.inbound"), t("charts.flowAreas.outbound")],
        rows: rows.map((r) => ({
          label: it ? r.labelIt : r.labelEn,
          values: [Number(r.inbound), Number(r.outbound)],
        })),
        kind: "count",
      };
    }
    case "events": {
      const rows = await eventRegistrations(centreIds, period);
      return {
        rowHeader: t("charts.events.event"),
        columns: [t("charts.events.registered"), t("charts.events.waitlisted"), t("charts.events.attended")],
        rows: rows.map((r) => ({
          label: it ? r.titleIt : r.titleEn,
          values: [Number(r.registered), Number(r.waitlisted), Number(r.attended)],
        })),
        kind: "count",
      };
    }
  }
}

/**
 * The countries table as a world map: applicants (first column) per country with a code;
 * null when none lies on the map.
 */
async function countryMap(table: ChartTable, t: TFunction, language: string): Promise<Drawing | null> {
  const points = table.rows.flatMap((r) =>
    r.code && r.values[0]
      ? [{ code: r.code, value: r.values[0], title: `${r.label}: ${formatValue(r.values[0], "count", language)}` }]
      : [],
  );
  if (!points.length) return null;
  const { renderCountryMap } = await import("./dashboard-map.server");
  return renderCountryMap(points, t("charts.countries.mapLabel"));
}

/** Which drawing of a chart: the chart itself, or (countries only) its world map. */
type Figure = "chart" | "map";

/** Chart `id`'s drawing (`figure`) of `table`, from the per-process cache; null when nothing to draw. */
async function draw(id: ChartId, figure: Figure, table: ChartTable, t: TFunction, language: string) {
  if (figure === "map") return id === "countries" ? countryMap(table, t, language) : null;
  const { renderChart } = await import("./dashboard-charts.server");
  return renderChart(id, table, `${t(`charts.${id}.title`)}. ${t(`charts.${id}.description`)}`, language);
}

/**
 * The address of a drawing for `<img>`: the page's filters, the chart, and the drawing's
 * version, so the browser keeps it (immutable) until the figures, the labels or the language change.
 */
function imageOf(area: DashboardArea, filters: DashboardFilters, id: ChartId, figure: Figure, drawing: Drawing | null) {
  if (!drawing) return null;
  const q = `${filterQuery(filters)}&chart=${id}${figure === "map" ? "&map=1" : ""}&v=${drawing.version}`;
  return { src: `/${area}/dashboard.svg?${q}`, width: drawing.width, height: drawing.height };
}

/** What a dashboard page shows: filters, the centres to choose from, and the charts. */
export interface DashboardData {
  filters: DashboardFilters;
  errors: FilterErrors;
  centres: { slug: string; name: string }[];
  charts: ChartView[];
  /**
   * Visitors' feedback on their stays at these centres, all time (issue 16, part 5); null on
   * the admin's dashboard (the feedback form promises visitors that the centre's coordinators see it).
   */
  feedback: FeedbackSummary | null;
  /** The "Inbound and outbound" section's charts (FLOW_CHART_IDS; decision 0036). */
  flows: ChartView[];
}

/**
 * Everything the dashboard page of `viewer` shows for the filters in `url`.
 * @throws a 404 for a centre outside the viewer's.
 */
export async function loadDashboard(
  viewer: DashboardViewer,
  url: URL,
  t: TFunction,
  language: string,
  now: Date = new Date(),
): Promise<DashboardData> {
  const { filters, errors } = parseDashboardFilters(url, now);
  const { centres, centreIds } = await resolveScope(viewer, filters.centre);
  const base = `/${viewer.area}/dashboard.csv?${filterQuery(filters)}`;
  const version = await dashboardDataVersion();
  const view = async (id: ChartId): Promise<ChartView> => {
    const table = await chartTable(id, centreIds, filters, t, language, now, version);
    const series = id === "months" || id === "events" || id === "areas" || id === "flowAreas" ? table.columns : [];
    const [chart, map] = await Promise.all([
      draw(id, "chart", table, t, language),
      draw(id, "map", table, t, language),
    ]);
    return {
      id,
      title: t(`charts.${id}.title`),
      description: t(`charts.${id}.description`),
      image: imageOf(viewer.area, filters, id, "chart", chart),
      map: imageOf(viewer.area, filters, id, "map", map),
      legend:
        id === "response"
          ? [
              { label: t("charts.response.legendMedian"), swatch: 0 },
              { label: t("charts.response.legendP90"), swatch: 1 },
            ]
          : id === "inbound" || id === "outbound"
            ? table.columns.map((label, k) => ({ label, swatch: k * 2 }))
            : series.map((label, k) => ({ label, swatch: id === "areas" ? k * 2 : k })),
      table,
      cells: table.rows.map((r) => r.values.map((v) => formatValue(v, table.kind, language))),
      csvHref: `${base}&chart=${id}`,
    };
  };
  const [charts, flows] = await Promise.all([Promise.all(CHART_IDS.map(view)), Promise.all(FLOW_CHART_IDS.map(view))]);
  const it = language === "it";
  return {
    filters,
    errors,
    centres: centres.map((c) => ({ slug: c.slug, name: it ? c.nameIt : c.name })),
    charts,
    feedback: viewer.area === "coordinator" ? await feedbackSummary(centreIds) : null,
    flows,
  };
}

/**
 * The CSV of one chart's table (`?chart=<id>` plus the page's filters): a header row, then
 * one row per table row with the raw numbers (days with one decimal, percentages 0–100).
 * @returns null when `chart` or a filter is not valid (the route answers 400).
 * @throws a 404 for a centre outside the viewer's.
 */
export async function dashboardCsv(viewer: DashboardViewer, url: URL, t: TFunction, language: string) {
  const id = url.searchParams.get("chart");
  const { filters, errors } = parseDashboardFilters(url);
  if (!isChartId(id) || Object.keys(errors).length) return null;
  const { centreIds } = await resolveScope(viewer, filters.centre);
  const table = await chartTable(id, centreIds, filters, t, language);
  return {
    filename: `ponte-${id}-${filters.from}-${filters.to}.csv`,
    csv: toCsv(
      [table.rowHeader, ...table.columns],
      table.rows.map((r) => [r.label, ...r.values]),
    ),
  };
}

/**
 * One drawing of the dashboard for `/<area>/dashboard.svg?chart=<id>[&map=1]&<filters>[&v=…]`:
 * the SVG and whether it is the version `v` names (then the response may be kept for good).
 * @returns null when `chart` or a filter is not valid (the route answers 400), or "none" when
 *   there is nothing to draw (404).
 * @throws a 404 for a centre outside the viewer's.
 */
export async function dashboardSvg(
  viewer: DashboardViewer,
  url: URL,
  t: TFunction,
  language: string,
): Promise<{ drawing: Drawing; current: boolean } | "none" | null> {
  const id = url.searchParams.get("chart");
  const figure: Figure = url.searchParams.get("map") === "1" ? "map" : "chart";
  const { filters, errors } = parseDashboardFilters(url);
  if (!isChartId(id) || Object.keys(errors).length) return null;
  const { centreIds } = await resolveScope(viewer, filters.centre);
  const drawing = await draw(id, figure, await chartTable(id, centreIds, filters, t, language), t, language);
  if (!drawing) return "none";
  return { drawing, current: url.searchParams.get("v") === drawing.version };
}
