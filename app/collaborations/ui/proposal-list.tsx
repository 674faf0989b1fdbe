/** A list of collaboration proposals (names and facts only, never contact details), with optional reasons. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** One entry as app/collaborations/pages.server.ts `listEntry` shapes it (plus reasons for fits). */
export interface ProposalListItem {
  id: string;
  title: string;
  summary: string;
  proposerName: string;
  topics: string[];
  partnerKinds: string[];
  languages: string[];
  fundingProgramme: string | null;
  fundingDeadline: string | null;
  signedInOnly: boolean;
  /** A seeded example (decision 0036): labelled, and nobody can express interest in it. */
  isExample: boolean;
  reasons?: string[];
}

export function ProposalList({ proposals, headingLevel }: { proposals: ProposalListItem[]; headingLevel: 2 | 3 }) {
  const { t } = useTranslation("collaborations");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="card-list">
      {proposals.map((p) => (
        <li key={p.id} className="card">
          <Heading>
            <Link to={`/collaborations/${p.id}`}>{p.title}</Link>
          </Heading>
          <p className="muted">
            {t("list.by", { name: p.proposerName })}
            {p.signedInOnly ? ` · ${t("list.signedInOnly")}` : ""}
            {p.isExample ? (
              <>
                {" · "}
                <span className="badge">{t("list.example")}</span>
              </>
            ) : null}
          </p>
          <p>{p.summary}</p>
          <p className="muted">
            {[...p.partnerKinds.map((k) => t(`kinds.${k}`)), ...p.topics].join(" · ")}
            {p.languages.length ? ` · ${p.languages.join(", ")}` : ""}
          </p>
          {p.fundingProgramme ? (
            <p className="muted">
              {p.fundingProgramme}
              {p.fundingDeadline ? ` · ${t("list.deadline", { date: p.fundingDeadline })}` : ""}
            </p>
          ) : null}
          {p.reasons?.length ? (
            <ul className="reasons">
              {p.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
