/** Sent after a password change or reset, to the account's stored address. */
import { Link, Text } from "@react-email/components";
import { EmailLayout, Greeting, textStyle } from "./components/layout";
import { emailStrings, type EmailLocale } from "./i18n";

export interface PasswordChangedProps {
  locale: EmailLocale;
  name: string;
  /** The /forgot-password page. */
  resetUrl: string;
}

export default function PasswordChanged({ locale, name, resetUrl }: PasswordChangedProps) {
  const s = emailStrings[locale]["password-changed"];
  return (
    <EmailLayout locale={locale} preview={s.preview}>
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
  name: "Amina Okafor",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies PasswordChangedProps;
