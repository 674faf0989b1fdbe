/**
 * How long `npm run serve` (what `npm start` runs after building) takes to answer, and how
 * much memory it holds then (issue 15, "cold start"):
 *
 *   npm run bench:start -- [--runs=3] [--db=embedded|postgres] [--load=20] [--no-build]
 *     [--dir=PATH] [--tsx]
 *   (--dir: an existing PGlite directory to use, kept at the end; --tsx: run
 *    server/start-production.ts through tsx, as `npm run serve` did before build/start/.)
 *   (--db=postgres uses DATABASE_URL as it is, default postgresql://postgres@127.0.0.1:5432/postgres,
 *    already migrated or not: the first start migrates and seeds it.)
 *
 * Builds (unless --no-build or a build exists and --no-build is given), prepares an
 * existing database (embedded: a fresh PGlite directory under $TMPDIR that one first start
 * migrates and seeds; it is removed at the end), then `--runs` times: launches the command of
 * the `serve` script in package.json with a free PORT, polls GET / every 50 ms until it
 * answers 200, and prints the seconds from launch to that 200 (and the CPU seconds the server
 * used until then, which a busy machine changes less), the process's resident memory
 * (MB, from /proc) then, and after `--load` requests to a few public pages; then stops it with
 * SIGTERM. Prints the load average: other processes on the machine share its CPUs.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, rssMb } from "./bench/proc";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes("=") ? hit.slice(name.length + 3) : "true";
}

const options = {
  runs: Number(arg("runs", "3")),
  db: arg("db", "embedded") as "embedded" | "postgres",
  load: Number(arg("load", "20")),
  build: arg("no-build", "false") !== "true",
  dir: arg("dir", ""),
  tsx: arg("tsx", "false") === "true",
};
if (options.db !== "embedded" && options.db !== "postgres") throw new Error("--db: embedded or postgres");

/** Pages a first visitor loads (public, no session). */
const PAGES = ["/", "/opportunities", "/centres", "/login", "/healthz"];

const log = (line: string) => process.stdout.write(`${line}\n`);
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** The `serve` script's arguments after `node` (e.g. ["--import", "tsx", "server/start-production.ts"]). */
function serveArgs(): string[] {
  if (options.tsx) return ["--import", "tsx", "server/start-production.ts"];
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const words = pkg.scripts.serve!.split(/\s+/).filter(Boolean);
  if (words[0] !== "node")
    throw new Error(`bench:start: the serve script does not start with node: ${pkg.scripts.serve}`);
  return words.slice(1);
}

/**
 * CPU seconds (user + system) a process has used so far: a figure other processes on the
 * machine change far less than the wall-clock one.
 */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
    return (Number(fields[11]) + Number(fields[12])) / ticks;
  } catch {
    return NaN;
  }
}

async function status(url: string): Promise<number> {
  try {
    const res = await fetch(url, { redirect: "manual" });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

interface Run {
  seconds: number;
  cpu: number;
  rssAtFirst200: number;
  rssAfterLoad: number;
}

/** Launches the serve command, waits for GET / to answer 200, loads a few pages. */
async function once(env: NodeJS.ProcessEnv, load: number): Promise<Run> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const t0 = performance.now();
  const child = spawn(process.execPath, serveArgs(), {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (b: Buffer) => (output += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (output += b.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
      if (performance.now() - t0 > 120_000) throw new Error(`no 200 within 120 s:\n${output}`);
      if ((await status(`${base}/`)) === 200) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - t0) / 1000;
    const rssAtFirst200 = rssMb(child.pid!);
    const cpu = cpuSeconds(child.pid!);
    for (let i = 0; i < load; i++) {
      const code = await status(`${base}${PAGES[i % PAGES.length]}`);
      if (code !== 200) throw new Error(`${PAGES[i % PAGES.length]} answered ${code}:\n${output}`);
    }
    return { seconds, cpu, rssAtFirst200, rssAfterLoad: rssMb(child.pid!) };
  } finally {
    await stop(child);
  }
}

async function main() {
  if (options.build) {
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "pipe" });
  }
  const env: NodeJS.ProcessEnv = { NODE_ENV: "production" };
  let dir: string | undefined;
  if (options.db === "embedded") {
    if (!options.dir) dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-bench-start-"));
    Object.assign(env, { DATABASE_URL: "", PGLITE_DIR: options.dir || dir });
  } else {
    Object.assign(env, {
      DATABASE_URL: process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres",
      PGLITE_DIR: "",
      RESEND_API_KEY: process.env.RESEND_API_KEY ?? "re_dummy",
      RESEND_BASE_URL: "http://127.0.0.1:9",
    });
  }
  try {
    log(
      `bench:start: node ${serveArgs().join(" ")} on ${options.db === "embedded" ? "an existing PGlite directory" : "PostgreSQL"}; Node ${process.version}, ${os.cpus().length} CPU(s).`,
    );
    if (!options.dir) {
      const first = await once(env, 0);
      log(`First start (creates, migrates and seeds the database): ${first.seconds.toFixed(2)} s to the first 200.`);
    }
    log(`Load average before: ${loadavg()}.`);
    const runs: Run[] = [];
    for (let i = 0; i < options.runs; i++) {
      const r = await once(env, options.load);
      runs.push(r);
      log(
        `Run ${i + 1}: ${r.seconds.toFixed(2)} s to the first 200 on / (${r.cpu.toFixed(2)} s of CPU); ${r.rssAtFirst200.toFixed(0)} MB resident then, ${r.rssAfterLoad.toFixed(0)} MB after ${options.load} requests.`,
      );
    }
    const sorted = runs.map((r) => r.seconds).sort((a, b) => a - b);
    log(`Median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s. Load average after: ${loadavg()}.`);
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
