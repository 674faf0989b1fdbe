/**
 * /account: profile basics, password and e-mail change, the active sessions with "sign out"
 * per session and "sign out everywhere else", the data download and the way to delete the account.
 * Each form posts an `intent`; the answer carries the intent so only that form shows it.
 * The password and e-mail changes are handled by app/accounts/account-settings.server.ts;
 * the sections live in this folder. The private calendar feed's address (issue 18) is made,
 * replaced and turned off here (app/accounts/calendar-feed.server.ts); it is shown once.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { AccountNameSchema, type AccountActionResult, type AccountIntent } from "~/accounts/account-forms";
import { changeEmailFromForm, changePasswordFromForm, getAccountOverview } from "~/accounts/account-settings.server";
import { deleteUserSessions, endUserSession, getSession, requireUser } from "~/accounts/auth.server";
import { clientIpOf } from "~/accounts/rate-limit.server";
import { updateName } from "~/accounts/user.server";
import { recordAudit } from "~/platform/audit.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { EmailSection, PasswordSection } from "./credential-sections";
import { Notice } from "./notice";
import { ProfileSection } from "./profile-section";
import { SessionsSection } from "./sessions-section";
import { HeldData } from "./held-data";
import { CalendarFeedSection } from "./calendar-feed-section";
import {
  calendarFeedCreatedAt,
  calendarFeedPath,
  removeCalendarFeed,
  resetCalendarFeed,
} from "~/accounts/calendar-feed.server";
import { appUrl } from "~/notifications/outbox.server";

const NOTICES = new Set(["password-reset", "email-change-sent"]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const state = await getSession(request);
  const { t } = await getRequestT(request, "accounts");
  const [{ account, sessions, pendingEmail, held }, feedCreatedAt] = await Promise.all([
    getAccountOverview(user.id, state?.sessionId ?? null),
    calendarFeedCreatedAt(user.id),
  ]);
  const notice = new URL(request.url).searchParams.get("notice");
  return data(
    {
      title: t("account.metaTitle"),
      account,
      pendingEmail,
      sessions,
      held,
      calendarFeedCreatedAt: feedCreatedAt?.toISOString() ?? null,
      notice: notice && NOTICES.has(notice) ? notice : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const state = (await getSession(request))!;
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const { language } = await getRequestT(request);
  const reply = (body: AccountActionResult, status = 200) => data(body, { status });
  const ctx = { user, sessionId: state.sessionId, clientIp: clientIpOf(context), language };

  switch (intent) {
    case "profile": {
      const submission = parseWithZod(formData, { schema: AccountNameSchema });
      if (submission.status !== "success") return reply({ intent, result: submission.reply() }, 400);
      await updateName(user.id, submission.value.name);
      return reply({ intent, result: submission.reply(), notice: "account.profile.saved" });
    }
    case "password": {
      const { status, ...body } = await changePasswordFromForm(formData, ctx);
      return reply({ intent, ...body }, status);
    }
    case "email": {
      const { status, ...body } = await changeEmailFromForm(formData, ctx);
      return reply({ intent, ...body }, status);
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
    case "calendar-feed-reset": {
      const token = await resetCalendarFeed(user.id);
      await recordAudit({ actorId: user.id, action: "user.calendar_feed_reset", subject: user.id });
      return data(
        {
          intent,
          notice: "account.calendarFeed.made",
          feedUrl: appUrl(calendarFeedPath(token)),
        } as AccountActionResult,
        { headers: { "Cache-Control": "no-store" } },
      );
    }
    case "calendar-feed-remove": {
      await removeCalendarFeed(user.id);
      await recordAudit({ actorId: user.id, action: "user.calendar_feed_removed", subject: user.id });
      return reply({ intent, notice: "account.calendarFeed.removed" });
    }
    default:
      return reply(
        { intent: "profile", result: { status: "error", error: { "": ["accounts:validation.unknownAction"] } } },
        400,
      );
  }
}

export default function Account() {
  const { account, sessions, pendingEmail, held, notice, calendarFeedCreatedAt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("accounts");
  const resultFor = (intent: AccountIntent) => (actionData?.intent === intent ? actionData.result : undefined);
  const noticeFor = (intent: AccountIntent) => (actionData?.intent === intent ? actionData.notice : undefined);
  const errorFor = (intent: AccountIntent) => (actionData?.intent === intent ? actionData.error : undefined);

  return (
    <div className="account-page">
      <h1>{t("account.title")}</h1>
      {notice ? <Notice text={`account.notice.${notice}`} /> : null}
      {!account.emailVerified ? (
        <p className="notice" role="status">
          {t("account.unverified")} <Link to="/verify-email">{t("account.verifyLink")}</Link>
        </p>
      ) : null}

      <ProfileSection account={account} lastResult={resultFor("profile")} notice={noticeFor("profile")} />
      <PasswordSection lastResult={resultFor("password")} notice={noticeFor("password")} />
      <EmailSection lastResult={resultFor("email")} notice={noticeFor("email")} pendingEmail={pendingEmail} />
      <SessionsSection
        sessions={sessions}
        othersNotice={noticeFor("sign-out-others")}
        sessionNotice={noticeFor("sign-out-session")}
        sessionError={errorFor("sign-out-session")}
      />

      <CalendarFeedSection
        createdAt={calendarFeedCreatedAt}
        feedUrl={actionData?.intent === "calendar-feed-reset" ? actionData.feedUrl : undefined}
        notice={noticeFor("calendar-feed-reset") ?? noticeFor("calendar-feed-remove")}
      />

      <section aria-labelledby="notifications-title">
        <h2 id="notifications-title">{t("notifications:account.title")}</h2>
        <p>{t("notifications:account.lead")}</p>
        <p>
          <Link to="/account/notifications">{t("notifications:account.link")}</Link>
        </p>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{t("account.data.title")}</h2>
        <HeldData held={held} />
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
