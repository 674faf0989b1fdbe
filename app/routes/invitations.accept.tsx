/**
 * /invitations/accept?token=…: a coordinator invitation (7 days, works once).
 * - Nobody has the invited address: the invitee sets name and password and becomes a
 *   COORDINATOR of the centre, signed in.
 * - An account has it: its owner signs in (then comes back here) and accepts, gaining the
 *   role and the centre.
 * Everything an acceptance writes is one transaction (app/accounts/invitation.server.ts).
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import {
  acceptInvitationAsExistingUser,
  acceptInvitationAsNewUser,
  findUsableInvitation,
  InvitationUnavailableError,
} from "~/accounts/invitation.server";
import { isUniqueViolation } from "~/accounts/user.server";
import { createUserSession, getUser } from "~/accounts/auth.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { hashPassword, NewPasswordSchemaServer } from "~/accounts/password.server";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { AcceptPrivacySchema, NameSchema, NewPasswordSchema, TOKEN_MAX, TokenSchema } from "~/accounts/validation";
import { PrivacyConsentField } from "~/accounts/ui/privacy-consent";
import { legalConfig } from "~/platform/legal-config";

const NewUserSchema = z.object({
  token: TokenSchema,
  name: NameSchema,
  password: NewPasswordSchema,
  acceptPrivacy: AcceptPrivacySchema,
});
const NewUserSchemaServer = NewUserSchema.extend({ password: NewPasswordSchemaServer });
const ExistingSchema = z.object({ token: TokenSchema });

type Mode = "invalid" | "new" | "login" | "accept" | "other-account";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "accounts");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const base = {
    title: t("invitation.metaTitle"),
    token: "",
    centre: null as null | { slug: string; name: string; nameIt: string },
    email: "",
  };
  const invitation = token && token.length <= TOKEN_MAX ? await findUsableInvitation(token) : null;
  if (!invitation) return data({ ...base, mode: "invalid" as Mode }, { status: 400 });
  const user = await getUser(request);
  let mode: Mode;
  if (!invitation.existingUserId) mode = user ? "other-account" : "new";
  else if (!user) mode = "login";
  else mode = user.id === invitation.existingUserId ? "accept" : "other-account";
  const centre = { slug: invitation.centre.slug, name: invitation.centre.name, nameIt: invitation.centre.nameIt };
  return data({ ...base, token, centre, email: invitation.email, mode }, { headers: { "Cache-Control": "no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "referrer", content: "no-referrer" },
];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const limit = await consumeRateLimits([["invitation:ip", clientIpOf(context)]]);
  const user = await getUser(request);

  if (intent === "accept") {
    const submission = parseWithZod(formData, { schema: ExistingSchema });
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    if (!limit.ok) return data({ result: submission.reply({ formErrors: ["accounts:rateLimited"] }) }, { status: 429 });
    if (!user)
      throw redirect(
        `/login?${new URLSearchParams({ redirectTo: `/invitations/accept?token=${submission.value.token}` })}`,
      );
    try {
      await acceptInvitationAsExistingUser(submission.value.token, user.id);
    } catch (error) {
      if (!(error instanceof InvitationUnavailableError)) throw error;
      return data({ result: submission.reply({ formErrors: ["accounts:invitation.unavailable"] }) }, { status: 409 });
    }
    return redirect("/inbox?welcome=1");
  }

  const submission = parseWithZod(formData, { schema: NewUserSchemaServer });
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  if (!limit.ok)
    return data(
      { result: submission.reply({ formErrors: ["accounts:rateLimited"], hideFields: ["password"] }) },
      { status: 429 },
    );
  if (user)
    return data(
      { result: submission.reply({ formErrors: ["accounts:invitation.signedIn"], hideFields: ["password"] }) },
      { status: 409 },
    );
  const passwordHash = await hashPassword(submission.value.password);
  let userId: string;
  try {
    userId = await acceptInvitationAsNewUser(submission.value.token, {
      name: submission.value.name,
      passwordHash,
      privacyVersion: legalConfig.privacyNoticeVersion,
    });
  } catch (error) {
    if (error instanceof InvitationUnavailableError) {
      return data(
        { result: submission.reply({ formErrors: ["accounts:invitation.unavailable"], hideFields: ["password"] }) },
        { status: 409 },
      );
    }
    if (isUniqueViolation(error)) {
      return data(
        { result: submission.reply({ formErrors: ["accounts:invitation.accountExists"], hideFields: ["password"] }) },
        { status: 409 },
      );
    }
    throw error;
  }
  const cookie = await createUserSession(userId, { request, ip: clientIpOf(context) });
  return redirect("/inbox?welcome=1", { headers: { "Set-Cookie": cookie } });
}

export default function AcceptInvitation() {
  const { mode, token, centre, email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "invitation-new",
    constraint: getZodConstraint(NewUserSchema),
    defaultValue: { token },
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewUserSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const centreName = centre ? (i18n.language === "it" ? centre.nameIt : centre.name) : "";
  const redirectTo = `/invitations/accept?token=${token}`;

  return (
    <section className="form-narrow" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t("invitation.title")}</h1>
      {mode === "invalid" ? (
        <p>{t("invitation.invalid")}</p>
      ) : (
        <p className="lead">{t("invitation.lead", { centre: centreName, email })}</p>
      )}
      {mode === "new" ? (
        <Form method="post" {...getFormProps(form)}>
          <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
          <input {...getInputProps(fields.token, { type: "hidden" })} />
          <Field
            labelProps={{ children: t("fields.name") }}
            inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
            errors={fields.name.errors}
          />
          <Field
            labelProps={{ children: t("fields.password") }}
            inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
            errors={fields.password.errors}
            hint={t("fields.passwordHint")}
          />
          <PrivacyConsentField field={fields.acceptPrivacy} />
          <SubmitButton pendingLabel={t("invitation.submitting")}>{t("invitation.create")}</SubmitButton>
        </Form>
      ) : null}
      {mode === "login" ? (
        <p>
          {t("invitation.loginFirst")}{" "}
          <Link to={`/login?${new URLSearchParams({ redirectTo })}`}>{t("login.title")}</Link>
        </p>
      ) : null}
      {mode === "accept" ? (
        <Form method="post">
          <ErrorList errors={actionData?.result?.error?.[""]} className="form-error" />
          <input type="hidden" name="token" value={token} />
          <SubmitButton intent="accept" pendingLabel={t("invitation.submitting")}>
            {t("invitation.accept")}
          </SubmitButton>
        </Form>
      ) : null}
      {mode === "other-account" ? (
        <>
          <p>{t("invitation.otherAccount")}</p>
          <Form method="post" action="/logout">
            <SubmitButton
              formAction="/logout"
              className="button button-secondary"
              pendingLabel={t("pending.loggingOut", { ns: "common" })}
            >
              {t("nav.logout", { ns: "common" })}
            </SubmitButton>
          </Form>
        </>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
