/**
 * The list of /inbox as a table inside the bulk decline form: per request the applicant,
 * the opportunity, the dates, the state, the share of the response clock used, the
 * assignee and the submission date, each with a checkbox; below it, the reason and the
 * button that declines the selected requests.
 */
import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Instant, StatusBadge, StayDates } from "~/requests/ui/request-display";
import { REASON_MAX } from "~/requests/request-validation";
import { BulkSchema } from "./bulk-schema";

/** One row of the list. */
export interface InboxTableRow {
  id: string;
  status: string;
  startDate: string;
  endDate: string;
  cohortName: string | null;
  submittedAt: string;
  paused: boolean;
  shareUsed: number | null;
  responseTimeDays: number;
  centreName: string;
  applicant: { name: string; email: string } | null;
  assignee: { name: string } | null;
  opportunity: { title: string };
}

/** The share of the response clock used: the day of the allowed days (or overdue) and a percentage. */
function ClockUse({
  shareUsed,
  paused,
  responseTimeDays,
}: {
  shareUsed: number | null;
  paused: boolean;
  responseTimeDays: number;
}) {
  const { t } = useTranslation("inbox");
  if (shareUsed === null) return <span className="muted">—</span>;
  const percent = Math.max(0, Math.round(shareUsed * 100));
  const day = Math.min(Math.max(1, Math.ceil(shareUsed * responseTimeDays)), 999);
  const level = shareUsed >= 1 ? "overdue" : shareUsed >= 0.5 ? "late" : "ok";
  return (
    <span className={`clock clock-${level}`}>
      {shareUsed >= 1 ? t("clock.overdue") : t("clock.day", { day, days: responseTimeDays })} ({percent}%)
      {paused ? <span className="muted"> · {t("clock.paused")}</span> : null}
    </span>
  );
}

/** The bulk decline form's state, validated on submit, with the action's last answer. */
export function useBulkForm(actionData: { result: SubmissionResult<string[]> } | undefined) {
  return useForm({
    id: "bulk",
    constraint: getZodConstraint(BulkSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BulkSchema }),
    shouldValidate: "onSubmit",
  });
}

/** The table of `rows` in the bulk decline form, which returns to the list at `/inbox?<query>`. */
export function InboxTable({
  rows,
  query,
  state: [form, fields],
}: {
  rows: InboxTableRow[];
  query: string;
  state: ReturnType<typeof useBulkForm>;
}) {
  const { t } = useTranslation("inbox");
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="back" value={`/inbox?${query}`} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("list.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("bulk.select")}</span>
              </th>
              <th scope="col">{t("columns.applicant")}</th>
              <th scope="col">{t("columns.opportunity")}</th>
              <th scope="col">{t("columns.dates")}</th>
              <th scope="col">{t("columns.state")}</th>
              <th scope="col">{t("columns.clock")}</th>
              <th scope="col">{t("columns.assignee")}</th>
              <th scope="col">{t("columns.submitted")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="checkbox"
                    name="ids"
                    value={r.id}
                    aria-label={t("bulk.selectOne", { name: r.applicant?.name ?? "" })}
                  />
                </td>
                <td>
                  <Link to={`/inbox/${r.id}`}>{r.applicant?.name ?? t("list.deletedApplicant")}</Link>
                  {r.applicant ? <div className="muted small">{r.applicant.email}</div> : null}
                </td>
                <td>
                  {r.opportunity.title}
                  <div className="muted small">{r.centreName}</div>
                </td>
                <td>
                  <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohortName} />
                </td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td>
                  <ClockUse shareUsed={r.shareUsed} paused={r.paused} responseTimeDays={r.responseTimeDays} />
                </td>
                <td>{r.assignee?.name ?? <span className="muted">{t("list.unassigned")}</span>}</td>
                <td>
                  <Instant value={r.submittedAt} withTime={false} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ErrorList id={fields.ids.errorId} errors={fields.ids.errors} />
      <fieldset className="bulk">
        <legend>{t("bulk.title")}</legend>
        <div className="field">
          <label htmlFor={fields.reason.id}>{t("bulk.reason")}</label>
          <textarea {...getTextareaProps(fields.reason)} maxLength={REASON_MAX} rows={3} />
          <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
        </div>
        <SubmitButton intent="bulk-decline" className="button button-danger" pendingLabel={t("bulk.declining")}>
          {t("bulk.submit")}
        </SubmitButton>
      </fieldset>
    </Form>
  );
}
