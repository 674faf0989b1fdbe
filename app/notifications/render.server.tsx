/**
 * Turns a notification into the mail that goes out: subject, HTML and plain text from its
 * React Email template (emails/<kind>.tsx) in the notification's language, the footer's
 * links (notification settings; one-click unsubscribe for optional kinds), the
 * `List-Unsubscribe` headers (RFC 2369, RFC 8058) and, for approvals, withdrawals and
 * cancellations, the stay as an iCalendar attachment (app/notifications/ics.server.ts).
 *
 * The result depends only on the notification (its payload, language, recipient, creation
 * time), never on the moment of rendering: every retry sends the same bytes under the same
 * idempotency key, which is what lets Resend recognise a repeat.
 *
 * `@react-email/render` is imported on the first mail (issue 15, decision 0041); the mail
 * worker imports this module itself on first use, so a web process that sends no mail loads
 * neither the renderer nor the templates.
 */
import type { ReactElement } from "react";
import type { MailLinks } from "../../emails/components/layout";
import AccountInactive from "../../emails/account-inactive";
import ApplicationInvitation from "../../emails/application-invitation";
import CollaborationAccepted from "../../emails/collaboration-accepted";
import HomeCentreConfirmed from "../../emails/home-centre-confirmed";
import HomeCentreRejected from "../../emails/home-centre-rejected";
import CollaborationDeclined from "../../emails/collaboration-declined";
import CollaborationInterest from "../../emails/collaboration-interest";
import CollaborationMessage from "../../emails/collaboration-message";
import ContactMessage from "../../emails/contact-message";
import Digest from "../../emails/digest";
import DocumentsRemoval from "../../emails/documents-removal";
import DocumentExpiring from "../../emails/document-expiring";
import RefereeInvitation from "../../emails/referee-invitation";
import RefereeReminder from "../../emails/referee-reminder";
import NewMatches from "../../emails/new-matches";
import EmailChange from "../../emails/email-change";
import EventCancelled from "../../emails/event-cancelled";
import EventMessage from "../../emails/event-message";
import EventPromoted from "../../emails/event-promoted";
import EventRegistered from "../../emails/event-registered";
import EmailChanged from "../../emails/email-changed";
import { asEmailLocale, type EmailLocale } from "../../emails/i18n";
import Invitation from "../../emails/invitation";
import LetterIssued from "../../emails/letter-issued";
import StayFeedback from "../../emails/stay-feedback";
import PasswordChanged from "../../emails/password-changed";
import RequestAnswered from "../../emails/request-answered";
import RequestApproved from "../../emails/request-approved";
import RequestAssigned from "../../emails/request-assigned";
import RequestCancelled from "../../emails/request-cancelled";
import RequestDeclined from "../../emails/request-declined";
import RequestExpired from "../../emails/request-expired";
import RequestInfoRequested from "../../emails/request-info-requested";
import RequestMessage from "../../emails/request-message";
import RequestNew from "../../emails/request-new";
import RequestReceived from "../../emails/request-received";
import RequestReminder from "../../emails/request-reminder";
import RequestWithdrawalConfirmed from "../../emails/request-withdrawal-confirmed";
import RequestWithdrawn from "../../emails/request-withdrawn";
import ResetPassword from "../../emails/reset-password";
import SignupAttempt from "../../emails/signup-attempt";
import VerifyEmail from "../../emails/verify-email";
import { appUrl, type EmailKind, type EmailPayloads } from "./outbox.server";
import { EVENT_KINDS, isOptionalKind, REQUEST_KINDS } from "./kinds";
import { eventsCalendar, stayCalendar } from "./ics.server";
import { unsubscribeUrl } from "./unsubscribe.server";

/** What the renderer adds to a payload. */
export interface RenderContext {
  links: MailLinks;
  /** The recipient's name for the greeting, when the mail's payload does not carry one. */
  recipientName?: string | null;
}

type Props<K extends EmailKind> = EmailPayloads[K] & RenderContext & { locale: EmailLocale };

