/**
 * The dashboards' charts as SVG, drawn on the server with Observable Plot on a jsdom document
 * (Plot's documented way to render outside a browser: `Plot.plot({..., document})`), then
 * serialised as XML to be served as an image (decision 0043). Both libraries are imported lazily, on the first dashboard drawn, so no other
 * page loads them.
 *
 * Each chart is drawn from its ChartTable (app/requests/dashboard.ts), the same numbers the
 * table alternative and the CSV carry. The SVG is `role="img"` with an aria-label (title and
 * description); Plot's inline <style> and style attributes are removed (the site's CSP allows
 * stylesheets from 'self' only; app/styles/dashboard.css styles the charts).
 */
import type * as PlotTypes from "@observablehq/plot";
import { svgCache, type Drawing } from "~/platform/svg-cache.server";
import { formatValue, PALETTE, type ChartId, type ChartTable } from "./dashboard";

type PlotModule = typeof PlotTypes;

let libraries: Promise<{ Plot: PlotModule; document: Document }> | undefined;

/** Plot and a jsdom document, imported on first use (once per process); also `finish`. */
export async function loadPlot() {
  return { ...(await load()), finish };
}

function load() {
  libraries ??= (async () => {
    const [Plot, { JSDOM }] = await Promise.all([import("@observablehq/plot"), import("jsdom")]);
    return { Plot, document: new JSDOM("").window.document };
  })();
  libraries.catch(() => (libraries = undefined));
  return libraries;
}

/** A point of a chart: one row label, one series, one value. */
interface Point {
  /** The row's index as a string: the band key (two rows may share a label, e.g. two titles). */
  key: string;
  label: string;
  series: string;
  value: number;
  text: string;
}

/** The table's values as points (of `columns`, default all); zeros left out unless `zeros` (no empty bars). */
function points(table: ChartTable, language: string, columns?: number[], zeros = false): Point[] {
  const which = columns ?? table.columns.map((_, i) => i);
  return table.rows.flatMap((row, r) =>
    which.flatMap((c) => {
      const value = row.values[c];
      if (value === null || value === undefined || (value === 0 && !zeros)) return [];
      return [
        {
          key: String(r),
          label: row.label,
          series: table.columns[c]!,
          value,
          text: formatValue(value, table.kind, language),
        },
      ];
    }),
  );
}

