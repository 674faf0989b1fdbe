/**
 * A dashboard page's body (issue 17 part 2), shared by /admin/dashboard and
 * /coordinator/dashboard: the filter form (a plain GET form, no JavaScript needed) and each
 * chart as a figure: title, description (figcaption), the server-drawn SVG as an image,
 * a legend, the same numbers as a table in a <details>, and a CSV download.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList } from "~/components/forms";
import type { ChartView, DashboardFilters, FilterErrors } from "../dashboard";

export interface DashboardViewProps {
  filters: DashboardFilters;
  errors: FilterErrors;
  centres: { slug: string; name: string }[];
  charts: ChartView[];
  /** The "Inbound and outbound" section's charts (decision 0036). */
  flows: ChartView[];
  /** What the section counts for this viewer (the region, or the coordinator's centres). */
  flowsLead: string;
  /** "All centres" or "All my centres". */
  allCentresLabel: string;
}

function Chart({ chart, level = 2 }: { chart: ChartView; level?: 2 | 3 }) {
  const { t } = useTranslation("dashboard");
  const titleId = `chart-${chart.id}-title`;
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <section className="dashboard-chart" aria-labelledby={titleId}>
      <Heading id={titleId}>{chart.title}</Heading>
      <figure>
        <figcaption>{chart.description}</figcaption>
        {chart.image ? (
          // Drawn on the server and served by /<area>/dashboard.svg (decision 0043); the table
          // below carries the same numbers for screen readers and for copying.
          <img
            className="chart-img"
            src={chart.image.src}
            width={chart.image.width}
            height={chart.image.height}
            alt={`${chart.title}. ${chart.description}`}
          />
        ) : (
          <p className="muted">{t("noData")}</p>
        )}
        {chart.map ? (
          <>
            <img
              className="chart-img chart-map"
              src={chart.map.src}
              width={chart.map.width}
              height={chart.map.height}
              alt={t("charts.countries.mapLabel")}
            />
            <p className="hint">{t("charts.countries.mapCaption")}</p>
          </>
        ) : null}
        {chart.image && chart.legend.length ? (
          <ul className="chart-legend" aria-label={t("legend")}>
            {chart.legend.map((l) => (
              <li key={l.label}>
                <span className={`swatch swatch-${l.swatch}`} aria-hidden="true" />
                {l.label}
              </li>
            ))}
          </ul>
        ) : null}
      </figure>
      {chart.table.rows.length ? (
        <details className="chart-table">
          <summary>{t("showTable", { title: chart.title })}</summary>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{chart.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{chart.table.rowHeader}</th>
                  {chart.table.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chart.table.rows.map((row, i) => (
                  <tr key={`${row.label}-${i}`}>
                    <th scope="row">{row.label}</th>
                    {chart.cells[i]!.map((cell, j) => (
                      <td key={j} className="num">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      <p>
        <a href={chart.csvHref} download>
          {t("downloadCsv", { title: chart.title })}
        </a>
      </p>
    </section>
  );
}

/** The filters and the charts of a dashboard. */
export function DashboardView({
  filters,
  errors,
  centres,
  charts,
  flows,
  flowsLead,
  allCentresLabel,
}: DashboardViewProps) {
  const { t } = useTranslation("dashboard");
  return (
    <>
      <Form method="get" className="dashboard-filters" aria-label={t("filters.label")}>
        <div className="field">
          <label htmlFor="dashboard-from">{t("filters.from")}</label>
          <input
            id="dashboard-from"
            name="from"
            type="month"
            defaultValue={filters.from}
            aria-invalid={errors.from ? true : undefined}
            aria-describedby={errors.from ? "dashboard-from-error" : undefined}
          />
          <ErrorList id="dashboard-from-error" errors={errors.from ? [`dashboard:${errors.from}`] : []} />
        </div>
        <div className="field">
          <label htmlFor="dashboard-to">{t("filters.to")}</label>
          <input
            id="dashboard-to"
            name="to"
            type="month"
            defaultValue={filters.to}
            aria-invalid={errors.to ? true : undefined}
            aria-describedby={errors.to ? "dashboard-to-error" : undefined}
          />
          <ErrorList id="dashboard-to-error" errors={errors.to ? [`dashboard:${errors.to}`] : []} />
        </div>
        <div className="field">
          <label htmlFor="dashboard-centre">{t("filters.centre")}</label>
          <select id="dashboard-centre" name="centre" defaultValue={filters.centre ?? ""}>
            <option value="">{allCentresLabel}</option>
            {centres.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("filters.apply")}
        </button>
      </Form>
      <p className="hint">{t("filters.hint")}</p>
      {charts.map((c) => (
        <Chart key={c.id} chart={c} />
      ))}
      <section className="dashboard-flows" aria-labelledby="dashboard-flows-title">
        <h2 id="dashboard-flows-title">{t("flows.title")}</h2>
        <p>{flowsLead}</p>
        <div className="dashboard-flows-pair">
          {flows
            .filter((c) => c.id !== "flowAreas")
            .map((c) => (
              <Chart key={c.id} chart={c} level={3} />
            ))}
        </div>
        {flows
          .filter((c) => c.id === "flowAreas")
          .map((c) => (
            <Chart key={c.id} chart={c} level={3} />
          ))}
      </section>
    </>
  );
}
