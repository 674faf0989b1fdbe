/**
 * Sent to the applicant when the centre issues a letter for their request (decision 0030):
 * the invitation letter for the visa or the certificate of attendance. Essential: it
 * cannot be switched off.
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
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface LetterIssuedProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  letterKind: "INVITATION" | "CERTIFICATE";
  /** /requests/:id, where the PDF is downloaded. */
  url: string;
  opportunityTitle: string;
  centreName: string;
}

export default function LetterIssued(p: LetterIssuedProps) {
  const s = emailStrings[p.locale]["letter-issued"];
  return (
    <EmailLayout
      locale={p.locale}
      preview={s.preview[p.letterKind]}
      why={fill(emailStrings[p.locale].common.why.applicant, { centre: p.centreName })}
      links={p.links}
      centreName={p.centreName}
    >
      <Greeting locale={p.locale} name={p.recipientName} />
      <Text style={textStyle}>{fill(s.body[p.letterKind], { opportunity: p.opportunityTitle, centre: p.centreName })}</Text>
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
    </EmailLayout>
  );
}

LetterIssued.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  recipientName: "Niccolò Fabrizi-Gómez",
  letterKind: "INVITATION",
  url: "http://localhost:3000/requests/example",
  opportunityTitle: "Carbon-ion radiotherapy observership",
  centreName: "CNAO – National Centre for Oncological Hadrontherapy",
} satisfies LetterIssuedProps;

LetterIssued.subject = (p: LetterIssuedProps): string =>
  fill(emailStrings[p.locale]["letter-issued"].subject[p.letterKind], { centre: p.centreName });
