/**
 * Rate limits shared through PostgreSQL (atomic under concurrency, windows that end) and
 * the demo accounts' seeding rules.
 */
import { describe, expect, it } from "vitest";
import { centres as catalogue } from "../../../prisma/data/catalogue";
import {
  DEMO_ADMIN,
  DEMO_APPLICANT,
  DEMO_PASSWORD,
  demoCoordinatorEmail,
  seedDemoAccounts,
} from "../../../prisma/seed-demo";
import { prisma } from "~/platform/db.server";
import { getEnv } from "~/platform/env.server";
import { verifyPassword } from "~/accounts/password.server";
import { consumeRateLimits, LIMITS, resetRateLimit } from "~/accounts/rate-limit.server";

describe("rate limits", () => {
  it("count every concurrent attempt exactly once", async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () => consumeRateLimits([["login:account", "racer@example.org"]])),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(LIMITS["login:account"].points);
    const row = await prisma.rateLimit.findFirstOrThrow();
    expect(row.points).toBe(25);
    expect(row.key).not.toContain("racer"); // subjects are hashed
  });

  it("open again when the window ends, and can be reset", async () => {
    for (let i = 0; i < 10; i++) await consumeRateLimits([["login:account", "anna@example.org"]]);
    const limited = await consumeRateLimits([["login:account", "anna@example.org"]]);
    expect(limited.ok).toBe(false);
    if (!limited.ok) expect(limited.retryAfterSeconds).toBeGreaterThan(800);
    await prisma.rateLimit.updateMany({ data: { expire: new Date(Date.now() - 1) } });
    expect((await consumeRateLimits([["login:account", "anna@example.org"]])).ok).toBe(true);
    expect((await prisma.rateLimit.findFirstOrThrow()).points).toBe(1);
    await resetRateLimit("login:account", "anna@example.org");
    expect(await prisma.rateLimit.count()).toBe(0);
  });

  it("keeps each limit and subject apart", async () => {
    for (let i = 0; i < 3; i++) await consumeRateLimits([["signup:account", "a@example.org"]]);
    expect((await consumeRateLimits([["signup:account", "a@example.org"]])).ok).toBe(false);
    expect((await consumeRateLimits([["signup:account", "b@example.org"]])).ok).toBe(true);
    expect((await consumeRateLimits([["reset-mail:account", "a@example.org"]])).ok).toBe(true);
  });
});

describe("demo accounts", () => {
  it("exist only in demo mode: on by default for the embedded database only, PONTE_DEMO decides", () => {
    const env = (vars: Record<string, string>) => getEnv({ NODE_ENV: "test", ...vars } as unknown as NodeJS.ProcessEnv);
    const server = "postgresql://postgres@127.0.0.1:5432/ponte";
    expect(env({}).demo).toBe(true);
    expect(env({ DATABASE_URL: server }).demo).toBe(false);
    expect(env({ DATABASE_URL: server, PONTE_DEMO: "1" }).demo).toBe(true);
    expect(env({ PONTE_DEMO: "0" }).demo).toBe(false);
    expect(() => env({ PONTE_DEMO: "yes" })).toThrow(/PONTE_DEMO: must be "1" \(on\) or "0" \(off\)/);
  });

  it("seeds an admin, one coordinator per seeded centre, an applicant and a researcher, idempotently", async () => {
    const first = await seedDemoAccounts(prisma);
    expect(first.created).toBe(catalogue.length + 3);
    expect((await seedDemoAccounts(prisma)).created).toBe(0);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN } });
    expect(admin.roles).toEqual(["ADMIN"]);
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
    const applicant = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_APPLICANT } });
    expect(applicant.roles).toEqual(["APPLICANT"]);
    expect(applicant.emailVerifiedAt).not.toBeNull();
    const cnao = await prisma.user.findUniqueOrThrow({
      where: { email: demoCoordinatorEmail("cnao") },
      include: { coordinatorOf: { include: { centre: true } } },
    });
    expect(cnao.coordinatorOf.map((c) => c.centre.slug)).toEqual(["cnao"]);
    expect(await prisma.centreCoordinator.count()).toBe(catalogue.length);
  });
});
