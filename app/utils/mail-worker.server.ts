/**
 * Sends the outbox (app/utils/email.server.ts). Safe with several app instances: rows are
 * claimed with `FOR UPDATE SKIP LOCKED` and marked SENDING with a lease; a lease that runs
 * out (the process died mid-send) is claimed again, and Resend's idempotency key keeps
 * that from sending the mail twice.
 *
 * Outcomes per row (the notifications issue will extend this):
 * - no RESEND_API_KEY → HELD (kept for /dev/emails);
 * - the recipient's address is marked undeliverable → SUPPRESSED;
 * - Resend answered with an id → SENT (secret links in the payload are then blanked);
 * - network error, 429, 5xx, or 409 "concurrent idempotent request" → PENDING again after
 *   a backoff (30 s doubling, at most 1 hour, or the `retry-after` the provider asked for);
 *   after 8 attempts → FAILED;
 * - any other 4xx (invalid address, invalid idempotent request…) or a template error →
 *   FAILED at once.
 */
import { Resend } from "resend";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "./db.server";
import { renderEmail } from "./email-render.server";
import { SECRET_FIELDS, type EmailKind } from "./email.server";
import { getEnv } from "./env.server";

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60 * 1000;
const BASE_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 60 * 60 * 1000;

/** Backoff before attempt `attempts + 1`: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_MS);
}

export interface OutboxRun {
  claimed: number;
  sent: number;
  held: number;
  retried: number;
  failed: number;
  suppressed: number;
}

/** The payload with its secret fields blanked (null). */
export function scrubPayload(kind: string, payload: Prisma.JsonValue): Prisma.InputJsonValue {
  const fields = (SECRET_FIELDS[kind as EmailKind] ?? []) as readonly string[];
  if (!fields.length || !payload || typeof payload !== "object" || Array.isArray(payload))
    return payload as Prisma.InputJsonValue;
  const copy: Record<string, unknown> = { ...payload };
  for (const f of fields) if (f in copy) copy[f] = null;
  return copy as Prisma.InputJsonValue;
}

type SendError = { statusCode?: number | null; name?: string; message?: string };

function isTransient(error: SendError): boolean {
  const status = error.statusCode ?? null;
  if (status === null) return true;
  if (status === 429 || status >= 500) return true;
  return status === 409 && error.name === "concurrent_idempotent_requests";
}

function retryAfterMs(headers: Record<string, string> | null | undefined): number | null {
  const value = headers?.["retry-after"];
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 1) * 1000, MAX_DELAY_MS);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.min(Math.max(date - Date.now(), 1000), MAX_DELAY_MS) : null;
}

async function claim(limit: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET
      "status" = 'SENDING'::"NotificationStatus",
      "lockedUntil" = now() + (${LEASE_MS} * interval '1 millisecond'),
      "attempts" = "attempts" + 1,
      "updatedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE ("status" = 'PENDING'::"NotificationStatus" AND "nextAttemptAt" <= now())
         OR ("status" = 'SENDING'::"NotificationStatus" AND "lockedUntil" < now())
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((r) => r.id);
}

async function sendOne(resend: Resend, id: string, run: OutboxRun): Promise<void> {
  const n = await prisma.notification.findUniqueOrThrow({ where: { id } });
  const finish = (data: Prisma.NotificationUpdateManyMutationInput) =>
    prisma.notification.updateMany({ where: { id, status: "SENDING" }, data: { lockedUntil: null, ...data } });

  if (n.userId) {
    const user = await prisma.user.findUnique({ where: { id: n.userId }, select: { emailUndeliverableAt: true } });
    if (user?.emailUndeliverableAt) {
      run.suppressed += 1;
      await finish({ status: "SUPPRESSED", payload: scrubPayload(n.kind, n.payload) });
      return;
    }
  }

  let rendered;
  try {
    rendered = await renderEmail(n.kind, n.payload, n.locale);
  } catch (error) {
    run.failed += 1;
    await finish({
      status: "FAILED",
      lastError: `render: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000),
      payload: scrubPayload(n.kind, n.payload),
    });
    return;
  }

  const result = await resend.emails.send(
    {
      from: getEnv().EMAIL_FROM,
      to: [n.toEmail],
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      tags: [{ name: "kind", value: n.kind.replace(/[^A-Za-z0-9_-]/g, "_") }],
    },
    { idempotencyKey: n.idempotencyKey },
  );
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
  const error: SendError = result.error ?? { statusCode: null, name: "missing_id", message: "Resend returned no id" };
  const lastError = `${error.statusCode ?? "no-status"} ${error.name ?? ""}: ${error.message ?? ""}`.slice(0, 1000);
  if (isTransient(error) && n.attempts < MAX_ATTEMPTS) {
    run.retried += 1;
    const headers = (result as { headers?: Record<string, string> | null }).headers;
    const delay = retryAfterMs(headers) ?? backoffMs(n.attempts);
    await finish({ status: "PENDING", nextAttemptAt: new Date(Date.now() + delay), lastError });
  } else {
    run.failed += 1;
    await finish({ status: "FAILED", lastError, payload: scrubPayload(n.kind, n.payload) });
  }
  console.warn(`mail: notification ${id} (${n.kind}) not sent: ${lastError}`);
}

let running: Promise<OutboxRun> | null = null;
let again = false;

async function runOnce(limit: number): Promise<OutboxRun> {
  const run: OutboxRun = { claimed: 0, sent: 0, held: 0, retried: 0, failed: 0, suppressed: 0 };
  const env = getEnv();
  if (!env.RESEND_API_KEY) {
    const { count } = await prisma.notification.updateMany({
      where: { status: "PENDING", nextAttemptAt: { lte: new Date() } },
      data: { status: "HELD" },
    });
    run.held = count;
    return run;
  }
  const ids = await claim(limit);
  run.claimed = ids.length;
  const resend = new Resend(env.RESEND_API_KEY);
  for (const id of ids) {
    try {
      await sendOne(resend, id, run);
    } catch (error) {
      // The lease runs out and another pass retries it.
      console.error(`mail: notification ${id} errored:`, error);
    }
  }
  return run;
}

/**
 * Sends (or holds) up to `limit` due notifications. Concurrent calls in one process share
 * one run, followed by one more pass when a call arrived during it.
 * @returns counts of what happened in this pass.
 */
export async function processOutbox({ limit = 20 }: { limit?: number } = {}): Promise<OutboxRun> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      let result = await runOnce(limit);
      while (again) {
        again = false;
        const next = await runOnce(limit);
        result = Object.fromEntries(
          Object.entries(result).map(([k, v]) => [k, v + next[k as keyof OutboxRun]]),
        ) as unknown as OutboxRun;
      }
      return result;
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * Runs `processOutbox` every `intervalMs` (default 5 s) in this process, for
 * JOBS_IN_PROCESS=1 (server.ts). @returns a function that stops the loop.
 */
export function startMailLoop(intervalMs = 5_000): () => void {
  const timer = setInterval(() => {
    processOutbox().catch((error: unknown) => console.error("mail: outbox pass failed:", error));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
