/**
 * /coordinator/opportunities/:id/suggestions: the applicants (who opted in to being
 * suggested to centres) whose rankings place this opportunity highest, with their public
 * profile and why it fits them. Only for a published opportunity of the coordinator's own
 * centres: anything else is a 404 (authorised in the query's where clause).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ReasonList, ScoreParts, useScoreLabels } from "~/matching/ui/match-display";
import type { Reason } from "~/matching/types";
import { getCoordinatorOpportunity, getSuggestions, topicLabelsFor } from "~/matching/matching.server";
import { getPublicProfiles } from "~/matching/profile.server";
import { getTaxonomy } from "~/catalogue/topic.server";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { formatDateRange, formatDay, languageLabel } from "~/matching/match-text";
import { countryName } from "~/platform/reference-lists.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: matchingStyles }];

const SHOWN = 20;

/** A reason, told from the coordinator's side ("one of their core interests"). */
function theirReason(t: TFunction, r: Reason, language: string, topics: Record<string, string>): string | null {
  const p = r.params;
  const topic = (key: unknown) => (typeof key === "string" ? (topics[key] ?? key) : "");
  switch (r.code) {
    case "topic.exact":
    case "topic.narrower":
    case "topic.broader":
    case "topic.related":
      return t(`suggestions.reason.${r.code.slice(6)}`, {
        context: String(p.weight),
        oppTopic: topic(p.oppTopicKey),
        profileTopic: topic(p.profileTopicKey),
        sharedTopic: topic(p.sharedTopicKey),
      });
    case "text.related":
      return t("suggestions.reason.text", { terms: p.terms });
    case "type.wanted":
      return t("suggestions.reason.type", { type: t(`common:opportunityType.${String(p.typeKey)}`) });
    case "language.ok":
      return t("suggestions.reason.language", {
        language: languageLabel(String(p.languageKey), language),
        yourLevel: p.yourLevel,
        level: p.level,
      });
    case "deadline.soon":
      return t("suggestions.reason.deadline", { deadline: formatDay(String(p.deadline), language) });
    default:
      return null;
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such opportunity");
  const opportunity = await getCoordinatorOpportunity(user.id, id);
  if (!opportunity) notFound("No such opportunity");
  const { t, language } = await getRequestT(request, "profile");
  const it = language === "it";
  const [{ byOpportunity, topics, considered }, taxonomy] = await Promise.all([
    getSuggestions([id], { today: todayIso(), perOpportunity: SHOWN }),
    getTaxonomy(),
  ]);
  const suggestions = byOpportunity.get(id) ?? [];
  const profiles = new Map((await getPublicProfiles(suggestions.map((s) => s.userId))).map((p) => [p.userId, p]));
  const label = (topicId: string) => {
    const topic = taxonomy.byId.get(topicId);
    return topic ? (it ? topic.labelIt : topic.labelEn) : topicId;
  };
  return {
    title: t("suggestions.oneMetaTitle", { title: it ? opportunity.titleIt : opportunity.titleEn }),
    considered,
    opportunity: {
      id: opportunity.id,
      type: opportunity.type,
      title: it ? opportunity.titleIt : opportunity.titleEn,
      centre: it ? opportunity.centre.nameIt : opportunity.centre.name,
    },
    suggestions: suggestions.flatMap((s) => {
      const p = profiles.get(s.userId);
      if (!p) return [];
      return [
        {
          userId: s.userId,
          rank: s.rank,
          score: s.result.score,
          parts: s.result.parts,
          reasons: [
            ...s.result.reasons
              .map((r) => theirReason(t, r, language, topicLabelsFor(s.result.reasons, topics, language)))
              .filter((x): x is string => x !== null),
            `${t("suggestions.reason.dates")} ${formatDateRange(s.result.earliestWindow.start, s.result.earliestWindow.end, language)}`,
          ],
          profile: {
            name: p.user.name,
            profession: p.profession,
            careerStage: p.careerStage,
            country: p.country ? countryName(p.country, language) : null,
            homeInstitution: p.homeInstitution,
            rorId: p.rorId,
            orcid: p.orcid,
            website: p.website,
            statement: p.researchStatement,
            languages: p.languages.map((l) => `${languageLabel(l.code, language)} ${l.level}`).join(", "),
            interests: p.interests.map((i) => `${label(i.topicId)} (${t(`topics.weight.${i.weight}`)})`).join(", "),
          },
        },
      ];
    }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function OpportunitySuggestions() {
  const { opportunity, suggestions, considered } = useLoaderData<typeof loader>();
  const { t } = useTranslation("profile");
  const scoreLabels = useScoreLabels();
  return (
    <section aria-labelledby="suggestions-title">
      <p className="breadcrumb">
        <Link to="/coordinator/suggestions">{t("suggestions.title")}</Link>
      </p>
      <h1 id="suggestions-title">{t("suggestions.oneTitle", { title: opportunity.title })}</h1>
      <p className="muted">
        {t(`common:opportunityType.${opportunity.type}`)} · {opportunity.centre} ·{" "}
        <Link to={`/opportunities/${opportunity.id}`}>{t("suggestions.publicPage")}</Link>
      </p>
      <p className="lead">{t("suggestions.oneLead", { count: considered })}</p>
      {suggestions.length ? (
        <ol className="card-list">
          {suggestions.map((s) => {
            return (
              <li key={s.userId} className="card match-card">
                <h2 className="card-title">{s.profile.name}</h2>
                <p className="muted">
                  {[
                    s.profile.profession ? t(`common:profession.${s.profile.profession}`) : null,
                    s.profile.careerStage ? t(`common:careerStage.${s.profile.careerStage}`) : null,
                    s.profile.country,
                    s.profile.homeInstitution,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p>
                  <strong>{t("suggestions.theirRank", { rank: s.rank })}</strong>
                </p>
                <ScoreParts score={s.score} parts={s.parts} labels={scoreLabels} />
                <ReasonList reasons={s.reasons} />
                <details>
                  <summary>{t("suggestions.profile")}</summary>
                  <dl className="facts-grid">
                    <dt>{t("suggestions.interests")}</dt>
                    <dd>{s.profile.interests}</dd>
                    <dt>{t("suggestions.languages")}</dt>
                    <dd>{s.profile.languages || "—"}</dd>
                    {s.profile.orcid ? (
                      <>
                        <dt>{t("fields.orcid")}</dt>
                        <dd>
                          <a href={`https://orcid.org/${s.profile.orcid}`} rel="noopener noreferrer">
                            {s.profile.orcid}
                          </a>
                        </dd>
                      </>
                    ) : null}
                    {s.profile.rorId ? (
                      <>
                        <dt>{t("fields.rorId")}</dt>
                        <dd>
                          <a href={s.profile.rorId} rel="noopener noreferrer">
                            {s.profile.rorId}
                          </a>
                        </dd>
                      </>
                    ) : null}
                    {s.profile.website ? (
                      <>
                        <dt>{t("fields.website")}</dt>
                        <dd>
                          <a href={s.profile.website} rel="noopener noreferrer nofollow ugc">
                            {s.profile.website}
                          </a>
                        </dd>
                      </>
                    ) : null}
                    {s.profile.statement ? (
                      <>
                        <dt>{t("statement.legend")}</dt>
                        <dd className="statement">{s.profile.statement}</dd>
                      </>
                    ) : null}
                  </dl>
                </details>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="notice">{t("suggestions.noneYet")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
