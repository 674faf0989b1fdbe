/**
 * What each of Ponte's main pages costs beside a bare Remix page (issue 15):
 *
 *   npm run bench:pages -- [--db=embedded|postgres] [--opportunities=N] [--requests=N]
 *     [--seconds=5] [--connections=10] [--processes=1] [--smoke] [--no-build] [--keep]
 *     [--database=NAME] [--server-log=FILE] [--pages=dashboard,/inbox,=/] [--tsx]
 *   (--db=postgres uses BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres,
 *    to create a database of its own, dropped at the end unless --keep; --database=NAME uses
 *    one kept by an earlier run as it is. The servers' output goes to --server-log, default
 *    $TMPDIR/ponte-bench-pages-server.log. The synthetic opportunities are examples, so the
 *    server runs with PONTE_EXAMPLES=show.)
 *
 * Builds the bare fixture (scripts/bench/bare/: root layout with header and footer, a loader
 * returning 40 items; same Remix 2.17.5, Express and `@remix-run/express`, production build)
 * and Ponte's production build; prepares a database (embedded: a fresh PGlite directory with
 * the seed and the demo accounts; postgres: the same plus synthetic opportunities up to
 * `--opportunities` (default 10,000) from app/matching/synthetic.ts and `--requests` approved
 * requests (default 1,000)); starts each server as one web process (Ponte's as `npm run serve`
 * does, build/start/start-production.js; `--tsx`: server.ts through tsx); then loads each page in
 * turn with autocannon (`--connections`, default 10, for `--seconds` each) after a short
 * warm-up, and prints per page: req/s, p50, p95, the server's CPU ms per request (user +
 * system time of the server process from /proc/<pid>/stat, before and after) and its ratio
 * to the bare page's. Then the web process's resident memory after the run and when it started
 * serving, and how long it took to start (launch to "Ponte is serving"). `--smoke`: 1 s per page, no
 * synthetic data, Ponte's build reused when there is one (under 2 minutes; run in CI).
 * Other processes on the machine share its CPUs: the load average is printed with the table.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import type { Prisma, PrismaClient } from "../app/generated/prisma/client";
import { syntheticCatalogue } from "../app/matching/synthetic";
import { addDays } from "../app/platform/calendar";
import { cpuMs, freePort, rssMb } from "./bench/proc";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bareDir = path.join(root, "scripts/bench/bare");
const APP_SECRET = randomBytes(32).toString("hex");

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes("=") ? hit.slice(name.length + 3) : "true";
}

const smoke = arg("smoke", "false") === "true";
const options = {
  db: arg("db", "embedded") as "embedded" | "postgres",
  server: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  opportunities: Number(arg("opportunities", smoke ? "0" : "10000")),
  requests: Number(arg("requests", smoke ? "0" : "1000")),
  seconds: Number(arg("seconds", smoke ? "1" : "5")),
  connections: Number(arg("connections", "10")),
  processes: Number(arg("processes", "1")),
  build: arg("no-build", "false") !== "true",
  keep: arg("keep", "false") === "true",
  /** An existing database (kept by an earlier `--keep` run) to use as it is: no synthetic data added. */
  database: arg("database", ""),
  /**
   * Only the pages whose label contains one of these comma-separated parts, or is exactly a
   * part written `=label` (`=/` for the home page alone); the bare page always.
   */
  pages: arg("pages", "").split(",").filter(Boolean),
  /** Run server.ts through tsx, as `npm run serve` did before build/start/ (to compare). */
  tsx: arg("tsx", "false") === "true",
  /** Where the servers' output goes (read it when a page answers 500). */
  serverLog: arg("server-log", path.join(os.tmpdir(), "ponte-bench-pages-server.log")),
};
if (options.db !== "embedded" && options.db !== "postgres") throw new Error("--db: embedded or postgres");

const log = (line: string) => process.stdout.write(`${line}\n`);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function start(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  port: number,
  ready: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const logFile = fs.createWriteStream(options.serverLog, { flags: "a" });
  const keep = (b: Buffer) => {
    if (output.length < 100_000) output += b.toString();
    logFile.write(b);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(async () => {
      if (child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`server exited (${child.exitCode}):\n${output}`));
      } else if (output.includes(ready)) {
        clearInterval(poll);
        resolve(child);
      } else if (Date.now() - started > 120_000) {
        clearInterval(poll);
        child.kill("SIGTERM");
        reject(new Error(`server not ready within 120 s:\n${output}`));
      }
    }, 200);
  });
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

