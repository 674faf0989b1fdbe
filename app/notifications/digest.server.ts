/**
 * The coordinators' daily digest (docs/decisions/0012-notifications.md).
 *
 * A coordinator who chose it (`User.digest`) gets their coordinator mails (new request,
 * assigned, answered, message, withdrawn, reminder) gathered instead of one by one: the mail
 * worker marks such a notification DIGEST and schedules the job `email-digest` with the
 * unique key `digest:<userId>:<YYYY-MM-DD>` at the next DIGEST_HOUR_UTC. The job writes one
 * "digest" notification with every waiting item (in one transaction, the items then point
 * at it through `digestId`), and the outbox sends it like any other mail.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { DigestItem } from "../../emails/digest";
import { prisma } from "~/platform/db.server";
import { enqueueEmail, kickOutbox } from "./outbox.server";
import { isOptionalKind, nextDigestAt } from "./kinds";
import { enqueueJob, registerJob } from "~/platform/jobs.server";

export const DIGEST_JOB = "email-digest";

type Tx = Prisma.TransactionClient;

/**
 * Schedules the user's next digest (once per user and day: a second call with the same
 * day does nothing). @returns the instant it runs.
 */
export async function scheduleDigest(tx: Tx | typeof prisma, userId: string, now: Date = new Date()): Promise<Date> {
  const runAt = nextDigestAt(now);
  const date = runAt.toISOString().slice(0, 10);
  await enqueueJob(tx, { name: DIGEST_JOB, uniqueKey: `digest:${userId}:${date}`, runAt, payload: { userId, date } });
  return runAt;
}

const EXCERPT = 200;

function excerpt(text: unknown): string | null {
  if (typeof text !== "string" || !text.trim()) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function itemOf(kind: string, payload: Prisma.JsonValue, at: Date): DigestItem | null {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return null;
  const p = payload as Record<string, unknown>;
  const str = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : null);
  const url = str("url");
  const title = str("opportunityTitle");
  const startDate = str("startDate");
  const endDate = str("endDate");
  if (!url || !title || !startDate || !endDate) return null;
  return {
    kind: kind as DigestItem["kind"],
    url,
    opportunityTitle: title,
    centreName: str("centreName") ?? "",
    applicantName: str("applicantName"),
    startDate,
    endDate,
    excerpt: excerpt(p.messageBody),
    at: at.toISOString(),
  };
}

/**
 * Writes one user's digest from their waiting (DIGEST) notifications; items whose kind
 * the user has switched off since are SUPPRESSED instead. Idempotent: a re-run of the same
 * job finds the items already taken (or writes the same idempotency key, which is ignored).
 * @returns the number of items in the digest (0: nothing written).
 */
export async function writeDigest(userId: string, date: string, jobId: string): Promise<number> {
  const count = await prisma.$transaction(async (tx) => {
    const waiting = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Notification"
      WHERE "userId" = ${userId} AND "status" = 'DIGEST'::"NotificationStatus" AND "digestId" IS NULL
      ORDER BY "createdAt", "id"
      FOR UPDATE`;
    if (!waiting.length) return 0;
    const ids = waiting.map((w) => w.id);
    const rows = await tx.notification.findMany({
      where: { id: { in: ids } },
      select: { id: true, kind: true, payload: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { name: true, email: true, locale: true, notificationPrefs: { select: { kind: true, enabled: true } } },
    });
    const off = new Set(user?.notificationPrefs.filter((p) => !p.enabled).map((p) => p.kind) ?? []);
    const items: DigestItem[] = [];
    const taken: string[] = [];
    const dropped: string[] = [];
    for (const row of rows) {
      const item = user && !(off.has(row.kind) && isOptionalKind(row.kind)) ? itemOf(row.kind, row.payload, row.createdAt) : null;
      if (item) {
        items.push(item);
        taken.push(row.id);
      } else dropped.push(row.id);
    }
    if (dropped.length) {
      await tx.notification.updateMany({
        where: { id: { in: dropped } },
        data: { status: "SUPPRESSED", lastError: "suppressed: switched off before the digest was written" },
      });
    }
    if (!user || !items.length) return 0;
    const key = `digest:${userId}:${date}:${jobId}`;
    await enqueueEmail(tx, {
      kind: "digest",
      userId,
      to: user.email,
      locale: user.locale ?? "en",
      payload: { name: user.name, date, items },
      idempotencyKey: key,
    });
    const digest = await tx.notification.findUniqueOrThrow({ where: { idempotencyKey: key }, select: { id: true } });
    await tx.notification.updateMany({ where: { id: { in: taken } }, data: { digestId: digest.id } });
    return items.length;
  });
  if (count) kickOutbox();
  return count;
}

function digestPayload(payload: Prisma.JsonValue): { userId: string; date: string } | null {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return null;
  const { userId, date } = payload as { userId?: unknown; date?: unknown };
  if (typeof userId !== "string" || userId.length > 64) return null;
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return { userId, date };
}

/** Registers the `email-digest` job's handler in this process (idempotent). */
export function registerDigestJob(): void {
  registerJob(DIGEST_JOB, async (payload, job) => {
    const parsed = digestPayload(payload);
    if (!parsed) return; // malformed: nothing to do, never retried
    await writeDigest(parsed.userId, parsed.date, job.id);
  });
}
