/**
 * The answer of a home centre's coordinator to a person's claim that they work there
 * (issue 19 part 2, decision 0035): confirmed or rejected. Both are always sent.
 */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./layout";
import { emailStrings, fill, type EmailLocale } from "../i18n";

export interface HomeCentreMailProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  /** Absolute link to /profile. */
  url: string;
  /** The centre's name in the mail's language. */
  centreName: string;
  /** The coordinator who answered, by account name. */
  coordinatorName: string;
}

/** The mail for one outcome: `kind` picks the strings. */
export function HomeCentreMail({
  p,
  kind,
}: {
  p: HomeCentreMailProps;
  kind: "home-centre-confirmed" | "home-centre-rejected";
}) {
  const s = emailStrings[p.locale][kind];
  const v = { centre: p.centreName, coordinator: p.coordinatorName };
  return (
    <EmailLayout
      locale={p.locale}
      preview={s.preview}
      why={fill(emailStrings[p.locale].common.why.homeCentre, v)}
      links={p.links}
      centreName={p.centreName}
    >
      <Greeting locale={p.locale} name={p.recipientName} />
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
    </EmailLayout>
  );
}

export const PREVIEW_HOME_CENTRE: HomeCentreMailProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  recipientName: "Giulia Ferrari",
  url: "http://localhost:3000/profile",
  centreName: "CNAO – National Centre for Oncological Hadrontherapy",
  coordinatorName: "Marco Bianchi",
};
