/**
 * HTTP benchmark of /matches on PostgreSQL (issue 4): p95 under 150 ms at 10,000
 * opportunities with 20 concurrent users.
 *
 *   npm run bench:matches-http -- [--db=postgresql://postgres@127.0.0.1:5432/postgres]
 *     [--opportunities=10000] [--users=20] [--connections=20] [--duration=20]
 *     [--cold-users=1000 (0 = skip the cold phase)] [--processes=N (WEB_CONCURRENCY)] [--no-build] [--keep]
 *   (or BENCH_DATABASE_URL=… for the server to create the database on)
 *
 * Steps: create a fresh database `ponte_bench_<id>` on the server; migrate and seed it with
 * the real `scripts/db.ts seed`; add synthetic opportunities (app/matching/synthetic.ts,
 * their topics mapped onto the real taxonomy) and centres up to the target, plus approved
 * requests so occupancy is not empty; create applicants with profiles and sessions; build;
 * start server.ts on a free port with NODE_ENV=production (RESEND_API_KEY=re_dummy,
 * RESEND_BASE_URL=http://127.0.0.1:9: no mail ever leaves; a throwaway APP_SECRET); warm up (one request per user);
 * then autocannon with `connections` connections cycling the users' cookies for `duration`
 * seconds, each connection sending its next request as soon as the last is answered (20
 * requests always in flight). Prints requests/s, median, p95, p99 and errors, PASS/FAIL on
 * p95 < 150 ms; then the same load on /requests (a signed-in page with an empty list: what
 * any server-rendered page costs here), reported, not judged; then a
 * "cold" phase cycling `cold-users` other applicants, more than the per-process ranking
 * cache holds, so every request ranks, and /matches.data (what a client-side navigation
 * fetches), both reported, not judged; with the server's CPU time per request and the
 * machine's load average, since other processes may share the CPUs. Stops the server and drops
 * the database (unless --keep). Exit code 0 on PASS, 1 on FAIL or error.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { freePort } from "./bench/proc";
import type { Prisma } from "../app/generated/prisma/client";
import { createRng, syntheticCatalogue, syntheticProfile, type SyntheticTopic } from "../app/matching/synthetic";
import { addDays } from "../app/platform/calendar";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_P95_MS = 150;
/** Production start-up insists on a signing secret; a throwaway one per run. */
const APP_SECRET = randomBytes(32).toString("hex");

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes("=") ? hit.slice(name.length + 3) : "true";
}

