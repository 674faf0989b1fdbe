/**
 * Sent once per document to an applicant whose wallet documents (app/requests/wallet.server.ts)
 * reach their expiry date within `EXPIRY_REMINDER_DAYS` (app/requests/wallet.ts, 30 days;
 * issue 16 part 1): one mail lists every document that came due in the same run. Optional
 * (it carries the one-click unsubscribe link); written by app/requests/wallet-expiry.server.ts.
 */
import { Section, Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS, textStyle } from "./components/layout";
import { emailStrings, fill, formatDay, type EmailLocale } from "./i18n";

/** One expiring document as the mail lists it (label already in the recipient's language). */
export interface ExpiringDocument {
  /** E.g. "Health insurance" or, for OTHER, the name the person gave it. */
  label: string;
  /** Last day of validity, `YYYY-MM-DD` (UTC, inclusive). */
  expiresOn: string;
}

export interface DocumentExpiringProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  /** Absolute link to /profile/documents. */
  url: string;
  documents: ExpiringDocument[];
}

export default function DocumentExpiring(p: DocumentExpiringProps) {
  const s = emailStrings[p.locale]["document-expiring"];
  return (
    <EmailLayout locale={p.locale} preview={s.preview} why={emailStrings[p.locale].common.why.wallet} links={p.links}>
      <Greeting locale={p.locale} name={p.recipientName} />
      <Text style={textStyle}>{s.intro}</Text>
      <Section>
        {p.documents.map((d, i) => (
          <Text key={i} style={textStyle}>
            {"• "}
            {fill(s.item, { document: d.label, date: formatDay(d.expiresOn, p.locale) })}
          </Text>
        ))}
      </Section>
      <Text style={textStyle}>{s.next}</Text>
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
    </EmailLayout>
  );
}

DocumentExpiring.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS,
  recipientName: "Amina Okafor",
  url: "http://localhost:3000/profile/documents",
  documents: [
    { label: "Health insurance", expiresOn: "2027-03-31" },
    { label: "Passport or identity card", expiresOn: "2027-04-02" },
  ],
} satisfies DocumentExpiringProps;

DocumentExpiring.subject = (p: DocumentExpiringProps): string => {
  const s = emailStrings[p.locale]["document-expiring"].subject;
  return p.documents.length === 1
    ? fill(s.one, { date: formatDay(p.documents[0].expiresOn, p.locale) })
    : fill(s.other, { count: String(p.documents.length) });
};
