/** Sent by /forgot-password to an existing account's stored address. */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, type EmailLocale } from "./i18n";

export interface ResetPasswordProps {
  locale: EmailLocale;
  links: MailLinks;
  name: string;
  /** The /reset-password?token=… link. */
  url: string;
}

export default function ResetPassword({ locale, links, name, url }: ResetPasswordProps) {
  const s = emailStrings[locale]["reset-password"];
  return (
    <EmailLayout locale={locale} preview={s.preview} why={emailStrings[locale].common.why.account} links={links}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{s.body}</Text>
      <ActionLink locale={locale} url={url} label={s.button} />
      <Text style={mutedStyle}>{s.expiry}</Text>
      <Text style={mutedStyle}>{s.ignore}</Text>
    </EmailLayout>
  );
}

ResetPassword.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  url: "http://localhost:3000/reset-password?token=examplexampleexampleexampleexa",
} satisfies ResetPasswordProps;

ResetPassword.subject = (p: ResetPasswordProps): string => emailStrings[p.locale]["reset-password"].subject;
