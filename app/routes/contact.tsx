/**
 * /contact: a form to the operators of this installation, through the outbox (no account
 * needed). Rate-limited per client address and per sender address (decision 0023); bad
 * input gets field errors, too many messages a 429 with the form's error.
 */
import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { LegalPage } from "~/components/legal-page";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { EmailSchema, NameSchema } from "~/accounts/validation";
import { sendContactMessage } from "~/notifications/contact.server";
import { kickOutbox } from "~/notifications/outbox.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { legalConfig } from "~/platform/legal-config";
import { formatCount } from "~/platform/number-format";
import { TEXT_LIMITS } from "~/platform/text-limits";

const SUBJECT_MAX = 150;
const MESSAGE_MAX = TEXT_LIMITS.messageMax;
const required = "accounts:validation.required";

const ContactSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  subject: z
    .string({ required_error: required })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, required).max(SUBJECT_MAX, "legal:contact.errors.subjectTooLong"))
    .refine((v) => !/\p{Cc}/u.test(v), "legal:contact.errors.invalid"),
  message: z
    .string({ required_error: required })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, required).max(MESSAGE_MAX, "legal:contact.errors.messageTooLong")),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "legal");
  const sent = new URL(request.url).searchParams.get("sent") === "1";
  return { title: t("contact.metaTitle"), sent };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: ContactSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const limit = await consumeRateLimits([
    ["contact:ip", clientIpOf(context)],
    ["contact:sender", submission.value.email],
  ]);
  if (!limit.ok) {
    return data(
      { result: submission.reply({ formErrors: ["legal:contact.rateLimited"] }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  await sendContactMessage(submission.value);
  kickOutbox();
  return redirect("/contact?sent=1");
}

export default function Contact() {
  const { sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("legal");
  const [form, fields] = useForm({
    id: "contact",
    constraint: getZodConstraint(ContactSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const lead = t("contact.lead", { name: legalConfig.operators.name });
  const privacy = t("contact.privacy", {
    email: legalConfig.controller.email,
    accessibility: legalConfig.accessibility.feedbackEmail,
  });

  if (sent) {
    return (
      <LegalPage id="contact" title={t("contact.sentTitle")} lead={t("contact.sentBody")}>
        <p>
          <Link to="/contact">{t("contact.another")}</Link>
        </p>
      </LegalPage>
    );
  }

  const messageHintId = `${fields.message.id}-hint`;
  return (
    <LegalPage id="contact" title={t("contact.title")} lead={lead}>
      <p>{privacy}</p>
      <Form method="post" className="form-narrow" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <Field
          labelProps={{ children: t("contact.fields.name") }}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
          errors={fields.name.errors}
        />
        <Field
          labelProps={{ children: t("contact.fields.email") }}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
          hint={t("contact.fields.emailHint")}
        />
        <Field
          labelProps={{ children: t("contact.fields.subject") }}
          inputProps={{ ...getInputProps(fields.subject, { type: "text" }), maxLength: SUBJECT_MAX }}
          errors={fields.subject.errors}
        />
        <div className="field">
          <label htmlFor={fields.message.id}>{t("contact.fields.message")}</label>
          <p id={messageHintId} className="hint">
            {t("contact.fields.messageHint", { max: formatCount(MESSAGE_MAX, i18n.language) })}
          </p>
          <textarea
            {...getTextareaProps(fields.message)}
            maxLength={MESSAGE_MAX}
            rows={8}
            aria-describedby={[messageHintId, fields.message.errors ? fields.message.errorId : null]
              .filter(Boolean)
              .join(" ")}
          />
          <ErrorList id={fields.message.errorId} errors={fields.message.errors} />
        </div>
        <SubmitButton pendingLabel={t("contact.submitting")}>{t("contact.submit")}</SubmitButton>
      </Form>
    </LegalPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
