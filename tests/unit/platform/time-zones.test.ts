/**
 * Every calendar date stays the same whatever the Node process's time zone (issue 12,
 * item 5): the pure date tests (calendar, date formatting, the response clock; listed in
 * tests/setup/vitest.pure-dates.config.ts) run again in child processes with
 * TZ=Europe/Rome and TZ=America/Los_Angeles, and must all pass there. A date computed
 * with local-time methods (getDate, new Date(y, m, d), setHours…) fails in one of them.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../../..");
const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const config = "tests/setup/vitest.pure-dates.config.ts";

describe.each(["Europe/Rome", "America/Los_Angeles"])("the process time zone %s", (tz) => {
  it("really is that zone in the child (so the run below proves something)", async () => {
    const { stdout } = await run(process.execPath, ["-e", "console.log(new Date(2027, 0, 15).getTimezoneOffset())"], {
      env: { ...process.env, TZ: tz },
    });
    expect(Number(stdout.trim())).toBe(tz === "Europe/Rome" ? -60 : 480);
  });

  it("changes no calendar date: the pure date tests pass", { timeout: 120_000 }, async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TZ: tz, NO_COLOR: "1", FORCE_COLOR: "0" };
    delete env.VITEST;
    delete env.VITEST_POOL_ID;
    delete env.VITEST_WORKER_ID;
    const result = await run(process.execPath, [vitest, "run", "--config", config], { cwd: root, env }).catch(
      (error: { stdout?: string; stderr?: string; code?: number }) => error,
    );
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
    // Name the failures in this test's message when the child fails.
    expect("code" in result && result.code ? output : "passed", `TZ=${tz}`).toBe("passed");
    expect(output).toMatch(/Test Files\s+3 passed/);
  });
});
