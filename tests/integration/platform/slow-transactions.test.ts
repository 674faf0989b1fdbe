/**
 * Issue 12, `npm run test:resilience`: on a busy machine a request's transaction took longer
 * than Prisma's default 5 s and was rolled back with a 500. Ponte's client gives
 * interactive transactions 30 s (app/platform/db.server.ts, TRANSACTION_OPTIONS): one that
 * takes 6 s commits. (The PGlite adapter does not enforce the timeout: the PostgreSQL pass
 * is where this test fails without the setting.)
 */
import { describe, expect, it } from "vitest";
import { prisma, TRANSACTION_OPTIONS } from "~/platform/db.server";

describe("interactive transactions", () => {
  it("commit when they take longer than Prisma's default 5 s", async () => {
    expect(TRANSACTION_OPTIONS.timeout).toBeGreaterThanOrEqual(30_000);
    const key = `slow-transaction-${Date.now()}`;
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SELECT pg_sleep(6)");
      await tx.rateLimit.create({ data: { key, points: 1, expire: new Date(Date.now() + 60_000) } });
    });
    expect(await prisma.rateLimit.count({ where: { key } })).toBe(1);
  }, 60_000);
});