/** A template module's default export: the component, its preview props and its subject line. */
export type EmailTemplate<P> = ((props: P) => ReactElement) & { PreviewProps: P; subject: (props: P) => string };

/** Every kind's template (one file each in emails/). */
export const templates: { [K in EmailKind]: EmailTemplate<Props<K>> } = {
  "verify-email": VerifyEmail,
  "reset-password": ResetPassword,
  invitation: Invitation,
  "signup-attempt": SignupAttempt,
  "password-changed": PasswordChanged,
  "email-change": EmailChange,
  "email-changed": EmailChanged,
  "request-received": RequestReceived,
  "request-new": RequestNew,
  "request-assigned": RequestAssigned,
  "request-info-requested": RequestInfoRequested,
  "request-answered": RequestAnswered,
  "request-message": RequestMessage,
  "request-approved": RequestApproved,
  "request-declined": RequestDeclined,
  "request-withdrawn": RequestWithdrawn,
  "request-withdrawal-confirmed": RequestWithdrawalConfirmed,
  "request-cancelled": RequestCancelled,
  "request-expired": RequestExpired,
  "request-reminder": RequestReminder,
  digest: Digest,
  "contact-message": ContactMessage,
  "documents-removal": DocumentsRemoval,
  "document-expiring": DocumentExpiring,
  "account-inactive": AccountInactive,
  "new-matches": NewMatches,
  "letter-issued": LetterIssued,
  "stay-feedback": StayFeedback,
  "event-registered": EventRegistered,
  "event-promoted": EventPromoted,
  "event-cancelled": EventCancelled,
  "event-message": EventMessage,
  "application-invitation": ApplicationInvitation,
  "collaboration-interest": CollaborationInterest,
  "collaboration-accepted": CollaborationAccepted,
  "collaboration-declined": CollaborationDeclined,
  "collaboration-message": CollaborationMessage,
  "home-centre-confirmed": HomeCentreConfirmed,
  "home-centre-rejected": HomeCentreRejected,
  "referee-invitation": RefereeInvitation,
  "referee-reminder": RefereeReminder,
};

export function isEmailKind(kind: string): kind is EmailKind {
  return Object.hasOwn(templates, kind);
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const REQUIRED_REQUEST_FIELDS = ["requestId", "url", "opportunityTitle", "centreName", "startDate", "endDate", "dueAt"];

/** @throws Error naming the first missing field of a request mail's payload. */
function checkPayload(kind: string, payload: unknown): void {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) throw new Error("payload is not an object");
  if (!(REQUEST_KINDS as readonly string[]).includes(kind)) return;
  const p = payload as Record<string, unknown>;
  for (const field of REQUIRED_REQUEST_FIELDS) {
    if (typeof p[field] !== "string" || !p[field]) throw new Error(`payload has no ${field}`);
  }
}

/** The default footer links: settings only (no unsubscribe). */
export function defaultLinks(): MailLinks {
  return { settings: appUrl("/account/notifications"), unsubscribe: null };
}

/**
 * Renders one mail.
 * @throws Error for an unknown kind or a payload the template cannot render.
 */
export async function renderEmail(
  kind: string,
  payload: unknown,
  localeValue: string,
  context: RenderContext = { links: defaultLinks() },
): Promise<RenderedEmail> {
  if (!isEmailKind(kind)) throw new Error(`unknown e-mail kind "${kind}"`);
  checkPayload(kind, payload);
  const locale = asEmailLocale(localeValue);
  const template = templates[kind] as unknown as EmailTemplate<Props<EmailKind>>;
  const props = {
    ...(payload as EmailPayloads[EmailKind]),
    links: context.links,
    recipientName: context.recipientName ?? null,
    locale,
  } as Props<EmailKind>;
  const element = template(props);
  const { render } = await import("@react-email/render");
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(props), html, text };
}

