/**
 * The feedback form after a stay (issue 16, part 5): overall rating 1–5, would recommend
 * yes/no, what was most useful, what could be better. Posts to /requests/:id/feedback; the
 * request page shows it, and that route shows it again with the server's errors.
 */
import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, SubmitButton } from "~/components/forms";
import { FEEDBACK_TEXT_MAX, FeedbackSchema } from "~/requests/feedback";

export function FeedbackForm({
  requestId,
  lastResult,
}: {
  requestId: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t } = useTranslation("requests");
  const [form, fields] = useForm({
    id: "feedback",
    constraint: getZodConstraint(FeedbackSchema),
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: FeedbackSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" action={`/requests/${requestId}/feedback`} {...getFormProps(form)} className="feedback-form">
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <fieldset aria-describedby={fields.rating.errors ? fields.rating.errorId : undefined}>
        <legend>{t("feedback.rating")}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="choice">
            <input
              type="radio"
              name={fields.rating.name}
              value={n}
              defaultChecked={fields.rating.initialValue === String(n)}
            />{" "}
            {t(`feedback.ratings.${n}`)}
          </label>
        ))}
        <ErrorList id={fields.rating.errorId} errors={fields.rating.errors} />
      </fieldset>
      <fieldset aria-describedby={fields.wouldRecommend.errors ? fields.wouldRecommend.errorId : undefined}>
        <legend>{t("feedback.recommend")}</legend>
        {(["yes", "no"] as const).map((v) => (
          <label key={v} className="choice">
            <input
              type="radio"
              name={fields.wouldRecommend.name}
              value={v}
              defaultChecked={fields.wouldRecommend.initialValue === v}
            />{" "}
            {t(`feedback.${v}`)}
          </label>
        ))}
        <ErrorList id={fields.wouldRecommend.errorId} errors={fields.wouldRecommend.errors} />
      </fieldset>
      {(["mostUseful", "couldBeBetter"] as const).map((name) => (
        <div className="field" key={name}>
          <label htmlFor={fields[name].id}>{t(`feedback.${name}`)}</label>
          <textarea
            {...getTextareaProps(fields[name], { ariaDescribedBy: `${fields[name].id}-hint` })}
            maxLength={FEEDBACK_TEXT_MAX}
            rows={3}
          />
          <p id={`${fields[name].id}-hint`} className="hint">
            {t("feedback.textHint")}
          </p>
          <ErrorList id={fields[name].errorId} errors={fields[name].errors} />
        </div>
      ))}
      <SubmitButton pendingLabel={t("feedback.sending")}>{t("feedback.submit")}</SubmitButton>
    </Form>
  );
}
