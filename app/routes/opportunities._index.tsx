/**
 * GET /opportunities: published opportunities whose deadline has not passed, filtered by
 * type, topic (descendants included), centre, region and country (issue 19), language and
 * date window; 20 a page, Lombardy's first, shown in two groups (in Lombardy; abroad).
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ExampleBadge, ExampleNotRequestable } from "~/catalogue/ui/example-badge";
import { DateRangeText, languageName } from "~/components/labels";
import { TopicOptions } from "~/catalogue/ui/topic-options";
import { OpportunityType } from "~/generated/prisma/enums";
import { getOpportunityFilterOptions, listOpportunities } from "~/catalogue/opportunity.server";
import { getTaxonomy, topicLabel } from "~/catalogue/topic.server";
import { todayIso } from "~/platform/dates";
import { getRequestT } from "~/platform/i18n.server";
import { optionalIsoDate, optionalText, pageNumber, parseFilters } from "~/platform/search-params";
import { useFilterErrors } from "~/components/filter-errors";
import { SubmitButton } from "~/components/forms";
import { PlaceName } from "~/catalogue/ui/place-name";
import { groupByRegion, regionFilterFields, REGIONS } from "~/catalogue/region";
import { countryName } from "~/platform/reference-lists.server";

const FiltersSchema = z
  .object({
    type: z.nativeEnum(OpportunityType).optional(),
    topic: optionalText(80),
    centre: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, "must be a centre slug")
      .optional(),
    ...regionFilterFields,
    language: z
      .string()
      .regex(/^[a-z]{2}$/, "must be an ISO 639-1 code")
      .optional(),
    from: optionalIsoDate,
    to: optionalIsoDate,
    q: optionalText(100),
    real: z.literal("1").optional(),
    page: pageNumber,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "filters.error.dateOrder", path: ["to"] });

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { filters, errors } = parseFilters(url, FiltersSchema);
  const taxonomy = await getTaxonomy();
  if (filters.topic && !taxonomy.byId.has(filters.topic)) {
    errors.topic = "filters.error.invalid";
    delete filters.topic;
  }
  const { t, language } = await getRequestT(request);
  const [result, options] = await Promise.all([
    listOpportunities({ ...filters, today: todayIso() }),
    getOpportunityFilterOptions(language),
  ]);
  const it = language === "it";
  return {
    title: t("opportunities.metaTitle"),
    metaDescription: t("opportunities.metaDescription"),
    filters,
    errors,
    total: result.total,
    page: filters.page,
    pageCount: result.pageCount,
    items: result.items.map((o) => ({
      id: o.id,
      type: o.type,
      title: it ? o.titleIt : o.titleEn,
      isExample: o.isExample,
      centre: {
        slug: o.centre.slug,
        name: it ? o.centre.nameIt : o.centre.name,
        city: o.centre.city,
        country: o.centre.country,
        countryName: o.centre.country ? countryName(o.centre.country, language) : null,
      },
      seats: o.seats,
      minDays: o.minDays,
      maxDays: o.maxDays,
      languages: o.languages.map((l) => ({ code: l.code, level: l.minLevel })),
      topics: o.topics
        .map((ot) => taxonomy.byId.get(ot.topicId))
        .filter((x) => x !== undefined)
        .map((x) => topicLabel(x, language)),
      // The card shows the first three dates; the rest stay off the page's data.
      ranges: [...o.windows, ...o.cohorts].slice(0, 3).map((w) => ({
        start: w.startDate.toISOString().slice(0, 10),
        end: w.endDate.toISOString().slice(0, 10),
      })),
    })),
    options,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

function pageHref(search: Record<string, string | number | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search))
    if (v !== undefined && v !== "" && k !== "page") params.set(k, String(v));
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `/opportunities?${qs}` : "/opportunities";
}

export default function Opportunities() {
  const { items, filters, errors, options, total, page, pageCount } = useLoaderData<typeof loader>();
  const { errorOf, summary } = useFilterErrors(errors);
  const { t, i18n } = useTranslation();
  return (
    <>
      <h1>{t("opportunities.title")}</h1>
      <p className="lead">{t("opportunities.lead")}</p>
      <Form method="get" className="filters" aria-label={t("filters.label")}>
        {summary}
        {filters.real ? <input type="hidden" name="real" value="1" /> : null}
        <div className="field">
          <label htmlFor="f-q">{t("filters.search")}</label>
          <input
            id="f-q"
            {...errorOf("q").invalid}
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            maxLength={100}
          />
          {errorOf("q").message}
        </div>
        <div className="field">
          <label htmlFor="f-type">{t("filters.type")}</label>
          <select id="f-type" {...errorOf("type").invalid} name="type" defaultValue={filters.type ?? ""}>
            <option value="">{t("filters.any")}</option>
            {Object.values(OpportunityType).map((type) => (
              <option key={type} value={type}>
                {t(`opportunityType.${type}`)}
              </option>
            ))}
          </select>
          {errorOf("type").message}
        </div>
        <div className="field">
          <label htmlFor="f-topic">{t("filters.topic")}</label>
          <select id="f-topic" {...errorOf("topic").invalid} name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">{t("filters.any")}</option>
            <TopicOptions topics={options.topics} />
          </select>
          {errorOf("topic").message}
        </div>
        <div className="field">
          <label htmlFor="f-centre">{t("filters.centre")}</label>
          <select id="f-centre" {...errorOf("centre").invalid} name="centre" defaultValue={filters.centre ?? ""}>
            <option value="">{t("filters.any")}</option>
            {options.centres.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
          {errorOf("centre").message}
        </div>
        <div className="field">
          <label htmlFor="f-region">{t("filters.region")}</label>
          <select id="f-region" {...errorOf("region").invalid} name="region" defaultValue={filters.region ?? ""}>
            <option value="">{t("filters.any")}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`catalogue.region.${r}`)}
              </option>
            ))}
          </select>
          {errorOf("region").message}
        </div>
        {options.countries.length ? (
          <div className="field">
            <label htmlFor="f-country">{t("filters.country")}</label>
            <select id="f-country" {...errorOf("country").invalid} name="country" defaultValue={filters.country ?? ""}>
              <option value="">{t("filters.any")}</option>
              {options.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {errorOf("country").message}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="f-language">{t("filters.language")}</label>
          <select
            id="f-language"
            name="language"
            defaultValue={filters.language ?? ""}
            aria-describedby="f-language-hint"
          >
            <option value="">{t("filters.any")}</option>
            {options.languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, i18n.language)}
              </option>
            ))}
          </select>
          <p id="f-language-hint" className="hint">
            {t("filters.languageHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="f-from">{t("filters.from")}</label>
          <input id="f-from" {...errorOf("from").invalid} type="date" name="from" defaultValue={filters.from ?? ""} />
          {errorOf("from").message}
        </div>
        <div className="field">
          <label htmlFor="f-to">{t("filters.to")}</label>
          <input id="f-to" {...errorOf("to").invalid} type="date" name="to" defaultValue={filters.to ?? ""} />
          {errorOf("to").message}
        </div>
        <div className="filter-actions">
          <SubmitButton formMethod="GET" pendingLabel={t("pending.applying")}>
            {t("filters.apply")}
          </SubmitButton>
          <Link to="/opportunities">{t("filters.clear")}</Link>
        </div>
      </Form>

      <p role="status" className="result-count">
        {t("opportunities.count", { count: total })}
      </p>
      {items.length === 0 ? (
        <p>{t("opportunities.none")}</p>
      ) : (
        groupByRegion(items, (o) => o.centre.country).map((group) => (
          <section key={group.region} aria-labelledby={`region-${group.region}`}>
            <h2 id={`region-${group.region}`}>{t(`catalogue.region.${group.region}`)}</h2>
            <ul className="card-list">
              {group.items.map((o) => (
                <li key={o.id} className="card">
                  <h3 className="card-title">
                    <Link to={`/opportunities/${o.id}`}>{o.title}</Link>
                  </h3>
                  <p className="muted">
                    {t(`opportunityType.${o.type}`)} · <Link to={`/centres/${o.centre.slug}`}>{o.centre.name}</Link> ·{" "}
                    <PlaceName name={o.centre.city} />
                    {o.centre.countryName ? `, ${o.centre.countryName}` : ""}
                  </p>
                  <p>
                    {t("opportunity.stay", { min: o.minDays, max: o.maxDays })} ·{" "}
                    {t("opportunity.seatsN", { count: o.seats })}
                    {o.languages.length ? (
                      <>
                        {" "}
                        · {t("opportunity.languages")}:{" "}
                        {o.languages.map((l) => `${languageName(l.code, i18n.language)} ${l.level}`).join(", ")}
                      </>
                    ) : null}
                  </p>
                  {o.ranges.length ? (
                    <p className="muted">
                      {o.ranges.map((r, i) => (
                        <span key={i}>
                          {i ? "; " : ""}
                          <DateRangeText start={r.start} end={r.end} />
                        </span>
                      ))}
                    </p>
                  ) : null}
                  {o.topics.length ? (
                    <ul className="tags" aria-label={t("opportunity.topics")}>
                      {o.topics.map((label) => (
                        <li key={label} className="tag">
                          {label}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {o.isExample ? (
                    <>
                      <ExampleBadge />
                      <ExampleNotRequestable centreSlug={o.centre.slug} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination.label")}>
          {page > 1 ? (
            <Link to={pageHref(filters, page - 1)} rel="prev">
              {t("pagination.previous")}
            </Link>
          ) : null}
          <span>{t("pagination.page", { page, pageCount })}</span>
          {page < pageCount ? (
            <Link to={pageHref(filters, page + 1)} rel="next">
              {t("pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