/** A file attached to a mail (the Resend SDK base64-encodes `content`). */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** Everything the worker hands to Resend besides sender, recipient and idempotency key. */
export interface OutgoingMail extends RenderedEmail {
  headers: Record<string, string>;
  /** Where replies go (the sender of a /contact message); null: nowhere (the default sender). */
  replyTo: string | null;
  attachments: MailAttachment[];
}

/** The notification fields a mail is built from. */
export interface MailSource {
  kind: string;
  payload: unknown;
  locale: string;
  userId: string | null;
  toEmail: string;
  createdAt: Date;
  /** The recipient's name (greeting, calendar attendee). */
  recipientName?: string | null;
}

/**
 * The stay of a request mail as an .ics attachment, when its payload asks for one
 * (`ics: "request"` → METHOD:REQUEST with SEQUENCE = version; `"cancel"` → METHOD:CANCEL).
 */
function calendarAttachment(source: MailSource): MailAttachment | null {
  if ((EVENT_KINDS as readonly string[]).includes(source.kind)) return eventAttachment(source);
  const p = source.payload as Partial<EmailPayloads["request-approved"]>;
  if (!(REQUEST_KINDS as readonly string[]).includes(source.kind) || (p.ics !== "request" && p.ics !== "cancel"))
    return null;
  const method = p.ics === "request" ? "REQUEST" : "CANCEL";
  const ics = stayCalendar(
    {
      id: p.requestId!,
      version: p.version ?? 0,
      startDate: p.startDate!,
      endDate: p.endDate!,
      title: p.opportunityTitle!,
      centreName: p.centreName!,
      url: p.url ?? null,
      attendee: { name: source.recipientName || source.toEmail, email: source.toEmail },
      stamp: source.createdAt,
    },
    { method },
  );
  return {
    filename: method === "REQUEST" ? "ponte-stay.ics" : "ponte-stay-cancelled.ics",
    content: Buffer.from(ics, "utf8"),
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  };
}

/**
 * An event mail's .ics (`ics: "request"` → METHOD:REQUEST, `"cancel"` → METHOD:CANCEL; UID
 * stable per event, SEQUENCE = the event's version), or null.
 */
function eventAttachment(source: MailSource): MailAttachment | null {
  const p = source.payload as Partial<EmailPayloads["event-registered"]>;
  if (p.ics !== "request" && p.ics !== "cancel") return null;
  const method = p.ics === "request" ? "REQUEST" : "CANCEL";
  const ics = eventsCalendar(
    [
      {
        id: p.eventId!,
        version: p.version ?? 0,
        title: p.title!,
        allDay: p.allDay === true,
        startsAt: new Date(p.startsAt!),
        endsAt: new Date(p.endsAt!),
        startDate: p.startDate ?? null,
        endDate: p.endDate ?? null,
        location: p.location ?? null,
        url: p.url ?? null,
        attendee: { name: source.recipientName || source.toEmail, email: source.toEmail },
        stamp: source.createdAt,
      },
    ],
    { method },
  );
  return {
    filename: method === "REQUEST" ? "ponte-event.ics" : "ponte-event-cancelled.ics",
    content: Buffer.from(ics, "utf8"),
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  };
}

/**
 * Builds the outgoing mail of a notification (see module docs).
 * @throws Error when the template cannot render the payload.
 */
export async function buildMail(source: MailSource): Promise<OutgoingMail> {
  const unsubscribe =
    source.userId && isOptionalKind(source.kind) ? await unsubscribeUrl(source.userId, source.kind) : null;
  const rendered = await renderEmail(source.kind, source.payload, source.locale, {
    links: { settings: appUrl("/account/notifications"), unsubscribe },
    recipientName: source.recipientName ?? null,
  });
  const headers: Record<string, string> = {};
  if (unsubscribe) {
    headers["List-Unsubscribe"] = `<${unsubscribe}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  const attachment = calendarAttachment(source);
  const replyTo =
    source.kind === "contact-message"
      ? (((source.payload as { email?: unknown }).email as string | undefined) ?? null)
      : null;
  return { ...rendered, headers, replyTo, attachments: attachment ? [attachment] : [] };
}
