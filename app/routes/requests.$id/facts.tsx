/**
 * The facts of the applicant's request on /requests/:id: its dates, when it was submitted,
 * the expected decision date (or when it was decided), the centre's median response time
 * so far, and any decline or cancel reason.
 */
import { useTranslation } from "react-i18next";
import { Instant, MessageText, StayDates } from "~/requests/ui/request-display";

/** What the facts show of the request. */
export interface FactsRequest {
  startDate: string;
  endDate: string;
  cohortName: string | null;
  submittedAt: string;
  open: boolean;
  paused: boolean;
  dueAt: string;
  decidedAt: string | null;
  declineReason: string | null;
  cancelReason: string | null;
  opportunity: { responseTimeDays: number };
}

/** The request's facts as a definition list. */
export function RequestFacts({ r, median }: { r: FactsRequest; median: { days: number | null; decided: number } }) {
  const { t } = useTranslation("requests");
  return (
    <dl className="facts-grid">
      <dt>{t("page.dates")}</dt>
      <dd>
        <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohortName} />
      </dd>
      <dt>{t("page.submitted")}</dt>
      <dd>
        <Instant value={r.submittedAt} />
      </dd>
      {r.open ? (
        <>
          <dt>{t("page.expected")}</dt>
          <dd>{r.paused ? t("page.paused") : <Instant value={r.dueAt} withTime={false} />}</dd>
        </>
      ) : r.decidedAt ? (
        <>
          <dt>{t("page.decided")}</dt>
          <dd>
            <Instant value={r.decidedAt} />
          </dd>
        </>
      ) : null}
      <dt>{t("page.median")}</dt>
      <dd>
        {median.days === null
          ? t("page.medianNone")
          : median.days < 1
            ? t("page.medianUnderDay", { count: median.decided })
            : t("page.medianDays", { count: median.decided, days: median.days })}{" "}
        <span className="muted">{t("page.responseTime", { days: r.opportunity.responseTimeDays })}</span>
      </dd>
      {r.declineReason ? (
        <>
          <dt>{t("page.declineReason")}</dt>
          <dd>
            <MessageText text={r.declineReason} />
          </dd>
        </>
      ) : null}
      {r.cancelReason ? (
        <>
          <dt>{t("page.cancelReason")}</dt>
          <dd>
            <MessageText text={r.cancelReason} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
