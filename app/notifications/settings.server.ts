/**
 * Notifications as people manage them (docs/decisions/0012-notifications.md): a user's
 * e-mail settings (kinds switched off, the coordinators' daily digest, the language),
 * one-click unsubscribes, the address marked undeliverable after a hard bounce or a
 * complaint, the admins' view of the outbox with re-sending, and the provider's delivery
 * events (Resend webhooks).
 */
import type { NotificationStatus, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { EMAIL_KINDS, isEssentialKind, isKindEnabled, isOptionalKind, type MailKind } from "~/notifications/kinds";
import { isDefiniteFailure } from "~/notifications/retry";
import { SECRET_FIELDS, type EmailKind } from "~/notifications/outbox.server";
import { recordAudit } from "~/platform/audit.server";

// ─── A user's settings ──────────────────────────────────────────────────────

/** What /account/notifications shows. */
export async function getNotificationSettings(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      roles: true,
      locale: true,
      digest: true,
      emailUndeliverableAt: true,
      notificationPrefs: { select: { kind: true, enabled: true } },
    },
  });
  const stored = new Map(user.notificationPrefs.map((p) => [p.kind, p.enabled]));
  const off = EMAIL_KINDS.filter((kind) => isOptionalKind(kind) && !isKindEnabled(kind, stored.get(kind)));
  return {
    email: user.email,
    roles: user.roles,
    locale: user.locale,
    digest: user.digest,
    undeliverableAt: user.emailUndeliverableAt,
    disabledKinds: off,
  };
}

/**
 * Saves the settings form: every optional kind in `shown` is on when it is in `enabled`,
 * off otherwise (kinds not shown keep their setting; essential kinds are never stored);
 * `digest` only for coordinators and admins; the language for site and mail.
 */
export async function saveNotificationSettings(
  userId: string,
  input: { shown: readonly string[]; enabled: readonly string[]; digest: boolean | null; locale: "en" | "it" },
): Promise<void> {
  const enabled = new Set(input.enabled);
  const kinds = [...new Set(input.shown)].filter(isOptionalKind);
  await prisma.$transaction(async (tx) => {
    for (const kind of kinds) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, enabled: enabled.has(kind) },
        update: { enabled: enabled.has(kind) },
      });
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } });
    const staff = user.roles.includes("COORDINATOR") || user.roles.includes("ADMIN");
    await tx.user.update({
      where: { id: userId },
      data: { locale: input.locale, ...(staff && input.digest !== null ? { digest: input.digest } : {}) },
      select: { id: true },
    });
  });
}

/**
 * Switches one optional kind off for a user (the one-click unsubscribe).
 * @returns false when the user no longer exists or the kind is essential.
 */
export async function unsubscribeKind(userId: string, kind: MailKind): Promise<boolean> {
  if (isEssentialKind(kind)) return false;
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  await prisma.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, enabled: false },
    update: { enabled: false },
  });
  return true;
}

/** The owner says the address works again (e.g. their mailbox was full): mail to it resumes. */
export async function retryUndeliverableAddress(userId: string): Promise<void> {
  const { count } = await prisma.user.updateMany({
    where: { id: userId, emailUndeliverableAt: { not: null } },
    data: { emailUndeliverableAt: null },
  });
  if (count) await recordAudit({ actorId: userId, action: "user.email_retried", subject: userId });
}

// ─── The admins' view of the outbox ─────────────────────────────────────────

/** The newest notifications (at most `take`), optionally of one status and kind. */
export async function listOutbox({
  status,
  kind,
  take = 200,
}: {
  status?: NotificationStatus | null;
  kind?: string | null;
  take?: number;
}) {
  const where: Prisma.NotificationWhereInput = { ...(status ? { status } : {}), ...(kind ? { kind } : {}) };
  return prisma.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      kind: true,
      toEmail: true,
      locale: true,
      status: true,
      attempts: true,
      resends: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      deliveredAt: true,
      nextAttemptAt: true,
    },
  });
}

export type ResendOutcome = "queued" | "queued-new-key" | "not-failed" | "link-gone" | "not-found";

/**
 * Puts a FAILED notification back in the outbox (PENDING, attempts from zero). When its
 * last error shows the provider never accepted it (`isDefiniteFailure`), it goes out under
 * a new idempotency key (`resends` + 1); otherwise (a timeout, a network error, a conflict)
 * an earlier attempt may have been accepted, so it keeps its key and Resend answers a repeat
 * within 24 hours with the first mail instead of sending a second. A mail whose one-time
 * link was already blanked cannot be re-sent.
 */
export async function resendNotification(id: string, actorId: string): Promise<ResendOutcome> {
  const n = await prisma.notification.findUnique({
    where: { id },
    select: { id: true, kind: true, status: true, lastError: true, payload: true },
  });
  if (!n) return "not-found";
  if (n.status !== "FAILED") return "not-failed";
  const secrets = (SECRET_FIELDS[n.kind as EmailKind] ?? []) as readonly string[];
  const payload = (n.payload ?? {}) as Record<string, unknown>;
  if (secrets.some((f) => payload[f] === null || payload[f] === undefined)) return "link-gone";
  const newKey = isDefiniteFailure(n.lastError);
  const { count } = await prisma.notification.updateMany({
    where: { id, status: "FAILED" },
    data: {
      status: "PENDING",
      attempts: 0,
      nextAttemptAt: new Date(),
      lockedUntil: null,
      lastError: `re-sent by an administrator after: ${n.lastError ?? "an unknown error"}`.slice(0, 1000),
      ...(newKey ? { resends: { increment: 1 } } : {}),
    },
  });
  if (!count) return "not-failed";
  await recordAudit({ actorId, action: "email.resent", subject: id, data: { kind: n.kind, newKey } });
  return newKey ? "queued-new-key" : "queued";
}

