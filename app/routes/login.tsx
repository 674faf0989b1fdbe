/**
 * /login: email, password and an optional `redirectTo` (a path on this site only). A wrong
 * password and an unknown address get the same answer in the same time: both verify one
 * argon2 hash (a dummy one when there is no account) and the answer waits for a floor.
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { recordAudit } from "~/platform/audit.server";
import { findUserForLogin, recordSignIn, updatePasswordHash } from "~/accounts/user.server";
import { legalConfig } from "~/platform/legal-config";
import { createUserSession, homeFor, requireAnonymous } from "~/accounts/auth.server";
import { atLeast, readFormData, UNIFORM_RESPONSE_MS } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "~/accounts/password.server";
import { clientIpOf, consumeRateLimits, refundRateLimit, resetRateLimit } from "~/accounts/rate-limit.server";
import { safeRedirect } from "~/accounts/safe-redirect";
import { CurrentPasswordSchema, EmailSchema, RedirectToSchema } from "~/accounts/validation";

const LoginSchema = z.object({ email: EmailSchema, password: CurrentPasswordSchema, redirectTo: RedirectToSchema });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const { t } = await getRequestT(request, "accounts");
  const url = new URL(request.url);
  const redirectTo = url.searchParams.get("redirectTo");
  return { title: t("login.metaTitle"), redirectTo: redirectTo ? safeRedirect(redirectTo, "") : "" };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: LoginSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const limit = await consumeRateLimits([
    ["login:ip", clientIpOf(context)],
    ["login:account", email],
  ]);
  if (!limit.ok) {
    return data(
      { result: submission.reply({ formErrors: ["accounts:rateLimited"], hideFields: ["password"] }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }

  const user = await atLeast(UNIFORM_RESPONSE_MS, async () => {
    const found = await findUserForLogin(email);
    if (!found?.passwordHash) return verifyDummyPassword(password);
    return (await verifyPassword(found.passwordHash, password)) ? found : false;
  });
  if (!user) {
    return data(
      { result: submission.reply({ formErrors: ["accounts:login.invalid"], hideFields: ["password"] }) },
      { status: 400 },
    );
  }

  // A good login clears the account's failures and gives its address point back: the
  // address limit counts failed attempts, so staff signing in behind one hospital address
  // are not locked out by each other (decision 0009).
  await resetRateLimit("login:account", email);
  await refundRateLimit("login:ip", clientIpOf(context));
  if (needsRehash(user.passwordHash!)) await updatePasswordHash(user.id, await hashPassword(password));
  const cookie = await createUserSession(user.id, { request, ip: clientIpOf(context) });
  await recordAudit({ actorId: user.id, action: "user.login", subject: user.id });
  const acceptedVersion = await recordSignIn(user.id);
  const target = safeRedirect(redirectTo, homeFor(user));
  // A new privacy notice is accepted before anything else (decision 0023).
  const next =
    acceptedVersion === legalConfig.privacyNoticeVersion
      ? target
      : `/consent?${new URLSearchParams({ redirectTo: target })}`;
  return redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "login",
    constraint: getZodConstraint(LoginSchema),
    defaultValue: { redirectTo },
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <section className="form-narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} />
        <Field
          labelProps={{ children: t("fields.email") }}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
        />
        <Field
          labelProps={{ children: t("fields.password") }}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
          errors={fields.password.errors}
        />
        <SubmitButton pendingLabel={t("login.submitting")}>{t("login.submit")}</SubmitButton>
      </Form>
      <p>
        <Link to="/forgot-password">{t("login.forgot")}</Link>
      </p>
      <p>
        {t("login.noAccount")} <Link to="/signup">{t("signup.title")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
