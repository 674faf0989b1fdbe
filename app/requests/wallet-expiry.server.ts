/**
 * The wallet's expiry reminders (issue 16 part 1): once per document and expiry date, the
 * applicant is e-mailed when a wallet document's `expiresOn` (inclusive, UTC) falls within
 * `EXPIRY_REMINDER_DAYS` (30) days from today, or is today. One mail per person and run lists
 * every document that came due; a document already past its date when first seen (added
 * expired, or the job did not run) is not announced, the wallet page shows it as expired.
 *
 * `WalletDocument.expiryReminderSentAt` records the reminder in the same transaction as the
 * outbox row; changing the expiry date clears it (wallet.server.ts `replaceWalletDocument`),
 * so a renewed document is reminded again before its new date. The job `wallet-expiry` runs
 * at start-up, then daily at 06:00 UTC. The mail kind `document-expiring` is optional (on by
 * default); a person who switched it off still has the documents marked, so switching it on
 * later does not flood them with past reminders.
 */
import { addDays } from "~/platform/calendar";
import { dateFromIso, isoFromDate, todayIso } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { getFixedT } from "~/platform/i18n.server";
import { enqueueJob, registerJob } from "~/platform/jobs.server";
import { appUrl, enqueueEmail, kickOutbox } from "~/notifications/outbox.server";
import { EXPIRY_REMINDER_DAYS, WALLET_MAX } from "./wallet";

export const WALLET_EXPIRY_JOB = "wallet-expiry";

/** What one run did: documents marked and mails written. */
export interface ExpiryRun {
  documents: number;
  mails: number;
}

/**
 * Writes the reminders that are due at `now` (see module docs). Idempotent: a document is
 * reminded once per expiry date, and the mail's idempotency key is per person and day.
 */
export async function sendExpiryReminders(now: Date = new Date()): Promise<ExpiryRun> {
  const today = todayIso(now);
  const due = await prisma.walletDocument.findMany({
    where: {
      expiryReminderSentAt: null,
      expiresOn: { gte: dateFromIso(today), lte: dateFromIso(addDays(today, EXPIRY_REMINDER_DAYS)) },
    },
    select: { ownerId: true },
    distinct: ["ownerId"],
    orderBy: { ownerId: "asc" },
  });
  const run: ExpiryRun = { documents: 0, mails: 0 };
  for (const { ownerId } of due) {
    const owner = await prisma.user.findUnique({
      where: { id: ownerId },
      select: { id: true, email: true, locale: true },
    });
    if (!owner) continue;
    const language = owner.locale === "it" ? "it" : "en";
    const t = await getFixedT(language, "requests");
    await prisma
      .$transaction(async (tx) => {
        const docs = await tx.walletDocument.findMany({
          where: {
            ownerId,
            expiryReminderSentAt: null,
            expiresOn: { gte: dateFromIso(today), lte: dateFromIso(addDays(today, EXPIRY_REMINDER_DAYS)) },
          },
          select: { id: true, type: true, name: true, expiresOn: true },
          orderBy: [{ expiresOn: "asc" }, { type: "asc" }],
          take: WALLET_MAX,
        });
        if (!docs.length) return;
        // Marked only while still unmarked: a concurrent run that got here first wins.
        const marked = await tx.walletDocument.updateMany({
          where: { id: { in: docs.map((d) => d.id) }, expiryReminderSentAt: null },
          data: { expiryReminderSentAt: now },
        });
        if (marked.count !== docs.length) throw new ConcurrentRun();
        await enqueueEmail(tx, {
          kind: "document-expiring",
          userId: owner.id,
          to: owner.email,
          locale: language,
          payload: {
            url: appUrl("/profile/documents"),
            documents: docs.map((d) => ({
              label: d.type === "OTHER" && d.name ? d.name : t(`wallet.types.${d.type}`),
              expiresOn: isoFromDate(d.expiresOn!),
            })),
          },
          idempotencyKey: `document-expiring:${owner.id}:${today}`,
        });
        run.documents += docs.length;
        run.mails += 1;
      })
      .catch((error: unknown) => {
        if (!(error instanceof ConcurrentRun)) throw error;
      });
  }
  if (run.mails) kickOutbox();
  return run;
}

/** Another run marked some of these documents first: this transaction is rolled back. */
class ConcurrentRun extends Error {}

/** The next daily run: tomorrow at 06:00 UTC. */
function nextRunAt(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 6));
}

/** Schedules a run of the reminders at `runAt` (at most one per day). */
export async function scheduleExpiryReminders(runAt: Date = new Date()): Promise<boolean> {
  return enqueueJob(prisma, {
    name: WALLET_EXPIRY_JOB,
    uniqueKey: `${WALLET_EXPIRY_JOB}:${runAt.toISOString().slice(0, 10)}`,
    runAt,
  });
}

/** Registers the daily job: it writes the due reminders, then schedules the next day's run. */
export function registerExpiryRemindersJob(now: () => Date = () => new Date()): void {
  registerJob(WALLET_EXPIRY_JOB, async () => {
    const at = now();
    await sendExpiryReminders(at);
    await scheduleExpiryReminders(nextRunAt(at));
  });
}
