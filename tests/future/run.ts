/**
 * `npm run test:future`: the Vitest suite with the system clock moved ahead (issue 21), so
 * nothing in the code, the seed or the tests expires with the calendar. Default 400 days;
 * `-- --days=N` to choose. Installs Debian's `faketime` when missing and allowed
 * (scripts/system-packages.ts). Extra arguments go to Vitest.
 *
 * The clock is moved with an OFFSET (`faketime -f +400d`), not a start date (`@2028-01-10`):
 * libfaketime is inherited by every child process (Vitest's workers, the seed, the servers
 * the tests start, PGlite inside them) through LD_PRELOAD and FAKETIME, and with a start
 * date each process would begin its own clock at that instant when it starts, so a worker
 * forked a minute later would live a minute in the past of the run that made its database.
 * An offset keeps every process on the same (moved) clock.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { addDays, isoDateOfInstant } from "../../app/platform/calendar";
import { ensureSystemTools, FAKETIME } from "../../scripts/system-packages";

const root = path.resolve(import.meta.dirname, "../..");

function main(): number {
  const args = process.argv.slice(2);
  const daysArg = args.find((a) => a.startsWith("--days="));
  const days = daysArg ? Number(daysArg.slice("--days=".length)) : 400;
  if (!Number.isInteger(days)) {
    console.error(`--days must be a whole number of days, not ${daysArg}`);
    return 2;
  }
  if (!ensureSystemTools([FAKETIME])) return 1;
  const date = addDays(isoDateOfInstant(new Date()), days);
  console.log(`Running the Vitest suite ${days} days ahead, on ${date} (faketime -f +${days}d).`);
  const r = spawnSync(
    FAKETIME.path,
    [
      "-f",
      `${days >= 0 ? "+" : ""}${days}d`,
      process.execPath,
      path.join(root, "node_modules/vitest/vitest.mjs"),
      "run",
      ...args.filter((a) => a !== daysArg),
    ],
    { cwd: root, stdio: "inherit" },
  );
  return r.status ?? 1;
}

process.exit(main());
