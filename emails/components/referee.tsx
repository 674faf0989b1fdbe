/**
 * What the referee mails share (issue 16 part 2; decision 0037): their props and one layout.
 * The referee has no account: the mail names the applicant and the opportunity, carries the
 * single-use upload link and says until when it works.
 */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./layout";
import { emailStrings, fill, formatDay, type EmailLocale } from "../i18n";

export interface RefereeMailProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  refereeName: string;
  applicantName: string;
  opportunityTitle: string;
  centreName: string;
  /** The /referee?token=… link (a secret: blanked in the outbox once sent). */
  url: string;
  /** Last day the link works, `YYYY-MM-DD` (UTC, inclusive). */
  lastDay: string;
}

/** `{{applicant}}`, `{{opportunity}}`, `{{centre}}`, `{{date}}` for the strings. */
export function refereeVars(p: RefereeMailProps) {
  return {
    applicant: p.applicantName,
    opportunity: p.opportunityTitle,
    centre: p.centreName,
    date: formatDay(p.lastDay, p.locale),
  };
}

/** The shared body: greeting, the ask (`intro`), what to send, the button, the link's life. */
export function RefereeMail({ p, reminder }: { p: RefereeMailProps; reminder: boolean }) {
  const s = emailStrings[p.locale]["referee-invitation"];
  const v = refereeVars(p);
  return (
    <EmailLayout
      locale={p.locale}
      preview={fill(s.preview, v)}
      why={fill(emailStrings[p.locale].common.why.referee, v)}
      links={p.links}
      centreName={p.centreName}
    >
      <Greeting locale={p.locale} name={p.refereeName} />
      {reminder ? <Text style={textStyle}>{fill(s.reminder, v)}</Text> : null}
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      <Text style={textStyle}>{s.how}</Text>
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
      <Text style={mutedStyle}>{fill(s.expiry, v)}</Text>
      <Text style={mutedStyle}>{s.ignore}</Text>
    </EmailLayout>
  );
}

export const PREVIEW_REFEREE: RefereeMailProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  recipientName: null,
  refereeName: "Prof. Helen Carter",
  applicantName: "Amina Okafor",
  opportunityTitle: "Observership in carbon-ion radiotherapy",
  centreName: "CNAO – National Centre for Oncological Hadrontherapy",
  url: "http://localhost:3000/referee?token=examplexampleexampleexampleexa",
  lastDay: "2027-01-05",
};
