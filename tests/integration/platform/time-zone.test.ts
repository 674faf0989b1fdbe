/**
 * Stored instants equal real time whatever the PostgreSQL server's default time zone
 * (issue 12, item 5). The test makes a database whose default zone is `Europe/Rome`
 * (`ALTER DATABASE … SET timezone`), points Ponte at it and writes instants through the
 * real model functions (a session's `expiresAt` via `createUserSession`, a job's `runAt`
 * via `enqueueJob`'s raw SQL); it reads them back through Prisma and through a plain
 * connection in the database's own zone with `extract(epoch …)`. Without `TimeZone=UTC`
 * on Ponte's connections (db.server.ts `withUtcSession`) every instant is an hour early in
 * winter, two in summer. Skipped, with the reason, when no PostgreSQL server answers
 * (TEST_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserSession, SESSION_TTL_DAYS } from "~/accounts/auth.server";
import { closeDatabase, prisma } from "~/platform/db.server";
import { enqueueJob } from "~/platform/jobs.server";
import { createUser } from "../../factories/accounts";

const root = path.resolve(__dirname, "../../..");
const server = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `ponte_tz_${Date.now().toString(36)}_${process.pid}`;
const romeUrl = (() => {
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
})();

/** Why the test cannot run (no server), or null. */
async function unreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `no PostgreSQL server at ${server.replace(/:[^:@/]*@/, ":***@")}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A plain connection to the Rome database, in the database's default zone (no options). */
async function romeQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: romeUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const skipReason = await unreachable();
const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };

const suiteZone = process.env.TEST_DATABASE_TIMEZONE;
describe.runIf(suiteZone && process.env.DATABASE_URL)(
  `this run's databases (TEST_DATABASE_TIMEZONE=${suiteZone})`,
  () => {
    it("default to that zone, while Ponte's connections work in UTC", async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      const { rows } = await client.query<{ TimeZone: string }>("SHOW timezone");
      await client.end();
      expect(rows[0].TimeZone).toBe(suiteZone);
      const [ponte] = await prisma.$queryRawUnsafe<{ zone: string }[]>("SELECT current_setting('TimeZone') AS zone");
      expect(ponte.zone).toBe("UTC");
    });
  },
);

describe.skipIf(skipReason)("a PostgreSQL database whose default time zone is Europe/Rome", () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.query(`ALTER DATABASE "${name}" SET timezone = 'Europe/Rome'`);
    await admin.end();
    execFileSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "migrate"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: romeUrl, PGLITE_DIR: "", NODE_ENV: "test" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await closeDatabase();
    process.env.DATABASE_URL = romeUrl;
    delete process.env.PGLITE_DIR;
  });

  afterAll(async () => {
    await closeDatabase();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it("really defaults to Europe/Rome, while Ponte's own connections work in UTC", async () => {
    const [row] = await romeQuery<{ TimeZone: string }>("SHOW timezone");
    expect(row.TimeZone).toBe("Europe/Rome");
    const [ponte] = await prisma.$queryRawUnsafe<{ zone: string }[]>("SELECT current_setting('TimeZone') AS zone");
    expect(ponte.zone).toBe("UTC");
  });

  it("a session's expiresAt (createUserSession) equals real time + 30 days, through Prisma and raw SQL", async () => {
    const user = await createUser();
    const before = Date.now();
    await createUserSession(user.id, { request: new Request("http://localhost:3000/login") });
    const after = Date.now();
    const session = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    const ttl = SESSION_TTL_DAYS * 86_400_000;
    // Lucia keeps whole seconds or milliseconds; allow the second it rounds within.
    expect(session.expiresAt.getTime()).toBeGreaterThanOrEqual(before + ttl - 1_000);
    expect(session.expiresAt.getTime()).toBeLessThanOrEqual(after + ttl + 1_000);
    const [raw] = await romeQuery<{ ms: string; created: string }>(
      `SELECT (extract(epoch FROM "expiresAt") * 1000)::bigint::text AS ms,
              (extract(epoch FROM "createdAt") * 1000)::bigint::text AS created
         FROM "Session" WHERE id = $1`,
      [session.id],
    );
    expect(Number(raw.ms)).toBe(session.expiresAt.getTime());
    // createdAt comes from the server's now(), an instant in every zone: the two columns agree.
    expect(Number(raw.ms) - Number(raw.created)).toBeGreaterThan(ttl - 5_000);
    expect(Number(raw.ms) - Number(raw.created)).toBeLessThan(ttl + 5_000);
  });

  it("an instant sent as a raw query parameter (enqueueJob's runAt) is stored as that instant, on a DST change day too", async () => {
    // 2027-03-28: Rome moves from +01:00 to +02:00 at 01:00 UTC.
    for (const iso of ["2027-01-15T09:30:00.123Z", "2027-03-28T01:30:00.000Z", "2027-07-01T23:59:59.999Z"]) {
      const runAt = new Date(iso);
      await enqueueJob(prisma, { name: "tz-probe", uniqueKey: `tz:${iso}`, runAt });
      const job = await prisma.job.findFirstOrThrow({ where: { uniqueKey: `tz:${iso}` } });
      expect(job.runAt.toISOString()).toBe(iso);
      const [raw] = await romeQuery<{ ms: string }>(
        `SELECT (extract(epoch FROM "runAt") * 1000)::bigint::text AS ms FROM "Job" WHERE "uniqueKey" = $1`,
        [`tz:${iso}`],
      );
      expect(Number(raw.ms)).toBe(runAt.getTime());
    }
  });
});

describe.runIf(skipReason)("time zones on PostgreSQL", () => {
  it.skip(`skipped: ${skipReason}`, () => {});
});
