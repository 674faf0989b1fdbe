/**
 * Sent instead of a verification e-mail when someone signs up with an address that already
 * has an account, so the sign-up page can answer the same way either way.
 */
import { Link, Text } from "@react-email/components";
import { EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, type EmailLocale } from "./i18n";

export interface SignupAttemptProps {
  locale: EmailLocale;
  links: MailLinks;
  name: string;
  loginUrl: string;
  resetUrl: string;
}

export default function SignupAttempt({ locale, links, name, loginUrl, resetUrl }: SignupAttemptProps) {
  const s = emailStrings[locale]["signup-attempt"];
  return (
    <EmailLayout locale={locale} preview={s.preview} why={emailStrings[locale].common.why.signup} links={links}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{s.body}</Text>
      <Text style={textStyle}>
        {s.login} <Link href={loginUrl}>{loginUrl}</Link>
      </Text>
      <Text style={textStyle}>
        {s.reset} <Link href={resetUrl}>{resetUrl}</Link>
      </Text>
      <Text style={mutedStyle}>{s.ignore}</Text>
    </EmailLayout>
  );
}

SignupAttempt.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  loginUrl: "http://localhost:3000/login",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies SignupAttemptProps;

SignupAttempt.subject = (p: SignupAttemptProps): string => emailStrings[p.locale]["signup-attempt"].subject;