interface Page {
  label: string;
  path: string;
  cookie?: string;
}

/** Synthetic opportunities (on the seeded centres' topics) and approved requests, on PostgreSQL. */
async function addSynthetic(prisma: PrismaClient, today: string) {
  const existing = await prisma.opportunity.count();
  const wanted = Math.max(0, options.opportunities - existing);
  if (wanted === 0 && options.requests === 0) return;
  const catalogue = syntheticCatalogue({
    seed: 20_261_206,
    centres: Math.max(20, Math.round(wanted / 25)),
    opportunities: wanted,
    start: today,
  });
  const topics = (await prisma.topic.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
  const centres = (await prisma.centre.findMany({ select: { id: true }, orderBy: { slug: "asc" } })).map((c) => c.id);
  const opportunities: Prisma.OpportunityCreateManyInput[] = [];
  const links: Prisma.OpportunityTopicCreateManyInput[] = [];
  const windows: Prisma.OpportunityWindowCreateManyInput[] = [];
  catalogue.opportunities.forEach((o, i) => {
    const id = `benchopp${String(i).padStart(6, "0")}`;
    opportunities.push({
      id,
      centreId: centres[i % centres.length]!,
      type: o.type,
      status: "PUBLISHED",
      isExample: true,
      titleEn: o.title,
      titleIt: o.title,
      descriptionEn: o.description,
      descriptionIt: o.description,
      professions: o.professions,
      careerStages: o.careerStages,
      seats: o.seats,
      minDays: o.minDays,
      maxDays: o.maxDays,
      deadline: o.deadline ? day(o.deadline) : null,
    });
    for (const t of new Set(o.topicIds.map((t) => topics[Number(t.replace(/\D/g, "") || 0) % topics.length]!)))
      links.push({ opportunityId: id, topicId: t });
    for (const w of o.windows) windows.push({ opportunityId: id, startDate: day(w.start), endDate: day(w.end) });
  });
  const chunked = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2000) await write(rows.slice(i, i + 2000));
  };
  await chunked(opportunities, (data) => prisma.opportunity.createMany({ data }));
  await chunked(links, (data) => prisma.opportunityTopic.createMany({ data, skipDuplicates: true }));
  await chunked(windows, (data) => prisma.opportunityWindow.createMany({ data }));
  const ids = opportunities.length
    ? opportunities.map((o) => o.id!)
    : (await prisma.opportunity.findMany({ select: { id: true } })).map((o) => o.id);
  const requests: Prisma.RequestCreateManyInput[] = Array.from({ length: options.requests }, (_, i) => ({
    opportunityId: ids[i % ids.length]!,
    startDate: day(addDays(today, 30 + (i % 200))),
    endDate: day(addDays(today, 36 + (i % 200))),
    motivation: "bench",
    status: "APPROVED" as const,
    dueAt: new Date(),
  }));
  await chunked(requests, (data) => prisma.request.createMany({ data }));
  // What autovacuum does soon after a bulk load: without it the search-vector triggers'
  // updates leave as many dead rows as live ones and the planner's estimates are 100× off.
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
}

