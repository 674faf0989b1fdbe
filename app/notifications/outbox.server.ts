/**
 * Ponte's e-mail module, core of the transactional outbox (architecture.md "E-mail";
 * docs/decisions/0010-email-outbox-core.md).
 *
 * `enqueueEmail(tx, …)` writes a `Notification` row in the caller's transaction, so a mail
 * exists exactly when the change that causes it commits. The worker
 * (app/notifications/mail-worker.server.ts) renders the React Email template of its kind
 * (emails/<kind>.tsx) in the notification's language and sends it with the Resend SDK,
 * passing the row's idempotency key. Without RESEND_API_KEY mails are HELD and readable
 * at /dev/emails (development only).
 *
 * After the transaction commits, call `kickOutbox()` for an immediate best-effort attempt;
 * the periodic loop started by server.ts (`startMailLoop`) sends whatever that missed.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { RequestMailData } from "../../emails/components/request";
import type { EventMailData } from "../../emails/components/event";
import type { EventMessageData } from "../../emails/event-message";
import type { AccountInactiveProps } from "../../emails/account-inactive";
import type { ApplicationInvitationProps } from "../../emails/application-invitation";
import type { CollaborationMailProps } from "../../emails/components/collaboration";
import type { HomeCentreMailProps } from "../../emails/components/home-centre";
import type { ContactMessageProps } from "../../emails/contact-message";
import type { DigestProps } from "../../emails/digest";
import type { DocumentsRemovalProps } from "../../emails/documents-removal";
import type { DocumentExpiringProps } from "../../emails/document-expiring";
import type { NewMatchesProps } from "../../emails/new-matches";
import type { RefereeMailProps } from "../../emails/components/referee";
import type { EmailChangeProps } from "../../emails/email-change";
import type { EmailChangedProps } from "../../emails/email-changed";
import type { EmailLocale } from "../../emails/i18n";
import type { InvitationProps } from "../../emails/invitation";
import type { LetterIssuedProps } from "../../emails/letter-issued";
import type { StayFeedbackProps } from "../../emails/stay-feedback";
import type { PasswordChangedProps } from "../../emails/password-changed";
import type { ResetPasswordProps } from "../../emails/reset-password";
import type { SignupAttemptProps } from "../../emails/signup-attempt";
import type { VerifyEmailProps } from "../../emails/verify-email";
import { canonicalEmail } from "~/platform/email-address";
import { getEnv } from "~/platform/env.server";
import { singleton } from "~/platform/singleton.server";

/**
 * What every request e-mail carries (the templates pick what they show). Dates are
 * `YYYY-MM-DD` (inclusive), instants ISO 8601 UTC; texts are in the recipient's language.
 */
export interface RequestEmailPayload {
  requestId: string;
  eventId: string;
  /** `Request.version` after the move (iCalendar SEQUENCE). */
  version: number;
  /** Attach the stay as iCalendar: METHOD:REQUEST or METHOD:CANCEL (app/notifications/ics.server.ts). */
  ics: "request" | "cancel" | null;
  /** Link for the recipient: /requests/:id for the applicant, /inbox/:id for coordinators. */
  url: string;
  opportunityTitle: string;
  centreName: string;
  applicantName: string | null;
  startDate: string;
  endDate: string;
  cohortName: string | null;
  /** When the centre's response clock runs out. */
  dueAt: string;
  /** Decline or cancellation reason. */
  reason: string | null;
  /** The message, information request or answer, when the move wrote one. */
  messageBody: string | null;
  messageId: string | null;
}

/** What a template takes besides what the renderer adds (language, footer links, the recipient's name). */
type Payload<P> = Omit<P, "locale" | "links" | "recipientName">;

