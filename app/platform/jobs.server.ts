/**
 * Background jobs in PostgreSQL (the `Job` table), safe with several app instances:
 * workers claim due jobs with `FOR UPDATE SKIP LOCKED`, so each job runs once at a time
 * (docs/decisions/0005-jobs.md). Handlers must be idempotent: a job whose worker died is
 * claimed again after `STALE_AFTER_MS`.
 *
 * In-process by default (server.ts starts the loop unless JOBS_IN_PROCESS=0);
 * `npm run worker` runs the same loop alone.
 */
import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "./db.server";

export type JobHandler = (payload: Prisma.JsonValue, job: { id: string; attempts: number }) => Promise<void>;

/** A claimed job is considered abandoned after this long (ms) and may be claimed again. */
export const STALE_AFTER_MS = 5 * 60_000;
/** After this many attempts a failing job stays FAILED. */
export const MAX_ATTEMPTS = 8;

const handlers = new Map<string, JobHandler>();

/** Registers the code that runs jobs called `name` (once per process). */
export function registerJob(name: string, handler: JobHandler): void {
  handlers.set(name, handler);
}

type Tx = Prisma.TransactionClient | typeof prisma;

/**
 * Adds a job (inside the caller's transaction when `tx` is one). With `uniqueKey`, a
 * second job with the same key is not added while the first exists.
 * @returns true when a job was added.
 */
export async function enqueueJob(
  tx: Tx,
  { name, payload = {}, runAt = new Date(), uniqueKey }: { name: string; payload?: Prisma.InputJsonValue; runAt?: Date; uniqueKey?: string },
): Promise<boolean> {
  if (uniqueKey) {
    const rows = await tx.$executeRaw`
      INSERT INTO "Job" (id, name, "uniqueKey", payload, "runAt", "updatedAt")
      VALUES (${crypto.randomUUID()}, ${name}, ${uniqueKey}, ${JSON.stringify(payload)}::jsonb, ${runAt}, now())
      ON CONFLICT ("uniqueKey") DO NOTHING`;
    return rows > 0;
  }
  await tx.job.create({ data: { name, payload, runAt } });
  return true;
}

/**
 * Schedules the job with `uniqueKey` at `runAt`, replacing whatever job holds that key
 * (pending, failed, or running: a running one is re-armed, so the runner's final update no
 * longer matches it and it runs again at `runAt`). Use for jobs that follow a changing
 * instant, e.g. a request's expiry after its clock resumed.
 */
export async function upsertJob(
  tx: Tx,
  { name, payload = {}, runAt, uniqueKey }: { name: string; payload?: Prisma.InputJsonValue; runAt: Date; uniqueKey: string },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Job" (id, name, "uniqueKey", payload, "runAt", "updatedAt")
    VALUES (${crypto.randomUUID()}, ${name}, ${uniqueKey}, ${JSON.stringify(payload)}::jsonb, ${runAt}, now())
    ON CONFLICT ("uniqueKey") DO UPDATE SET
      name = EXCLUDED.name, payload = EXCLUDED.payload, "runAt" = EXCLUDED."runAt", status = 'PENDING',
      attempts = 0, "lastError" = NULL, "lockedAt" = NULL, "lockedBy" = NULL, "updatedAt" = now()`;
}

/** Removes the jobs holding these unique keys (done jobs no longer hold one). @returns how many. */
export async function cancelJobs(tx: Tx, uniqueKeys: readonly string[]): Promise<number> {
  if (!uniqueKeys.length) return 0;
  const { count } = await tx.job.deleteMany({ where: { uniqueKey: { in: [...uniqueKeys] } } });
  return count;
}

interface ClaimedJob {
  id: string;
  name: string;
  payload: Prisma.JsonValue;
  attempts: number;
}

/**
 * Claims up to `limit` due jobs for `workerId`: PENDING ones whose runAt has come, and
 * RUNNING ones abandoned for longer than STALE_AFTER_MS.
 */
export async function claimJobs(workerId: string, limit: number, now = new Date()): Promise<ClaimedJob[]> {
  const staleBefore = new Date(now.getTime() - STALE_AFTER_MS);
  return prisma.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET status = 'RUNNING', "lockedAt" = ${now}, "lockedBy" = ${workerId},
                     attempts = attempts + 1, "updatedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "Job"
      WHERE (status = 'PENDING' AND "runAt" <= ${now})
         OR (status = 'RUNNING' AND "lockedAt" < ${staleBefore})
      ORDER BY "runAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, name, payload, attempts`;
}

/** Backoff before attempt n+1: 30 s × 2^(n−1), at most 1 hour, ±20 % jitter. */
export function retryDelayMs(attempts: number, random = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Runs the due jobs once. A job with no registered handler, or whose handler throws, is
 * retried with backoff until MAX_ATTEMPTS, then FAILED with its error.
 * @returns how many jobs ran (succeeded or not).
 */
export async function runDueJobs({ workerId = defaultWorkerId, limit = 10, now = new Date() } = {}): Promise<number> {
  const jobs = await claimJobs(workerId, limit, now);
  for (const job of jobs) {
    const handler = handlers.get(job.name);
    try {
      if (!handler) throw new Error(`no handler registered for job "${job.name}"`);
      await handler(job.payload, { id: job.id, attempts: job.attempts });
      await prisma.job.updateMany({
        where: { id: job.id, lockedBy: workerId },
        data: { status: "DONE", lockedAt: null, lockedBy: null, lastError: null, uniqueKey: null },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = job.attempts >= MAX_ATTEMPTS;
      await prisma.job.updateMany({
        where: { id: job.id, lockedBy: workerId },
        data: {
          status: failed ? "FAILED" : "PENDING",
          runAt: new Date(Date.now() + retryDelayMs(job.attempts)),
          lockedAt: null,
          lockedBy: null,
          lastError: message.slice(0, 2_000),
        },
      });
      console.error(`job ${job.name} ${job.id} attempt ${job.attempts} failed: ${message}`);
    }
  }
  return jobs.length;
}

const defaultWorkerId = `${process.pid}-${crypto.randomUUID().slice(0, 8)}`;

export interface Ticker {
  /** Work done on every tick besides the queued jobs (e.g. sending the outbox). */
  name: string;
  run: () => Promise<unknown>;
}

/**
 * Runs `runDueJobs` and every ticker every `intervalMs` until the returned stop function
 * is called (which waits for the current tick). Errors are logged, never thrown.
 */
export function startJobLoop({ intervalMs = 5_000, tickers = [] as Ticker[] } = {}): () => Promise<void> {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      await runDueJobs();
    } catch (error) {
      console.error(`job loop: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const t of tickers) {
      try {
        await t.run();
      } catch (error) {
        console.error(`job loop: ${t.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  current = tick().finally(schedule);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await current;
  };
}
