/**
 * The list of /inbox as a table inside the bulk form: per request the applicant, the
 * opportunity, the dates, the state, the share of the response clock used, the assignee and
 * the submission date, each with a checkbox; above it, the bulk menu (issue 17): the action
 * (assign to a colleague, approve when the seats allow, decline with a reason), its field and
 * the button. Without JavaScript the menu is always there with every field; with it, the
 * menu appears once a row is checked and shows only the chosen action's field. On phones the
 * table's rows are laid out as cards (requests.css), the same markup.
 */
import { getFormProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Instant, StatusBadge, StayDates } from "~/requests/ui/request-display";
import { REASON_MAX } from "~/requests/request-validation";
import { BULK_INTENTS, BulkSchema } from "./bulk-schema";

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

/** The bulk form's state, validated on submit, with the action's last answer. */
export function useBulkForm(actionData: { result: SubmissionResult<string[]> } | undefined) {
  return useForm({
    id: "bulk",
    constraint: getZodConstraint(BulkSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BulkSchema }),
    shouldValidate: "onSubmit",
  });
}

/** The bulk menu: the action, the colleague (assign), the reason (decline) and the button. */
function BulkMenu({
  fields,
  coordinators,
  selected,
}: {
  fields: ReturnType<typeof useBulkForm>[1];
  coordinators: { id: string; name: string }[];
  /** Rows checked, or null before hydration (then the whole menu shows: no JavaScript). */
  selected: number | null;
}) {
  const { t } = useTranslation("inbox");
  const [intent, setIntent] = useState<string>("");
  const enhanced = selected !== null;
  const show = (which: string) => !enhanced || intent === which;
  return (
    <fieldset className="bulk" hidden={enhanced && selected === 0} aria-describedby="bulk-count">
      <legend>{t("bulk.title")}</legend>
      <p id="bulk-count" className="muted small" aria-live="polite">
        {enhanced ? t("bulk.selected", { count: selected }) : t("bulk.hint")}
      </p>
      <div className="bulk-fields">
        <div className="field">
          <label htmlFor="bulk-intent">{t("bulk.action")}</label>
          <select
            id="bulk-intent"
            name="intent"
            value={intent}
            onChange={(e) => setIntent(e.currentTarget.value)}
            aria-invalid={fields.intent.errors ? true : undefined}
            aria-describedby={fields.intent.errors ? fields.intent.errorId : undefined}
          >
            <option value="">{t("bulk.chooseAction")}</option>
            {BULK_INTENTS.map((i) => (
              <option key={i} value={i}>
                {t(`bulk.actions.${i}`)}
              </option>
            ))}
          </select>
          <ErrorList id={fields.intent.errorId} errors={fields.intent.errors} />
        </div>
        {show("bulk-assign") ? (
          <div className="field">
            <label htmlFor={fields.assigneeId.id}>{t("bulk.assignee")}</label>
            <select {...getSelectProps(fields.assigneeId)}>
              <option value="">{t("page.chooseColleague")}</option>
              {coordinators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <ErrorList id={fields.assigneeId.errorId} errors={fields.assigneeId.errors} />
          </div>
        ) : null}
        {show("bulk-decline") ? (
          <div className="field bulk-reason">
            <label htmlFor={fields.reason.id}>{t("bulk.reason")}</label>
            <textarea {...getTextareaProps(fields.reason)} maxLength={REASON_MAX} rows={3} />
            <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
          </div>
        ) : null}
      </div>
      {show("bulk-approve") && enhanced ? <p className="hint">{t("bulk.approveHint")}</p> : null}
      <SubmitButton pendingIntents={BULK_INTENTS} className="button" pendingLabel={t("bulk.applying")}>
        {t("bulk.submit")}
      </SubmitButton>
    </fieldset>
  );
}

/** How many `ids` checkboxes of `form` are checked. */
function countChecked(form: HTMLFormElement): number {
  return form.querySelectorAll('input[name="ids"]:checked').length;
}

/** The table of `rows` in the bulk decline form, which returns to the list at `/inbox?<query>`. */
export function InboxTable({
  rows,
  query,
  state: [form, fields],
  coordinators,
}: {
  rows: InboxTableRow[];
  query: string;
  state: ReturnType<typeof useBulkForm>;
  coordinators: { id: string; name: string }[];
}) {
  const { t } = useTranslation("inbox");
  // null until hydrated: without JavaScript the menu is always shown.
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    const el = document.getElementById(form.id);
    setSelected(el instanceof HTMLFormElement ? countChecked(el) : 0);
  }, [form.id]);
  const onChange = (e: FormEvent<HTMLFormElement>) => setSelected(countChecked(e.currentTarget));
  return (
    <Form method="post" {...getFormProps(form)} onChange={onChange}>
      <input type="hidden" name="back" value={`/inbox?${query}`} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <ErrorList id={fields.ids.errorId} errors={fields.ids.errors} />
      <BulkMenu fields={fields} coordinators={coordinators} selected={selected} />
      <div className="table-wrap inbox-list">
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
                <td className="select-cell">
                  <input
                    type="checkbox"
                    name="ids"
                    value={r.id}
                    aria-label={t("bulk.selectOne", { name: r.applicant?.name ?? "" })}
                  />
                </td>
                <td data-label={t("columns.applicant")}>
                  <Link to={`/inbox/${r.id}`}>{r.applicant?.name ?? t("list.deletedApplicant")}</Link>
                  {r.applicant ? <div className="muted small">{r.applicant.email}</div> : null}
                </td>
                <td data-label={t("columns.opportunity")}>
                  {r.opportunity.title}
                  <div className="muted small">{r.centreName}</div>
                </td>
                <td data-label={t("columns.dates")}>
                  <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohortName} />
                </td>
                <td data-label={t("columns.state")}>
                  <StatusBadge status={r.status} />
                </td>
                <td data-label={t("columns.clock")}>
                  <ClockUse shareUsed={r.shareUsed} paused={r.paused} responseTimeDays={r.responseTimeDays} />
                </td>
                <td data-label={t("columns.assignee")}>
                  {r.assignee?.name ?? <span className="muted">{t("list.unassigned")}</span>}
                </td>
                <td data-label={t("columns.submitted")}>
                  <Instant value={r.submittedAt} withTime={false} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Form>
  );
}
