/**
 * Recommendation letters on the request pages (decision 0037): the coordinators' list with
 * each received letter's download, and the applicant's summary (received/pending, never the
 * letter) with the way to the referees page.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CalendarDate } from "~/components/labels";
import { FileSize } from "./request-display";

/** One referee as these sections show them (see RefereeView in referees.server.ts). */
export interface RefereeRow {
  id: string;
  name: string;
  receivedAt: string | null;
  file: { id: string; filename: string; size: number } | null;
}

/** The coordinators' section: received N of M, each referee with their letter's download or "waiting". */
export function RefereeLettersSection({
  required,
  referees,
  href,
}: {
  required: number;
  referees: RefereeRow[];
  href: (refereeId: string) => string;
}) {
  const { t } = useTranslation("requests");
  const received = referees.filter((r) => r.receivedAt).length;
  return (
    <section aria-labelledby="referee-letters-title">
      <h2 id="referee-letters-title">{t("referees.inbox.title")}</h2>
      <p>{t("referees.inbox.summary", { received, required })}</p>
      {referees.length ? (
        <ul>
          {referees.map((r) => (
            <li key={r.id}>
              {r.receivedAt && r.file ? (
                <>
                  <a href={href(r.id)} download>
                    {t("referees.inbox.download", { name: r.name })}
                  </a>{" "}
                  (<FileSize bytes={r.file.size} />, <CalendarDate value={r.receivedAt} />)
                </>
              ) : r.receivedAt ? (
                <>
                  {r.name}: {t("referees.inbox.removed")}
                </>
              ) : (
                t("referees.inbox.pending", { name: r.name })
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("referees.inbox.none")}</p>
      )}
    </section>
  );
}

/** The applicant's summary on /requests/:id: received N of M, and the link to name or manage referees. */
export function RefereeSummary({
  requestId,
  required,
  received,
}: {
  requestId: string;
  required: number;
  received: number;
}) {
  const { t } = useTranslation("requests");
  return (
    <section aria-labelledby="referees-title" className={received < required ? "panel panel-attention" : undefined}>
      <h2 id="referees-title">{t("referees.title")}</h2>
      <p>{t("referees.summary", { received, required })}</p>
      <p>
        <Link to={`/requests/${requestId}/referees`}>{t("referees.manage")}</Link>
      </p>
    </section>
  );
}