/** A band label cut to fit the 200-px left margin (the table alternative has it whole). */
function short(label: string, max = 34): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** Whole-number ticks for counts up to 10 (else Plot's own): no "0 1 1 2 2" axes. */
function countTicks(table: ChartTable, columns?: number[]): number[] | undefined {
  if (table.kind !== "count") return undefined;
  const which = columns ?? table.columns.map((_, i) => i);
  const max = Math.max(0, ...table.rows.flatMap((r) => which.map((c) => r.values[c] ?? 0)));
  return max <= 10 ? Array.from({ length: max + 1 }, (_, i) => i) : undefined;
}

/** Whole-number ticks for stacked counts whose tallest stack is at most 10. */
function stackTicks(table: ChartTable): number[] | undefined {
  if (table.kind !== "count") return undefined;
  const max = Math.max(0, ...table.rows.map((r) => r.values.reduce<number>((a, v) => a + (v ?? 0), 0)));
  return max <= 10 ? Array.from({ length: max + 1 }, (_, i) => i) : undefined;
}

/**
 * A drawn chart as a standalone SVG document (served as image/svg+xml, decision 0043):
 * role="img", `label` as its aria-label, Plot's inline styles removed, serialised as XML (so
 * a no-break space in a label is a character, not HTML's `&nbsp;`, which XML does not know).
 */
function finish(node: Element, label: string): string {
  const svg = node.tagName.toLowerCase() === "svg" ? node : node.querySelector("svg");
  if (!svg) throw new Error("Plot drew no SVG");
  svg.querySelectorAll("style").forEach((s) => s.remove());
  [svg, ...svg.querySelectorAll("[style]")].forEach((el) => el.removeAttribute("style"));
  svg.removeAttribute("aria-description");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("class", "chart-svg");
  const view = svg.ownerDocument.defaultView;
  if (!view) throw new Error("Plot drew outside a window");
  return new view.XMLSerializer().serializeToString(svg);
}

/** True when `table` has a value to draw (a non-zero number). */
export function hasValues(table: ChartTable): boolean {
  return table.rows.some((r) => r.values.some((v) => v !== null && v !== 0));
}

/**
 * Chart `id` drawn from `table` as SVG, labelled `label` (its title and description), with
 * numbers on axes and bars formatted in `language`; null when the table has no value.
 */
export async function renderChart(
  id: ChartId,
  table: ChartTable,
  label: string,
  language: string,
): Promise<Drawing | null> {
  if (!hasValues(table)) return null;
  // Same figures, same drawing: a dashboard reloaded (or its filters set back) is not drawn again.
  return drawn([id, table, label, language], () => drawChart(id, table, label, language));
}

/** The last charts drawn, by chart, table, label and language (six charts × two languages × a few scopes). */
const drawn = svgCache(64);

async function drawChart(id: ChartId, table: ChartTable, label: string, language: string): Promise<string> {
  const { Plot, document } = await load();
  const tick = (d: number) => formatValue(d, table.kind === "percent" ? "count" : table.kind, language);
  const rowOrder = table.rows.map((_, i) => String(i));
  const rowLabel = (key: string) => short(table.rows[Number(key)]?.label ?? "");
  const height = (rows: number, per = 28) => Math.max(140, 60 + rows * per);
  const common = { document, width: 720, marginLeft: 200, style: null, ariaLabel: label } as const;
  let node: Element;
  switch (id) {
    case "months": {
      const data = points(table, language);
      node = Plot.plot({
        ...common,
        marginLeft: 50,
        height: 320,
        x: {
          type: "band",
          domain: rowOrder,
          label: null,
          tickFormat: rowLabel,
          tickRotate: rowOrder.length > 8 ? -35 : 0,
        },
        y: { grid: true, label: null, tickFormat: tick, ticks: stackTicks(table) },
        color: { domain: table.columns, range: PALETTE.slice(0, table.columns.length) },
        marginBottom: rowOrder.length > 8 ? 55 : 30,
        marks: [
          Plot.barY(data, {
            x: "key",
            y: "value",
            fill: "series",
            title: (d: Point) => `${d.label}, ${d.series}: ${d.text}`,
          }),
          Plot.ruleY([0]),
        ],
      }) as Element;
      break;
    }
    case "countries":
    case "areas":
    case "inbound":
    case "outbound": {
      // Areas and the flows: the second column (approved) is a part of the first, drawn inside its bar.
      const nested = id !== "countries";
      const first = points(table, language, [0]);
      const second = nested ? points(table, language, [1]) : [];
      node = Plot.plot({
        ...common,
        height: height(rowOrder.length),
        y: { type: "band", domain: rowOrder, label: null, tickFormat: rowLabel },
        x: { grid: true, label: null, tickFormat: tick, ticks: countTicks(table, nested ? [0, 1] : [0]) },
        marks: [
          Plot.barX(first, { y: "key", x: "value", fill: PALETTE[0], title: (d: Point) => `${d.label}: ${d.text}` }),
          ...(second.length
            ? [
                Plot.barX(second, {
                  y: "key",
                  x: "value",
                  fill: PALETTE[2],
                  insetTop: 6,
                  insetBottom: 6,
                  title: (d: Point) => `${d.label}, ${d.series}: ${d.text}`,
                }),
              ]
            : []),
          Plot.text(first, { y: "key", x: "value", text: "text", textAnchor: "start", dx: 4, fill: "currentColor" }),
          Plot.ruleX([0]),
        ],
      }) as Element;
      break;
    }
    case "response": {
      // Columns: first response median, p90; decision median, p90. One facet per measure.
      const rows = table.rows.flatMap((r, i) =>
        [0, 2].flatMap((c) => {
          const median = r.values[c];
          const p90 = r.values[c + 1];
          if (median === null || median === undefined || p90 === null || p90 === undefined) return [];
          return [{ key: String(i), measure: table.columns[c]!, median, p90 }];
        }),
      );
      node = Plot.plot({
        ...common,
        height: height(rowOrder.length * 2, 24),
        marginRight: 110,
        y: { type: "band", domain: rowOrder, label: null, tickFormat: rowLabel },
        // Facet labels: the column names up to their comma ("First response", "Decision").
        fy: { label: null, domain: [table.columns[0], table.columns[2]], tickFormat: (d: string) => d.split(",")[0] },
        x: { grid: true, label: null, tickFormat: tick },
        marks: [
          Plot.ruleY(rows, { y: "key", fy: "measure", x1: "median", x2: "p90", stroke: PALETTE[0], strokeWidth: 2 }),
          Plot.dot(rows, { y: "key", fy: "measure", x: "median", fill: PALETTE[0], r: 4 }),
          Plot.tickX(rows, { y: "key", fy: "measure", x: "p90", stroke: PALETTE[1], strokeWidth: 2 }),
        ],
      }) as Element;
      break;
    }
    case "occupancy": {
      const data = points(table, language, undefined, true);
      node = Plot.plot({
        ...common,
        height: height(rowOrder.length, 30),
        marginBottom: 30,
        x: { type: "band", domain: table.columns, label: null, axis: "top" },
        y: { type: "band", domain: rowOrder, label: null, tickFormat: rowLabel },
        color: { type: "linear", domain: [0, 100], range: ["#e3f1f3", "#073f4a"] },
        marks: [
          Plot.cell(data, {
            x: "series",
            y: "key",
            fill: "value",
            inset: 1,
            title: (d: Point) => `${d.label}, ${d.series}: ${d.text}`,
          }),
          Plot.text(data, {
            x: "series",
            y: "key",
            text: "text",
            fill: (d: Point) => (d.value > 50 ? "white" : "black"),
          }),
        ],
      }) as Element;
      break;
    }
    case "events":
    case "flowAreas": {
      const data = points(table, language);
      node = Plot.plot({
        ...common,
        height: height(rowOrder.length * table.columns.length, 16),
        fy: { domain: rowOrder, label: null, tickFormat: rowLabel },
        y: { type: "band", domain: table.columns, axis: null },
        x: { grid: true, label: null, tickFormat: tick, ticks: countTicks(table) },
        color: { domain: table.columns, range: PALETTE.slice(0, table.columns.length) },
        marks: [
          Plot.barX(data, {
            fy: "key",
            y: "series",
            x: "value",
            fill: "series",
            title: (d: Point) => `${d.label}, ${d.series}: ${d.text}`,
          }),
          Plot.ruleX([0]),
        ],
      }) as Element;
      break;
    }
  }
  return finish(node, label);
}