/** Seeds (with the demo accounts), adds the synthetic data, a request with a message, and sessions. */
async function prepare(env: NodeJS.ProcessEnv): Promise<Page[]> {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "seed"], {
    cwd: root,
    env: { ...process.env, ...env, PONTE_DEMO: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  Object.assign(process.env, env);
  const { prisma, closeDatabase } = await import("../app/platform/db.server");
  const { createUserSession } = await import("../app/accounts/auth.server");
  const today = new Date().toISOString().slice(0, 10);
  if (options.db === "postgres" && !options.database) await addSynthetic(prisma, today);
  const applicant = await prisma.user.findUniqueOrThrow({ where: { email: "applicant@ponte.example" } });
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@ponte.example" } });
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: "coordinator.cnao@ponte.example" } });
  const opportunity = await prisma.opportunity.findUniqueOrThrow({
    where: { seedKey: "cnao-carbon-ion-observership" },
  });
  const request = await prisma.request.create({
    data: {
      applicantId: applicant.id,
      opportunityId: opportunity.id,
      startDate: day(addDays(today, 60)),
      endDate: day(addDays(today, 66)),
      motivation: "I would like to observe carbon-ion treatment planning for head and neck tumours.",
      dueAt: new Date(Date.now() + 21 * 86_400_000),
    },
  });
  const cookie = async (userId: string) =>
    (await createUserSession(userId, { request: new Request("http://localhost/login"), ip: "127.0.0.1" })).split(
      ";",
    )[0]!;
  const [applicantCookie, adminCookie, coordinatorCookie] = [
    await cookie(applicant.id),
    await cookie(admin.id),
    await cookie(coordinator.id),
  ];
  await closeDatabase();
  return [
    { label: "/", path: "/" },
    { label: "/centres", path: "/centres" },
    { label: "/centres/:slug", path: "/centres/cnao" },
    { label: "/opportunities", path: "/opportunities" },
    { label: "/opportunities?type&language", path: "/opportunities?type=OBSERVERSHIP&language=en" },
    { label: "/opportunities?q", path: "/opportunities?q=carbon+ion" },
    { label: "/opportunities?page=3", path: "/opportunities?page=3" },
    { label: "/opportunities/:id", path: `/opportunities/${opportunity.id}` },
    { label: "/matches", path: "/matches", cookie: applicantCookie },
    { label: "/profile", path: "/profile", cookie: applicantCookie },
    { label: "/requests", path: "/requests", cookie: applicantCookie },
    { label: "/requests/:id", path: `/requests/${request.id}`, cookie: applicantCookie },
    { label: "/inbox", path: "/inbox", cookie: coordinatorCookie },
    { label: "/inbox/:id", path: `/inbox/${request.id}`, cookie: coordinatorCookie },
    { label: "/admin", path: "/admin", cookie: adminCookie },
    { label: "/admin/dashboard", path: "/admin/dashboard", cookie: adminCookie },
    { label: "/coordinator/dashboard", path: "/coordinator/dashboard", cookie: coordinatorCookie },
    // One of the dashboard's images (decision 0043): a browser loads each once per figures,
    // then keeps it; the map is the largest.
    { label: "/admin/dashboard.svg (map)", path: "/admin/dashboard.svg?chart=countries&map=1", cookie: adminCookie },
    { label: "/admin/dashboard.svg (months)", path: "/admin/dashboard.svg?chart=months", cookie: adminCookie },
  ];
}

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  cpu: number;
  bytes: number;
  errors: number;
}

