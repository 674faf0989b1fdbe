/**
 * The facts of a request on /inbox/:id: its dates and the seats on them, when it was
 * submitted, when it is due (with the share of the response clock used) or was decided,
 * who it is assigned to, and any decline or cancel reason.
 */
import { useTranslation } from "react-i18next";
import { Instant, MessageText, StayDates } from "~/requests/ui/request-display";

/** What the facts show of the request. */
export interface FactsRequest {
  startDate: string;
  endDate: string;
  cohort: { name: string } | null;
  submittedAt: string;
  open: boolean;
  paused: boolean;
  dueAt: string;
  decidedAt: string | null;
  assignee: { name: string } | null;
  declineReason: string | null;
  cancelReason: string | null;
  opportunity: { responseTimeDays: number };
}

/** The request's facts as a definition list. */
export function RequestFacts({
  r,
  seats,
  shareUsed,
}: {
  r: FactsRequest;
  seats: { kind: "cohort" | "daily"; seats: number; free: number };
  shareUsed: number | null;
}) {
  const { t } = useTranslation("inbox");
  return (
    <dl className="facts-grid">
      <dt>{t("page.dates")}</dt>
      <dd>
        <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohort?.name} />
      </dd>
      <dt>{t("page.seats")}</dt>
      <dd>
        {seats.kind === "cohort"
          ? t("page.seatsCohort", { free: seats.free, seats: seats.seats })
          : t("page.seatsDaily", { free: seats.free, seats: seats.seats })}
      </dd>
      <dt>{t("page.submitted")}</dt>
      <dd>
        <Instant value={r.submittedAt} />
      </dd>
      {r.open ? (
        <>
          <dt>{t("page.due")}</dt>
          <dd>
            {r.paused ? t("clock.pausedLong") : <Instant value={r.dueAt} />}
            {shareUsed !== null ? (
              <span className="muted">
                {" "}
                ·{" "}
                {t("page.clockUsed", {
                  percent: Math.max(0, Math.round(shareUsed * 100)),
                  days: r.opportunity.responseTimeDays,
                })}
              </span>
            ) : null}
          </dd>
        </>
      ) : r.decidedAt ? (
        <>
          <dt>{t("page.decided")}</dt>
          <dd>
            <Instant value={r.decidedAt} />
          </dd>
        </>
      ) : null}
      <dt>{t("page.assignee")}</dt>
      <dd>{r.assignee?.name ?? t("list.unassigned")}</dd>
      {r.declineReason ? (
        <>
          <dt>{t("requests:page.declineReason")}</dt>
          <dd>
            <MessageText text={r.declineReason} />
          </dd>
        </>
      ) : null}
      {r.cancelReason ? (
        <>
          <dt>{t("requests:page.cancelReason")}</dt>
          <dd>
            <MessageText text={r.cancelReason} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
