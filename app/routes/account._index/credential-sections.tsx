/**
 * The /account page's sign-in details: the password change form (intent "password") and
 * the e-mail change form (intent "email", with the address still waiting to be confirmed).
 * Both need the current password; the server never echoes passwords back.
 */
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { EmailChangeSchema, PasswordChangeSchema } from "~/accounts/account-forms";
import { Notice } from "./notice";

/** What the last post of a form answered, for that form only. */
type Answer = { lastResult: SubmissionResult<string[]> | undefined; notice: string | undefined };

/** The password change section. */
export function PasswordSection({ lastResult, notice }: Answer) {
  const { t } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "account-password",
    constraint: getZodConstraint(PasswordChangeSchema),
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PasswordChangeSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t("account.password.title")}</h2>
      <p className="muted">{t("account.password.lead")}</p>
      <Notice text={notice} />
      <Form method="post" {...getFormProps(form)} className="form-narrow">
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <Field
          labelProps={{ children: t("fields.currentPassword") }}
          inputProps={{
            ...getInputProps(fields.currentPassword, { type: "password" }),
            autoComplete: "current-password",
          }}
          errors={fields.currentPassword.errors}
        />
        <Field
          labelProps={{ children: t("fields.newPassword") }}
          inputProps={{
            ...getInputProps(fields.newPassword, { type: "password" }),
            autoComplete: "new-password",
          }}
          errors={fields.newPassword.errors}
          hint={t("fields.passwordHint")}
        />
        <SubmitButton intent="password" pendingLabel={t("account.saving")}>
          {t("account.password.submit")}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** The e-mail change section; `pendingEmail` is the address waiting to be confirmed, if any. */
export function EmailSection({ lastResult, notice, pendingEmail }: Answer & { pendingEmail: string | null }) {
  const { t } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "account-email",
    constraint: getZodConstraint(EmailChangeSchema),
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EmailChangeSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <section aria-labelledby="email-title">
      <h2 id="email-title">{t("account.email.title")}</h2>
      <p className="muted">{t("account.email.lead")}</p>
      {pendingEmail ? <p className="notice">{t("account.email.pending", { email: pendingEmail })}</p> : null}
      <Notice text={notice} />
      <Form method="post" {...getFormProps(form)} className="form-narrow">
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <Field
          labelProps={{ children: t("fields.newEmail") }}
          inputProps={{ ...getInputProps(fields.newEmail, { type: "email" }), autoComplete: "email" }}
          errors={fields.newEmail.errors}
        />
        <Field
          labelProps={{ children: t("fields.currentPassword") }}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "current-password",
          }}
          errors={fields.password.errors}
        />
        <SubmitButton intent="email" pendingLabel={t("account.saving")}>
          {t("account.email.submit")}
        </SubmitButton>
      </Form>
    </section>
  );
}
