/**
 * GET /centres: every centre, in two groups (in Lombardy; abroad, with our partners: issue
 * 19), filtered by region, country, city, kind and topic (descendants included).
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { TopicOptions } from "~/catalogue/ui/topic-options";
import { CentreKind } from "~/generated/prisma/enums";
import { getCentreFilterOptions, listCentres } from "~/catalogue/centre.server";
import { getTaxonomy, topicLabel } from "~/catalogue/topic.server";
import { getRequestT } from "~/platform/i18n.server";
import { optionalText, parseFilters } from "~/platform/search-params";
import { useFilterErrors } from "~/components/filter-errors";
import { SubmitButton } from "~/components/forms";
import { PlaceName } from "~/catalogue/ui/place-name";
import { placeName } from "~/catalogue/place-names";
import { groupByRegion, regionFilterFields, REGIONS } from "~/catalogue/region";
import { countryName } from "~/platform/reference-lists.server";

const FiltersSchema = z.object({
  ...regionFilterFields,
  city: optionalText(80),
  kind: z.nativeEnum(CentreKind).optional(),
  topic: optionalText(80),
  q: optionalText(100),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { filters, errors } = parseFilters(url, FiltersSchema);
  const taxonomy = await getTaxonomy();
  if (filters.topic && !taxonomy.byId.has(filters.topic)) {
    errors.topic = "filters.error.invalid";
    delete filters.topic;
  }
  const { t, language } = await getRequestT(request);
  const [centres, options] = await Promise.all([listCentres(filters), getCentreFilterOptions(language)]);
  return {
    title: t("centres.metaTitle"),
    metaDescription: t("centres.metaDescription"),
    filters,
    errors,
    centres: centres.map((c) => ({
      country: c.country,
      countryName: c.country ? countryName(c.country, language) : null,
      slug: c.slug,
      name: language === "it" ? c.nameIt : c.name,
      kind: c.kind,
      city: c.city,
      irccs: c.irccs,
      description: language === "it" ? c.descriptionIt : c.descriptionEn,
      opportunityCount: c._count.opportunities,
      topics: c.topics
        .map((ct) => taxonomy.byId.get(ct.topicId))
        .filter((x) => x !== undefined)
        .slice(0, 4)
        .map((x) => topicLabel(x, language)),
    })),
    options,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function Centres() {
  const { centres, filters, errors, options } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const { errorOf, summary } = useFilterErrors(errors);
  return (
    <>
      <h1>{t("centres.title")}</h1>
      <p className="lead">{t("centres.lead")}</p>
      <Form method="get" className="filters" aria-label={t("filters.label")}>
        {summary}
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
          <label htmlFor="f-city">{t("filters.city")}</label>
          <select id="f-city" {...errorOf("city").invalid} name="city" defaultValue={filters.city ?? ""}>
            <option value="">{t("filters.any")}</option>
            {options.cities.map((c) => (
              <option key={c} value={c}>
                {placeName(c, i18n.language)}
              </option>
            ))}
          </select>
          {errorOf("city").message}
        </div>
        <div className="field">
          <label htmlFor="f-kind">{t("filters.kind")}</label>
          <select id="f-kind" {...errorOf("kind").invalid} name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("filters.any")}</option>
            {options.kinds.map((k) => (
              <option key={k} value={k}>
                {t(`centreKind.${k}`)}
              </option>
            ))}
          </select>
          {errorOf("kind").message}
        </div>
        <div className="field">
          <label htmlFor="f-topic">{t("filters.topic")}</label>
          <select id="f-topic" {...errorOf("topic").invalid} name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">{t("filters.any")}</option>
            <TopicOptions topics={options.topics} />
          </select>
          {errorOf("topic").message}
        </div>
        <div className="filter-actions">
          <SubmitButton formMethod="GET" pendingLabel={t("pending.applying")}>
            {t("filters.apply")}
          </SubmitButton>
          <Link to="/centres">{t("filters.clear")}</Link>
        </div>
      </Form>

      <p role="status" className="result-count">
        {t("centres.count", { count: centres.length })}
      </p>
      {centres.length === 0 ? (
        <p>{t("centres.none")}</p>
      ) : (
        groupByRegion(centres, (c) => c.country).map((group) => (
          <section key={group.region} aria-labelledby={`region-${group.region}`}>
            <h2 id={`region-${group.region}`}>{t(`catalogue.region.${group.region}`)}</h2>
            <ul className="card-list">
              {group.items.map((c) => (
                <li key={c.slug} className="card">
                  <h3 className="card-title">
                    <Link to={`/centres/${c.slug}`}>{c.name}</Link>
                  </h3>
                  <p className="muted">
                    <PlaceName name={c.city} />
                    {c.countryName ? `, ${c.countryName}` : ""} · {t(`centreKind.${c.kind}`)}
                    {c.irccs ? ` · ${t("centre.irccs")}` : ""} ·{" "}
                    {t("centres.opportunityCount", { count: c.opportunityCount })}
                  </p>
                  <p>{c.description}</p>
                  {c.topics.length ? (
                    <ul className="tags" aria-label={t("centre.topics")}>
                      {c.topics.map((label) => (
                        <li key={label} className="tag">
                          {label}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
