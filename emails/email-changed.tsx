/** Sent to the old address once an e-mail change is confirmed. */
import { Text } from "@react-email/components";
import { EmailLayout, Greeting, textStyle } from "./components/layout";
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface EmailChangedProps {
  locale: EmailLocale;
  name: string;
  /** The new address, masked ("a***@example.org"). */
  newEmailMasked: string;
}

export default function EmailChanged({ locale, name, newEmailMasked }: EmailChangedProps) {
  const s = emailStrings[locale]["email-changed"];
  return (
    <EmailLayout locale={locale} preview={s.preview}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{fill(s.body, { email: newEmailMasked })}</Text>
      <Text style={textStyle}>{s.notYou}</Text>
    </EmailLayout>
  );
}

EmailChanged.PreviewProps = {
  locale: "en",
  name: "Amina Okafor",
  newEmailMasked: "a***@example.org",
} satisfies EmailChangedProps;
