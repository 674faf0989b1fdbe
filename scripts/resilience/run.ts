/**
 * `npm run test:resilience` (issue 12, part 9): Ponte's production server under load and
 * faults, on PostgreSQL, with the figures printed in a final table; exit 1 when a check fails.
 *
 *   npm run build && npm run test:resilience -- [--users=200] [--duration=60] [--think=3000-7000] [--mails=500]
 *
 * 1. A private PostgreSQL cluster (scripts/resilience/postgres.ts; the machine's shared
 *    server is never restarted), the Resend stand-in (tests/stand-ins/resend.ts, answering
 *    each accepted mail 25 ms later), and Ponte as deployed on one machine with several
 *    processes (README "Several machines"): `server/start-production.ts` with
 *    WEB_CONCURRENCY=2 and JOBS_IN_PROCESS=0, and `scripts/worker.ts` for the background
 *    work. Ponte migrates and seeds the empty database itself; the script then adds its
 *    accounts and observerships (fixtures.ts) and signs every account in through /login.
 * 2. Steady load: `--users` simulated people (30% anonymous, 60% applicants, 10%
 *    coordinators; load.ts) for `--duration` seconds. Check: no error at all; p50/p95 printed.
 * 3. A web process killed with SIGKILL, the load going on: no failure before the kill, none
 *    among requests started after the process was gone; the failures of requests in flight
 *    at that moment are counted (and must not exceed how many were in flight). The primary
 *    replaces the process.
 * 4. PostgreSQL restarted (`pg_ctl restart -m fast`), the load going on: /healthz returns to
 *    200 and every request started after that succeeds, with the same web processes (Ponte
 *    is not restarted); during the outage a failed page is a 503 with Retry-After, never
 *    another 5xx; the outage (restart begun → first /healthz 200) is printed.
 * 5. The load stops; `--mails` mails enter the outbox in one transaction; the worker is
 *    killed with SIGKILL once the stand-in has received a third of them (a send is then
 *    almost surely in flight: accepted, unanswered), and started again. Check: every mail
 *    arrived exactly once (one recipient per mail: sent / duplicates / missing).
 * Everything started is stopped, and the cluster removed, at the end, on failure and on
 * SIGINT/SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startResendStandIn, type ResendStandIn } from "../../tests/stand-ins/resend";
import { freePort } from "../../tests/utils/server";
import { LoadRun, quantile, type Sample } from "./load";
import { findPostgresBin, startPrivateCluster, startSharedDatabase, type ResilienceDatabase } from "./postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

const options = {
  users: Number(arg("users", "200")),
  duration: Number(arg("duration", "60")),
  think: arg("think", "3000-7000").split("-").map(Number) as [number, number],
  mails: Number(arg("mails", "500")),
};

const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything to undo, latest first. */
const cleanups: (() => Promise<void> | void)[] = [];
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error("cleanup:", error);
    }
  }
}

/** Where each Ponte process's output went (kept, and named at the end, for a failed run). */
const logFiles: string[] = [];

interface Ponte {
  child: ChildProcess;
  output: () => string;
}

