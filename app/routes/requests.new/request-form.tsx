/**
 * The request form of /requests/new (Conform + Zod, validated in the browser as on the
 * server by app/requests/request-validation.ts): the stay (dates within the opportunity's
 * windows, or a cohort), the motivation, answers to the opportunity's questions, the
 * documents to send (checkboxes over the applicant's wallet, the opportunity's required types
 * marked, or a new document uploaded into the wallet) and the hidden one-time `submitKey`. The page holds the form state
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
import { DOCUMENT_NAME_MAX, WALLET_TYPES, type WalletType } from "~/requests/wallet";

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

/** One document of the applicant's wallet as the form lists it. */
export interface WalletChoice {
  id: string;
  type: WalletType;
  name: string | null;
  expiresOn: string | null;
  filename: string;
  /** The opportunity asks for this type. */
  required: boolean;
}

/** The form itself, posting multipart to /requests/new?opportunity=<id>. */
export function RequestForm({
  o,
  today,
  submitKey,
  existingId,
  state: [form, fields],
  wallet,
  requiredTypes,
}: {
  o: FormOpportunity;
  today: string;
  submitKey: string;
  existingId: string | null | undefined;
  state: ReturnType<typeof useRequestForm>;
  wallet: WalletChoice[];
  requiredTypes: WalletType[];
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
      <DocumentsFieldset form={form} wallet={wallet} requiredTypes={requiredTypes} today={today} />

      <p className="hint">{t("new.responseTime", { days: o.responseTimeDays })}</p>
      <SubmitButton pendingLabel={t("new.sending")}>{t("new.submit")}</SubmitButton>
    </Form>
  );
}

/**
 * The documents to send: one checkbox per wallet document (checked when the opportunity
 * asks for its type), the required types the wallet lacks, and a new upload into the wallet.
 */
function DocumentsFieldset({
  form,
  wallet,
  requiredTypes,
  today,
}: {
  form: ReturnType<typeof useRequestForm>[0];
  wallet: WalletChoice[];
  requiredTypes: WalletType[];
  today: string;
}) {
  const { t } = useTranslation("requests");
  const errors = form.allErrors;
  const lacking = requiredTypes.filter((type) => !wallet.some((d) => d.type === type));
  return (
    <fieldset aria-describedby={errors.documents ? "request-documents-error" : undefined}>
      <legend>{t("wallet.sendTitle")}</legend>
      <p className="hint">
        {t("wallet.sendHint")} <Link to="/profile/documents">{t("wallet.manageLink")}</Link>
      </p>
      {wallet.length ? (
        wallet.map((d) => (
          <label key={d.id} className="checkbox-label">
            <input
              type="checkbox"
              name="documents"
              value={d.id}
              defaultChecked={d.required && (!d.expiresOn || d.expiresOn >= today)}
            />{" "}
            {d.name ?? t(`wallet.types.${d.type}`)}: {d.filename}
            {d.expiresOn ? (
              <>
                {" "}
                ({t("wallet.expiresOn")} <CalendarDate value={d.expiresOn} />)
              </>
            ) : null}
            {d.required ? <strong className="required-mark"> {t("wallet.requiredMark")}</strong> : null}
          </label>
        ))
      ) : (
        <p className="hint">{t("wallet.empty")}</p>
      )}
      {lacking.length ? (
        <p className="hint">
          {t("wallet.lacking")} {lacking.map((type) => t(`wallet.types.${type}`)).join(", ")}
        </p>
      ) : null}
      <ErrorList id="request-documents-error" errors={errors.documents} />

      <details
        open={
          Boolean(errors.upload || errors.uploadType || errors.uploadName || errors.uploadExpiresOn) || !wallet.length
        }
      >
        <summary>{t("wallet.uploadNew")}</summary>
        <div className="field">
          <label htmlFor="request-upload-type">{t("wallet.type")}</label>
          <select id="request-upload-type" name="uploadType" defaultValue={lacking[0] ?? "CV"}>
            {WALLET_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`wallet.types.${type}`)}
              </option>
            ))}
          </select>
          <ErrorList id="request-upload-type-error" errors={errors.uploadType} />
        </div>
        <Field
          labelProps={{ children: t("wallet.name") }}
          inputProps={{ id: "request-upload-name", name: "uploadName", maxLength: DOCUMENT_NAME_MAX }}
          errors={errors.uploadName}
        />
        <Field
          labelProps={{ children: t("wallet.expiry") }}
          inputProps={{ id: "request-upload-expires", name: "uploadExpiresOn", type: "date", min: today }}
          errors={errors.uploadExpiresOn}
        />
        <PdfField
          labelProps={{ children: t("wallet.file") }}
          inputProps={{
            id: "request-upload",
            name: "upload",
            type: "file",
            accept: "application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png",
          }}
          errors={errors.upload}
          hint={t("wallet.fileHint")}
          scans
          tooLargeError="requests:validation.file-too-large"
          notPdfError="requests:validation.file-not-document"
        />
      </details>
    </fieldset>
  );
}
