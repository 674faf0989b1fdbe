/** Sent after sign-up (and on "resend"): confirms the applicant owns the address. */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, mutedStyle, textStyle } from "./components/layout";
import { emailStrings, type EmailLocale } from "./i18n";

export interface VerifyEmailProps {
  locale: EmailLocale;
  name: string;
  /** The /verify-email?token=… link. */
  url: string;
}

export default function VerifyEmail({ locale, name, url }: VerifyEmailProps) {
  const s = emailStrings[locale]["verify-email"];
  return (
    <EmailLayout locale={locale} preview={s.preview}>
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
  name: "Amina Okafor",
  url: "http://localhost:3000/verify-email?token=examplexampleexampleexampleexa",
} satisfies VerifyEmailProps;