async function measure(port: number, server: ChildProcess, page: Page): Promise<Figures> {
  const headers: Record<string, string> = { "accept-language": "en" };
  if (page.cookie) headers.cookie = page.cookie;
  let bytes = 0;
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`http://127.0.0.1:${port}${page.path}`, { headers, redirect: "manual" });
    bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${page.path} answered ${res.status}`);
  }
  const latencies: number[] = [];
  const before = cpuMs(server.pid!);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}${page.path}`,
        connections: options.connections,
        duration: options.seconds,
        headers,
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on("response", (_c, _s, _b, time) => latencies.push(time));
  });
  const cpu = cpuMs(server.pid!) - before;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / options.seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    cpu: latencies.length ? cpu / latencies.length : NaN,
    bytes,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function row(label: string, f: Figures, bare: Figures) {
  const cells = [
    label.padEnd(30),
    f.rps.toFixed(0).padStart(6),
    f.p50.toFixed(0).padStart(5),
    f.p95.toFixed(0).padStart(5),
    f.cpu.toFixed(2).padStart(7),
    `${(f.cpu / bare.cpu).toFixed(1)}×`.padStart(7),
    `${(f.bytes / 1024).toFixed(1)}`.padStart(7),
    String(f.errors).padStart(6),
  ];
  log(`| ${cells.join(" | ")} |`);
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const id = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  let dbName: string | undefined;
  let pgliteDir: string | undefined;
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    RESEND_API_KEY: "re_dummy",
    RESEND_BASE_URL: "http://127.0.0.1:9",
    APP_SECRET,
  };
  if (options.db === "postgres") {
    dbName = options.database || `ponte_bench_pages_${id}`;
    if (!options.database) {
      const admin = new pg.Client({ connectionString: options.server });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${dbName}"`);
      await admin.end();
    }
    const u = new URL(options.server);
    u.pathname = `/${dbName}`;
    Object.assign(env, { DATABASE_URL: u.toString(), PGLITE_DIR: "" });
  } else {
    pgliteDir = path.join(os.tmpdir(), `ponte-bench-pages-${id}`);
    Object.assign(env, { DATABASE_URL: "", PGLITE_DIR: pgliteDir });
  }
  let bare: ChildProcess | undefined;
  let ponte: ChildProcess | undefined;
  try {
    const cli = path.join(root, "node_modules/@remix-run/dev/dist/cli.js");
    execFileSync(process.execPath, [cli, "build"], {
      cwd: bareDir,
      stdio: "pipe",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (options.build && !(smoke && fs.existsSync(path.join(root, "build/start/start-production.js")))) {
      execFileSync(process.execPath, [cli, "build"], {
        cwd: root,
        stdio: "pipe",
        env: { ...process.env, NODE_ENV: "production" },
      });
      execFileSync(process.execPath, ["scripts/build-server.mjs"], { cwd: root, stdio: "pipe" });
    }
    const pages = (await prepare(env)).filter(
      (p) =>
        !options.pages.length ||
        options.pages.some((part) => (part.startsWith("=") ? p.label === part.slice(1) : p.label.includes(part))),
    );
    log(
      `bench:pages on ${options.db === "postgres" ? `PostgreSQL (${dbName})` : "the embedded database (PGlite)"}: Node ${process.version}, ` +
        `${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? "?"}), ${options.connections} connections, ${options.seconds} s a page, ${options.processes} web process(es); ` +
        `prepared in ${((performance.now() - t0) / 1000).toFixed(0)} s.`,
    );
    const barePort = await freePort();
    bare = await start(["server.js"], bareDir, { NODE_ENV: "production" }, barePort, "bare Remix serving");
    const pontePort = await freePort();
    const startedAt = performance.now();
    ponte = await start(
      options.tsx ? ["--import", "tsx", "server.ts"] : ["build/start/start-production.js"],
      root,
      // The synthetic opportunities are examples (isExample), hidden by default on PostgreSQL.
      { ...env, WEB_CONCURRENCY: String(options.processes), PONTE_DEMO: "", PONTE_EXAMPLES: "show" },
      pontePort,
      "Ponte is serving",
    );
    const coldStart = (performance.now() - startedAt) / 1000;
    const rssAtStart = rssMb(ponte.pid!);
    log(
      `Load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} (other processes share the CPUs).\n`,
    );
    log(
      `| ${["page".padEnd(30), "req/s".padStart(6), "p50".padStart(5), "p95".padStart(5), "CPU ms".padStart(7), "× bare".padStart(7), "KB".padStart(7), "errors".padStart(6)].join(" | ")} |`,
    );
    log(
      `|${"-".repeat(32)}|${"-".repeat(8)}|${"-".repeat(7)}|${"-".repeat(7)}|${"-".repeat(9)}|${"-".repeat(9)}|${"-".repeat(9)}|${"-".repeat(8)}|`,
    );
    const bareFigures = await measure(barePort, bare, { label: "bare Remix page", path: "/" });
    row("bare Remix page", bareFigures, bareFigures);
    let errors = bareFigures.errors;
    for (const page of pages) {
      const f = await measure(pontePort, ponte, page);
      errors += f.errors;
      row(page.label, f, bareFigures);
    }
    log(
      `\nLoad average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}.`,
    );
    log(
      `Ponte's web process after the run: ${rssMb(ponte.pid!).toFixed(0)} MB resident (the bare server: ${rssMb(bare.pid!).toFixed(0)} MB); ` +
        `${rssAtStart.toFixed(0)} MB when it started serving, ${coldStart.toFixed(1)} s after it was launched (cold start: migrations checked, seed skipped, build imported).`,
    );
    log(`Total ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
    return errors === 0 ? 0 : 1;
  } finally {
    await stop(bare);
    await stop(ponte);
    if (pgliteDir && !options.keep) fs.rmSync(pgliteDir, { recursive: true, force: true });
    if (dbName && !options.keep && !options.database) {
      const admin = new pg.Client({ connectionString: options.server });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
