/**
 * The practical facts on the opportunity page (decision 0026): each fact, or "ask the
 * centre" where the centre has not stated it. Never a guessed value.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DocumentView, PracticalView } from "~/catalogue/practical-facts";

/** One required document as a phrase ("Recommendation letters (2)", "Other: police certificate"). */
export function DocumentLabel({ doc }: { doc: DocumentView }) {
  const { t } = useTranslation();
  const name = t(`practical.document.${doc.key}`);
  if (doc.count) return <>{t("practical.documentCount", { name, count: doc.count })}</>;
  if (doc.detail) return <>{t("practical.documentDetail", { name, detail: doc.detail })}</>;
  return <>{name}</>;
}

/** The list of documents, or "ask the centre". */
export function DocumentList({ documents }: { documents: DocumentView[] }) {
  const { t } = useTranslation();
  if (!documents.length) return <p className="ask-centre">{t("practical.askCentre")}</p>;
  return (
    <ul className="document-list">
      {documents.map((d) => (
        <li key={d.key}>
          <DocumentLabel doc={d} />
        </li>
      ))}
    </ul>
  );
}

/** The section "Practical facts" of an opportunity page; `loginHref` is where "sign in to see the contact" leads. */
export function PracticalFactsSection({ facts, loginHref }: { facts: PracticalView; loginHref: string }) {
  const { t } = useTranslation();
  const ask = <span className="ask-centre">{t("practical.askCentre")}</span>;
  const text = (v: string | null) => (v ? <span className="pre-line">{v}</span> : ask);
  return (
    <section aria-labelledby="practical-title" className="practical-facts">
      <h2 id="practical-title">{t("practical.title")}</h2>
      <dl className="facts-grid">
        <dt>{t("practical.feeLabel")}</dt>
        <dd>
          {facts.fee ? (
            <>
              {facts.fee.kind === "FREE" ? t("practical.fee.FREE") : (facts.fee.amount ?? t("practical.fee.PAID"))}
              {facts.fee.covers ? ` · ${t("practical.feeCovers", { covers: facts.fee.covers })}` : null}
            </>
          ) : (
            ask
          )}
        </dd>
        <dt>{t("practical.scopeLabel")}</dt>
        <dd>{facts.visitorScope ? t(`practical.scope.${facts.visitorScope}`) : ask}</dd>
        <dt>{t("practical.documentsLabel")}</dt>
        <dd>
          <DocumentList documents={facts.documents} />
        </dd>
        <dt>{t("practical.visaLabel")}</dt>
        <dd>{facts.visaLetter === null ? ask : facts.visaLetter ? t("practical.visaYes") : t("practical.visaNo")}</dd>
        <dt>{t("practical.housingLabel")}</dt>
        <dd>{text(facts.housingTravel)}</dd>
        <dt>{t("practical.hoursLabel")}</dt>
        <dd>{text(facts.workingHours)}</dd>
        <dt>{t("practical.dressLabel")}</dt>
        <dd>{text(facts.dressCode)}</dd>
        <dt>{t("practical.contactLabel")}</dt>
        <dd>
          {facts.contact === null ? (
            ask
          ) : facts.contact === "hidden" ? (
            <>
              {t("practical.contactHidden")} <Link to={loginHref}>{t("practical.signIn")}</Link>
            </>
          ) : (
            <>
              {facts.contact.name}
              {facts.contact.role ? `, ${facts.contact.role}` : null}
              {facts.contact.email ? (
                <>
                  {" · "}
                  <a href={`mailto:${facts.contact.email}`}>{facts.contact.email}</a>
                </>
              ) : null}
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}
