/**
 * Runs in each test file's worker before its tests:
 * - points the app at this worker's own database (a copy of the run's template, with the
 *   default time zone TEST_DATABASE_TIMEZONE when set);
 * - integration tests start every test on a clean database (tests/setup/db.ts);
 * - a `console.error` during a test fails it (tests that expect one call
 *   `expectConsoleError()`).
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, expect, inject, vi } from "vitest";
import { checkedTimeZone, setDatabaseTimeZone } from "./global-setup";

const poolId = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "1";
const runId = inject("ponteRunId");
const template = inject("ponteTemplate");
const testDbUrl = process.env.TEST_DATABASE_URL;

process.env.NODE_ENV = "test";
// Never the developer's ./data/uploads: the sweep of orphaned uploads (storage-sweep.server.ts)
// would see those files as orphans of this test database.
process.env.UPLOAD_DIR = path.resolve(__dirname, "../.tmp", runId, `uploads-w${poolId}`);
delete process.env.STORAGE_URL;
process.env.APP_ORIGIN = "http://localhost:3000";
delete process.env.RESEND_API_KEY;
// The seeded examples are shown whichever database runs the tests (tests of the default
// pass their own variables to getEnv).
process.env.PONTE_EXAMPLES = "show";

if (testDbUrl) {
  const name = `ponte_t${runId}_w${poolId}`;
  const url = new URL(testDbUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: testDbUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    // A clone does not inherit the template's default time zone: set it again.
    const zone = await checkedTimeZone(admin);
    if (zone) await setDatabaseTimeZone(admin, name, zone);
  }
  await admin.end();
  process.env.DATABASE_URL = url.toString();
  delete process.env.PGLITE_DIR;
} else {
  const dir = path.join(path.dirname(template), `w${poolId}`);
  if (!fs.existsSync(dir)) fs.cpSync(template, dir, { recursive: true });
  process.env.PGLITE_DIR = dir;
  delete process.env.DATABASE_URL;
}

const isIntegration = () => (expect.getState().testPath ?? "").includes(`${path.sep}integration${path.sep}`);

let consoleErrorSpy: ReturnType<typeof vi.spyOn> | undefined;
let consoleErrorExpected = false;

/** Allows console.error in the current test (for tests of error paths). */
export function expectConsoleError() {
  consoleErrorExpected = true;
}
(globalThis as { __expectConsoleError?: () => void }).__expectConsoleError = expectConsoleError;

beforeEach(async () => {
  consoleErrorExpected = false;
  consoleErrorSpy = vi.spyOn(console, "error").mockImplementation(() => {});
  if (isIntegration()) {
    const { resetDatabase } = await import("./db");
    await resetDatabase();
  }
});

afterEach(() => {
  const calls = consoleErrorSpy?.mock.calls ?? [];
  consoleErrorSpy?.mockRestore();
  if (calls.length && !consoleErrorExpected) {
    throw new Error(`console.error was called during the test:\n${calls.map((c: unknown[]) => c.map(String).join(" ")).join("\n")}`);
  }
});

afterAll(async () => {
  const { closeDatabase } = await import("~/platform/db.server");
  await closeDatabase();
});
