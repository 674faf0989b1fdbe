/** The applicant's public profile, folded, on a suggestion card. */
import { useTranslation } from "react-i18next";

export interface SuggestedProfile {
  interests: string;
  languages: string;
  orcid: string | null;
  rorId: string | null;
  website: string | null;
  statement: string;
}

export function ProfileDetails({ profile }: { profile: SuggestedProfile }) {
  const { t } = useTranslation("profile");
  return (
    <details>
      <summary>{t("suggestions.profile")}</summary>
      <dl className="facts-grid">
        <dt>{t("suggestions.interests")}</dt>
        <dd>{profile.interests}</dd>
        <dt>{t("suggestions.languages")}</dt>
        <dd>{profile.languages || "—"}</dd>
        {profile.orcid ? (
          <>
            <dt>{t("fields.orcid")}</dt>
            <dd>
              <a href={`https://orcid.org/${profile.orcid}`} rel="noopener noreferrer">
                {profile.orcid}
              </a>
            </dd>
          </>
        ) : null}
        {profile.rorId ? (
          <>
            <dt>{t("fields.rorId")}</dt>
            <dd>
              <a href={profile.rorId} rel="noopener noreferrer">
                {profile.rorId}
              </a>
            </dd>
          </>
        ) : null}
        {profile.website ? (
          <>
            <dt>{t("fields.website")}</dt>
            <dd>
              <a href={profile.website} rel="noopener noreferrer nofollow ugc">
                {profile.website}
              </a>
            </dd>
          </>
        ) : null}
        {profile.statement ? (
          <>
            <dt>{t("statement.legend")}</dt>
            <dd className="statement">{profile.statement}</dd>
          </>
        ) : null}
      </dl>
    </details>
  );
}
