/**
 * The request form of /requests/new (Conform + Zod, validated in the browser as on the
 * server by app/requests/request-validation.ts): the stay (dates within the opportunity's
 * windows, or a cohort), the motivation, answers to the opportunity's questions, the PDF
 * CV and the hidden one-time `submitKey`. The page holds the form state
 * (`useRequestForm`) and renders `RequestForm` unless the applicant is blocked.
 */
import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatCount } from "~/platform/number-format";
import { ErrorList, Field, PdfField, SubmitButton } from "~/components/forms";
import { CalendarDate, DateRangeText } from "~/components/labels";
import {
  ANSWER_MAX,
  createRequestSchema,
  MOTIVATION_MAX,
  type RequestFormOpportunity,
} from "~/requests/request-validation";
import { legalConfig } from "~/platform/legal-config";

/** What the form shows of the opportunity (dates `YYYY-MM-DD`, inclusive). */
export interface FormOpportunity extends RequestFormOpportunity {
  id: string;
  /** The centre's name in the page's language (who will see the documents). */
  centreName: string;
  deadline: string | null;
  responseTimeDays: number;
  cohorts: { id: string; name: string; start: string; end: string }[];
  questions: { id: string; text: string }[];
}

/** What the action answered: the form's errors, and the overlapping request when there is one. */
export interface RequestFormReply {
  result: SubmissionResult<string[]>;
  existingId: string | null;
}

/** The form's state: validated on blur, revalidated on input, with the action's last answer. */
export function useRequestForm({
  o,
  today,
  actionData,
}: {
  o: FormOpportunity;
  today: string;
  actionData: RequestFormReply | undefined;
}) {
  const schema = useMemo(() => createRequestSchema({ today, opportunity: o }), [today, o]);
  return useForm({
    id: "request",
    constraint: getZodConstraint(schema),
    defaultValue: { answers: o.questions.map(() => "") },
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
}

/** The form itself, posting multipart to /requests/new?opportunity=<id>. */
export function RequestForm({
  o,
  today,
  submitKey,
  existingId,
  state: [form, fields],
}: {
  o: FormOpportunity;
  today: string;
  submitKey: string;
  existingId: string | null | undefined;
  state: ReturnType<typeof useRequestForm>;
}) {
  const { t, i18n } = useTranslation("requests");
  const cohortOnly = o.cohorts.length > 0 && o.windows.length === 0;
  const answers = fields.answers.getFieldList();
  return (
    <Form
      method="post"
      action={`/requests/new?opportunity=${o.id}`}
      encType="multipart/form-data"
      {...getFormProps(form)}
      className="request-form"
    >
      <input type="hidden" name="submitKey" value={submitKey} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      {existingId ? (
        <p className="form-error">
          <Link to={`/requests/${existingId}`}>{t("new.existingLink")}</Link>
        </p>
      ) : null}

      <fieldset>
        <legend>{t("new.stay")}</legend>
        <p className="hint">
          {t("new.stayHint", { min: o.minDays, max: o.maxDays })}
          {o.deadline ? (
            <>
              {" "}
              {t("new.deadline")} <CalendarDate value={o.deadline} />
            </>
          ) : null}
        </p>
        {o.windows.length ? (
          <>
            <p className="hint">{t("new.windows")}</p>
            <ul className="hint">
              {o.windows.map((w) => (
                <li key={w.start}>
                  <DateRangeText start={w.start} end={w.end} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {o.cohorts.length ? (
          <div
            className="field"
            role="radiogroup"
            aria-labelledby="cohort-label"
            aria-describedby={fields.cohortId.errors ? fields.cohortId.errorId : undefined}
          >
            <p id="cohort-label" className="label">
              {t("new.cohort")}
            </p>
            {!cohortOnly ? (
              <label className="checkbox-label">
                <input type="radio" name={fields.cohortId.name} value="" defaultChecked /> {t("new.noCohort")}
              </label>
            ) : null}
            {o.cohorts.map((c) => (
              <label key={c.id} className="checkbox-label">
                <input
                  type="radio"
                  name={fields.cohortId.name}
                  value={c.id}
                  defaultChecked={fields.cohortId.initialValue === c.id}
                  disabled={c.start < today}
                />{" "}
                {c.name}: <DateRangeText start={c.start} end={c.end} />
              </label>
            ))}
            <ErrorList id={fields.cohortId.errorId} errors={fields.cohortId.errors} />
          </div>
        ) : null}
        {!cohortOnly ? (
          <div className="date-pair">
            <Field
              labelProps={{ children: t("new.startDate") }}
              inputProps={{ ...getInputProps(fields.startDate, { type: "date" }), min: today }}
              errors={fields.startDate.errors}
            />
            <Field
              labelProps={{ children: t("new.endDate") }}
              inputProps={{ ...getInputProps(fields.endDate, { type: "date" }), min: today }}
              errors={fields.endDate.errors}
            />
          </div>
        ) : null}
      </fieldset>

      <div className="field">
        <label htmlFor={fields.motivation.id}>{t("new.motivation")}</label>
        <p id={`${fields.motivation.id}-hint`} className="hint">
          {t("new.motivationHint", { max: formatCount(MOTIVATION_MAX, i18n.language) })}
        </p>
        <textarea
          {...getTextareaProps(fields.motivation)}
          maxLength={MOTIVATION_MAX}
          rows={8}
          aria-describedby={[
            `${fields.motivation.id}-hint`,
            fields.motivation.errors ? fields.motivation.errorId : null,
          ]
            .filter(Boolean)
            .join(" ")}
        />
        <ErrorList id={fields.motivation.errorId} errors={fields.motivation.errors} />
      </div>

      {o.questions.length ? (
        <fieldset>
          <legend>{t("new.questions")}</legend>
          <p className="hint">{t("new.questionsHint", { max: ANSWER_MAX })}</p>
          {o.questions.map((q, i) => {
            const field = answers[i];
            if (!field) return null;
            return (
              <div className="field" key={q.id}>
                <label htmlFor={field.id}>{q.text}</label>
                <textarea {...getTextareaProps(field)} maxLength={ANSWER_MAX} rows={4} />
                <ErrorList id={field.errorId} errors={field.errors} />
              </div>
            );
          })}
        </fieldset>
      ) : null}

      <p className="notice" id="request-documents-notice">
        {t("new.documentsNotice", {
          centre: o.centreName,
          months: legalConfig.retention.documentsMonthsAfterEnd,
          stayMonths: legalConfig.retention.documentsMonthsAfterStay,
        })}
      </p>
      <PdfField
        labelProps={{ children: t("new.cv") }}
        inputProps={{ id: "request-cv", name: "cv", type: "file", accept: "application/pdf,.pdf", required: true }}
        errors={form.allErrors.cv}
        hint={t("new.cvHint")}
        tooLargeError="requests:validation.file-too-large"
        notPdfError="requests:validation.file-not-pdf"
      />

      <p className="hint">{t("new.responseTime", { days: o.responseTimeDays })}</p>
      <SubmitButton pendingLabel={t("new.sending")}>{t("new.submit")}</SubmitButton>
    </Form>
  );
}
