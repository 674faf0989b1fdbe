/** The /account page's list of what Ponte holds about the person (issue 13, part 4). */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/platform/date-format";

export interface Held {
  profile: { interests: number; languages: number; windows: number } | null;
  requests: number;
  files: number;
  messages: number;
  sessions: number;
  emails: number;
  securityEvents: number;
  privacyVersion: string | null;
  /** ISO 8601 instant. */
  privacyAcceptedAt: string | null;
}

export function HeldData({ held }: { held: Held }) {
  const { t, i18n } = useTranslation("accounts");
  const p = "account.data.";
  return (
    <>
      <h3>{t(`${p}heldTitle`)}</h3>
      <ul className="held-data">
        <li>{t(`${p}heldAccount`)}</li>
        <li>{held.profile ? t(`${p}heldProfile`, held.profile) : t(`${p}heldNoProfile`)}</li>
        <li>{t(`${p}heldRequests`, { count: held.requests })}</li>
        <li>{t(`${p}heldFiles`, { count: held.files })}</li>
        <li>{t(`${p}heldMessages`, { count: held.messages })}</li>
        <li>{t(`${p}heldSessions`, { count: held.sessions })}</li>
        <li>{t(`${p}heldEmails`, { count: held.emails })}</li>
        <li>{t(`${p}heldSecurity`, { count: held.securityEvents })}</li>
        <li>
          {held.privacyVersion && held.privacyAcceptedAt
            ? t(`${p}heldConsent`, {
                version: held.privacyVersion,
                date: formatDate(held.privacyAcceptedAt.slice(0, 10), i18n.language),
              })
            : t(`${p}heldNoConsent`)}{" "}
          <Link to="/privacy">{t(`${p}heldPrivacy`)}</Link>
        </li>
      </ul>
    </>
  );
}
