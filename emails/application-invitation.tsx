/**
 * A centre's invitation to apply (app/matching/application-invitation.server.ts): a
 * coordinator saw the applicant among the suggested applicants of one of their opportunities
 * and invites them to send a request, optionally with a personal note. Only to applicants who
 * agreed to be suggested to centres; optional (it carries the one-click unsubscribe link).
 */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS, textStyle } from "./components/layout";
import { Quote } from "./components/request";
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface ApplicationInvitationProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  /** Absolute link to the opportunity's public page (/opportunities/:id). */
  url: string;
  /** Title and centre in the recipient's language. */
  opportunityTitle: string;
  centreName: string;
  /** The coordinator who invited (their account name). */
  coordinatorName: string;
  /** Their personal note, or null. */
  message: string | null;
}

function vars(p: ApplicationInvitationProps) {
  return { opportunity: p.opportunityTitle, centre: p.centreName, coordinator: p.coordinatorName };
}

export default function ApplicationInvitation(p: ApplicationInvitationProps) {
  const s = emailStrings[p.locale]["application-invitation"];
  const v = vars(p);
  return (
    <EmailLayout
      locale={p.locale}
      preview={fill(s.preview, v)}
      why={emailStrings[p.locale].common.why.suggested}
      links={p.links}
      centreName={p.centreName}
    >
      <Greeting locale={p.locale} name={p.recipientName} />
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      {p.message ? (
        <>
          <Text style={textStyle}>{fill(s.note, v)}</Text>
          <Quote>{p.message}</Quote>
        </>
      ) : null}
      <Text style={textStyle}>{s.next}</Text>
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
    </EmailLayout>
  );
}

ApplicationInvitation.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS,
  recipientName: "Ana Sousa",
  url: "http://localhost:3000/opportunities/example",
  opportunityTitle: "Observership in carbon-ion radiotherapy",
  centreName: "Fondazione CNAO",
  coordinatorName: "Chiara Conti",
  message: "Your work on head-and-neck planning would fit our spring cohort well; we would be glad to host you.",
} satisfies ApplicationInvitationProps;

ApplicationInvitation.subject = (p: ApplicationInvitationProps): string =>
  fill(emailStrings[p.locale]["application-invitation"].subject, vars(p));
