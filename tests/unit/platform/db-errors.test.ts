/**
 * isDatabaseUnavailable (app/platform/db-errors.server.ts) on the errors the real libraries
 * throw: Prisma with @prisma/adapter-pg against a port where no PostgreSQL listens, the pg
 * pool when every connection is taken, and PostgreSQL's own "terminating connection due to
 * administrator command" (a restart); and not on the errors a bad request causes.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { describe, expect, it } from "vitest";
// A client of its own, aimed at a port where no PostgreSQL listens (the app's client is not).
// eslint-disable-next-line no-restricted-imports
import { PrismaClient } from "~/generated/prisma/client";
import { isDatabaseUnavailable } from "~/platform/db-errors.server";

const POSTGRES = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's error when no PostgreSQL listens", async () => {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://postgres@127.0.0.1:1/none",
        connectionTimeoutMillis: 2_000,
      }),
    });
    const error = await caught(() => prisma.user.count());
    await prisma.$disconnect().catch(() => {});
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises the pool's wait running out", async () => {
    const pool = new pg.Pool({ connectionString: POSTGRES, max: 1, connectionTimeoutMillis: 100 });
    const held = await pool.connect().catch(() => null);
    if (!held) return; // no PostgreSQL on this machine: nothing to exhaust
    const error = await caught(() => pool.connect());
    held.release();
    await pool.end();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises a server shutting down, wrapped by the adapter", () => {
    const error = new DriverAdapterError({
      kind: "postgres",
      code: "57P01",
      severity: "FATAL",
      message: "terminating connection due to administrator command",
      detail: undefined,
      column: undefined,
      hint: undefined,
    });
    expect(isDatabaseUnavailable(new Error("Database error", { cause: error }))).toBe(true);
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind: "DatabaseNotReachable" }))).toBe(true);
    // Prisma 7's shape during a PostgreSQL restart (seen in test:resilience): code P2039,
    // the adapter's error under meta.
    const prismaError = Object.assign(new Error("Database error. Code: `57P01`."), {
      code: "P2039",
      meta: { modelName: "Centre", driverAdapterError: error },
    });
    expect(isDatabaseUnavailable(prismaError)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(
      true,
    );
  });

  it("does not take a bad request for an outage", () => {
    expect(
      isDatabaseUnavailable(
        new DriverAdapterError({ kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } }),
      ),
    ).toBe(false);
    const invalidText = new DriverAdapterError({
      kind: "postgres",
      code: "22021",
      severity: "ERROR",
      message: "invalid byte sequence",
      detail: undefined,
      column: undefined,
      hint: undefined,
    });
    expect(isDatabaseUnavailable(invalidText)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
