/**
 * The frame of the legal pages (/privacy, /terms, /accessibility, /contact): the heading,
 * the warning while app/platform/legal-config.ts still holds placeholders, and sections.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { legalConfig } from "~/platform/legal-config";

export function LegalPage({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  children: ReactNode;
}) {
  const { t } = useTranslation("legal");
  return (
    <article className="legal-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{title}</h1>
      {legalConfig.filledIn ? null : (
        <p className="notice" role="note">
          {t("placeholderWarning")}
        </p>
      )}
      <p className="lead">{lead}</p>
      {children}
    </article>
  );
}

export function LegalSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
