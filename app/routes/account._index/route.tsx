/**
 * /account: profile basics, password and e-mail change, the active sessions with "sign out"
 * per session and "sign out everywhere else", the data download and the way to delete the account.
 * Each form posts an `intent`; the answer carries the intent so only that form shows it.
 */
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { recordAudit } from "~/platform/audit.server";
import {
  changePassword,
  getAccount,
  getPasswordHash,
  getPendingEmailChange,
  requestEmailChange,
  updateName,
} from "~/accounts/user.server";
import { deleteUserSessions, endUserSession, getSession, listUserSessions, requireUser } from "~/accounts/auth.server";
import { kickOutbox } from "~/notifications/outbox.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { hashPassword, NewPasswordSchemaServer, verifyPassword } from "~/accounts/password.server";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { CurrentPasswordSchema, EmailSchema, NameSchema, NewPasswordSchema } from "~/accounts/validation";

const ProfileSchema = z.object({ name: NameSchema });
const PasswordSchema = z.object({ currentPassword: CurrentPasswordSchema, newPassword: NewPasswordSchema });
const PasswordSchemaServer = PasswordSchema.extend({ newPassword: NewPasswordSchemaServer });
const EmailChangeSchema = z.object({ newEmail: EmailSchema, password: CurrentPasswordSchema });

