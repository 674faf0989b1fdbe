/** Sent when an admin invites an address to coordinate a centre. */
import { Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { emailStrings, fill, type EmailLocale } from "./i18n";

export interface InvitationProps {
  locale: EmailLocale;
  links: MailLinks;
  /** The centre's name in the e-mail's language. */
  centreName: string;
  inviterName: string | null;
  /** The /invitations/accept?token=… link. */
  url: string;
}

export default function Invitation({ locale, links, centreName, inviterName, url }: InvitationProps) {
  const s = emailStrings[locale].invitation;
  const body = inviterName
    ? fill(s.bodyBy, { inviter: inviterName, centre: centreName })
    : fill(s.body, { centre: centreName });
  return (
    <EmailLayout locale={locale} preview={s.preview} why={emailStrings[locale].common.why.invitation} links={links} centreName={centreName}>
      <Greeting locale={locale} />
      <Text style={textStyle}>{body}</Text>
      <ActionLink locale={locale} url={url} label={s.button} />
      <Text style={mutedStyle}>{s.expiry}</Text>
      <Text style={mutedStyle}>{s.ignore}</Text>
    </EmailLayout>
  );
}

Invitation.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
  centreName: "CNAO – National Centre for Oncological Hadrontherapy",
  inviterName: "Giulia Bianchi",
  url: "http://localhost:3000/invitations/accept?token=examplexampleexampleexampleexa",
} satisfies InvitationProps;

Invitation.subject = (p: InvitationProps): string => fill(emailStrings[p.locale].invitation.subject, { centre: p.centreName });
