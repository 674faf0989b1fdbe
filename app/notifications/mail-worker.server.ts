/**
 * Sends the outbox (app/notifications/outbox.server.ts; decisions 0010 and 0012). Safe with several
 * workers and app instances: due rows are claimed with `FOR UPDATE SKIP LOCKED` and marked
 * SENDING with a lease (`lockedUntil`, which doubles as the claim's token). A worker that
 * dies mid-send loses its lease; after it runs out the row is claimed again and sent with
 * the same idempotency key and the same bytes, so Resend answers with the first mail's id
 * instead of sending a second one. A worker that finds its token changed (its lease ran
 * out and another took the row) writes nothing.
 *
 * Each claimed row, in order:
 * 1. the recipient's account was deleted, or its address is marked undeliverable (hard
 *    bounce, complaint) → SUPPRESSED;
 *    the kind is optional and switched off in the recipient's settings → SUPPRESSED;
 *    the recipient is a coordinator on the daily digest and the kind is a coordinator
 *    mail → DIGEST (the `email-digest` job gathers it, app/notifications/digest.server.ts);
 * 2. rendering (app/notifications/render.server.tsx) fails → FAILED ("render: …");
 * 3. no RESEND_API_KEY → HELD (kept for /dev/emails, development only);
 * 4. sent with the Resend SDK, which returns errors instead of throwing: an answer with
 *    `data.id` → SENT; otherwise app/notifications/retry.ts decides: temporary → PENDING
 *    after a backoff with jitter or the provider's retry-after, FAILED after MAX_ATTEMPTS;
 *    permanent (a 4xx such as a validation error) or conflicting → FAILED at once.
 * Secret links in the payload (SECRET_FIELDS) are blanked once a row is SENT, FAILED or
 * SUPPRESSED. None of this ever touches the change that wrote the row.
 */
import crypto from "node:crypto";
import { Resend } from "resend";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { scheduleDigest } from "./digest.server";
import { goesToDigest, isKindEnabled } from "./kinds";
import type { OutgoingMail } from "./render.server";
import { classifyFailure, describeFailure, MAX_ATTEMPTS, retryDelayMs, type SendFailure } from "./retry";
import { registerOutboxSender, SECRET_FIELDS, type EmailKind } from "./outbox.server";
import { getEnv } from "~/platform/env.server";

export { backoffMs, MAX_ATTEMPTS } from "./retry";

/** How long a claim lasts before another worker may take the row (renewed before each send). */
export const LEASE_MS = 2 * 60 * 1000;
/** The lease in force: MAIL_LEASE_SECONDS when set, else LEASE_MS (ms). */
const leaseMs = () => (getEnv().MAIL_LEASE_SECONDS ?? LEASE_MS / 1000) * 1000;
/** Passes one `processOutbox` call may chain while each claims a full batch (a backlog drains at once, boundedly). */
const MAX_PASSES = 50;
/** A send that has not answered by then counts as a network failure (and is retried). */
export const SEND_TIMEOUT_MS = 30 * 1000;

export interface OutboxRun {
  claimed: number;
  sent: number;
  held: number;
  retried: number;
  failed: number;
  suppressed: number;
  digested: number;
}

const emptyRun = (): OutboxRun => ({ claimed: 0, sent: 0, held: 0, retried: 0, failed: 0, suppressed: 0, digested: 0 });

/** The payload with its secret fields blanked (null). */
export function scrubPayload(kind: string, payload: Prisma.JsonValue): Prisma.InputJsonValue {
  const fields = (SECRET_FIELDS[kind as EmailKind] ?? []) as readonly string[];
  if (!fields.length || !payload || typeof payload !== "object" || Array.isArray(payload))
    return payload as Prisma.InputJsonValue;
  const copy: Record<string, unknown> = { ...payload };
  for (const f of fields) if (f in copy) copy[f] = null;
  return copy as Prisma.InputJsonValue;
}

/**
 * The Idempotency-Key sent to Resend: the notification's key, with `#<n>` after the n-th
 * re-send that followed a definite failure (Resend keeps keys for 24 hours and at most 256
 * characters; a longer one is replaced by its SHA-256).
 */
export function providerKey(n: { idempotencyKey: string; resends: number }): string {
  const key = n.resends > 0 ? `${n.idempotencyKey}#${n.resends}` : n.idempotencyKey;
  return key.length <= 256 ? key : `sha256:${crypto.createHash("sha256").update(key).digest("hex")}`;
}