const options = {
  db: arg("db", process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"),
  opportunities: Number(arg("opportunities", "10000")),
  users: Number(arg("users", "20")),
  connections: Number(arg("connections", "20")),
  duration: Number(arg("duration", "20")),
  coldUsers: Number(arg("cold-users", "1000")),
  /** WEB_CONCURRENCY for the server; empty: the app's default (one web process per CPU on PostgreSQL in production). */
  processes: arg("processes", ""),
  build: arg("no-build", "false") !== "true",
  keep: arg("keep", "false") === "true",
};

function databaseUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

/** Synthetic topic → a real taxonomy topic at the same depth (round robin), so interests and tags meet. */
function topicMapping(synthetic: SyntheticTopic[], real: { id: string; depth: number }[]): Map<string, string> {
  const byDepth = new Map<number, string[]>();
  for (const t of real) byDepth.set(t.depth, [...(byDepth.get(t.depth) ?? []), t.id]);
  const maxDepth = Math.max(...byDepth.keys());
  const used = new Map<number, number>();
  const out = new Map<string, string>();
  for (const t of synthetic) {
    const depth = Math.min(t.depth, maxDepth);
    const pool = byDepth.get(depth)!;
    const k = used.get(depth) ?? 0;
    out.set(t.id, pool[k % pool.length]!);
    used.set(depth, k + 1);
  }
  return out;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** Ids the app's routes accept (letters and digits). */
const benchId = (kind: string, n: number) => `bench${kind}${String(n).padStart(6, "0")}`;

interface Prepared {
  cookies: string[];
  coldCookies: string[];
  published: number;
}

/** Fills the bench database: synthetic catalogue, approved requests, applicants with profiles and sessions. */
async function prepare(today: string): Promise<Prepared> {
  // Imported here: they read DATABASE_URL, set just before.
  const { prisma } = await import("../app/platform/db.server");
  const { createUserSession } = await import("../app/accounts/auth.server");
  const existing = await prisma.opportunity.count({ where: { status: "PUBLISHED" } });
  const wanted = Math.max(0, options.opportunities - existing);
  const catalogue = syntheticCatalogue({
    seed: 20_270_301,
    centres: Math.max(20, Math.round(wanted / 25)),
    opportunities: wanted,
    // The windows cover the year from today: with the generator's default (a fixed year) the
    // applicants, whose dates run from today, would rank a closed catalogue once it passed.
    start: today,
  });
  const realTopics = await prisma.topic.findMany({ select: { id: true, depth: true } });
  const mapTopic = topicMapping(catalogue.taxonomy, realTopics);

  const centreIds = new Map(catalogue.centres.map((c, i) => [c.id, benchId("centre", i)]));
  await prisma.centre.createMany({
    data: catalogue.centres.map((c, i) => ({
      id: centreIds.get(c.id)!,
      slug: `bench-centre-${i}`,
      name: `Bench centre ${i}`,
      nameIt: `Centro di prova ${i}`,
      kind: "RESEARCH_INSTITUTE" as const,
      city: "Milano",
      descriptionEn: "Synthetic centre for the benchmark.",
      descriptionIt: "Centro sintetico per il benchmark.",
      languages: [],
    })),
  });
  const oppIds = new Map(catalogue.opportunities.map((o, i) => [o.id, benchId("opp", i)]));
  const cohortIds = new Map<string, string>();
  const opportunities: Prisma.OpportunityCreateManyInput[] = [];
  const topics: Prisma.OpportunityTopicCreateManyInput[] = [];
  const languages: Prisma.OpportunityLanguageCreateManyInput[] = [];
  const windows: Prisma.OpportunityWindowCreateManyInput[] = [];
  const cohorts: Prisma.CohortCreateManyInput[] = [];
  for (const o of catalogue.opportunities) {
    const id = oppIds.get(o.id)!;
    opportunities.push({
      id,
      centreId: centreIds.get(o.centreId)!,
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
    for (const t of new Set(o.topicIds.map((t) => mapTopic.get(t)!))) topics.push({ opportunityId: id, topicId: t });
    for (const l of o.languages) languages.push({ opportunityId: id, code: l.code, minLevel: l.level });
    for (const w of o.windows) windows.push({ opportunityId: id, startDate: day(w.start), endDate: day(w.end) });
    o.cohorts.forEach((c, k) => {
      const cid = benchId("cohort", cohortIds.size);
      cohortIds.set(c.id, cid);
      cohorts.push({
        id: cid,
        opportunityId: id,
        key: `c${k}`,
        name: `Cohort ${k + 1}`,
        startDate: day(c.start),
        endDate: day(c.end),
        seats: c.seats,
      });
    });
  }
  const chunked = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2000) await write(rows.slice(i, i + 2000));
  };
  await chunked(opportunities, (data) => prisma.opportunity.createMany({ data }));
  await chunked(topics, (data) => prisma.opportunityTopic.createMany({ data, skipDuplicates: true }));
  await chunked(languages, (data) => prisma.opportunityLanguage.createMany({ data, skipDuplicates: true }));
  await chunked(windows, (data) => prisma.opportunityWindow.createMany({ data }));
  await chunked(cohorts, (data) => prisma.cohort.createMany({ data }));

  // Approved requests (anonymised: no applicant), one per booked stay of the synthetic occupancy's first days.
  const requests: Prisma.RequestCreateManyInput[] = [];
  for (const [oppId, days] of catalogue.occupancy.byDay) {
    const first = [...days.keys()].sort()[0];
    if (!first || requests.length >= 2000) continue;
    requests.push({
      opportunityId: oppIds.get(oppId)!,
      startDate: day(first),
      endDate: day(addDays(first, 6)),
      motivation: "bench",
      status: "APPROVED",
      dueAt: new Date(),
    });
  }
  await chunked(requests, (data) => prisma.request.createMany({ data }));

  // Applicants: profiles from the synthetic generator, topics mapped, dates from today.
  const rng = createRng(options.users * 7919 + 1);
  const makeUsers = async (count: number, prefix: string) => {
    const users = Array.from({ length: count }, (_, i) => ({
      id: `bench${prefix}${String(i).padStart(5, "0")}`,
      email: `bench-${prefix}-${i}@example.test`,
      name: `Bench applicant ${prefix} ${i}`,
      roles: ["APPLICANT" as const],
      emailVerifiedAt: new Date(),
    }));
    await chunked(users, (data) => prisma.user.createMany({ data }));
    const profiles: Prisma.ProfileCreateManyInput[] = [];
    const profileLanguages: Prisma.ProfileLanguageCreateManyInput[] = [];
    const interests: Prisma.ProfileInterestCreateManyInput[] = [];
    const availability: Prisma.AvailabilityWindowCreateManyInput[] = [];
    for (const u of users) {
      const p = syntheticProfile(rng, catalogue, today);
      profiles.push({
        userId: u.id,
        profession: p.profession,
        careerStage: p.careerStage,
        researchStatement: p.statement,
        stayTypes: p.stayTypes,
        suggestToCentres: true,
      });
      for (const l of p.languages) profileLanguages.push({ profileId: u.id, code: l.code, level: l.level });
      for (const i of p.interests)
        interests.push({ profileId: u.id, topicId: mapTopic.get(i.topicId)!, weight: i.weight });
      for (const w of p.windows) availability.push({ profileId: u.id, startDate: day(w.start), endDate: day(w.end) });
    }
    await chunked(profiles, (data) => prisma.profile.createMany({ data }));
    await chunked(profileLanguages, (data) => prisma.profileLanguage.createMany({ data, skipDuplicates: true }));
    await chunked(interests, (data) => prisma.profileInterest.createMany({ data, skipDuplicates: true }));
    await chunked(availability, (data) => prisma.availabilityWindow.createMany({ data }));
    const cookies: string[] = [];
    for (const u of users) {
      const setCookie = await createUserSession(u.id, {
        request: new Request("http://localhost/login"),
        ip: "127.0.0.1",
      });
      cookies.push(setCookie.split(";")[0]!);
    }
    return cookies;
  };
  const cookies = await makeUsers(options.users, "u");
  const coldCookies = options.coldUsers > 0 ? await makeUsers(options.coldUsers, "c") : [];
  const published = await prisma.opportunity.count({ where: { status: "PUBLISHED" } });
  const { closeDatabase } = await import("../app/platform/db.server");
  await closeDatabase();
  return { cookies, coldCookies, published };
}

/** What the server said when it started ("… with 2 web processes"). */
let serverOutput = "";

function startServer(port: number, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: url,
      PGLITE_DIR: "",
      APP_ORIGIN: `http://localhost:${port}`,
      RESEND_API_KEY: "re_dummy",
      RESEND_BASE_URL: "http://127.0.0.1:9",
      APP_SECRET,
      PONTE_DEMO: "",
      WEB_CONCURRENCY: options.processes,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (b: Buffer) => {
    output += b.toString();
    serverOutput = output;
  });
  child.stderr!.on("data", (b: Buffer) => (output += b.toString()));
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(async () => {
      if (child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`server exited (${child.exitCode}):\n${output}`));
        return;
      }
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.ok && /Ponte is serving/.test(output)) {
          clearInterval(poll);
          resolve(child);
        }
      } catch {
        if (Date.now() - started > 120_000) {
          clearInterval(poll);
          child.kill("SIGTERM");
          reject(new Error(`server did not answer within 120 s:\n${output}`));
        }
      }
    }, 250);
  });
}

