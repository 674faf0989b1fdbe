/**
 * The request pre-check as a list (issue 16, part 3): what the applicant still lacks for an
 * opportunity, each item with the link that fixes it. Shown on /opportunities/:id and at
 * the top of /requests/new; the gaps come from app/requests/eligibility.ts.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageName } from "~/components/labels";
import { formatDay } from "~/matching";
import type { Gap } from "~/requests/eligibility";

/** The list of `gaps`; a short "you may request it" line when there are none and `showReady`. */
export function Precheck({ gaps, showReady = false }: { gaps: readonly Gap[]; showReady?: boolean }) {
  const { t, i18n } = useTranslation("requests");
  if (!gaps.length) {
    return showReady ? (
      <p className="notice" role="status">
        {t("precheck.ready")}
      </p>
    ) : null;
  }
  const blocking = gaps.some((g) => g.blocking);
  const values = (g: Gap) => {
    const v: Record<string, string> = { ...g.params };
    for (const key of ["deadline", "date", "expiresOn", "until"]) if (v[key]) v[key] = formatDay(v[key], i18n.language);
    if (v.type) v.type = t(`wallet.types.${v.type}`);
    if (v.language) v.language = languageName(v.language, i18n.language);
    return v;
  };
  return (
    <section aria-labelledby="precheck-title" className="precheck notice">
      <h2 id="precheck-title">{t("precheck.title")}</h2>
      <p>{blocking ? t("precheck.leadBlocking") : t("precheck.lead")}</p>
      <ul>
        {gaps.map((g, i) => (
          <li key={`${g.code}-${i}`} data-gap={g.code}>
            {t(
              g.code === "language" && !g.params.yourLevel ? "precheck.languageNone" : `precheck.${g.code}`,
              values(g),
            )}{" "}
            <Link to={g.href}>{t(`precheck.fix.${g.code}`)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
