/**
 * Sent to the applicant when a coordinator confirms they attended their stay (issue 16,
 * part 5; app/requests/letters.server.ts `recordAttendance`): a short request for feedback,
 * given once on /requests/:id. Optional (it carries the one-click unsubscribe link).
 */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS, textStyle } from "./components/layout";
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface StayFeedbackProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  /** Absolute link to /requests/:id#feedback, where the form is. */
  url: string;
  opportunityTitle: string;
  centreName: string;
}

export default function StayFeedback(p: StayFeedbackProps) {
  const s = emailStrings[p.locale]["stay-feedback"];
  return (
    <EmailLayout
      locale={p.locale}
      preview={s.preview}
      why={fill(emailStrings[p.locale].common.why.applicant, { centre: p.centreName })}
      links={p.links}
      centreName={p.centreName}
    >
      <Greeting locale={p.locale} name={p.recipientName} />
      <Text style={textStyle}>{fill(s.body, { opportunity: p.opportunityTitle, centre: p.centreName })}</Text>
      <Text style={textStyle}>{s.anonymous}</Text>
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
    </EmailLayout>
  );
}

StayFeedback.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS,
  recipientName: "Niccolò Fabrizi-Gómez",
  url: "http://localhost:3000/requests/example#feedback",
  opportunityTitle: "Carbon-ion radiotherapy observership",
  centreName: "CNAO – National Centre for Oncological Hadrontherapy",
} satisfies StayFeedbackProps;

StayFeedback.subject = (p: StayFeedbackProps): string =>
  fill(emailStrings[p.locale]["stay-feedback"].subject, { centre: p.centreName });
