/**
 * /inbox/:id/letter: a coordinator of the request's centre prepares, previews and issues the
 * visa invitation letter of an approved stay, or revokes one (decision 0030). Posts
 * `intent`: "preview" (validates and shows the letter as it will read), "issue" (writes it,
 * revoking a valid one) or "revoke" (`letterId`). A request outside the coordinator's
 * centres is 404; a stay that is not approved, or an opportunity that does not issue visa
 * letters, answers 409 with the form's error and writes nothing.
 */
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { requireInboxActor } from "~/requests/inbox.server";
import { COST_BEARERS, InvitationSchema, LETTER_LANGUAGES } from "~/requests/letter-validation";
import {
  composeFacts,
  getLetterContext,
  invitationDefaults,
  invitationFacts,
  invitationRefusal,
  issueInvitation,
  revokeLetter,
} from "~/requests/letters.server";
import { requestIdOf } from "~/requests/request-actions.server";
import { IdSchema } from "~/requests/request-validation";
import { namedOptions } from "~/platform/reference-lists";
import { countryOrder } from "~/platform/reference-lists.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const ctx = await getLetterContext(actor.scope, requestIdOf(params));
  if (!ctx) notFound("No such request");
  const { t, language } = await getRequestT(request, "letters");
  const valid = ctx.letters.find((l) => l.kind === "INVITATION" && !l.revokedAt) ?? null;
  const done = new URL(request.url).searchParams.get("done");
  return data(
    {
      title: t("form.metaTitle", { name: ctx.applicant?.name ?? "" }),
      id: ctx.id,
      refusal: invitationRefusal(ctx),
      defaults: invitationDefaults(ctx, language),
      // Nationality is chosen by name in the user's language (ISO 3166-1 alpha-2 values): the
      // codes in that order, named by the page (reference-lists.ts), so the names are sent once.
      countries: countryOrder(language),
      valid: valid ? { id: valid.id, issuedAt: valid.issuedAt.toISOString() } : null,
      done: done === "issued" || done === "revoked" ? done : null,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const requestId = requestIdOf(params);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const path = `/inbox/${requestId}/letter`;

  if (intent === "revoke") {
    const letterId = IdSchema.safeParse(formData.get("letterId"));
    if (!letterId.success) notFound("No such letter");
    const result = await revokeLetter({
      scope: actor.scope,
      requestId,
      letterId: letterId.data,
      actorId: actor.userId,
    });
    if (!result.ok && result.code === "not-found") notFound("No such letter");
    return redirect(`${path}?done=revoked`);
  }
  if (intent !== "preview" && intent !== "issue") throw data("Unknown intent", { status: 400 });

  const submission = parseWithZod(formData, { schema: InvitationSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), preview: null }, { status: 400 });
  const ctx = await getLetterContext(actor.scope, requestId);
  if (!ctx) notFound("No such request");
  const refusal = invitationRefusal(ctx);
  if (refusal) {
    const formErrors = [refusal === "not-approved" ? "letters:form.notApproved" : "letters:form.noVisaLetter"];
    return data({ result: submission.reply({ formErrors }), preview: null }, { status: 409 });
  }
  if (intent === "preview") {
    const preview = await composeFacts(invitationFacts(ctx, submission.value, new Date()));
    return data({ result: submission.reply(), preview });
  }
  const result = await issueInvitation({
    scope: actor.scope,
    requestId,
    actorId: actor.userId,
    form: submission.value,
  });
  if (!result.ok) {
    if (result.code === "not-found") notFound("No such request");
    const formErrors = [result.code === "no-visa-letter" ? "letters:form.noVisaLetter" : "letters:form.notApproved"];
    return data({ result: submission.reply({ formErrors }), preview: null }, { status: 409 });
  }
  return redirect(`/inbox/${requestId}?done=letter`);
}

