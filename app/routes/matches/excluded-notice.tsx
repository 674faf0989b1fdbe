/**
 * Why relevant opportunities are missing from /matches, counted by cause ("2 opportunities
 * need Italian"), with a link to edit the profile. Renders nothing when there are none.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ExcludedLine } from "~/matching/matches-view";

/** The near misses, one line per cause. */
export function Excluded({ excluded }: { excluded: ExcludedLine[] }) {
  const { t } = useTranslation("profile");
  if (!excluded.length) return null;
  return (
    <section aria-labelledby="excluded-title" className="notice">
      <h2 id="excluded-title" className="card-title">
        {t("matches.excludedTitle")}
      </h2>
      <ul className="excluded-list">
        {excluded.map((e) => (
          <li key={e.key}>{e.text}</li>
        ))}
      </ul>
      <p className="hint">
        <Link to="/profile">{t("matches.editProfile")}</Link>
      </p>
    </section>
  );
}
