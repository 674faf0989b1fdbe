/**
 * Issue 12, part 10: on a busy machine the browser journeys' server refused to start ("Cannot
 * reach the database (embedded PGlite …): no answer within 10000 ms"), because creating a
 * fresh embedded database (initdb in WebAssembly) took longer than the start-up ping's
 * timeout. The ping's timeout is for a database that does not answer; opening the embedded
 * one is waited for. Checked in a child process on a new, empty PGLITE_DIR with a timeout
 * far shorter than any initdb (a ping of a ready PGlite takes about a millisecond).
 * PGlite only.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../utils/server";

const run = promisify(execFile);
const usingPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(usingPostgres)("a first start on a new embedded database", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-first-start-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is not taken for an unreachable database while PGlite creates it", async () => {
    const script = [
      'import { closeDatabase, pingDatabase } from "./app/platform/db.server";',
      "const t = performance.now();",
      "await pingDatabase(300);",
      "console.log(`pinged after ${Math.round(performance.now() - t)} ms`);",
      "await closeDatabase();",
    ].join("\n");
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite"), NODE_ENV: "test" },
    });
    // Creating the database took longer than the ping's 300 ms, and the ping still succeeded.
    const ms = Number(stdout.match(/pinged after (\d+) ms/)?.[1]);
    expect(ms).toBeGreaterThan(300);
    expect(fs.existsSync(path.join(dir, "pglite", "PG_VERSION"))).toBe(true);
  }, 120_000);
});
