/**
 * /reset-password?token=…: choose a new password from an e-mailed link (1 hour, works
 * once). Success ends every session of the account, then signs this browser in.
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { findUserToken, isUsable } from "~/accounts/user-token.server";
import { resetPasswordWithToken } from "~/accounts/user.server";
import { createUserSession } from "~/accounts/auth.server";
import { kickOutbox } from "~/notifications/outbox.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { hashPassword, NewPasswordSchemaServer } from "~/accounts/password.server";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { NewPasswordSchema, TOKEN_MAX, TokenSchema } from "~/accounts/validation";

const ResetSchema = z.object({ token: TokenSchema, password: NewPasswordSchema });
const ResetSchemaServer = ResetSchema.extend({ password: NewPasswordSchemaServer });

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "accounts");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = token.length > 0 && token.length <= TOKEN_MAX && isUsable(await findUserToken("PASSWORD_RESET", token));
  return data(
    { title: t("reset.metaTitle"), token: valid ? token : "", valid },
    { status: valid ? 200 : 400, headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "referrer", content: "no-referrer" },
];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: ResetSchemaServer });
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const limit = await consumeRateLimits([["reset:ip", clientIpOf(context)]]);
  if (!limit.ok) {
    return data(
      { result: submission.reply({ formErrors: ["accounts:rateLimited"], hideFields: ["password"] }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const { token, password } = submission.value;
  const { language } = await getRequestT(request);
  const userId = await resetPasswordWithToken(token, await hashPassword(password), language);
  if (!userId) {
    return data(
      { result: submission.reply({ formErrors: ["accounts:validation.linkInvalid"], hideFields: ["password"] }) },
      { status: 400 },
    );
  }
  kickOutbox();
  const cookie = await createUserSession(userId, { request, ip: clientIpOf(context) });
  return redirect("/account?notice=password-reset", { headers: { "Set-Cookie": cookie } });
}

export default function ResetPassword() {
  const { token, valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "reset-password",
    constraint: getZodConstraint(ResetSchema),
    defaultValue: { token },
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (!valid) {
    return (
      <section className="form-narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">{t("reset.title")}</h1>
        <p>{t("reset.invalid")}</p>
        <p>
          <Link to="/forgot-password">{t("reset.again")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="form-narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("reset.title")}</h1>
      <p className="lead">{t("reset.lead")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <input {...getInputProps(fields.token, { type: "hidden" })} />
        <Field
          labelProps={{ children: t("fields.newPassword") }}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.password.errors}
          hint={t("fields.passwordHint")}
        />
        <SubmitButton pendingLabel={t("reset.submitting")}>{t("reset.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
