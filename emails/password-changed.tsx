/** Sent after a password change or reset, to the account's stored address. */
import { Link, Text } from "@react-email/components";
import { EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, type EmailLocale } from "./i18n";

export interface PasswordChangedProps {
  locale: EmailLocale;
  links: MailLinks;
  name: string;
  /** The /forgot-password page. */
  resetUrl: string;
}

export default function PasswordChanged({ locale, links, name, resetUrl }: PasswordChangedProps) {
  const s = emailStrings[locale]["password-changed"];
  return (
    <EmailLayout locale={locale} preview={s.preview} why={emailStrings[locale].common.why.account} links={links}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{s.body}</Text>
      <Text style={textStyle}>
        {s.notYou} <Link href={resetUrl}>{resetUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

PasswordChanged.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies PasswordChangedProps;

PasswordChanged.subject = (p: PasswordChangedProps): string => emailStrings[p.locale]["password-changed"].subject;
