/**
 * Sent once to an account without a sign-in for legal-config `retention.inactiveAccountMonths`
 * months, `inactiveWarningDays` before the retention job anonymises it (app/accounts/inactive-accounts.server.ts).
 */
import { Text } from "@react-email/components";
import {
  ActionLink,
  EmailLayout,
  Greeting,
  type MailLinks,
  PREVIEW_LINKS_ESSENTIAL,
  textStyle,
} from "./components/layout";
import { emailStrings, fill, formatDay, type EmailLocale } from "./i18n";

export interface AccountInactiveProps {
  locale: EmailLocale;
  links: MailLinks;
  name: string;
  /** Last sign-in (or sign-up) day, `YYYY-MM-DD`. */
  lastSignIn: string;
  /** Day of the anonymisation, `YYYY-MM-DD`. */
  anonymiseOn: string;
  months: number;
  /** /login */
  loginUrl: string;
}

export default function AccountInactive(p: AccountInactiveProps) {
  const s = emailStrings[p.locale]["account-inactive"];
  const date = formatDay(p.anonymiseOn, p.locale);
  return (
    <EmailLayout locale={p.locale} preview={s.preview} why={emailStrings[p.locale].common.why.account} links={p.links}>
      <Greeting locale={p.locale} name={p.name} />
      <Text style={textStyle}>{fill(s.body, { last: formatDay(p.lastSignIn, p.locale), months: p.months, date })}</Text>
      <Text style={textStyle}>{s.keep}</Text>
      <ActionLink locale={p.locale} url={p.loginUrl} label={s.button} />
    </EmailLayout>
  );
}

AccountInactive.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  lastSignIn: "2024-02-01",
  anonymiseOn: "2027-03-08",
  months: 36,
  loginUrl: "http://localhost:3000/login",
} satisfies AccountInactiveProps;

AccountInactive.subject = (p: AccountInactiveProps): string =>
  fill(emailStrings[p.locale]["account-inactive"].subject, { date: formatDay(p.anonymiseOn, p.locale) });
