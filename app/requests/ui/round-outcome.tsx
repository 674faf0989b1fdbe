/**
 * The words for one applicant's outcome in an allocation round (app/requests/allocation.ts
 * `Placement`): where they were placed (by choice number, as an ordinal) and, for each
 * choice above it, why not ("full with applicants ranked higher" or "unacceptable").
 * `voice` "staff" speaks about the applicant; "applicant" speaks to them (formal Lei in Italian).
 */
import { useTranslation } from "react-i18next";
import type { Placement } from "~/requests/allocation";

export function RoundOutcome({
  placement,
  programmeName,
  voice,
}: {
  placement: Placement;
  programmeName: (id: string) => string;
  voice: "staff" | "applicant";
}) {
  const { t } = useTranslation("rounds");
  const ns = voice === "staff" ? "reason" : "mine";
  return (
    <ul className="plain-list">
      <li>
        {placement.programmeId
          ? t(`${ns}.placed`, {
              count: placement.choice!,
              ordinal: true,
              programme: programmeName(placement.programmeId),
            })
          : t(`${ns}.notPlaced`)}
      </li>
      {placement.notPlaced.map((n) => (
        <li key={n.programmeId}>
          {n.reason === "unacceptable"
            ? t(`${ns}.unacceptable`, { choice: n.choice, programme: programmeName(n.programmeId) })
            : n.lastAdmittedRank === null
              ? t(`${ns}.fullNoSeats`, { choice: n.choice, programme: programmeName(n.programmeId) })
              : t(`${ns}.full`, {
                  choice: n.choice,
                  programme: programmeName(n.programmeId),
                  rank: n.rank,
                  last: n.lastAdmittedRank,
                })}
        </li>
      ))}
    </ul>
  );
}
