/**
 * The /account page's sessions section: every active session (device, address, start) with
 * "sign out" for each one but the current (intent "sign-out-session"), and "sign out
 * everywhere else" (intent "sign-out-others").
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms";
import { formatDate } from "./format-date";
import { Notice } from "./notice";

/** A session as the page lists it (the loader's `sessions`). */
export type SessionRow = {
  id: string;
  createdAt: string;
  userAgent: string | null;
  ipAddress: string | null;
  current: boolean;
};

/** The sessions table and the sign-out forms, with the answers to their last posts. */
export function SessionsSection({
  sessions,
  othersNotice,
  sessionNotice,
  sessionError,
}: {
  sessions: SessionRow[];
  othersNotice: string | undefined;
  sessionNotice: string | undefined;
  sessionError: string | undefined;
}) {
  const { t, i18n } = useTranslation("accounts");
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("account.sessions.title")}</h2>
      <Notice text={othersNotice} />
      <Notice text={sessionNotice} error={sessionError} />
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
  );
}
