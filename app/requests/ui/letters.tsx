/**
 * The "Letters" section of a request's pages (decision 0030): each letter issued for the
 * request with its state, its PDF and its verification page; on /inbox/:id, links to the
 * invitation form and the attendance form when they apply.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CalendarDate } from "~/components/labels";

/** A letter as the pages show it (ISO instants). */
export interface LetterRow {
  id: string;
  kind: "INVITATION" | "CERTIFICATE";
  language: string;
  issuedAt: string;
  revokedAt: string | null;
  verifyPath: string;
}

export function LettersSection({
  letters,
  pdfHref,
  links = [],
  note,
}: {
  letters: LetterRow[];
  /** The download address of a letter. */
  pdfHref: (id: string) => string;
  /** Coordinator's links (to the forms), already translated. */
  links?: { to: string; label: string }[];
  note?: string | null;
}) {
  const { t } = useTranslation("letters");
  return (
    <section aria-labelledby="letters-title">
      <h2 id="letters-title">{t("section.title")}</h2>
      {letters.length === 0 ? <p className="muted">{t("section.none")}</p> : null}
      {letters.length ? (
        <ul>
          {letters.map((l) => (
            <li key={l.id}>
              <strong>{t(`kind.${l.kind}`)}</strong> ({t(`language.${l.language === "it" ? "it" : "en"}`)}) ·{" "}
              {t("section.issued")}
              <CalendarDate value={l.issuedAt} /> ·{" "}
              {l.revokedAt ? (
                <>
                  {t("section.revoked")}
                  <CalendarDate value={l.revokedAt} />
                </>
              ) : (
                t("section.valid")
              )}{" "}
              · <a href={pdfHref(l.id)}>{t("section.download")}</a> ·{" "}
              <Link to={l.verifyPath}>{t("section.verifyAt")}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {note ? <p className="muted">{note}</p> : null}
      {links.length ? (
        <p>
          {links.map((l) => (
            <Link key={l.to} className="button" to={l.to}>
              {l.label}
            </Link>
          ))}
        </p>
      ) : null}
    </section>
  );
}
