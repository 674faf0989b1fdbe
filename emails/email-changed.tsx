/** Sent to the old address once an e-mail change is confirmed. */
import { Text } from "@react-email/components";
import { EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface EmailChangedProps {
  locale: EmailLocale;
  links: MailLinks;
  name: string;
  /** The new address, masked ("a***@example.org"). */
  newEmailMasked: string;
}

export default function EmailChanged({ locale, links, name, newEmailMasked }: EmailChangedProps) {
  const s = emailStrings[locale]["email-changed"];
  return (
    <EmailLayout locale={locale} preview={s.preview} why={emailStrings[locale].common.why.account} links={links}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{fill(s.body, { email: newEmailMasked })}</Text>
      <Text style={textStyle}>{s.notYou}</Text>
    </EmailLayout>
  );
}

EmailChanged.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  name: "Amina Okafor",
  newEmailMasked: "a***@example.org",
} satisfies EmailChangedProps;

EmailChanged.subject = (p: EmailChangedProps): string => emailStrings[p.locale]["email-changed"].subject;
