/**
 * Every kind of e-mail Ponte sends, and the rules that depend on the kind alone
 * (docs/decisions/0012-notifications.md). Pure: shared by the mail worker, the preferences
 * page and the unsubscribe links.
 *
 * - Essential kinds (account mails and the centre's decisions) are always sent: they cannot
 *   be switched off and carry no unsubscribe link.
 * - Every other kind can be switched off in /account/notifications or with the one-click
 *   unsubscribe link (RFC 8058) of one of its mails.
 * - Coordinators who chose the daily digest get the coordinator kinds gathered into one
 *   "digest" mail instead of one mail each.
 */
import type { NotificationStatus } from "~/generated/prisma/enums";

export const ACCOUNT_KINDS = [
  "verify-email",
  "reset-password",
  "invitation",
  "signup-attempt",
  "password-changed",
  "email-change",
  "email-changed",
] as const;

/** The request workflow's kinds: the state machine's moves name them (app/requests/transitions.ts `NOTIFICATION_KINDS`). */
export const REQUEST_KINDS = [
  "request-received",
  "request-new",
  "request-assigned",
  "request-info-requested",
  "request-answered",
  "request-message",
  "request-approved",
  "request-declined",
  "request-withdrawn",
  "request-withdrawal-confirmed",
  "request-cancelled",
  "request-expired",
  "request-reminder",
] as const;

/**
 * What the service itself must tell people (always sent): a /contact message to the
 * operators, the notice before the retention job deletes documents, and the warning before
 * an idle account is anonymised (decision 0023).
 */
export const SERVICE_KINDS = ["contact-message", "documents-removal", "account-inactive"] as const;

/** Letters issued for a request (invitation letter, certificate; decision 0030): always sent. */
export const LETTER_KINDS = ["letter-issued"] as const;

/**
 * Kinds a person must ask for (off until they switch them on): the weekly alert of new
 * matches (decision 0028).
 */
export const OPT_IN_KINDS = ["new-matches"] as const;

/**
 * Events (issue 18): the answer to a registration, a place from the waiting list, and the
 * organisers' cancellation. Always sent: each confirms or undoes something the person holds.
 */
export const EVENT_KINDS = ["event-registered", "event-promoted", "event-cancelled"] as const;

/**
 * The organisers' message to everyone registered or waiting for an event (issue 18 part 3):
 * optional, like request messages (on by default; the person may switch it off).
 */
export const EVENT_MESSAGE_KINDS = ["event-message"] as const;

/**
 * A centre's invitation to apply, sent to an applicant who agreed to be suggested to centres
 * (Profile.suggestToCentres is the consent): on by default, and the applicant may switch it off.
 */
export const SUGGESTION_KINDS = ["application-invitation"] as const;

/**
 * The applicant's document wallet (issue 16): the reminder 30 days before a document's expiry
 * date. On by default; the applicant may switch it off.
 */
export const WALLET_KINDS = ["document-expiring"] as const;

/**
 * The joint research partner search (issue 19 part 3): a new expression of interest (to the
 * proposer) and a new message in the thread after acceptance (to the other party) are
 * optional, like request messages; the proposer's answer (accepted, declined) is a decision
 * about something the person holds and is always sent.
 */
/**
 * Recommendation letters (issue 16 part 2; decision 0037): the invitation to a referee, who
 * has no account, with the single-use upload link, and the one reminder. Always sent: the
 * applicant asked for them, and there is no account whose settings could switch them off.
 */
export const REFEREE_KINDS = ["referee-invitation", "referee-reminder"] as const;

export const COLLABORATION_KINDS = [
  "collaboration-interest",
  "collaboration-accepted",
  "collaboration-declined",
  "collaboration-message",
] as const;

/**
 * The answer of a home centre's coordinator to a person who named it as their home centre
 * (issue 19 part 2, decision 0035). Always sent: a decision about the person's profile.
 */
export const HOME_CENTRE_KINDS = ["home-centre-confirmed", "home-centre-rejected"] as const;

/**
 * After a coordinator confirms attendance (issue 16, part 5): the request for the visitor's
 * feedback on the stay. On by default; the applicant may switch it off.
 */
export const FEEDBACK_KINDS = ["stay-feedback"] as const;

export const EMAIL_KINDS = [
  ...ACCOUNT_KINDS,
  ...REQUEST_KINDS,
  "digest",
  ...SERVICE_KINDS,
  ...LETTER_KINDS,
  ...OPT_IN_KINDS,
  ...EVENT_KINDS,
  ...EVENT_MESSAGE_KINDS,
  ...SUGGESTION_KINDS,
  ...WALLET_KINDS,
  ...COLLABORATION_KINDS,
  ...HOME_CENTRE_KINDS,
  ...REFEREE_KINDS,
  ...FEEDBACK_KINDS,
] as const;

/** A kind of e-mail (`Notification.kind`, `NotificationPreference.kind`). */
export type MailKind = (typeof EMAIL_KINDS)[number];