/** Each e-mail kind and the payload its template takes (emails/<kind>.tsx). */
export interface EmailPayloads {
  "verify-email": Payload<VerifyEmailProps>;
  "reset-password": Payload<ResetPasswordProps>;
  invitation: Payload<InvitationProps>;
  "signup-attempt": Payload<SignupAttemptProps>;
  "password-changed": Payload<PasswordChangedProps>;
  "email-change": Payload<EmailChangeProps>;
  "email-changed": Payload<EmailChangedProps>;
  "request-received": RequestMailData;
  "request-new": RequestMailData;
  "request-assigned": RequestMailData;
  "request-info-requested": RequestMailData;
  "request-answered": RequestMailData;
  "request-message": RequestMailData;
  "request-approved": RequestMailData;
  "request-declined": RequestMailData;
  "request-withdrawn": RequestMailData;
  "request-withdrawal-confirmed": RequestMailData;
  "request-cancelled": RequestMailData;
  "request-expired": RequestMailData;
  "request-reminder": RequestMailData;
  digest: Payload<DigestProps>;
  "contact-message": Payload<ContactMessageProps>;
  "documents-removal": Payload<DocumentsRemovalProps>;
  "new-matches": Payload<NewMatchesProps>;
  "letter-issued": Payload<LetterIssuedProps>;
  "stay-feedback": Payload<StayFeedbackProps>;
  "account-inactive": Payload<AccountInactiveProps>;
  "event-registered": EventMailData;
  "event-promoted": EventMailData;
  "event-cancelled": EventMailData;
  "event-message": EventMessageData;
  "application-invitation": Payload<ApplicationInvitationProps>;
  "document-expiring": Payload<DocumentExpiringProps>;
  "collaboration-interest": Payload<CollaborationMailProps>;
  "collaboration-accepted": Payload<CollaborationMailProps>;
  "collaboration-declined": Payload<CollaborationMailProps>;
  "collaboration-message": Payload<CollaborationMailProps>;
  "home-centre-confirmed": Payload<HomeCentreMailProps>;
  "home-centre-rejected": Payload<HomeCentreMailProps>;
  "referee-invitation": Payload<RefereeMailProps>;
  "referee-reminder": Payload<RefereeMailProps>;
}

/** Compile-time check: what the workflow writes (request-workflow.server.ts) is what the templates read. */
export type RequestPayloadFitsTemplates = RequestEmailPayload extends RequestMailData ? true : never;
const _requestPayloadFits: RequestPayloadFitsTemplates = true;
void _requestPayloadFits;

export type EmailKind = keyof EmailPayloads;

/**
 * Payload fields that carry a secret (a link with a token). They stay in the outbox only
 * until the provider accepted the mail (or it failed for good), then are blanked.
 */
export const SECRET_FIELDS: { [K in EmailKind]?: ReadonlyArray<keyof EmailPayloads[K]> } = {
  "verify-email": ["url"],
  "reset-password": ["url"],
  invitation: ["url"],
  "email-change": ["url"],
  "referee-invitation": ["url"],
  "referee-reminder": ["url"],
};

export interface EnqueueEmail<K extends EmailKind> {
  kind: K;
  /** The recipient's account, when there is one. */
  userId?: string | null;
  /** The stored (canonical) address, never what someone typed. */
  to: string;
  locale: EmailLocale | string;
  payload: EmailPayloads[K];
  /** Unique per intended mail (e.g. "verify-email:<tokenId>"); a repeat is ignored. Max 256 characters. */
  idempotencyKey: string;
}

/**
 * Writes one mail into the outbox inside `tx`. A second call with the same idempotency
 * key does nothing.
 * @throws Error when `to` is not in canonical form (a programming error: pass the stored address).
 */
export async function enqueueEmail<K extends EmailKind>(
  tx: Prisma.TransactionClient,
  mail: EnqueueEmail<K>,
): Promise<void> {
  if (canonicalEmail(mail.to) !== mail.to) throw new Error("enqueueEmail: `to` must be the stored canonical address");
  if (mail.idempotencyKey.length > 256) throw new Error("enqueueEmail: idempotency key longer than 256 characters");
  await tx.notification.createMany({
    data: [
      {
        kind: mail.kind,
        userId: mail.userId ?? null,
        toEmail: mail.to,
        locale: mail.locale === "it" ? "it" : "en",
        payload: mail.payload as unknown as Prisma.InputJsonValue,
        idempotencyKey: mail.idempotencyKey,
      },
    ],
    skipDuplicates: true,
  });
}

/** An absolute link on this site: `appUrl("/verify-email", {token})`. */
export function appUrl(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, `${getEnv().APP_ORIGIN}/`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

/** The function that sends pending mail now; the mail worker registers it when it loads. */
const outboxSender = singleton("outbox-sender", () => ({ send: null as null | (() => Promise<unknown>) }));

/**
 * Registers the function `kickOutbox` calls (app/notifications/mail-worker.server.ts does,
 * with `processOutbox`). Kept in a per-process singleton, so the Remix build's copy of this
 * module and server.ts's copy share it; this inversion keeps the outbox free of an import
 * circle with the worker that reads it.
 */
export function registerOutboxSender(send: () => Promise<unknown>): void {
  outboxSender.send = send;
}

/**
 * Asks the worker to send pending mail now, without waiting (call after the transaction
 * committed). Does nothing under NODE_ENV=test, where tests call `processOutbox()`, nor in a
 * process that has not loaded the mail worker: the periodic loop sends the mail then.
 */
export function kickOutbox(): void {
  if (process.env.NODE_ENV === "test") return;
  const send = outboxSender.send;
  if (!send) return;
  setImmediate(() => {
    send().catch((error: unknown) => console.error("mail: immediate send failed:", error));
  });
}