const NOTICES = new Set(["password-reset", "email-change-sent"]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const state = await getSession(request);
  const { t } = await getRequestT(request, "accounts");
  const [account, sessions, pendingEmail] = await Promise.all([
    getAccount(user.id),
    listUserSessions(user.id, state?.sessionId ?? null),
    getPendingEmailChange(user.id),
  ]);
  const notice = new URL(request.url).searchParams.get("notice");
  return data(
    {
      title: t("account.metaTitle"),
      account: {
        name: account.name,
        email: account.email,
        roles: account.roles,
        emailVerified: account.emailVerifiedAt !== null,
        createdAt: account.createdAt.toISOString(),
        centres: account.coordinatorOf.map((c) => c.centre),
      },
      pendingEmail,
      sessions: sessions.map((s) => ({
        id: s.id.slice(0, 12),
        createdAt: s.createdAt.toISOString(),
        userAgent: s.userAgent,
        ipAddress: s.ipAddress,
        current: s.current,
      })),
      notice: notice && NOTICES.has(notice) ? notice : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

type Intent = "profile" | "password" | "email" | "sign-out-others" | "sign-out-session";
type ActionResult = { intent: Intent; result?: SubmissionResult<string[]>; notice?: string; error?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const state = (await getSession(request))!;
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const { language } = await getRequestT(request);
  const reply = (body: ActionResult, status = 200) => data(body, { status });

  switch (intent) {
    case "profile": {
      const submission = parseWithZod(formData, { schema: ProfileSchema });
      if (submission.status !== "success") return reply({ intent, result: submission.reply() }, 400);
      await updateName(user.id, submission.value.name);
      return reply({ intent, result: submission.reply(), notice: "account.profile.saved" });
    }
    case "password": {
      const submission = parseWithZod(formData, { schema: PasswordSchemaServer });
      const hidden = { hideFields: ["currentPassword", "newPassword"] };
      if (submission.status !== "success") return reply({ intent, result: submission.reply(hidden) }, 400);
      const limit = await consumeRateLimits([
        ["login:ip", clientIpOf(context)],
        ["login:account", user.email],
      ]);
      if (!limit.ok)
        return reply({ intent, result: submission.reply({ ...hidden, formErrors: ["accounts:rateLimited"] }) }, 429);
      const stored = await getPasswordHash(user.id);
      if (!stored || !(await verifyPassword(stored, submission.value.currentPassword))) {
        return reply(
          {
            intent,
            result: submission.reply({
              ...hidden,
              fieldErrors: { currentPassword: ["accounts:validation.passwordWrong"] },
            }),
          },
          400,
        );
      }
      await changePassword(user.id, await hashPassword(submission.value.newPassword), state.sessionId, language);
      kickOutbox();
      return reply({ intent, result: submission.reply({ resetForm: true }), notice: "account.password.changed" });
    }
    case "email": {
      const submission = parseWithZod(formData, { schema: EmailChangeSchema });
      const hidden = { hideFields: ["password"] };
      if (submission.status !== "success") return reply({ intent, result: submission.reply(hidden) }, 400);
      const limit = await consumeRateLimits([
        ["verify-mail:ip", clientIpOf(context)],
        ["verify-mail:account", user.id],
      ]);
      if (!limit.ok)
        return reply({ intent, result: submission.reply({ ...hidden, formErrors: ["accounts:rateLimited"] }) }, 429);
      const stored = await getPasswordHash(user.id);
      if (!stored || !(await verifyPassword(stored, submission.value.password))) {
        return reply(
          {
            intent,
            result: submission.reply({ ...hidden, fieldErrors: { password: ["accounts:validation.passwordWrong"] } }),
          },
          400,
        );
      }
      const outcome = await requestEmailChange(user.id, submission.value.newEmail, language);
      if (outcome === "same") {
        return reply(
          {
            intent,
            result: submission.reply({ ...hidden, fieldErrors: { newEmail: ["accounts:validation.emailSame"] } }),
          },
          400,
        );
      }
      kickOutbox();
      return reply({ intent, result: submission.reply({ resetForm: true }), notice: "account.email.sent" });
    }
    case "sign-out-others": {
      const ended = await deleteUserSessions(user.id, { exceptSessionId: state.sessionId });
      await recordAudit({ actorId: user.id, action: "user.logout_others", subject: user.id, data: { ended } });
      return reply({ intent, notice: "account.sessions.ended" });
    }
    case "sign-out-session": {
      const outcome = await endUserSession(user.id, String(formData.get("session") ?? ""), state.sessionId);
      if (outcome === "current") return reply({ intent, error: "account.sessions.currentRefused" }, 400);
      if (outcome === "unknown") return reply({ intent, error: "account.sessions.unknownSession" }, 404);
      await recordAudit({ actorId: user.id, action: "user.logout_session", subject: user.id });
      return reply({ intent, notice: "account.sessions.endedOne" });
    }
    default:
      return reply(
        { intent: "profile", result: { status: "error", error: { "": ["accounts:validation.unknownAction"] } } },
        400,
      );
  }
}

/** An instant in the UI language, in UTC like every other time Ponte shows (components/requests.tsx `Instant`). */
function formatDate(iso: string, language: string) {
  const text = new Intl.DateTimeFormat(language === "it" ? "it-IT" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(iso));
  return `${text} UTC`;
}

function Notice({ text, error }: { text?: string | null; error?: string | null }) {
  const { t } = useTranslation("accounts");
  if (error) {
    return (
      <p className="flash flash-error" role="alert">
        {t(error)}
      </p>
    );
  }
  if (!text) return null;
  return (
    <p className="flash flash-success" role="status">
      {t(text)}
    </p>
  );
}

export default function Account() {
  const { account, sessions, pendingEmail, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("accounts");
  const resultFor = (intent: Intent) => (actionData?.intent === intent ? actionData.result : undefined);
  const noticeFor = (intent: Intent) => (actionData?.intent === intent ? actionData.notice : undefined);
  const errorFor = (intent: Intent) => (actionData?.intent === intent ? actionData.error : undefined);

  const [profileForm, profileFields] = useForm({
    id: "account-profile",
    constraint: getZodConstraint(ProfileSchema),
    defaultValue: { name: account.name },
    lastResult: resultFor("profile"),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
    shouldValidate: "onBlur",
  });
  const [passwordForm, passwordFields] = useForm({
    id: "account-password",
    constraint: getZodConstraint(PasswordSchema),
    lastResult: resultFor("password"),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PasswordSchema }),
    shouldValidate: "onBlur",
  });
  const [emailForm, emailFields] = useForm({
    id: "account-email",
    constraint: getZodConstraint(EmailChangeSchema),
    lastResult: resultFor("email"),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EmailChangeSchema }),
    shouldValidate: "onBlur",
  });

  return (
    <div className="account-page">
      <h1>{t("account.title")}</h1>
      {notice ? <Notice text={`account.notice.${notice}`} /> : null}
      {!account.emailVerified ? (
        <p className="notice" role="status">
          {t("account.unverified")} <Link to="/verify-email">{t("account.verifyLink")}</Link>
        </p>
      ) : null}

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
        <Notice text={noticeFor("profile")} />
        <Form method="post" {...getFormProps(profileForm)} className="form-narrow">
          <ErrorList id={profileForm.errorId} errors={profileForm.errors} className="form-error" />
          <Field
            labelProps={{ children: t("fields.name") }}
            inputProps={{ ...getInputProps(profileFields.name, { type: "text" }), autoComplete: "name" }}
            errors={profileFields.name.errors}
          />
          <SubmitButton intent="profile" pendingLabel={t("account.saving")}>
            {t("account.profile.submit")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="password-title">
        <h2 id="password-title">{t("account.password.title")}</h2>
        <p className="muted">{t("account.password.lead")}</p>
        <Notice text={noticeFor("password")} />
        <Form method="post" {...getFormProps(passwordForm)} className="form-narrow">
          <ErrorList id={passwordForm.errorId} errors={passwordForm.errors} className="form-error" />
          <Field
            labelProps={{ children: t("fields.currentPassword") }}
            inputProps={{
              ...getInputProps(passwordFields.currentPassword, { type: "password" }),
              autoComplete: "current-password",
            }}
            errors={passwordFields.currentPassword.errors}
          />
          <Field
            labelProps={{ children: t("fields.newPassword") }}
            inputProps={{
              ...getInputProps(passwordFields.newPassword, { type: "password" }),
              autoComplete: "new-password",
            }}
            errors={passwordFields.newPassword.errors}
            hint={t("fields.passwordHint")}
          />
          <SubmitButton intent="password" pendingLabel={t("account.saving")}>
            {t("account.password.submit")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="email-title">
        <h2 id="email-title">{t("account.email.title")}</h2>
        <p className="muted">{t("account.email.lead")}</p>
        {pendingEmail ? <p className="notice">{t("account.email.pending", { email: pendingEmail })}</p> : null}
        <Notice text={noticeFor("email")} />
        <Form method="post" {...getFormProps(emailForm)} className="form-narrow">
          <ErrorList id={emailForm.errorId} errors={emailForm.errors} className="form-error" />
          <Field
            labelProps={{ children: t("fields.newEmail") }}
            inputProps={{ ...getInputProps(emailFields.newEmail, { type: "email" }), autoComplete: "email" }}
            errors={emailFields.newEmail.errors}
          />
          <Field
            labelProps={{ children: t("fields.currentPassword") }}
            inputProps={{
              ...getInputProps(emailFields.password, { type: "password" }),
              autoComplete: "current-password",
            }}
            errors={emailFields.password.errors}
          />
          <SubmitButton intent="email" pendingLabel={t("account.saving")}>
            {t("account.email.submit")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("account.sessions.title")}</h2>
        <Notice text={noticeFor("sign-out-others")} />
        <Notice text={noticeFor("sign-out-session")} error={errorFor("sign-out-session")} />
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("account.sessions.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("account.sessions.device")}</th>
                <th scope="col">{t("account.sessions.address")}</th>
                <th scope="col">{t("account.sessions.started")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("account.sessions.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.userAgent ?? t("account.sessions.unknown")}
                    {s.current ? <strong> ({t("account.sessions.current")})</strong> : null}
                  </td>
                  <td>{s.ipAddress ?? t("account.sessions.unknown")}</td>
                  <td>{formatDate(s.createdAt, i18n.language)}</td>
                  <td>
                    {s.current ? null : (
                      <Form method="post">
                        <input type="hidden" name="session" value={s.id} />
                        <SubmitButton
                          intent="sign-out-session"
                          fields={{ session: s.id }}
                          className="link-button"
                          pendingLabel={t("account.saving")}
                          aria-label={t("account.sessions.signOutOneLabel", {
                            device: s.userAgent ?? t("account.sessions.unknown"),
                            started: formatDate(s.createdAt, i18n.language),
                          })}
                        >
                          {t("account.sessions.signOutOne")}
                        </SubmitButton>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Form method="post">
          <SubmitButton intent="sign-out-others" className="button button-secondary" pendingLabel={t("account.saving")}>
            {t("account.sessions.signOutOthers")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="notifications-title">
        <h2 id="notifications-title">{t("notifications:account.title")}</h2>
        <p>{t("notifications:account.lead")}</p>
        <p>
          <Link to="/account/notifications">{t("notifications:account.link")}</Link>
        </p>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{t("account.data.title")}</h2>
        <p>{t("account.data.lead")}</p>
        <p>
          <a href="/account/export" className="button button-secondary" download>
            {t("account.data.download")}
          </a>
        </p>
        <h3>{t("account.delete.title")}</h3>
        <p>{t("account.delete.lead")}</p>
        <p>
          <Link to="/account/delete">{t("account.delete.link")}</Link>
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
