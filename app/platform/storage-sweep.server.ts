/**
 * Removes orphaned uploads: stored objects that no `StoredFile` row names. Callers write
 * the bytes before their transaction and delete them when it fails (e.g.
 * app/requests/request.server.ts), but a process killed in between leaves the bytes behind.
 * Objects younger than a grace period are kept: their transaction may still be running.
 * Runs as the `storage-sweep` job (app/background.server.ts), every SWEEP_EVERY_MS.
 */
import { prisma } from "./db.server";
import { enqueueJob, registerJob, upsertJob } from "./jobs.server";
import { getStorage, type FileStorage } from "./storage.server";

/** Objects written less than this long ago (ms, 24 h) are never removed. */
export const ORPHAN_GRACE_MS = 24 * 3_600_000;
/** How often the sweep runs (ms, 6 h). */
export const SWEEP_EVERY_MS = 6 * 3_600_000;
export const STORAGE_SWEEP_JOB = "storage-sweep";
const UNIQUE_KEY = "storage-sweep";
const BATCH = 500;

/**
 * One pass over the store: every object older than `graceMs` (by its last write, against
 * `now`) with no StoredFile row is deleted.
 * @returns how many objects were listed and how many removed.
 * @throws the store's or the database's error; objects removed before it stay removed.
 */
export async function sweepOrphanedFiles({
  storage = getStorage(),
  now = new Date(),
  graceMs = ORPHAN_GRACE_MS,
}: { storage?: FileStorage; now?: Date; graceMs?: number } = {}): Promise<{ listed: number; removed: number }> {
  const cutoff = now.getTime() - graceMs;
  let listed = 0;
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const rows = await prisma.storedFile.findMany({
      where: { storageKey: { in: batch } },
      select: { storageKey: true },
    });
    const known = new Set(rows.map((r) => r.storageKey));
    for (const key of batch) {
      if (known.has(key)) continue;
      await storage.delete(key);
      removed += 1;
    }
    batch = [];
  };
  for await (const object of storage.list()) {
    listed += 1;
    if (object.lastModified.getTime() >= cutoff) continue;
    batch.push(object.key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { listed, removed };
}

/**
 * Registers the sweep's handler. After each run (failed or not) it schedules the next one
 * SWEEP_EVERY_MS later under the same unique key, so exactly one sweep is ever pending; a
 * failure is logged by the job runner and retried at the next run.
 */
export function registerStorageSweepJob(now: () => Date = () => new Date()): void {
  registerJob(STORAGE_SWEEP_JOB, async () => {
    try {
      const { removed } = await sweepOrphanedFiles({ now: now() });
      if (removed) console.info(`storage sweep: removed ${removed} orphaned file(s)`);
    } finally {
      await upsertJob(prisma, {
        name: STORAGE_SWEEP_JOB,
        uniqueKey: UNIQUE_KEY,
        runAt: new Date(now().getTime() + SWEEP_EVERY_MS),
      });
    }
  });
}

/** Adds the first sweep, due now, unless one is already scheduled. @returns true when added. */
export function scheduleStorageSweep(runAt: Date = new Date()): Promise<boolean> {
  return enqueueJob(prisma, { name: STORAGE_SWEEP_JOB, uniqueKey: UNIQUE_KEY, runAt });
}
