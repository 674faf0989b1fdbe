/**
 * The action forms of /requests/:id and /inbox/:id (Conform + Zod, one form per `intent`,
 * each showing only its own errors). Every form posts `intent` and the status the page
 * showed (`expectedStatus`), so a move on a request that changed meanwhile is refused (409)
 * instead of acting on something the person did not see.
 */
import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorList, Field, PdfField, SubmitButton } from "~/components/forms";
import { ApproveSchema, BodySchema, MESSAGE_MAX, REASON_MAX, ReasonSchema } from "~/requests/request-validation";

/** What an action answered (app/requests/request-actions.server.ts `ActionReply`). */
export interface ActionData {
  intent: string | null;
  result: SubmissionResult<string[]>;
  conflicts?: string[];
  /** The move waits for its second step (see `ConfirmForm`). */
  confirm?: { expectedStatus: string; reason: string | null };
}

const resultFor = (actionData: ActionData | undefined, intent: string) =>
  actionData?.intent === intent ? actionData.result : undefined;

const bodySchema = z.object({ body: BodySchema });
const reasonSchema = z.object({ reason: ReasonSchema });

/** A message-like form: `body` (and an optional PDF `attachment`). */
export function BodyForm({
  intent,
  expectedStatus,
  actionData,
  label,
  hint,
  submitLabel,
  attachment = true,
  defaultBody,
}: {
  intent: string;
  expectedStatus: string;
  actionData: ActionData | undefined;
  label: string;
  hint?: string;
  submitLabel: string;
  attachment?: boolean;
  /** The text the box starts with (a filled-in message template); remount (`key`) to apply a new one. */
  defaultBody?: string;
}) {
  const { t } = useTranslation("requests");
  const [form, fields] = useForm({
    id: `form-${intent}`,
    constraint: getZodConstraint(bodySchema),
    defaultValue: defaultBody ? { body: defaultBody } : undefined,
    lastResult: resultFor(actionData, intent),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bodySchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const hintId = `${fields.body.id}-hint`;
  return (
    <Form
      method="post"
      encType={attachment ? "multipart/form-data" : undefined}
      {...getFormProps(form)}
      className="action-form"
    >
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <div className="field">
        <label htmlFor={fields.body.id}>{label}</label>
        {hint ? (
          <p id={hintId} className="hint">
            {hint}
          </p>
        ) : null}
        <textarea
          {...getTextareaProps(fields.body)}
          maxLength={MESSAGE_MAX}
          rows={5}
          aria-describedby={
            [hint ? hintId : null, fields.body.errors ? fields.body.errorId : null].filter(Boolean).join(" ") ||
            undefined
          }
        />
        <ErrorList id={fields.body.errorId} errors={fields.body.errors} />
      </div>
      {attachment ? (
        <PdfField
          labelProps={{ children: t("forms.attachment") }}
          inputProps={{ id: `${intent}-attachment`, name: "attachment", type: "file", accept: "application/pdf,.pdf" }}
          errors={form.allErrors.attachment}
          hint={t("forms.attachmentHint")}
          tooLargeError="requests:validation.file-too-large"
          notPdfError="requests:validation.file-not-pdf"
        />
      ) : null}
      <SubmitButton intent={intent} pendingLabel={t("forms.sending")}>
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}

/** A form with a required `reason` (decline, cancel). */
export function ReasonForm({
  intent,
  expectedStatus,
  actionData,
  label,
  submitLabel,
  danger = true,
}: {
  intent: string;
  expectedStatus: string;
  actionData: ActionData | undefined;
  label: string;
  submitLabel: string;
  danger?: boolean;
}) {
  const { t } = useTranslation("requests");
  const [form, fields] = useForm({
    id: `form-${intent}`,
    constraint: getZodConstraint(reasonSchema),
    lastResult: resultFor(actionData, intent),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reasonSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="action-form">
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <div className="field">
        <label htmlFor={fields.reason.id}>{label}</label>
        <textarea {...getTextareaProps(fields.reason)} maxLength={REASON_MAX} rows={3} />
        <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
      </div>
      <SubmitButton
        intent={intent}
        className={danger ? "button button-danger" : "button"}
        pendingLabel={t("forms.sending")}
      >
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}

/** A form that is only a button (open, withdraw), with its errors. */
export function ButtonForm({
  intent,
  expectedStatus,
  actionData,
  submitLabel,
  className = "button",
  children,
}: {
  intent: string;
  expectedStatus: string;
  actionData: ActionData | undefined;
  submitLabel: string;
  className?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation("requests");
  const [form] = useForm({ id: `form-${intent}`, lastResult: resultFor(actionData, intent) });
  return (
    <Form method="post" {...getFormProps(form)} className="action-form">
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      {children}
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <SubmitButton intent={intent} className={className} pendingLabel={t("forms.sending")}>
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}

/** Approve with the final dates (prefilled with the requested ones). */
export function ApproveForm({
  expectedStatus,
  actionData,
  startDate,
  endDate,
  min,
}: {
  expectedStatus: string;
  actionData: ActionData | undefined;
  startDate: string;
  endDate: string;
  min: string;
}) {
  const { t } = useTranslation("requests");
  const [form, fields] = useForm({
    id: "form-approve",
    constraint: getZodConstraint(ApproveSchema),
    defaultValue: { startDate, endDate },
    lastResult: resultFor(actionData, "approve"),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ApproveSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="action-form">
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      {actionData?.intent === "approve" && actionData.conflicts?.length ? (
        <p className="form-error">{t("forms.fullDays", { days: actionData.conflicts.join(", ") })}</p>
      ) : null}
      <div className="date-pair">
        <Field
          labelProps={{ children: t("forms.finalStart") }}
          inputProps={{ ...getInputProps(fields.startDate, { type: "date" }), min }}
          errors={fields.startDate.errors}
        />
        <Field
          labelProps={{ children: t("forms.finalEnd") }}
          inputProps={{ ...getInputProps(fields.endDate, { type: "date" }), min }}
          errors={fields.endDate.errors}
        />
      </div>
      <SubmitButton intent="approve" pendingLabel={t("forms.sending")}>
        {t("forms.approve")}
      </SubmitButton>
    </Form>
  );
}

/** Whether `actionData` asks to confirm `intent` (a valid form posted without `confirmed=yes`). */
export function needsConfirming(actionData: ActionData | undefined, intent: string): boolean {
  return actionData?.intent === intent && actionData.confirm !== undefined;
}

/**
 * The second step of a move that cannot be undone (withdraw, cancel a stay): the question,
 * what will happen, the reason given, "yes" (posting the same move with `confirmed=yes`) and
 * a link back that changes nothing. Plain HTML: works without JavaScript.
 */
export function ConfirmForm({
  intent,
  actionData,
  question,
  consequence,
  reasonLabel,
  submitLabel,
  backTo,
  backLabel,
}: {
  intent: string;
  actionData: ActionData;
  question: string;
  consequence: string;
  reasonLabel?: string;
  submitLabel: string;
  backTo: string;
  backLabel: string;
}) {
  const { t } = useTranslation("requests");
  const confirm = actionData.confirm!;
  const [form] = useForm({ id: `form-${intent}-confirm` });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="action-form confirm-step"
      aria-labelledby={`${intent}-confirm-title`}
    >
      <h3 id={`${intent}-confirm-title`}>{question}</h3>
      <p>{consequence}</p>
      {confirm.reason ? (
        <>
          {reasonLabel ? <p className="muted">{reasonLabel}</p> : null}
          <blockquote className="quoted-reason">{confirm.reason}</blockquote>
          <input type="hidden" name="reason" value={confirm.reason} />
        </>
      ) : null}
      <input type="hidden" name="expectedStatus" value={confirm.expectedStatus} />
      <input type="hidden" name="confirmed" value="yes" />
      <div className="button-row">
        <SubmitButton intent={intent} className="button button-danger" pendingLabel={t("forms.sending")}>
          {submitLabel}
        </SubmitButton>
        <Link to={backTo} className="button button-secondary">
          {backLabel}
        </Link>
      </div>
    </Form>
  );
}
