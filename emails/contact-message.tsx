/** A message from the /contact form, sent to the installation's operators (app/platform/legal-config.ts). */
import { Text } from "@react-email/components";
import { EmailLayout, type MailLinks, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface ContactMessageProps {
  locale: EmailLocale;
  links: MailLinks;
  /** What the sender typed: their name, canonical address, subject and message (plain text). */
  name: string;
  email: string;
  subject: string;
  message: string;
}

export default function ContactMessage({ locale, links, name, email, subject, message }: ContactMessageProps) {
  const s = emailStrings[locale]["contact-message"];
  return (
    <EmailLayout
      locale={locale}
      preview={fill(s.preview, { name })}
      why={emailStrings[locale].common.why.operators}
      links={links}
    >
      <Text style={textStyle}>{fill(s.intro, { name, email })}</Text>
      <Text style={{ ...textStyle, fontWeight: 600 }}>{subject}</Text>
      <Text style={{ ...textStyle, whiteSpace: "pre-wrap" }}>{message}</Text>
      <Text style={textStyle}>{fill(s.reply, { name })}</Text>
    </EmailLayout>
  );
}

ContactMessage.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  email: "amina@example.org",
  subject: "Observerships in paediatric cardiology",
  message: "Hello,\nDo the centres in Bergamo take observers in spring?\nThank you.",
} satisfies ContactMessageProps;

ContactMessage.subject = (p: ContactMessageProps): string =>
  fill(emailStrings[p.locale]["contact-message"].subject, { subject: p.subject });
