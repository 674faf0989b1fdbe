/** GET /opportunities/:id: one published opportunity with its dates, eligibility and questions. */
import { metaDescription } from "~/platform/meta-description";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ExampleNotRequestable } from "~/catalogue/ui/example-badge";
import { PracticalFactsSection } from "~/catalogue/ui/practical-facts-view";
import { practicalView } from "~/catalogue/practical-facts";
import { CalendarDate, DateRangeText, languageName } from "~/components/labels";
import { MatchFit } from "~/matching/ui/match-fit";
import { getOpportunityFitData } from "~/matching/matching.server";
import { getInvitationForApplicant } from "~/matching/application-invitation.server";
import { getPublishedOpportunity } from "~/catalogue/opportunity.server";
import { getTaxonomy, topicLabel } from "~/catalogue/topic.server";
import matchingStyles from "~/styles/matching.css";
import { getUser } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { listOpenRounds } from "~/requests/rounds.server";
import { notFound } from "~/platform/http";
import { useRootData } from "~/components/root-data";
import { getRequestT } from "~/platform/i18n.server";
import { PlaceName } from "~/catalogue/ui/place-name";
import { countryName } from "~/platform/reference-lists.server";
import { precheckForOpportunity } from "~/requests/eligibility.server";
import { Precheck } from "~/requests/ui/precheck";
import requestStyles from "~/styles/requests.css";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: requestStyles },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such opportunity");
  const o = await getPublishedOpportunity(id);
  if (!o) notFound("No such opportunity");
  const { language } = await getRequestT(request);
  const taxonomy = await getTaxonomy();
  // A signed-in applicant sees how the opportunity fits them (app/matching/ui/match-fit.tsx).
  const user = await getUser(request);
  const applicant = user?.roles.includes("APPLICANT") ? user : null;
  const [fit, invitation, gaps] = applicant
    ? await Promise.all([
        getOpportunityFitData(applicant.id, o.id, todayIso(), language),
        // The centre invited them to apply (from its suggested applicants): a short notice.
        getInvitationForApplicant(applicant.id, o.id),
        // What they still lack to request it, each with its fix (issue 16, part 3).
        o.isExample ? null : precheckForOpportunity(applicant, o.id, todayIso()),
      ])
    : [null, null, null];
  const it = language === "it";
  const title = it ? o.titleIt : o.titleEn;
  // Cohorts filled in an open allocation round (issue 17): applying happens in the round.
  const rounds = o.cohorts.length
    ? (await listOpenRounds(todayIso(), language, o.id)).map((r) => ({ id: r.id, name: r.name }))
    : [];
  const url = new URL(request.url);
  return {
    title: `${title} · ${it ? o.centre.nameIt : o.centre.name} · Ponte`,
    metaDescription: metaDescription(
      `${it ? o.centre.nameIt : o.centre.name}: ${it ? o.descriptionIt : o.descriptionEn}`,
    ),
    fit,
    rounds,
    gaps,
    invitation: invitation
      ? { invitedAt: invitation.createdAt.toISOString(), by: invitation.invitedBy?.name ?? null }
      : null,
    // The named contact only reaches signed-in applicants (decision 0026).
    practical: practicalView(o, language, Boolean(user?.roles.includes("APPLICANT"))),
    loginHref: `/login?redirectTo=${encodeURIComponent(url.pathname)}`,
    opportunity: {
      id: o.id,
      type: o.type,
      title,
      description: it ? o.descriptionIt : o.descriptionEn,
      isExample: o.isExample,
      centre: {
        ...o.centre,
        name: it ? o.centre.nameIt : o.centre.name,
        countryName: o.centre.country ? countryName(o.centre.country, language) : null,
      },
      seats: o.seats,
      minDays: o.minDays,
      maxDays: o.maxDays,
      deadline: o.deadline ? iso(o.deadline) : null,
      professions: o.professions,
      careerStages: o.careerStages,
      languages: o.languages.map((l) => ({ code: l.code, level: l.minLevel })),
      topics: o.topics
        .map((ot) => taxonomy.byId.get(ot.topicId))
        .filter((x) => x !== undefined)
        .map((x) => ({ id: x.id, label: topicLabel(x, language) })),
      windows: o.windows.map((w) => ({ start: iso(w.startDate), end: iso(w.endDate) })),
      cohorts: o.cohorts.map((c) => ({
        id: c.id,
        name: c.name,
        start: iso(c.startDate),
        end: iso(c.endDate),
        seats: c.seats,
      })),
      questions: o.questions.map((q) => (it ? q.textIt : q.textEn)),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function OpportunityPage() {
  const { opportunity: o, fit, rounds, gaps, invitation, practical, loginHref } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const root = useRootData();
  return (
    <article className="opportunity">
      <p className="breadcrumb">
        <Link to="/opportunities">{t("opportunities.title")}</Link>
      </p>
      <h1>{o.title}</h1>
      <p className="muted">
        {t(`opportunityType.${o.type}`)} · <Link to={`/centres/${o.centre.slug}`}>{o.centre.name}</Link> ·{" "}
        <PlaceName name={o.centre.city} />
        {o.centre.countryName ? `, ${o.centre.countryName}` : ""}
      </p>
      {o.isExample ? <ExampleNotRequestable centreSlug={o.centre.slug} long /> : null}
      <p className="lead">{o.description}</p>
      {invitation && !o.isExample ? (
        <p className="notice" role="status">
          {invitation.by
            ? t("opportunity.invitedBy", { centre: o.centre.name, name: invitation.by })
            : t("opportunity.invited", { centre: o.centre.name })}{" "}
          (<CalendarDate value={invitation.invitedAt} />)
        </p>
      ) : null}
      {gaps ? <Precheck gaps={gaps} showReady /> : null}
      {root?.user?.roles.includes("APPLICANT") && !o.isExample && !gaps?.some((g) => g.blocking) ? (
        <p>
          <Link className="button" to={`/requests/new?opportunity=${encodeURIComponent(o.id)}`}>
            {t("requests:requestThis")}
          </Link>
        </p>
      ) : null}
      {fit ? <MatchFit fit={fit} /> : null}

      <dl className="facts-grid">
        <dt>{t("opportunity.stayLabel")}</dt>
        <dd>{t("opportunity.stay", { min: o.minDays, max: o.maxDays })}</dd>
        <dt>{t("opportunity.seats")}</dt>
        <dd>{o.cohorts.length ? t("opportunity.seatsPerCohort") : t("opportunity.seatsN", { count: o.seats })}</dd>
        {o.deadline ? (
          <>
            <dt>{t("opportunity.deadline")}</dt>
            <dd>
              <CalendarDate value={o.deadline} />
            </dd>
          </>
        ) : null}
        <dt>{t("opportunity.languages")}</dt>
        <dd>
          {o.languages.length
            ? o.languages.map((l) => `${languageName(l.code, i18n.language)} (${l.level})`).join(", ")
            : t("opportunity.noLanguage")}
        </dd>
        <dt>{t("opportunity.professions")}</dt>
        <dd>
          {o.professions.length ? o.professions.map((p) => t(`profession.${p}`)).join(", ") : t("opportunity.anyone")}
        </dd>
        <dt>{t("opportunity.careerStages")}</dt>
        <dd>
          {o.careerStages.length
            ? o.careerStages.map((s) => t(`careerStage.${s}`)).join(", ")
            : t("opportunity.anyone")}
        </dd>
      </dl>

      <PracticalFactsSection facts={practical} loginHref={loginHref} />

      {o.windows.length ? (
        <section aria-labelledby="windows-title">
          <h2 id="windows-title">{t("opportunity.windows")}</h2>
          <ul>
            {o.windows.map((w, i) => (
              <li key={i}>
                <DateRangeText start={w.start} end={w.end} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {o.cohorts.length ? (
        <section aria-labelledby="cohorts-title">
          <h2 id="cohorts-title">{t("opportunity.cohorts")}</h2>
          {rounds.map((r) => (
            <p key={r.id}>
              {t("rounds:public.onOpportunity", { name: r.name })}{" "}
              <Link to={`/rounds/${r.id}`}>{t("rounds:public.applyInRound")}</Link>
            </p>
          ))}
          <ul>
            {o.cohorts.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong>: <DateRangeText start={c.start} end={c.end} /> ·{" "}
                {t("opportunity.seatsN", { count: c.seats })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {o.topics.length ? (
        <section aria-labelledby="topics-title">
          <h2 id="topics-title">{t("opportunity.topics")}</h2>
          <ul className="tags">
            {o.topics.map((topic) => (
              <li key={topic.id} className="tag">
                <Link to={`/opportunities?topic=${topic.id}`}>{topic.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {o.questions.length ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t("opportunity.questions")}</h2>
          <ol>
            {o.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
