/**
 * The database foundation on whichever database this run uses (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): migrations applied and recorded, no drift, drift detected, the seed
 * idempotent, /healthz both ways.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loader as healthz } from "~/routes/healthz";
import { closeDatabase, prisma } from "~/platform/db.server";
import {
  applyMigrations,
  applyPendingMigrations,
  diffMigrationsToSchema,
  pendingMigrations,
  readMigrationList,
} from "~/platform/migrations.server";
import { getAdapterFactory } from "~/platform/db.server";
import { openPglite, PontePGliteFactory } from "~/platform/pglite.server";
import { seedDatabase } from "../../../prisma/seed";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../../..");

describe("migrations", () => {
  it("are all applied and recorded in _prisma_migrations", async () => {
    const names = readMigrationList().migrationDirectories.map((d) => d.path);
    expect(names.length).toBeGreaterThan(0);
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string; finished_at: Date | null }[]>(
      "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    // Applying again is a no-op.
    expect(await applyMigrations(getAdapterFactory())).toEqual([]);
  });

  it("store instants as timestamptz and visit days as date", async () => {
    const cols = await prisma.$queryRawUnsafe<{ table_name: string; column_name: string; data_type: string }[]>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND ((table_name = 'Request' AND column_name IN ('startDate','endDate','submittedAt'))
          OR (table_name = 'OpportunityWindow' AND column_name IN ('startDate','endDate')))`,
    );
    const type = (t: string, c: string) => cols.find((r) => r.table_name === t && r.column_name === c)?.data_type;
    expect(type("Request", "startDate")).toBe("date");
    expect(type("Request", "endDate")).toBe("date");
    expect(type("Request", "submittedAt")).toBe("timestamp with time zone");
    expect(type("OpportunityWindow", "startDate")).toBe("date");
  });

  it("match schema.prisma exactly (db:check is clean)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 120_000); // the schema engine's first load in this worker (start-up no longer loads it, decision 0042): a budget for a busy machine

  it("db:check fails when the schema changes without a migration", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-drift-"));
    const schema = path.join(dir, "schema.prisma");
    fs.writeFileSync(
      schema,
      fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8") + "\nmodel DriftProbe {\n  id Int @id\n}\n",
    );
    expect(await diffMigrationsToSchema({ schemaPath: schema })).toMatch(/CREATE TABLE "DriftProbe"/);
    const cli = await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "check", "--schema", schema], {
      cwd: root,
    }).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(cli).toBe(1);
    const clean = await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "check"], { cwd: root });
    expect(clean.stdout).toMatch(/No drift/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000); // three schema-engine runs in child processes: a budget for a busy machine, not a target

  it("run each script whole (PL/pgSQL bodies, `;` in comments) and stop at one that fails", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-scripts-"));
    const write = (name: string, sql: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    write(
      "20000101000000_function",
      `-- a comment; with a semicolon\nCREATE TABLE "Probe" (n int);\n` +
        `CREATE FUNCTION probe_double(x int) RETURNS int LANGUAGE plpgsql AS $$\nDECLARE y int;\nBEGIN\n  y := x * 2;\n  RETURN y;\nEND\n$$;\n`,
    );
    const schema = path.join(dir, "schema.prisma");
    fs.writeFileSync(schema, 'datasource db {\n  provider = "postgresql"\n}\nmodel Probe {\n  n Int @id\n}\n');
    const pglite = openPglite("memory://");
    try {
      const factory = new PontePGliteFactory(pglite);
      expect(await applyMigrations(factory, { schemaPath: schema, migrationsDir: dir })).toEqual([
        "20000101000000_function",
      ]);
      expect((await pglite.query<{ d: number }>("SELECT probe_double(21) AS d")).rows[0].d).toBe(42);
      write("20000102000000_broken", 'CREATE TABLE "Probe2" (n int);\nSELECT no_such_function();\n');
      await expect(applyMigrations(factory, { schemaPath: schema, migrationsDir: dir })).rejects.toThrow(
        /no_such_function/,
      );
    } finally {
      await pglite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000); // three schema-engine runs in child processes: a budget for a busy machine, not a target
});

describe("start-up's migration check (issue 15)", () => {
  it("finds nothing pending on this run's database with one query, so the schema engine is not loaded", async () => {
    const query = (sql: string) => prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    expect(await pendingMigrations(query)).toEqual([]);
    expect(await applyPendingMigrations(getAdapterFactory(), query)).toEqual({ applied: [], engineRan: false });
  });

  it("still applies a new database's migrations and a pending one, and refuses after a failed one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-pending-"));
    const write = (name: string, sql: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    const schema = path.join(dir, "schema.prisma");
    fs.writeFileSync(schema, 'datasource db {\n  provider = "postgresql"\n}\nmodel Probe {\n  n Int @id\n}\n');
    write("20000101000000_probe", 'CREATE TABLE "Probe" (n int PRIMARY KEY);\n');
    const pglite = openPglite("memory://");
    const query = async (sql: string) => (await pglite.query<Record<string, unknown>>(sql)).rows;
    const paths = { schemaPath: schema, migrationsDir: dir };
    try {
      const factory = new PontePGliteFactory(pglite);
      // A new database: no _prisma_migrations, only the engine can tell.
      expect(await pendingMigrations(query, dir)).toBeUndefined();
      expect(await applyPendingMigrations(factory, query, paths)).toEqual({
        applied: ["20000101000000_probe"],
        engineRan: true,
      });
      expect(await applyPendingMigrations(factory, query, paths)).toEqual({ applied: [], engineRan: false });
      write("20000102000000_second", 'CREATE TABLE "Probe2" (n int);\n');
      expect(await pendingMigrations(query, dir)).toEqual(["20000102000000_second"]);
      expect(await applyPendingMigrations(factory, query, paths)).toEqual({
        applied: ["20000102000000_second"],
        engineRan: true,
      });
      // A migration recorded as started but never finished (it failed): the engine refuses.
      await pglite.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ('failed', 'x', '20000102000000_second', now(), 0)`,
      );
      expect(await pendingMigrations(query, dir)).toBeUndefined();
      await expect(applyPendingMigrations(factory, query, paths)).rejects.toThrow(/failed/);
    } finally {
      await pglite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000); // three schema-engine runs: a budget for a busy machine, not a target
});

describe("seed", () => {
  async function snapshot() {
    return {
      topics: await prisma.topic.count(),
      centres: await prisma.centre.findMany({
        orderBy: { slug: "asc" },
        select: { id: true, slug: true, name: true, updatedAt: true },
      }),
      facts: await prisma.centreFact.count(),
      sources: await prisma.centreSource.count(),
      opportunities: await prisma.opportunity.findMany({
        orderBy: { seedKey: "asc" },
        select: { id: true, seedKey: true, updatedAt: true },
      }),
      windows: await prisma.opportunityWindow.count(),
      cohorts: await prisma.cohort.count(),
      events: await prisma.event.findMany({
        orderBy: { seedKey: "asc" },
        select: { id: true, seedKey: true, startsAt: true, updatedAt: true },
      }),
    };
  }

  it("is idempotent: running it twice changes nothing", async () => {
    const before = await snapshot();
    expect(before.centres.length).toBeGreaterThanOrEqual(10);
    const again = await seedDatabase(prisma);
    expect(again.skipped).toBe(true);
    // Even with the fast path bypassed, nothing is created or changed.
    await prisma.appMeta.delete({ where: { key: "seed.hash" } });
    const forced = await seedDatabase(prisma);
    expect(forced).toMatchObject({ skipped: false, centresCreated: 0, opportunitiesCreated: 0, eventsCreated: 0 });
    expect(before.events.length).toBeGreaterThanOrEqual(5);
    expect(await snapshot()).toEqual(before);
  });

  it("marks every seeded opportunity as an example and publishes it", async () => {
    const seeded = await prisma.opportunity.findMany({
      where: { seedKey: { not: null } },
      select: { isExample: true, status: true },
    });
    expect(seeded.length).toBeGreaterThan(30);
    expect(seeded.every((o) => o.isExample && o.status === "PUBLISHED")).toBe(true);
  });

  it("gives centres stable lowercase hyphenated slugs", async () => {
    const centres = await prisma.centre.findMany({ select: { slug: true } });
    for (const { slug } of centres) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("/healthz", () => {
  it("answers 200 {db: ok} after a real round trip", async () => {
    const res = await healthz();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ db: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    (globalThis as { __expectConsoleError?: () => void }).__expectConsoleError?.();
    const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DIR };
    await closeDatabase();
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    try {
      const res = await healthz();
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ db: "unavailable" });
    } finally {
      await closeDatabase();
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      if (saved.dir === undefined) delete process.env.PGLITE_DIR;
      else process.env.PGLITE_DIR = saved.dir;
    }
    expect((await healthz()).status).toBe(200);
  });
});
