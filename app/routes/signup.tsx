/**
 * /signup: an international researcher or clinician creates an APPLICANT account (name,
 * email, password) and gets a verification e-mail. The answer is the same whether or not
 * the address already has an account (same page, same time; the owner of an existing
 * account gets a "someone tried to sign up" mail instead).
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { signUpApplicant } from "~/accounts/user.server";
import { requireAnonymous } from "~/accounts/auth.server";
import { kickOutbox } from "~/notifications/outbox.server";
import { atLeast, readFormData, UNIFORM_RESPONSE_MS } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { hashPassword, NewPasswordSchemaServer } from "~/accounts/password.server";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { AcceptPrivacySchema, EmailSchema, NameSchema, NewPasswordSchema } from "~/accounts/validation";
import { PrivacyConsentField } from "~/accounts/ui/privacy-consent";
import { legalConfig } from "~/platform/legal-config";

const SignupSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  password: NewPasswordSchema,
  acceptPrivacy: AcceptPrivacySchema,
});
const SignupSchemaServer = SignupSchema.extend({ password: NewPasswordSchemaServer });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const { t } = await getRequestT(request, "accounts");
  const sent = new URL(request.url).searchParams.get("sent") === "1";
  return { title: t("signup.metaTitle"), sent };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: SignupSchemaServer });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { name, email, password } = submission.value;
  const limit = await consumeRateLimits([
    ["signup:ip", clientIpOf(context)],
    ["signup:account", email],
  ]);
  if (!limit.ok) {
    return data(
      { result: submission.reply({ formErrors: ["accounts:rateLimited"], hideFields: ["password"] }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const { language } = await getRequestT(request);
  await atLeast(UNIFORM_RESPONSE_MS, async () => {
    const passwordHash = await hashPassword(password);
    await signUpApplicant({
      name,
      email,
      passwordHash,
      locale: language,
      privacyVersion: legalConfig.privacyNoticeVersion,
    });
  });
  kickOutbox();
  return redirect("/signup?sent=1");
}

export default function Signup() {
  const { sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "signup",
    constraint: getZodConstraint(SignupSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });

  if (sent) {
    return (
      <section className="form-narrow" aria-labelledby="signup-sent-title">
        <h1 id="signup-sent-title">{t("signup.sentTitle")}</h1>
        <p>{t("signup.sentBody")}</p>
        <p className="muted">{t("signup.sentHint")}</p>
        <p>
          <Link to="/login">{t("login.title")}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="form-narrow" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("signup.title")}</h1>
      <p className="lead">{t("signup.lead")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <Field
          labelProps={{ children: t("fields.name") }}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
          errors={fields.name.errors}
        />
        <Field
          labelProps={{ children: t("fields.email") }}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
        />
        <Field
          labelProps={{ children: t("fields.password") }}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.password.errors}
          hint={t("fields.passwordHint")}
        />
        <PrivacyConsentField field={fields.acceptPrivacy} />
        <SubmitButton pendingLabel={t("signup.submitting")}>{t("signup.submit")}</SubmitButton>
      </Form>
      <p>
        {t("signup.haveAccount")} <Link to="/login">{t("login.title")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