/** Starts a Ponte entry point and resolves when `ready` appears in its output. */
function startPonte(script: string, env: Record<string, string>, ready: RegExp, name: string): Promise<Ponte> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  });
  let out = "";
  const logFile = path.join(os.tmpdir(), `ponte-resilience-${name}-${child.pid}.log`);
  logFiles.push(logFile);
  const file = fs.createWriteStream(logFile);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${out}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      file.write(chunk);
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready:\n${out}`));
    });
  });
}

/** Child process ids of `pid` (Linux /proc): the web processes of the cluster primary. */
function childrenOf(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** True once `pid` no longer runs (gone, or a zombie waiting for its parent). */
function isGone(pid: number): boolean {
  try {
    const state = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[0];
    return state === "Z" || state === "X";
  } catch {
    return true;
  }
}

interface Row {
  check: string;
  figures: string;
  pass: boolean;
}

function latencyFigures(samples: Sample[]) {
  const ms = samples.map((s) => s.end - s.start).sort((a, b) => a - b);
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), p99: quantile(ms, 0.99), max: ms[ms.length - 1] ?? NaN };
}

/** Answers 500–599 other than 503: an outage must be answered "unavailable, try again". */
function serverErrors(samples: Sample[]): number {
  return samples.filter((s) => s.status >= 500 && s.status !== 503).length;
}

function describeFailures(samples: Sample[]): string {
  const byKind = new Map<string, number>();
  for (const s of samples) {
    const key = `${s.kind}: ${s.status || s.error}`;
    byKind.set(key, (byKind.get(key) ?? 0) + 1);
  }
  return [...byKind].map(([k, n]) => `${n} × ${k}`).join("; ");
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(root, "build/server/index.js"))) {
    console.error("test:resilience serves the production build: run `npm run build` first.");
    return 1;
  }
  log(
    `Resilience check: Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? "?"}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );

  // 1. PostgreSQL, the stand-in, Ponte.
  let db: ResilienceDatabase;
  const bin = findPostgresBin();
  if (bin) db = await startPrivateCluster(bin, await freePort());
  else db = await startSharedDatabase(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  cleanups.push(() => db.stop());
  log(`Database: ${db.description}; a restart is ${db.interruption}.`);

  const standIn: ResendStandIn = await startResendStandIn({ latencyMs: 25 });
  cleanups.push(() => standIn.close());
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-resilience-uploads-"));
  cleanups.push(() => fs.rmSync(uploads, { recursive: true, force: true }));

  const port = await freePort();
  // The address the simulated browsers use, so Host and Origin agree as in a browser.
  const origin = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    PGLITE_DIR: "",
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_ORIGIN: origin,
    APP_SECRET: randomBytes(32).toString("hex"),
    RESEND_API_KEY: "re_resilience",
    RESEND_BASE_URL: standIn.url,
    PONTE_DEMO: "0",
    // The simulated visitors browse the seeded catalogue, whose programmes are labelled
    // examples; PostgreSQL installations hide examples unless told (decision 0026), and every
    // visit would be a 404. Requests still go only to the run's own real opportunities.
    PONTE_EXAMPLES: "show",
    TRUST_PROXY: "1",
    UPLOAD_DIR: uploads,
    STORAGE_URL: "",
    WEB_CONCURRENCY: "2",
    JOBS_IN_PROCESS: "0",
    // A killed worker's claimed mails are taken over after 10 s instead of 2 minutes.
    MAIL_LEASE_SECONDS: "10",
  };
  const server = await startPonte(
    "server/start-production.ts",
    env,
    /Ponte is serving \S+ .* with 2 web processes/,
    "server",
  );
  const primary = server.child.pid!;
  log(`Ponte: primary ${primary}, web processes ${childrenOf(primary).join(", ")} on ${origin}.`);
  let worker = await startPonte("scripts/worker.ts", env, /Ponte worker running/, "worker");
  log(`Background worker: ${worker.child.pid}.`);

  Object.assign(process.env, env);
  const fx = await import("./fixtures");
  const today = new Date().toISOString().slice(0, 10);
  const anonymous = Math.round(options.users * 0.3);
  const coordinatorsPerCentre = 2;
  const centres = Math.max(1, Math.round((options.users * 0.1) / coordinatorsPerCentre));
  const applicants = options.users - anonymous - centres * coordinatorsPerCentre;
  const fixtures = await fx.createFixtures({ applicants, coordinatorsPerCentre, centres, today });
  await fx.closeDatabase();

  const run = new LoadRun(origin, origin, fixtures, today, options.think);
  const t0 = performance.now();
  const accounts = [
    ...fixtures.applicants.map((a, i) => ({ ...a, role: "applicant" as const, i })),
    ...fixtures.coordinators.map((c, i) => ({ ...c, role: "coordinator" as const, i })),
  ];
  const cookies = new Map<string, string>();
  for (let k = 0; k < accounts.length; k += 8) {
    await Promise.all(
      accounts.slice(k, k + 8).map(async (a) => {
        const ip = `10.${a.role === "applicant" ? 2 : 3}.${Math.floor(a.i / 250)}.${(a.i % 250) + 1}`;
        const cookie = await run.login(a.email, fx.PASSWORD, ip);
        if (cookie) cookies.set(a.email, cookie);
      }),
    );
  }
  const loginFailures = run.samples.filter((s) => !s.ok);
  log(
    `Signed in ${cookies.size} of ${accounts.length} accounts through /login in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
  );
  if (cookies.size !== accounts.length) throw new Error(`sign-in failed: ${describeFailures(loginFailures)}`);
  run.samples.length = 0;

  const rows: Row[] = [];

  // 2. Steady load.
  for (let i = 0; i < anonymous; i++) run.start("anonymous", i, null, i % 3 ? "en" : "it");
  for (const [i, a] of fixtures.applicants.entries())
    run.start("applicant", i, cookies.get(a.email)!, i % 3 ? "en" : "it");
  for (const [i, c] of fixtures.coordinators.entries())
    run.start("coordinator", i, cookies.get(c.email)!, i % 2 ? "en" : "it");
  log(
    `Steady load: ${options.users} users (${anonymous} anonymous, ${fixtures.applicants.length} applicants, ${fixtures.coordinators.length} coordinators), ` +
      `think time ${options.think[0]}–${options.think[1]} ms, ${options.duration} s.`,
  );
  const steadyStart = performance.now();
  await sleep(options.duration * 1000);
  const steadyEnd = performance.now();
  const steady = run.samples.filter((s) => s.start >= steadyStart && s.start < steadyEnd);
  {
    const failed = steady.filter((s) => !s.ok);
    const l = latencyFigures(steady);
    const forms = steady.filter((s) => s.kind === "applicant request sent" && s.ok).length;
    const decisions = steady.filter((s) => /^coordinator (approve|decline)$/.test(s.kind) && s.ok).length;
    const figures =
      `${steady.length} requests (${(steady.length / options.duration).toFixed(1)}/s), ${forms} requests sent with a CV, ${decisions} decisions; ` +
      `p50 ${l.p50.toFixed(0)} ms, p95 ${l.p95.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms, max ${l.max.toFixed(0)} ms; errors ${failed.length}`;
    const v = run.inboxVisits;
    log(
      `Steady: ${figures}${failed.length ? ` (${describeFailures(failed)})` : ""}; coordinators' inbox visits: ` +
        `${v.empty} empty, ${v.notTheirs} with only a colleague's requests, ${v.offered} with a decision to make, ${v.decided} already decided`,
    );
    rows.push({
      check: `${options.users} users, ${options.duration} s`,
      figures,
      pass: failed.length === 0 && forms > 0 && decisions > 0,
    });
  }

  // 3. A web process killed with SIGKILL.
  {
    const phaseStart = performance.now();
    await sleep(5_000);
    const victims = childrenOf(primary);
    const victim = victims[0];
    if (!victim) throw new Error("no web process to kill");
    const inFlightAtKill = run.inFlight.size;
    const killAt = performance.now();
    process.kill(victim, "SIGKILL");
    while (!isGone(victim)) await new Promise((r) => setImmediate(r));
    const goneAt = performance.now();
    log(`Killed web process ${victim} with SIGKILL (${inFlightAtKill} requests in flight across both processes).`);
    let replacedAt: number | null = null;
    const until = performance.now() + 15_000;
    while (performance.now() < until) {
      if (replacedAt === null && childrenOf(primary).filter((p) => p !== victim && !isGone(p)).length >= 2)
        replacedAt = performance.now();
      await sleep(100);
    }
    const phaseEnd = performance.now();
    const window = run.samples.filter((s) => s.start >= phaseStart && s.start < phaseEnd);
    const before = window.filter((s) => s.end < killAt);
    const during = window.filter((s) => s.start < goneAt && s.end >= killAt);
    const after = window.filter((s) => s.start >= goneAt);
    const bad = (xs: Sample[]) => xs.filter((s) => !s.ok);
    const figures =
      `killed pid ${victim}, ${inFlightAtKill} in flight; failed before/during/after: ` +
      `${bad(before).length}/${before.length}, ${bad(during).length}/${during.length}, ${bad(after).length}/${after.length}; ` +
      `replaced in ${replacedAt === null ? "—" : `${((replacedAt - killAt) / 1000).toFixed(1)} s`}; ` +
      `${run.resent.filter((r) => r.at >= killAt && r.at < phaseEnd).length} resent on a new connection after their kept-alive one closed`;
    const failures = [...bad(before), ...bad(during), ...bad(after)];
    log(`Web process kill: ${figures}${failures.length ? ` (${describeFailures(failures)})` : ""}`);
    rows.push({
      check: "web process SIGKILL",
      figures,
      pass:
        bad(before).length === 0 &&
        bad(after).length === 0 &&
        bad(during).length <= inFlightAtKill &&
        replacedAt !== null,
    });
  }

  // 4. PostgreSQL restarted.
  {
    const webBefore = childrenOf(primary).sort().join(",");
    const phaseStart = performance.now();
    const polls: { at: number; status: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const at = performance.now();
        let status = 0;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3_000) });
          status = res.status;
          await res.arrayBuffer();
        } catch {
          status = 0;
        }
        polls.push({ at, status });
        await sleep(200);
      }
    })();
    await sleep(3_000);
    const restartAt = performance.now();
    await db.interrupt();
    const restartedAt = performance.now();
    log(`PostgreSQL: ${db.interruption} took ${((restartedAt - restartAt) / 1000).toFixed(1)} s.`);
    // Recovered: the first 200 from /healthz after the restart finished.
    let recoveredAt: number | null = null;
    const deadline = performance.now() + 60_000;
    while (recoveredAt === null && performance.now() < deadline) {
      await sleep(100);
      recoveredAt = polls.find((p) => p.at >= restartedAt && p.status === 200)?.at ?? null;
    }
    if (recoveredAt !== null) await sleep(10_000);
    polling = false;
    await poller;
    const phaseEnd = performance.now();
    const failedPolls = polls.filter((p) => p.status !== 200);
    const window = run.samples.filter((s) => s.start >= phaseStart && s.start < phaseEnd);
    const before = window.filter((s) => s.end < restartAt);
    const during = window.filter((s) => s.end >= restartAt && (recoveredAt === null || s.start < recoveredAt));
    const after = recoveredAt === null ? [] : window.filter((s) => s.start >= recoveredAt!);
    const bad = (xs: Sample[]) => xs.filter((s) => !s.ok);
    const webAfter = childrenOf(primary).sort().join(",");
    const outage = recoveredAt === null ? null : (recoveredAt - restartAt) / 1000;
    const figures =
      `outage ${outage === null ? "not over in 60 s" : `${outage.toFixed(1)} s`} (${failedPolls.length} /healthz polls not 200); ` +
      `failed before/during/after: ${bad(before).length}/${before.length}, ${bad(during).length}/${during.length}, ${bad(after).length}/${after.length}; ` +
      `${bad(during).filter((s) => s.status === 503).length} answered 503, ${serverErrors(during)} other 5xx; ` +
      `web processes ${webBefore === webAfter ? "unchanged" : `changed (${webBefore} → ${webAfter})`}`;
    const failures = [...bad(before), ...bad(after)];
    log(
      `PostgreSQL restart: ${figures}${bad(during).length ? `; during: ${describeFailures(bad(during))}` : ""}${failures.length ? `; outside the outage: ${describeFailures(failures)}` : ""}`,
    );
    rows.push({
      check: `PostgreSQL restart (${db.mode})`,
      figures,
      pass:
        recoveredAt !== null &&
        bad(before).length === 0 &&
        bad(after).length === 0 &&
        after.length > 0 &&
        serverErrors(during) === 0 &&
        webBefore === webAfter,
    });
  }

  await run.stop();
  log(`Load stopped: ${run.samples.length} requests in all.`);

  // 5. The worker killed while the outbox sends.
  {
    const runId = randomBytes(4).toString("hex");
    const recipients = new Set(Array.from({ length: options.mails }, (_, i) => fx.outboxRecipient(runId, i)));
    const ours = () => standIn.emails.filter((e) => e.to.some((t) => recipients.has(t)));
    const attemptsBefore = standIn.attempts.length;
    await fx.enqueueOutboxCheck(runId, options.mails, origin);
    log(`Outbox: ${options.mails} mails enqueued in one transaction.`);
    const deadline = performance.now() + 60_000;
    while (ours().length < options.mails / 3 && performance.now() < deadline) await sleep(20);
    const atKill = ours().length;
    worker.child.kill("SIGKILL");
    await new Promise((r) =>
      worker.child.exitCode !== null || worker.child.signalCode !== null ? r(null) : worker.child.once("exit", r),
    );
    log(
      `Killed the worker ${worker.child.pid} with SIGKILL after ${atKill} of our mails had arrived; starting it again.`,
    );
    worker = await startPonte("scripts/worker.ts", env, /Ponte worker running/, "worker");
    const restartedAt = performance.now();
    const until = performance.now() + 90_000;
    while (performance.now() < until) {
      const statuses = await fx.outboxStatuses(runId);
      if ((statuses.SENT ?? 0) + (statuses.FAILED ?? 0) >= options.mails) break;
      await sleep(500);
    }
    await sleep(500);
    const received = ours();
    const perRecipient = new Map<string, number>();
    for (const e of received)
      for (const t of e.to) if (recipients.has(t)) perRecipient.set(t, (perRecipient.get(t) ?? 0) + 1);
    const sent = perRecipient.size;
    const duplicates = [...perRecipient.values()].reduce((s, n) => s + n - 1, 0);
    const missing = options.mails - sent;
    const ourKeys = new Set(received.map((e) => e.idempotencyKey));
    const repeats =
      standIn.attempts.slice(attemptsBefore).filter((a) => a.idempotencyKey && ourKeys.has(a.idempotencyKey)).length -
      received.length;
    const statuses = await fx.outboxStatuses(runId);
    const figures =
      `${options.mails} mails, ${atKill} arrived before the kill; sent ${sent}, duplicates ${duplicates}, missing ${missing}; ` +
      `${repeats} repeated send(s) answered by idempotency key; all done ${((performance.now() - restartedAt) / 1000).toFixed(1)} s after the restart; ` +
      `outbox ${Object.entries(statuses)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`;
    log(`Worker kill: ${figures}`);
    rows.push({
      check: "worker SIGKILL, outbox",
      figures,
      pass: sent === options.mails && duplicates === 0 && missing === 0,
    });
    await fx.closeDatabase();
  }

  const deaths = (server.output().match(/exited \(/g) ?? []).length;
  const elapsed = (performance.now() - started) / 1000;
  console.log(`\nResilience check (${db.mode} PostgreSQL: ${db.description}), ${elapsed.toFixed(0)} s in all:\n`);
  const w = Math.max(...rows.map((r) => r.check.length));
  for (const r of rows) console.log(`${r.pass ? "PASS" : "FAIL"}  ${r.check.padEnd(w)}  ${r.figures}`);
  console.log(`\nWeb processes that died during the run: ${deaths} (1 expected: the one killed).`);
  console.log(
    `Requests resent once on a new connection (their kept-alive one closed before any answer, as a browser resends): ${run.resent.length}` +
      (run.resent.length
        ? ` (${describeFailures(run.resent.map((r) => ({ kind: r.kind, start: r.at, end: r.at, status: 0, ok: false, error: r.error })))})`
        : ""),
  );
  const pass = rows.every((r) => r.pass);
  if (!pass) console.log(`Ponte's output: ${logFiles.join(", ")}`);
  return pass ? 0 : 1;
}

let finishing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (finishing) return;
    finishing = true;
    console.error(`\n${signal}: stopping Ponte and removing the private PostgreSQL cluster.`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error("test:resilience failed:", error);
    return 1;
  })
  .then(async (code) => {
    finishing = true;
    await cleanUp();
    process.exit(code);
  });
