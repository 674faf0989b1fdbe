/**
 * The applicant on /inbox/:id: their e-mail and profile (profession, institution, ORCID
 * and ROR identifiers, website, languages, interests, research statement), and how the
 * opportunity matches them (rank, score parts and reasons, or why it does not).
 */
import { useTranslation } from "react-i18next";
import { languageName } from "~/components/labels";
import type { FitData } from "~/matching/types";
import { ReasonList, ScoreParts, useScoreLabels } from "~/matching/ui/match-display";
import { MessageText } from "~/requests/ui/request-display";

/** What the page shows of the applicant's profile. */
export interface ApplicantProfile {
  profession: string | null;
  careerStage: string | null;
  homeInstitution: string | null;
  country: string | null;
  orcid: string | null;
  rorId: string | null;
  website: string | null;
  languages: { code: string; level: string }[];
  interests: { label: string }[];
  researchStatement: string | null;
}

/** The applicant's section (a note instead when their account was deleted). */
export function ApplicantSection({
  applicant,
}: {
  applicant: { email: string; profile: ApplicantProfile | null } | null;
}) {
  const { t, i18n } = useTranslation("inbox");
  const p = applicant?.profile ?? null;
  return (
    <section aria-labelledby="applicant-title">
      <h2 id="applicant-title">{t("page.applicant")}</h2>
      {applicant ? (
        <dl className="facts-grid">
          <dt>{t("page.email")}</dt>
          <dd>
            <a href={`mailto:${applicant.email}`}>{applicant.email}</a>
          </dd>
          {p ? (
            <>
              <dt>{t("page.profession")}</dt>
              <dd>
                {p.profession ? t(`common:profession.${p.profession}`) : "—"} ·{" "}
                {p.careerStage ? t(`common:careerStage.${p.careerStage}`) : "—"}
              </dd>
              {p.homeInstitution || p.country ? (
                <>
                  <dt>{t("page.institution")}</dt>
                  <dd>{[p.homeInstitution, p.country].filter(Boolean).join(", ")}</dd>
                </>
              ) : null}
              {p.orcid ? (
                <>
                  <dt>ORCID iD</dt>
                  <dd>
                    <a href={`https://orcid.org/${p.orcid}`} rel="noopener noreferrer nofollow" target="_blank">
                      {p.orcid}
                    </a>
                  </dd>
                </>
              ) : null}
              {p.rorId ? (
                <>
                  <dt>ROR ID</dt>
                  <dd>
                    <a href={p.rorId} rel="noopener noreferrer nofollow" target="_blank">
                      {p.rorId}
                    </a>
                  </dd>
                </>
              ) : null}
              {p.website ? (
                <>
                  <dt>{t("page.website")}</dt>
                  <dd>
                    <MessageText text={p.website} />
                  </dd>
                </>
              ) : null}
              <dt>{t("page.languages")}</dt>
              <dd>
                {p.languages.length
                  ? p.languages.map((l) => `${languageName(l.code, i18n.language)} (${l.level})`).join(", ")
                  : "—"}
              </dd>
              <dt>{t("page.interests")}</dt>
              <dd>{p.interests.length ? p.interests.map((i) => i.label).join(", ") : "—"}</dd>
              {p.researchStatement ? (
                <>
                  <dt>{t("page.statement")}</dt>
                  <dd>
                    <MessageText text={p.researchStatement} />
                  </dd>
                </>
              ) : null}
            </>
          ) : (
            <>
              <dt>{t("page.profession")}</dt>
              <dd>{t("page.noProfile")}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>{t("page.applicantDeleted")}</p>
      )}
    </section>
  );
}

/** How the opportunity matches the applicant (nothing without an applicant). */
export function FitSection({ fit }: { fit: FitData | null }) {
  const { t } = useTranslation("inbox");
  const scoreLabels = useScoreLabels();
  if (!fit) return null;
  return (
    <section aria-labelledby="match-title" className="fit">
      <h2 id="match-title">{t("page.match")}</h2>
      {fit.status === "ranked" ? (
        <>
          <p>
            {fit.of === null
              ? t("page.matchRankOpen", { rank: fit.rank })
              : t("page.matchRank", { rank: fit.rank, count: fit.of })}
          </p>
          <ScoreParts score={fit.score} parts={fit.parts} labels={scoreLabels} />
          <ReasonList reasons={fit.reasons} />
        </>
      ) : fit.status === "excluded" ? (
        <p>
          <strong>{t("page.matchExcluded")}</strong> {fit.reason}
        </p>
      ) : (
        <p>{t("page.matchNone")}</p>
      )}
    </section>
  );
}
