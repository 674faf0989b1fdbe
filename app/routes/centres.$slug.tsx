/**
 * GET /centres/:slug: a centre's facts with their sources, its first published opportunities
 * (CENTRE_PAGE_OPPORTUNITIES; the rest through a link to /opportunities?centre=<slug>) and its
 * upcoming events.
 */
import { metaDescription } from "~/platform/meta-description";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ExampleBadge, ExampleNotRequestable, realProgrammesHref } from "~/catalogue/ui/example-badge";
import { CalendarDate, languageName } from "~/components/labels";
import { getCentreBySlug } from "~/catalogue/centre.server";
import { getTaxonomy, topicLabel } from "~/catalogue/topic.server";
import { listCentreEvents } from "~/catalogue/event.server";
import { eventListEntry } from "~/catalogue/event-view";
import { EventList } from "~/catalogue/ui/event-list";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { PlaceName } from "~/catalogue/ui/place-name";
import { countryName } from "~/platform/reference-lists.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound("No such centre");
  const centre = await getCentreBySlug(slug);
  if (!centre) notFound("No such centre");
  const { language } = await getRequestT(request);
  const taxonomy = await getTaxonomy();
  const it = language === "it";
  const events = await listCentreEvents(centre.id);
  return {
    title: `${it ? centre.nameIt : centre.name} · Ponte`,
    metaDescription: metaDescription(it ? centre.descriptionIt : centre.descriptionEn),
    events: events.map((e) => eventListEntry(e, language)),
    centre: {
      slug: centre.slug,
      name: it ? centre.nameIt : centre.name,
      otherName: it ? null : centre.nameIt !== centre.name ? centre.nameIt : null,
      kind: centre.kind,
      /** Partners abroad (issue 19): the country's name in the UI language; null in Lombardy. */
      country: centre.country ? countryName(centre.country, language) : null,
      city: centre.city,
      address: centre.address,
      website: centre.website,
      irccs: centre.irccs,
      rorId: centre.rorId,
      description: it ? centre.descriptionIt : centre.descriptionEn,
      languages: centre.languages,
      responseTimeDays: centre.responseTimeDays,
      parent: centre.parent,
      children: centre.children,
      facts: centre.facts.map((f) => ({ text: it ? f.textIt : f.textEn, sources: f.sourceNs })),
      sources: centre.sources,
      topics: centre.topics
        .map((ct) => taxonomy.byId.get(ct.topicId))
        .filter((x) => x !== undefined)
        .map((x) => ({ id: x.id, label: topicLabel(x, language) })),
      opportunities: centre.opportunities.map((o) => ({
        id: o.id,
        type: o.type,
        title: it ? o.titleIt : o.titleEn,
        isExample: o.isExample,
        deadline: o.deadline ? o.deadline.toISOString().slice(0, 10) : null,
        seats: o.seats,
      })),
      /** All its published opportunities, of which `opportunities` are the first. */
      opportunityCount: centre.opportunityCount,
      hasRealProgrammes: centre.hasRealProgrammes,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function CentrePage() {
  const { centre, events } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const { t: tEvents } = useTranslation("events");
  return (
    <article className="centre">
      <p className="breadcrumb">
        <Link to="/centres">{t("centres.title")}</Link>
      </p>
      <h1>{centre.name}</h1>
      {centre.otherName ? (
        <p className="muted" lang="it">
          {centre.otherName}
        </p>
      ) : null}
      <p className="lead">{centre.description}</p>

      <dl className="facts-grid">
        <dt>{t("centre.kind")}</dt>
        <dd>{t(`centreKind.${centre.kind}`)}</dd>
        <dt>{t("centre.city")}</dt>
        <dd>
          <PlaceName name={centre.city} />
        </dd>
        {centre.country ? (
          <>
            <dt>{t("filters.country")}</dt>
            <dd>
              {centre.country} ({t("catalogue.region.abroad")})
            </dd>
          </>
        ) : null}
        {centre.address ? (
          <>
            <dt>{t("centre.address")}</dt>
            <dd>{centre.address}</dd>
          </>
        ) : null}
        <dt>{t("centre.irccsStatus")}</dt>
        <dd>
          {centre.irccs === true
            ? t("centre.irccsYes")
            : centre.irccs === false
              ? t("centre.irccsNo")
              : t("centre.unconfirmed")}
        </dd>
        {centre.website ? (
          <>
            <dt>{t("centre.website")}</dt>
            <dd>
              <a href={centre.website} rel="noopener noreferrer" target="_blank">
                {centre.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t("centre.languages")}</dt>
        <dd>
          {centre.languages.length
            ? centre.languages.map((l) => languageName(l, i18n.language)).join(", ")
            : t("centre.unconfirmed")}
        </dd>
        {centre.parent ? (
          <>
            <dt>{t("centre.partOf")}</dt>
            <dd>
              <Link to={`/centres/${centre.parent.slug}`}>{centre.parent.name}</Link>
            </dd>
          </>
        ) : null}
        {centre.children.length ? (
          <>
            <dt>{t("centre.includes")}</dt>
            <dd>
              {centre.children.map((c, i) => (
                <span key={c.slug}>
                  {i ? ", " : ""}
                  <Link to={`/centres/${c.slug}`}>{c.name}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>

      {centre.topics.length ? (
        <section aria-labelledby="topics-title">
          <h2 id="topics-title">{t("centre.topics")}</h2>
          <ul className="tags">
            {centre.topics.map((topic) => (
              <li key={topic.id} className="tag">
                <Link to={`/opportunities?topic=${topic.id}`}>{topic.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t("centre.facts")}</h2>
        <ul className="fact-list">
          {centre.facts.map((fact, i) => (
            <li key={i}>
              {fact.text}{" "}
              {fact.sources.map((n) => (
                <a key={n} href={`#source-${n}`} className="cite" aria-label={t("centre.sourceN", { n })}>
                  [{n}]
                </a>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">{tEvents("centreSection.title")}</h2>
        {events.length ? <EventList events={events} /> : <p>{tEvents("centreSection.none")}</p>}
        <p>
          <a href={`/centres/${centre.slug}/events.ics`} type="text/calendar">
            {tEvents("feeds.subscribeCentre")}
          </a>
        </p>
      </section>
      <section aria-labelledby="opps-title">
        <h2 id="opps-title">{t("centre.opportunities")}</h2>
        {centre.opportunities.length === 0 ? (
          <p>{t("centre.noOpportunities")}</p>
        ) : (
          <ul className="card-list">
            {centre.opportunities.map((o) => (
              <li key={o.id} className="card">
                <h3 className="card-title">
                  <Link to={`/opportunities/${o.id}`}>{o.title}</Link>
                </h3>
                <p className="muted">
                  {t(`opportunityType.${o.type}`)} · {t("opportunity.seatsN", { count: o.seats })}
                  {o.deadline ? (
                    <>
                      {" "}
                      · {t("opportunity.deadline")} <CalendarDate value={o.deadline} />
                    </>
                  ) : null}
                </p>
                {o.isExample ? (
                  <>
                    <ExampleBadge />
                    <ExampleNotRequestable centreSlug={centre.slug} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {centre.opportunityCount > centre.opportunities.length ? (
          <p>
            <Link to={`/opportunities?centre=${encodeURIComponent(centre.slug)}`}>
              {t("centre.allOpportunities", { n: centre.opportunityCount.toLocaleString(i18n.language) })}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="reach-title" className="reach-centre">
        <h2 id="reach-title">{t("centre.reach.title")}</h2>
        {/* The catalogue's sources give no international-office address (decision 0026): never guessed. */}
        <p>{t("centre.reach.noOffice")}</p>
        <ul>
          {centre.hasRealProgrammes ? (
            <li>
              <Link to={realProgrammesHref(centre.slug)}>{t("centre.reach.throughProgrammes")}</Link>
            </li>
          ) : null}
          <li>
            <Link to="/contact">{t("centre.reach.throughContact")}</Link>
          </li>
          {centre.website ? (
            <li>
              {t("centre.reach.website")}{" "}
              <a href={centre.website} rel="noopener noreferrer" target="_blank">
                {centre.website.replace(/^https?:\/\//, "")}
              </a>
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t("centre.sources")}</h2>
        <p className="muted">{t("centre.sourcesNote")}</p>
        <ol className="source-list">
          {centre.sources.map((s) => (
            <li key={s.n} id={`source-${s.n}`} value={s.n}>
              <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                {s.title}
              </a>
              {s.date ? <span className="muted"> ({s.date})</span> : null}
              {s.kind ? <span className="muted"> · {t(`sourceKind.${s.kind}`, { defaultValue: s.kind })}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
