/**
 * Ponte's background work, in ONE loop (decision 0005): the job runner
 * (app/platform/jobs.server.ts) runs the request jobs and the e-mail digest
 * (app/notifications/digest.server.ts) and, on every tick, sends the e-mail outbox.
 * server.ts starts it in the web process unless JOBS_IN_PROCESS=0; `npm run worker`
 * (scripts/worker.ts) runs it alone.
 *
 * Request jobs (payload `{requestId}`), scheduled by the workflow (app/requests/apply.server.ts):
 * - `request-remind`: the reminder to the coordinators at half the response time;
 * - `request-expire`: expiry when the response clock has run out;
 * - `request-complete`: completion the day after an approved stay ends.
 * And `storage-sweep` (app/platform/storage-sweep.server.ts): orphaned uploads removed every
 * few hours; the loop schedules the first run when it starts.
 *
 * Each request job applies a SYSTEM move from the request's current status. They are idempotent: a move
 * the table refuses because the request changed meanwhile (decided, paused, already
 * reminded…) is simply nothing to do. A move not yet due (the clock moved) re-arms the job
 * at the new instant.
 *
 * `catalogue-roll-examples` (app/catalogue/example-dates.server.ts) moves the passed dates of
 * the EXAMPLE opportunities to their next yearly occurrence: once at start-up, then daily.
 *
 * `retention-sweep` (app/requests/retention.server.ts) applies the retention rules of
 * app/platform/legal-config.ts: documents of ended requests, idle accounts; at start-up, then daily.
 *
 * `match-alerts` (app/matching/alerts.server.ts) writes the weekly alerts of new matches to
 * the applicants who asked for them (at most one per applicant and ISO week); at start-up, then daily.
 *
 * `wallet-expiry` (app/requests/wallet-expiry.server.ts) reminds applicants 30 days before a
 * wallet document expires (once per document and date); at start-up, then daily.
 *
 * `referee-reminders` (app/requests/referees.server.ts) reminds each referee who has not
 * uploaded their recommendation letter, once (decision 0037); at start-up, then daily.
 */
import { performSystemMove } from "~/requests/workflow.server";
import { registerJob, startJobLoop, upsertJob, type JobHandler } from "~/platform/jobs.server";
import { prisma } from "~/platform/db.server";
import { registerDigestJob } from "~/notifications/digest.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { clockFromRow } from "~/requests/clock";
import { registerStorageSweepJob, scheduleStorageSweep } from "~/platform/storage-sweep.server";
import { registerExampleRollJob, scheduleExampleRoll } from "~/catalogue/example-dates.server";
import { registerRetentionJob, scheduleRetention } from "~/requests/retention.server";
import { registerMatchAlertsJob, scheduleMatchAlerts } from "~/matching/alerts.server";
import { registerExpiryRemindersJob, scheduleExpiryReminders } from "~/requests/wallet-expiry.server";
import { registerRefereeRemindersJob, scheduleRefereeReminders } from "~/requests/referees.server";

const REQUEST_JOBS = {
  "request-remind": "remind",
  "request-expire": "expire",
  "request-complete": "complete",
} as const;

export type RequestJobName = keyof typeof REQUEST_JOBS;

function requestIdOf(payload: unknown): string | null {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return null;
  const id = (payload as { requestId?: unknown }).requestId;
  return typeof id === "string" && id.length <= 64 ? id : null;
}

/** The handler of one request job; `now` is injectable for tests. */
export function requestJobHandler(name: RequestJobName, now: () => Date = () => new Date()): JobHandler {
  const action = REQUEST_JOBS[name];
  return async (payload) => {
    const requestId = requestIdOf(payload);
    if (!requestId) return; // malformed: nothing to do, never retried
    const at = now();
    const result = await performSystemMove(requestId, action, at);
    if (result.ok || result.code !== "not-due") return;
    // The clock moved since the job was scheduled: run again when it is really due.
    const row = await prisma.request.findUnique({
      where: { id: requestId },
      select: {
        dueAt: true,
        pausedAt: true,
        opportunity: { select: { centre: { select: { responseTimeDays: true } } } },
      },
    });
    if (!row || row.pausedAt) return;
    const clock = clockFromRow(row, row.opportunity.centre.responseTimeDays, at);
    const runAt = action === "remind" ? clock.reminderAt : clock.dueAt;
    await upsertJob(prisma, { name, uniqueKey: `${action}:${requestId}`, runAt, payload: { requestId } });
  };
}

/**
 * Registers every job handler in this process (idempotent): the request jobs, the
 * coordinators' e-mail digest, the sweep of orphaned uploads and the examples' daily
 * roll-forward.
 */
export function registerBackgroundJobs({ now }: { now?: () => Date } = {}): void {
  for (const name of Object.keys(REQUEST_JOBS) as RequestJobName[]) registerJob(name, requestJobHandler(name, now));
  registerDigestJob();
  registerStorageSweepJob(now);
  registerExampleRollJob(now);
  registerRetentionJob(now);
  registerMatchAlertsJob(now);
  registerExpiryRemindersJob(now);
  registerRefereeRemindersJob(now);
}

/**
 * Registers the handlers and starts the one loop: due jobs, then the e-mail outbox, every
 * `intervalMs`. @returns a function that stops the loop (waiting for the current tick).
 */
export function startBackgroundWork({ intervalMs = 5_000 }: { intervalMs?: number } = {}): () => Promise<void> {
  registerBackgroundJobs();
  // The examples' dates are brought up to date at start-up; the job then re-arms itself daily.
  scheduleExampleRoll().catch((error: unknown) =>
    console.error("Could not schedule the examples' roll-forward:", error),
  );
  scheduleRetention().catch((error: unknown) => console.error("Could not schedule the retention sweep:", error));
  scheduleMatchAlerts().catch((error: unknown) => console.error("Could not schedule the match alerts:", error));
  scheduleExpiryReminders().catch((error: unknown) =>
    console.error("Could not schedule the wallet's expiry reminders:", error),
  );
  scheduleRefereeReminders().catch((error: unknown) =>
    console.error("Could not schedule the referees' reminders:", error),
  );
  let sweepScheduled = false;
  const scheduleSweepOnce = async () => {
    if (sweepScheduled) return;
    await scheduleStorageSweep();
    sweepScheduled = true;
  };
  return startJobLoop({
    intervalMs,
    tickers: [
      { name: "storage sweep schedule", run: scheduleSweepOnce },
      { name: "mail outbox", run: () => processOutbox() },
    ],
  });
}
