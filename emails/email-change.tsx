/** Sent to the new address when a user asks to change their e-mail address. */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface EmailChangeProps {
  locale: EmailLocale;
  links: MailLinks;
  name: string;
  /** The new (canonical) address. */
  newEmail: string;
  /** The /verify-email?token=… link. */
  url: string;
}

export default function EmailChange({ locale, links, name, newEmail, url }: EmailChangeProps) {
  const s = emailStrings[locale]["email-change"];
  return (
    <EmailLayout locale={locale} preview={s.preview} why={emailStrings[locale].common.why.account} links={links}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{fill(s.body, { email: newEmail })}</Text>
      <ActionLink locale={locale} url={url} label={s.button} />
      <Text style={mutedStyle}>{s.expiry}</Text>
      <Text style={mutedStyle}>{s.ignore}</Text>
    </EmailLayout>
  );
}

EmailChange.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  newEmail: "amina@example.org",
  url: "http://localhost:3000/verify-email?token=examplexampleexampleexampleexa",
} satisfies EmailChangeProps;

EmailChange.subject = (p: EmailChangeProps): string => emailStrings[p.locale]["email-change"].subject;