/** The centre's decisions about a request: always sent, like the account mails. */
export const DECISION_KINDS = [
  "request-approved",
  "request-declined",
  "request-withdrawal-confirmed",
  "request-cancelled",
  "request-expired",
] as const satisfies readonly MailKind[];

const ESSENTIAL = new Set<string>([
  ...ACCOUNT_KINDS,
  ...DECISION_KINDS,
  ...SERVICE_KINDS,
  ...LETTER_KINDS,
  ...EVENT_KINDS,
  ...REFEREE_KINDS,
  "collaboration-accepted",
  "collaboration-declined",
  ...HOME_CENTRE_KINDS,
]);

/**
 * Mails an applicant receives (for the preferences page): about their own requests, new
 * matches, centres' invitations, and the optional mails of the partner search.
 */
export const APPLICANT_KINDS = [
  "request-received",
  "request-info-requested",
  "request-message",
  "request-approved",
  "request-declined",
  "request-withdrawal-confirmed",
  "request-cancelled",
  "request-expired",
  "new-matches",
  "application-invitation",
  "document-expiring",
  "collaboration-interest",
  "collaboration-message",
  "event-message",
  "stay-feedback",
] as const satisfies readonly MailKind[];

/**
 * Optional mails that can reach any signed-in user whatever their role: the partner search
 * (anyone may publish a proposal or express interest) and the organisers' message to an
 * event's registrants (anyone may register). The settings page lists them for everyone, so a
 * coordinator-only account can switch them off too.
 */
export const EVERYONE_KINDS = [
  "collaboration-interest",
  "collaboration-message",
  "event-message",
] as const satisfies readonly MailKind[];

/** Mails a coordinator receives about their centres' requests; none is essential. */
export const COORDINATOR_KINDS = [
  "request-new",
  "request-assigned",
  "request-answered",
  "request-message",
  "request-withdrawn",
  "request-reminder",
] as const satisfies readonly MailKind[];

export function isMailKind(value: unknown): value is MailKind {
  return typeof value === "string" && (EMAIL_KINDS as readonly string[]).includes(value);
}

/** True for account and decision mails, which are always sent. */
export function isEssentialKind(kind: string): boolean {
  return ESSENTIAL.has(kind);
}

/** True for kinds a person may switch off (and that carry an unsubscribe link). */
export function isOptionalKind(kind: string): kind is MailKind {
  return isMailKind(kind) && !ESSENTIAL.has(kind);
}

/** True for kinds that are off until the person switches them on. */
export function isOptInKind(kind: string): boolean {
  return (OPT_IN_KINDS as readonly string[]).includes(kind);
}

/**
 * True when a person with this stored preference (`enabled`, undefined when none) gets mails
 * of this kind: essential kinds always, opt-in kinds only when switched on, the rest unless
 * switched off.
 */
export function isKindEnabled(kind: string, enabled: boolean | undefined): boolean {
  if (!isOptionalKind(kind)) return true;
  return isOptInKind(kind) ? enabled === true : enabled !== false;
}

/**
 * Who a mail of this kind speaks to. `request-message` goes both ways: the payload's link
 * says which (/inbox/… for coordinators, /requests/… for the applicant).
 */
export function audienceOf(kind: string, payload?: unknown): "account" | "applicant" | "coordinator" {
  if (kind === "request-message") {
    const url = payload && typeof payload === "object" ? (payload as { url?: unknown }).url : undefined;
    return typeof url === "string" && /\/inbox\//.test(url) ? "coordinator" : "applicant";
  }
  if ((COORDINATOR_KINDS as readonly string[]).includes(kind) || kind === "digest") return "coordinator";
  if ((APPLICANT_KINDS as readonly string[]).includes(kind)) return "applicant";
  return "account";
}

/** True when a digest user gets this mail in the daily digest instead of on its own. */
export function goesToDigest(kind: string, payload?: unknown): boolean {
  return (COORDINATOR_KINDS as readonly string[]).includes(kind) && audienceOf(kind, payload) === "coordinator";
}

/** The digest is sent once a day at this hour, UTC (08:00 in Italy in winter, 09:00 in summer). */
export const DIGEST_HOUR_UTC = 7;

/** The instant of the next digest after `now`: today at DIGEST_HOUR_UTC, or tomorrow. */
export function nextDigestAt(now: Date): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** Every outbox status (the Prisma enum NotificationStatus), for filters. */
export const NOTIFICATION_STATUSES = [
  "PENDING",
  "SENDING",
  "SENT",
  "DELIVERED",
  "FAILED",
  "HELD",
  "SUPPRESSED",
  "BOUNCED",
  "COMPLAINED",
  "DIGEST",
] as const satisfies readonly NotificationStatus[];

export function isNotificationStatus(value: unknown): value is NotificationStatus {
  return typeof value === "string" && (NOTIFICATION_STATUSES as readonly string[]).includes(value);
}