/** CPU time (ms) a process and its children (the web workers) have used so far, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  const own = (p: number) => {
    const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  };
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return own(pid!) + children.reduce((sum, c) => sum + own(Number(c)), 0);
  } catch {
    return null;
  }
}

interface Figures {
  /** Server CPU time per request (ms), when /proc tells. */
  cpuPerRequest: number | null;
  requests: number;
  rps: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

/** autocannon against /matches, each request with the next cookie of `cookies`; latencies from every response. */
async function load(
  port: number,
  cookies: string[],
  duration: number,
  server: ChildProcess,
  path = "/matches",
): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const cpuBefore = cpuMs(server.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: options.connections,
        duration,
        requests: [
          {
            method: "GET",
            path,
            setupRequest: (req) => ({
              ...req,
              headers: { ...req.headers, cookie: cookies[next++ % cookies.length]!, "accept-language": "en" },
            }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const cpuAfter = cpuMs(server.pid);
  return {
    cpuPerRequest:
      cpuBefore !== null && cpuAfter !== null && latencies.length ? (cpuAfter - cpuBefore) / latencies.length : null,
    requests: latencies.length,
    rps: latencies.length / duration,
    median: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function print(label: string, f: Figures) {
  log(
    `${label}: ${f.requests} requests, ${f.rps.toFixed(1)} req/s, median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, ` +
      `p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(1)} ms, errors ${f.errors}, non-2xx ${f.non2xx}` +
      (f.cpuPerRequest === null ? "" : `; server CPU ${f.cpuPerRequest.toFixed(1)} ms per request`),
  );
}

async function main(): Promise<number> {
  const name = `ponte_bench_${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const url = databaseUrl(options.db, name);
  const admin = new pg.Client({ connectionString: options.db });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  log(
    `Benchmark of /matches: Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? "?"}), database ${name}`,
  );
  let server: ChildProcess | undefined;
  let ok = false;
  try {
    const t0 = performance.now();
    execFileSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "seed"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PGLITE_DIR: "",
        NODE_ENV: "production",
        RESEND_API_KEY: "re_dummy",
        APP_SECRET,
        PONTE_DEMO: "",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    process.env.DATABASE_URL = url;
    delete process.env.PGLITE_DIR;
    const today = new Date().toISOString().slice(0, 10);
    const prepared = await prepare(today);
    log(
      `Prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${prepared.published} published opportunities, ` +
        `${prepared.cookies.length} applicants (+${prepared.coldCookies.length} for the cold phase).`,
    );
    if (options.build) {
      // Quiet unless it fails (execFileSync then throws with the output).
      execFileSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
        cwd: root,
        stdio: "pipe",
      });
    }
    const port = await freePort();
    server = await startServer(port, url);

    // Warm-up: the first request builds the match index; one per user fills the ranking cache.
    const first = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/matches`, {
      headers: { cookie: prepared.cookies[0]!, "accept-language": "en" },
    });
    const html = await res.text();
    const firstMs = performance.now() - first;
    const cards = (html.match(/class="card match-card"/g) ?? []).length;
    if (res.status !== 200 || !html.includes("Your matches"))
      throw new Error(`/matches answered ${res.status}:\n${html.slice(0, 500)}`);
    log(
      `First request (builds the index of ${prepared.published} opportunities): ${firstMs.toFixed(0)} ms, ${cards} match cards on the page.`,
    );
    // Each web process keeps its own caches; connections are dealt round robin, so a few
    // rounds warm every process for every user.
    const processes = Number(serverOutput.match(/with (\d+) web processes/)?.[1] ?? 1);
    log(`Web processes: ${processes} (WEB_CONCURRENCY ${options.processes || "unset: the app's default"}).`);
    for (let round = 0; round < 2 * processes; round++)
      await Promise.all(
        prepared.cookies.map((cookie) =>
          fetch(`http://127.0.0.1:${port}/matches`, { headers: { cookie } }).then((r) => r.arrayBuffer()),
        ),
      );

    log(
      `\nLoad: ${options.connections} connections cycling ${prepared.cookies.length} applicants' cookies for ${options.duration} s (autocannon).`,
    );
    log(
      `Load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} (${os.cpus().length} CPUs; other processes share them).`,
    );
    const hot = await load(port, prepared.cookies, options.duration, server);
    print("/matches", hot);
    ok = hot.p95 < TARGET_P95_MS && hot.errors === 0 && hot.non2xx === 0;
    log(
      `${ok ? "PASS" : "FAIL"}: p95 ${hot.p95.toFixed(1)} ms < ${TARGET_P95_MS} ms at ${prepared.published} opportunities, ${options.connections} concurrent users, no errors`,
    );

    // The floor: the same load on a signed-in page that does almost nothing (the applicant's
    // empty request list), to tell what any server-rendered page costs from what /matches adds.
    log(
      `\nBaseline (reported, not judged): /requests, a signed-in page with an empty list, same ${prepared.cookies.length} applicants and connections.`,
    );
    print(
      "/requests",
      await load(port, prepared.cookies, Math.max(5, Math.round(options.duration / 2)), server, "/requests"),
    );

    if (prepared.coldCookies.length) {
      log(
        `\nCold phase (reported, not judged): ${prepared.coldCookies.length} other applicants cycled, more than the ranking cache holds, so every request ranks.`,
      );
      print("/matches (cold)", await load(port, prepared.coldCookies, options.duration, server));
    }
    log(
      `\nClient-side navigation (reported, not judged): /matches.data, the loader data alone, same ${prepared.cookies.length} applicants.`,
    );
    print(
      "/matches.data",
      await load(port, prepared.cookies, Math.max(5, Math.round(options.duration / 2)), server, "/matches.data"),
    );
    log(
      `Load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
    if (!options.keep) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      log(`\nDropped ${name}.`);
    } else log(`\nKept ${name}.`);
    await admin.end();
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
