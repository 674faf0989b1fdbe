/** The job runner: claiming is exclusive, failures back off, unique keys dedupe, stale claims return. */
import { describe, expect, it } from "vitest";
import { claimJobs, enqueueJob, registerJob, retryDelayMs, runDueJobs, STALE_AFTER_MS } from "~/platform/jobs.server";
import { prisma } from "~/platform/db.server";

describe("jobs", () => {
  it("runs a due job once and marks it done", async () => {
    const seen: unknown[] = [];
    registerJob("test.echo", async (payload) => {
      seen.push(payload);
    });
    await enqueueJob(prisma, { name: "test.echo", payload: { n: 1 } });
    await enqueueJob(prisma, { name: "test.echo", payload: { n: 2 }, runAt: new Date(Date.now() + 60_000) });
    expect(await runDueJobs()).toBe(1);
    expect(await runDueJobs()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await prisma.job.count({ where: { status: "DONE" } })).toBe(1);
  });

  it("never gives one job to two workers", async () => {
    for (let i = 0; i < 20; i++) await enqueueJob(prisma, { name: "test.noop", payload: { i } });
    const [a, b] = await Promise.all([claimJobs("worker-a", 15), claimJobs("worker-b", 15)]);
    const ids = [...a, ...b].map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(20);
  });

  it("retries a failing job later with backoff, keeping its error", async () => {
    (globalThis as { __expectConsoleError?: () => void }).__expectConsoleError?.();
    registerJob("test.fail", async () => {
      throw new Error("provider down");
    });
    await enqueueJob(prisma, { name: "test.fail" });
    const before = Date.now();
    await runDueJobs();
    const job = await prisma.job.findFirstOrThrow({ where: { name: "test.fail" } });
    expect(job.status).toBe("PENDING");
    expect(job.attempts).toBe(1);
    expect(job.lastError).toBe("provider down");
    expect(job.runAt.getTime()).toBeGreaterThanOrEqual(before + 20_000);
  });

  it("adds one job per unique key", async () => {
    expect(await enqueueJob(prisma, { name: "test.noop", uniqueKey: "sweep:2027-01-01T10:00" })).toBe(true);
    expect(await enqueueJob(prisma, { name: "test.noop", uniqueKey: "sweep:2027-01-01T10:00" })).toBe(false);
    expect(await prisma.job.count()).toBe(1);
  });

  it("claims again a job whose worker vanished", async () => {
    await enqueueJob(prisma, { name: "test.noop" });
    const [first] = await claimJobs("dead-worker", 1);
    expect(await claimJobs("live-worker", 1)).toHaveLength(0);
    const later = new Date(Date.now() + STALE_AFTER_MS + 1_000);
    const [again] = await claimJobs("live-worker", 1, later);
    expect(again.id).toBe(first.id);
    expect(again.attempts).toBe(2);
  });

  it("backs off exponentially with jitter, capped at an hour", () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(120_000);
    expect(retryDelayMs(30, () => 0.5)).toBe(3_600_000);
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
  });
});
