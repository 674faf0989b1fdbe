/**
 * The /account page's profile section: the account's address, roles, start date and the
 * centres it coordinates, and the form that changes its display name (intent "profile").
 */
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { AccountNameSchema } from "~/accounts/account-forms";
import { formatDate } from "./format-date";
import { Notice } from "./notice";

/** What the section shows of the account (the loader's `account`). */
export type AccountBasics = {
  name: string;
  email: string;
  roles: string[];
  createdAt: string;
  centres: { slug: string; name: string; nameIt: string }[];
};

/** The profile facts and the name form; `lastResult` and `notice` answer this form's last post. */
export function ProfileSection({
  account,
  lastResult,
  notice,
}: {
  account: AccountBasics;
  lastResult: SubmissionResult<string[]> | undefined;
  notice: string | undefined;
}) {
  const { t, i18n } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "account-profile",
    constraint: getZodConstraint(AccountNameSchema),
    defaultValue: { name: account.name },
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AccountNameSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t("account.profile.title")}</h2>
      <dl className="facts-grid">
        <dt>{t("fields.email")}</dt>
        <dd>{account.email}</dd>
        <dt>{t("account.profile.roles")}</dt>
        <dd>{account.roles.map((r) => t(`roles.${r}`)).join(", ")}</dd>
        <dt>{t("account.profile.since")}</dt>
        <dd>{formatDate(account.createdAt, i18n.language)}</dd>
      </dl>
      {account.centres.length ? (
        <>
          <h3>{t("account.profile.centres")}</h3>
          <ul>
            {account.centres.map((c) => (
              <li key={c.slug}>
                <Link to={`/centres/${c.slug}`}>{i18n.language === "it" ? c.nameIt : c.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Notice text={notice} />
      <Form method="post" {...getFormProps(form)} className="form-narrow">
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <Field
          labelProps={{ children: t("fields.name") }}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
          errors={fields.name.errors}
        />
        <SubmitButton intent="profile" pendingLabel={t("account.saving")}>
          {t("account.profile.submit")}
        </SubmitButton>
      </Form>
    </section>
  );
}
