/**
 * `npm run test:e2e:busy`: the browser journeys on a busy machine (issue 12, part 10). Starts
 * one CPU-burning child process per core (`BUSY_PROCESSES` to change; plain `node` spinning
 * at normal priority, so the server, Chromium and Playwright compete with it for every
 * slice), runs `npm run test:e2e` (tests/e2e/run.ts, extra arguments passed on) while they
 * burn, then stops them: on exit, on failure, on SIGINT/SIGTERM. Prints how long the
 * journeys took and how much CPU the burners used, and exits with the journeys' code.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const count = Number(process.env.BUSY_PROCESSES ?? os.cpus().length);
/** A tight loop: the child uses a whole core until it is killed. */
const BURN = "let x = 0; for (;;) { x = (x * 31 + 7) % 1000003; }";

/** CPU seconds (user + system) a process has used, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return null;
  }
}

const burners: ChildProcess[] = [];
function stopBurners() {
  for (const b of burners) if (b.exitCode === null && b.signalCode === null) b.kill("SIGKILL");
}
process.once("exit", stopBurners);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopBurners();
    process.exit(130);
  });
}

for (let i = 0; i < count; i++) burners.push(spawn(process.execPath, ["-e", BURN], { stdio: "ignore" }));
console.log(
  `test:e2e:busy: ${count} CPU-burning process(es) (pids ${burners.map((b) => b.pid).join(", ")}) on ${os.cpus().length} core(s); running npm run test:e2e`,
);

const started = performance.now();
const journeys = spawn(process.execPath, ["--import", "tsx", "tests/e2e/run.ts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
const code = await new Promise<number>((resolve) =>
  journeys.once("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))),
);
const seconds = (performance.now() - started) / 1000;
const burnt = burners.map((b) => cpuSeconds(b.pid) ?? 0).reduce((a, b) => a + b, 0);
stopBurners();
console.log(
  `test:e2e:busy: journeys ${code === 0 ? "passed" : `failed (exit ${code})`} in ${seconds.toFixed(0)} s ` +
    `while the burners used ${burnt.toFixed(0)} CPU-seconds (${((burnt / seconds) * 100).toFixed(0)}% of one core); ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
);
process.exit(code);