export default function InvitationLetterPage() {
  const { id, refusal, defaults, valid, done, countries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("letters");
  const [form, fields] = useForm({
    id: "invitation",
    constraint: getZodConstraint(InvitationSchema),
    defaultValue: defaults,
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InvitationSchema }),
    shouldValidate: "onBlur",
  });
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const countryOptions = namedOptions("country", countries, i18n.language);
  const countryLabels = new Map(countryOptions.map((c) => [c.value, c.label]));
  const text = (
    name: "legalName" | "signatoryName" | "signatoryRole" | "fullName" | "passportNumber" | "purpose",
    hint?: string,
  ) => (
    <Field
      labelProps={{ children: t(`form.${name}`) }}
      inputProps={getInputProps(fields[name], { type: "text" })}
      errors={fields[name].errors}
      hint={hint}
    />
  );
  const select = (
    name: "costs" | "language" | "nationality",
    options: readonly string[],
    label: (o: string) => string,
    placeholder?: string,
  ) => (
    <div className="field">
      <label htmlFor={fields[name].id}>{t(`form.${name}`)}</label>
      <select {...getSelectProps(fields[name])}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          // Country names may differ in the browser's CLDR: React takes its name (reference-lists.ts).
          <option key={o} value={o} suppressHydrationWarning={name === "nationality"}>
            {label(o)}
          </option>
        ))}
      </select>
      <ErrorList id={fields[name].errorId} errors={fields[name].errors} />
    </div>
  );

  return (
    <article className="request-page">
      <p className="breadcrumb">
        <Link to={`/inbox/${id}`}>{t("form.back")}</Link>
      </p>
      <h1>{t("form.title")}</h1>
      {done ? (
        <p className="flash flash-success" role="status">
          {t(`form.done.${done}`)}
        </p>
      ) : null}
      {refusal ? (
        <p className="flash flash-error">{t(refusal === "not-approved" ? "form.notApproved" : "form.noVisaLetter")}</p>
      ) : (
        <>
          <p>{t("form.lead")}</p>
          {valid ? <p className="muted">{t("form.replaceNote")}</p> : null}
          <Form method="post" className="form-narrow" {...getFormProps(form)}>
            <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
            <fieldset>
              <legend>{t("form.letterhead")}</legend>
              {text("legalName")}
              <div className="field">
                <label htmlFor={fields.address.id}>{t("form.address")}</label>
                <textarea {...getTextareaProps(fields.address)} rows={3} />
                <ErrorList id={fields.address.errorId} errors={fields.address.errors} />
              </div>
              {text("signatoryName")}
              {text("signatoryRole")}
            </fieldset>
            <fieldset>
              <legend>{t("form.visitor")}</legend>
              {text("fullName")}
              {select(
                "nationality",
                countryOptions.map((c) => c.value),
                (code) => countryLabels.get(code) ?? code,
                t("form.nationalityChoose"),
              )}
              {text("passportNumber")}
              {text("purpose")}
              {select("costs", COST_BEARERS, (o) => t(`costs.${o}`))}
              {select("language", LETTER_LANGUAGES, (o) => t(`language.${o}`))}
            </fieldset>
            <SubmitButton intent="preview" pendingLabel={t("form.preview")}>
              {t("form.preview")}
            </SubmitButton>{" "}
            <SubmitButton intent="issue" pendingLabel={t("form.issue")}>
              {t("form.issue")}
            </SubmitButton>
          </Form>
        </>
      )}
      {preview ? (
        <section aria-labelledby="preview-title" className="panel">
          <h2 id="preview-title">{t("form.previewTitle")}</h2>
          <div lang={fields.language.value}>
            {preview.letterhead.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
            <p>{preview.dateLine}</p>
            <h3>{preview.title}</h3>
            {preview.salutation ? <p>{preview.salutation}</p> : null}
            <p>{preview.intro}</p>
            <dl>
              {preview.facts.map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
            {preview.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            {preview.signature.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </div>
        </section>
      ) : null}
      {valid ? (
        <section aria-labelledby="revoke-title">
          <h2 id="revoke-title">{t("form.revokeTitle")}</h2>
          <p>{t("form.revokeLead")}</p>
          <Form method="post">
            <input type="hidden" name="letterId" value={valid.id} />
            <button type="submit" name="intent" value="revoke" className="button button-danger">
              {t("form.revoke")}
            </button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