// ─── Delivery events from the provider ──────────────────────────────────────

/** A verified Resend webhook event, reduced to what Ponte uses. */
export interface ProviderEvent {
  /** The webhook message id (svix-id): one event, however often it is delivered. */
  id: string;
  type: string;
  /** When the event happened (the payload's `created_at`). */
  at: Date;
  /** Resend's email id (`data.email_id`). */
  emailId: string | null;
  /** Ponte's notification id, from the mail's `notification` tag. */
  notificationId: string | null;
  bounce?: { type: string; subType: string; message: string } | null;
  /** email.failed's reason, email.suppressed's message. */
  reason?: string | null;
}

export type EventOutcome = "applied" | "duplicate" | "ignored" | "unknown-email";

const FINAL_BAD: NotificationStatus[] = ["BOUNCED", "COMPLAINED", "FAILED", "SUPPRESSED"];

/** Marks the address of a notification's recipient undeliverable, if it is still their address. */
async function markUndeliverable(
  tx: Prisma.TransactionClient,
  n: { userId: string | null; toEmail: string },
  at: Date,
): Promise<void> {
  await tx.user.updateMany({
    where: { ...(n.userId ? { id: n.userId } : {}), email: n.toEmail, emailUndeliverableAt: null },
    data: { emailUndeliverableAt: at },
  });
}

/**
 * Applies one provider event, once (the event id is recorded in the same transaction):
 * - `email.delivered` → DELIVERED with `deliveredAt` (never over a bounce, complaint or failure);
 * - `email.bounced` with bounce type "Permanent" (a hard bounce) → BOUNCED and the address
 *   undeliverable; any other bounce type (soft) is only noted in `lastError`;
 * - `email.complained` → COMPLAINED and the address undeliverable;
 * - `email.suppressed` (Resend's own suppression list) → SUPPRESSED and the address undeliverable;
 * - `email.failed` → FAILED ("provider: …", so a re-send uses a new key);
 * - anything else is ignored.
 */
export async function applyProviderEvent(event: ProviderEvent): Promise<EventOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookEvent.createMany({
      data: [{ id: event.id, type: event.type }],
      skipDuplicates: true,
    });
    if (!count) return "duplicate";
    const handled = ["email.delivered", "email.bounced", "email.complained", "email.suppressed", "email.failed"];
    if (!handled.includes(event.type)) return "ignored";

    const select = {
      id: true,
      status: true,
      userId: true,
      toEmail: true,
      providerId: true,
      deliveredAt: true,
    } as const;
    let n = event.emailId ? await tx.notification.findFirst({ where: { providerId: event.emailId }, select }) : null;
    if (!n && event.notificationId) {
      n = await tx.notification.findFirst({
        where: { id: event.notificationId, OR: [{ providerId: null }, { providerId: event.emailId }] },
        select,
      });
    }
    if (!n) return "unknown-email";
    const base = { ...(n.providerId || !event.emailId ? {} : { providerId: event.emailId }) };
    const update = (data: Prisma.NotificationUpdateInput) =>
      tx.notification.update({ where: { id: n.id }, data: { ...base, ...data }, select: { id: true } });

    switch (event.type) {
      case "email.delivered":
        if (FINAL_BAD.includes(n.status)) await update({ deliveredAt: n.deliveredAt ?? event.at });
        else await update({ status: "DELIVERED", deliveredAt: event.at, lockedUntil: null });
        break;
      case "email.bounced": {
        const b = event.bounce;
        const detail = `${b?.type ?? "?"}/${b?.subType ?? "?"}: ${b?.message ?? ""}`.slice(0, 900);
        if ((b?.type ?? "").toLowerCase() === "permanent") {
          await update({ status: "BOUNCED", lastError: `bounced: ${detail}`, lockedUntil: null });
          await markUndeliverable(tx, n, event.at);
        } else {
          await update({ lastError: `soft bounce: ${detail}` });
        }
        break;
      }
      case "email.complained":
        await update({
          status: "COMPLAINED",
          lastError: "complained: the recipient reported this e-mail as spam",
          lockedUntil: null,
        });
        await markUndeliverable(tx, n, event.at);
        break;
      case "email.suppressed":
        await update({
          status: "SUPPRESSED",
          lastError: `suppressed by the provider: ${event.reason ?? ""}`.slice(0, 1000),
          lockedUntil: null,
        });
        await markUndeliverable(tx, n, event.at);
        break;
      case "email.failed":
        await update({
          status: "FAILED",
          lastError: `provider: ${event.reason ?? "failed"}`.slice(0, 1000),
          lockedUntil: null,
        });
        break;
    }
    return "applied";
  });
}
