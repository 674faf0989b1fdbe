/**
 * /forgot-password: asks for a reset link. The answer is the same, in words and time,
 * whether or not the address has an account; only an account's stored address gets mail.
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { requestPasswordReset } from "~/accounts/user.server";
import { kickOutbox } from "~/notifications/outbox.server";
import { atLeast, readFormData, UNIFORM_RESPONSE_MS } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { EmailSchema } from "~/accounts/validation";

const ForgotSchema = z.object({ email: EmailSchema });

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "accounts");
  return { title: t("forgot.metaTitle") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: ForgotSchema });
  if (submission.status !== "success") return data({ sent: false, result: submission.reply() }, { status: 400 });
  const { email } = submission.value;
  const limit = await consumeRateLimits([
    ["reset-mail:ip", clientIpOf(context)],
    ["reset-mail:account", email],
  ]);
  if (!limit.ok) {
    return data(
      { sent: false, result: submission.reply({ formErrors: ["accounts:rateLimited"] }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const { language } = await getRequestT(request);
  await atLeast(UNIFORM_RESPONSE_MS, () => requestPasswordReset(email, language));
  kickOutbox();
  return { sent: true, result: submission.reply({ resetForm: true }) };
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "forgot-password",
    constraint: getZodConstraint(ForgotSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <section className="form-narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("forgot.title")}</h1>
      {actionData?.sent ? (
        <p className="flash flash-success" role="status">
          {t("forgot.sent")}
        </p>
      ) : (
        <p className="lead">{t("forgot.lead")}</p>
      )}
      <Form method="post" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <Field
          labelProps={{ children: t("fields.email") }}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
        />
        <SubmitButton pendingLabel={t("forgot.submitting")}>{t("forgot.submit")}</SubmitButton>
      </Form>
      <p>
        <Link to="/login">{t("login.title")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