interface Claim {
  id: string;
  lockedUntil: Date;
}

/** Claims up to `limit` due rows: PENDING ones whose time has come and SENDING ones whose lease ran out. */
export async function claimOutbox(limit: number): Promise<Claim[]> {
  return prisma.$queryRaw<Claim[]>`
    UPDATE "Notification" SET
      "status" = 'SENDING'::"NotificationStatus",
      "lockedUntil" = now() + (${leaseMs()} * interval '1 millisecond'),
      "attempts" = "attempts" + 1,
      "updatedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE ("status" = 'PENDING'::"NotificationStatus" AND "nextAttemptAt" <= now())
         OR ("status" = 'SENDING'::"NotificationStatus" AND "lockedUntil" < now())
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "lockedUntil"`;
}

const recipientSelect = {
  name: true,
  email: true,
  roles: true,
  digest: true,
  emailUndeliverableAt: true,
} satisfies Prisma.UserSelect;

async function handleClaim(resend: Resend | null, claim: Claim, run: OutboxRun): Promise<void> {
  const { id } = claim;
  let token = claim.lockedUntil;
  const n = await prisma.notification.findUnique({ where: { id } });
  if (!n || n.status !== "SENDING" || n.lockedUntil?.getTime() !== token.getTime()) return;
  /** Writes the outcome, only while this worker still holds the claim. */
  const finish = (
    data: Prisma.NotificationUpdateManyMutationInput,
    tx: Prisma.TransactionClient | typeof prisma = prisma,
  ) =>
    tx.notification.updateMany({
      where: { id, status: "SENDING", lockedUntil: token },
      data: { lockedUntil: null, ...data },
    });

  const user = n.userId
    ? await prisma.user.findUnique({
        where: { id: n.userId },
        select: { ...recipientSelect, notificationPrefs: { where: { kind: n.kind }, select: { enabled: true } } },
      })
    : null;

  if (n.userId && !user) {
    run.suppressed += 1;
    await finish({
      status: "SUPPRESSED",
      lastError: "suppressed: the account no longer exists",
      payload: scrubPayload(n.kind, n.payload),
    });
    return;
  }
  // The flag is about the account's stored address; only the confirmation of a new address goes elsewhere.
  const toOtherAddress = n.kind === "email-change" && user?.email !== n.toEmail;
  if (user?.emailUndeliverableAt && !toOtherAddress) {
    run.suppressed += 1;
    await finish({
      status: "SUPPRESSED",
      lastError: "suppressed: the address is marked undeliverable (a hard bounce or a complaint)",
      payload: scrubPayload(n.kind, n.payload),
    });
    return;
  }
  if (user && !isKindEnabled(n.kind, user.notificationPrefs[0]?.enabled)) {
    run.suppressed += 1;
    await finish({ status: "SUPPRESSED", lastError: "suppressed: switched off in the recipient's settings" });
    return;
  }
  const staff = user?.roles.includes("COORDINATOR") || user?.roles.includes("ADMIN");
  if (user?.digest && staff && goesToDigest(n.kind, n.payload)) {
    const moved = await prisma.$transaction(async (tx) => {
      const { count } = await finish({ status: "DIGEST", digestId: null, lastError: null }, tx);
      if (count) await scheduleDigest(tx, n.userId!);
      return count;
    });
    if (moved) run.digested += 1;
    return;
  }

  let mail: OutgoingMail;
  try {
    // Imported on the first mail (decision 0041): the templates and React Email stay out of
    // a process that sends none.
    const { buildMail } = await import("./render.server");
    mail = await buildMail({ ...n, recipientName: user?.name ?? null });
  } catch (error) {
    run.failed += 1;
    await finish({
      status: "FAILED",
      lastError: `render: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000),
      payload: scrubPayload(n.kind, n.payload),
    });
    console.warn(`mail: notification ${id} (${n.kind}) cannot be rendered`);
    return;
  }

  if (!resend) {
    run.held += 1;
    await finish({ status: "HELD" });
    return;
  }

  // Renew the lease (and check it is still ours) right before handing the mail over.
  const renewed = new Date(Date.now() + leaseMs());
  const { count: mine } = await prisma.notification.updateMany({
    where: { id, status: "SENDING", lockedUntil: token },
    data: { lockedUntil: renewed },
  });
  if (!mine) return;
  token = renewed;

  let result: { data: { id?: string } | null; error: SendFailure | null; headers?: Record<string, string> | null };
  try {
    result = await resend.emails.send(
      {
        from: getEnv().EMAIL_FROM,
        to: [n.toEmail],
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        ...(Object.keys(mail.headers).length ? { headers: mail.headers } : {}),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        ...(mail.attachments.length ? { attachments: mail.attachments } : {}),
        tags: [
          { name: "kind", value: n.kind.replace(/[^A-Za-z0-9_-]/g, "_") },
          { name: "notification", value: n.id.replace(/[^A-Za-z0-9_-]/g, "_") },
        ],
      },
      { idempotencyKey: providerKey(n), signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
    );
  } catch (error) {
    result = {
      data: null,
      error: {
        statusCode: null,
        name: "network_error",
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }

  const providerId = result.data?.id;
  if (!result.error && providerId) {
    run.sent += 1;
    await finish({
      status: "SENT",
      providerId,
      sentAt: new Date(),
      lastError: null,
      payload: scrubPayload(n.kind, n.payload),
    });
    return;
  }
  const error: SendFailure = result.error ?? {
    statusCode: 200,
    name: "missing_id",
    message: "Resend answered without an id",
  };
  const kind = classifyFailure(error);
  const described = describeFailure(error);
  if (kind === "temporary" && n.attempts < MAX_ATTEMPTS) {
    run.retried += 1;
    const delay = retryDelayMs(n.attempts, result.headers);
    await finish({
      status: "PENDING",
      nextAttemptAt: new Date(Date.now() + delay),
      lastError: `temporary: ${described}`.slice(0, 1000),
    });
  } else {
    run.failed += 1;
    const prefix =
      kind === "temporary" ? `gave up after ${n.attempts} attempts` : kind === "conflict" ? "conflict" : "permanent";
    await finish({
      status: "FAILED",
      lastError: `${prefix}: ${described}`.slice(0, 1000),
      payload: scrubPayload(n.kind, n.payload),
    });
  }
  console.warn(`mail: notification ${id} (${n.kind}) not sent: ${described}`);
}

/**
 * One pass of one worker: claims up to `limit` due rows (SKIP LOCKED, so passes in other
 * processes, or concurrent passes in this one, never take the same row) and handles each.
 * Tests use it to play several workers; the app calls `processOutbox`.
 */
export async function runOutboxPass({ limit = 20 }: { limit?: number } = {}): Promise<OutboxRun> {
  const run = emptyRun();
  const env = getEnv();
  const claims = await claimOutbox(limit);
  run.claimed = claims.length;
  const resend = env.RESEND_API_KEY ? new Resend(env.RESEND_API_KEY) : null;
  for (const claim of claims) {
    try {
      await handleClaim(resend, claim, run);
    } catch (error) {
      // The lease runs out and a later pass retries it.
      console.error(`mail: notification ${claim.id} errored:`, error);
    }
  }
  return run;
}

let running: Promise<OutboxRun> | null = null;
let again = false;

/**
 * Sends (or holds) up to `limit` due notifications. Concurrent calls in one process share
 * one run, followed by one more pass when a call arrived during it.
 * @returns counts of what happened.
 */
export async function processOutbox({ limit = 20 }: { limit?: number } = {}): Promise<OutboxRun> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      const result = await runOutboxPass({ limit });
      // A full batch means more may be due: keep going (a backlog of 500 mails no longer
      // waits 25 ticks), up to MAX_PASSES; a call that arrived meanwhile asks for one more.
      let passes = 1;
      let full = result.claimed === limit;
      while ((again || full) && passes < MAX_PASSES) {
        again = false;
        passes += 1;
        const next = await runOutboxPass({ limit });
        full = next.claimed === limit;
        for (const k of Object.keys(result) as (keyof OutboxRun)[]) result[k] += next[k];
      }
      return result;
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * Runs `processOutbox` every `intervalMs` (default 5 s) in this process. The app's job loop
 * (app/background.server.ts) already sends the outbox on each tick; this is for scripts.
 * @returns a function that stops the loop.
 */
export function startMailLoop(intervalMs = 5_000): () => void {
  const timer = setInterval(() => {
    processOutbox().catch((error: unknown) => console.error("mail: outbox pass failed:", error));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

registerOutboxSender(() => processOutbox());
