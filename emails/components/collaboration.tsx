/**
 * What the partner-search mails share (issue 19 part 3): their props and one layout. The
 * mails name people only by their account name; contact details are never in them (the
 * thread page shows them once the proposer has accepted).
 */
import { Text } from "@react-email/components";
import type { ReactNode } from "react";
import { ActionLink, EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS, textStyle } from "./layout";
import { Quote } from "./request";
import { emailStrings, type EmailLocale } from "../i18n";

export interface CollaborationMailProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  /** Absolute link: the proposal, its interests page or the thread. */
  url: string;
  proposalTitle: string;
  /** The other person (the interested person, or the proposer), by account name. */
  otherName: string;
  /** The message quoted (the expression of interest or the thread message), or null. */
  message: string | null;
}

/** The shared frame: greeting, `children`, the quoted message and the button labelled `button`. */
export function CollaborationMail({
  p,
  preview,
  button,
  children,
}: {
  p: CollaborationMailProps;
  preview: string;
  button: string;
  children: ReactNode;
}) {
  return (
    <EmailLayout locale={p.locale} preview={preview} why={emailStrings[p.locale].common.why.collaboration} links={p.links}>
      <Greeting locale={p.locale} name={p.recipientName} />
      {children}
      {p.message ? <Quote>{p.message}</Quote> : null}
      <ActionLink locale={p.locale} url={p.url} label={button} />
    </EmailLayout>
  );
}

export const PREVIEW_COLLABORATION: CollaborationMailProps = {
  locale: "en",
  links: PREVIEW_LINKS,
  recipientName: "Ana Sousa",
  url: "http://localhost:3000/collaborations/example",
  proposalTitle: "Multicentre registry of carbon-ion re-irradiation",
  otherName: "Chiara Conti",
  message: "Our unit treats about forty such patients a year and could contribute data.",
};

/** `{{title}}` and `{{name}}` for the strings. */
export function collaborationVars(p: CollaborationMailProps) {
  return { title: p.proposalTitle, name: p.otherName };
}

export { Text, textStyle };
