/**
 * Runs once per `vitest run`: builds a template database (migrated and seeded with the real
 * `scripts/db.ts seed`) that each worker then copies.
 * - PGlite (default): a data directory under tests/.tmp/<run>/template.
 * - PostgreSQL (TEST_DATABASE_URL=postgresql://…/anydb): a database `ponte_t<run>_tpl` on
 *   that server; workers clone it with CREATE DATABASE … TEMPLATE. Dropped at the end.
 *   With TEST_DATABASE_TIMEZONE (e.g. `Europe/Rome`, as `.ci/run` does once), the template
 *   and every worker database get that default time zone (`ALTER DATABASE … SET timezone`;
 *   a clone does not inherit it, so tests/setup/setup-test-env.ts sets it again), so the
 *   suite runs as on a server whose zone is not UTC (issue 12).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

const root = path.resolve(__dirname, "../..");

function runSeed(env: Record<string, string>) {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "seed"], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: "test" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export function serverUrl(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * TEST_DATABASE_TIMEZONE when set, after checking the server knows the zone.
 * @throws Error naming the variable when the zone is unknown to the server.
 */
export async function checkedTimeZone(client: pg.Client): Promise<string | undefined> {
  const zone = process.env.TEST_DATABASE_TIMEZONE?.trim();
  if (!zone) return undefined;
  const { rowCount } = await client.query("SELECT 1 FROM pg_timezone_names WHERE name = $1", [zone]);
  if (!rowCount) throw new Error(`TEST_DATABASE_TIMEZONE: the server knows no time zone "${zone}"`);
  return zone;
}

/** `ALTER DATABASE … SET timezone`: the default zone of every new session on `database`. */
export async function setDatabaseTimeZone(client: pg.Client, database: string, zone: string): Promise<void> {
  await client.query(`ALTER DATABASE "${database}" SET timezone = ${client.escapeLiteral(zone)}`);
}

export default async function setup(project: TestProject) {
  // The server tests start the production build (and safe-start the compiled server,
  // build/start/, as `npm start` does); make them if this checkout has none yet.
  if (!fs.existsSync(path.join(root, "build/server/index.js"))) {
    execFileSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  if (!fs.existsSync(path.join(root, "build/start/start-production.js"))) {
    execFileSync(process.execPath, [path.join(root, "scripts/build-server.mjs")], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const testDbUrl = process.env.TEST_DATABASE_URL;
  project.provide("ponteRunId", runId);

  if (testDbUrl) {
    const template = `ponte_t${runId}_tpl`;
    const admin = new pg.Client({ connectionString: testDbUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    const zone = await checkedTimeZone(admin);
    if (zone) {
      await setDatabaseTimeZone(admin, template, zone);
      console.log(`test databases default to the time zone ${zone} (TEST_DATABASE_TIMEZONE)`);
    }
    await admin.end();
    runSeed({ DATABASE_URL: serverUrl(testDbUrl, template), PGLITE_DIR: "" });
    project.provide("ponteTemplate", template);
    return async () => {
      const client = new pg.Client({ connectionString: testDbUrl });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`ponte_t${runId}_%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.end();
      fs.rmSync(path.join(root, "tests/.tmp", runId), { recursive: true, force: true });
    };
  }

  const runDir = path.join(root, "tests/.tmp", runId);
  const template = path.join(runDir, "template");
  fs.mkdirSync(runDir, { recursive: true });
  runSeed({ PGLITE_DIR: template, DATABASE_URL: "" });
  project.provide("ponteTemplate", template);
  return () => fs.rmSync(runDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    ponteRunId: string;
    ponteTemplate: string;
  }
}
