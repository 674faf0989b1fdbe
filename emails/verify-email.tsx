/** Sent after sign-up (and on "resend"): confirms the applicant owns the address. */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, type EmailLocale } from "./i18n";

export interface VerifyEmailProps {
  locale: EmailLocale;
  links: MailLinks;
  name: string;
  /** The /verify-email?token=… link. */
  url: string;
}

export default function VerifyEmail({ locale, links, name, url }: VerifyEmailProps) {
  const s = emailStrings[locale]["verify-email"];
  return (
    <EmailLayout locale={locale} preview={s.preview} why={emailStrings[locale].common.why.signup} links={links}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{s.body}</Text>
      <ActionLink locale={locale} url={url} label={s.button} />
      <Text style={mutedStyle}>{s.expiry}</Text>
      <Text style={mutedStyle}>{s.ignore}</Text>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  url: "http://localhost:3000/verify-email?token=examplexampleexampleexampleexa",
} satisfies VerifyEmailProps;

VerifyEmail.subject = (p: VerifyEmailProps): string => emailStrings[p.locale]["verify-email"].subject;
