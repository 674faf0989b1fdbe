/**
 * Sent once to an applicant a week (legal-config `retention.noticeDays`) before the retention
 * job deletes the documents of one of their requests (app/requests/retention.server.ts).
 */
import { Text } from "@react-email/components";
import {
  ActionLink,
  EmailLayout,
  Greeting,
  type MailLinks,
  PREVIEW_LINKS_ESSENTIAL,
  textStyle,
} from "./components/layout";
import { emailStrings, fill, formatDay, type EmailLocale } from "./i18n";

export interface DocumentsRemovalProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  /** /requests/:id */
  url: string;
  opportunityTitle: string;
  centreName: string;
  /** The files' names, e.g. ["cv.pdf", "letter.pdf"]. */
  files: string[];
  /** The day of the deletion, `YYYY-MM-DD` (UTC). */
  removalDate: string;
}

export default function DocumentsRemoval(p: DocumentsRemovalProps) {
  const s = emailStrings[p.locale]["documents-removal"];
  const date = formatDay(p.removalDate, p.locale);
  return (
    <EmailLayout
      locale={p.locale}
      preview={fill(s.preview, { date })}
      why={fill(emailStrings[p.locale].common.why.applicant, { centre: p.centreName })}
      links={p.links}
      centreName={p.centreName}
    >
      <Greeting locale={p.locale} name={p.recipientName} />
      <Text style={textStyle}>
        {fill(s.body, { opportunity: p.opportunityTitle, centre: p.centreName, files: p.files.join(", "), date })}
      </Text>
      <Text style={textStyle}>{s.keep}</Text>
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
    </EmailLayout>
  );
}

DocumentsRemoval.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  recipientName: "Amina Okafor",
  url: "http://localhost:3000/requests/example",
  opportunityTitle: "Observership in paediatric cardiology",
  centreName: "IRCCS Policlinico San Donato",
  files: ["cv-amina-okafor.pdf"],
  removalDate: "2027-03-08",
} satisfies DocumentsRemovalProps;

DocumentsRemoval.subject = (p: DocumentsRemovalProps): string =>
  fill(emailStrings[p.locale]["documents-removal"].subject, {
    centre: p.centreName,
    date: formatDay(p.removalDate, p.locale),
  });
