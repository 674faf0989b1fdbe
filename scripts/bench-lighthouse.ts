/**
 * Lighthouse on Ponte's main pages (issue 15: performance ≥ 90 and SEO 100, mobile preset,
 * on `/`, `/opportunities` and `/matches`):
 *
 *   npm run bench:lighthouse -- [--runs=3] [--no-build] [--pages=/,/opportunities,/matches]
 *
 * Builds Ponte (unless --no-build), serves it in production mode on a fresh embedded database
 * with the catalogue and the demo accounts (a temporary PGlite directory, removed at the end),
 * signs the demo applicant in for `/matches`, and runs Lighthouse 12 (its default mobile
 * preset: a Moto G Power's screen, simulated slow 4G and a 4× slower CPU) in Debian's Chromium
 * `--runs` times per page. Prints per page the median performance and SEO scores and the
 * median of the metrics behind the score (FCP, LCP, TBT, CLS, Speed Index), the audits that
 * failed in the median run, PASS/FAIL against the targets, and the load average: Lighthouse's
 * simulated throttling still measures the main thread's work on this machine, so a busy
 * machine lowers the performance score.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort } from "./bench/proc";
import { CHROMIUM, ensureSystemTools } from "./system-packages";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k!, v ?? "true"] as const;
  }),
);
const RUNS = Math.max(1, Number(args.get("runs") ?? 3));
const PAGES = (args.get("pages") ?? "/,/opportunities,/matches").split(",");
/** Pages that need the demo applicant signed in. */
const SIGNED_IN = new Set(["/matches", "/profile", "/requests"]);
const TARGETS = { performance: 90, seo: 100 };
const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;

/** The installed Lighthouse's version (its package.json, which its exports do not list). */
function lighthouseVersion(): string {
  const file = path.join(root, "node_modules", "lighthouse", "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Starts the production server on `dir`; resolves with its URL and a stop function. */
async function serve(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  // A fixed port, so APP_ORIGIN (which the login form's Origin check compares) is the real one.
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    APP_ORIGIN: `http://localhost:${port}`,
    PGLITE_DIR: dir,
    UPLOAD_DIR: `${dir}-uploads`,
    PONTE_DEMO: "1",
    APP_SECRET: randomBytes(24).toString("hex"),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "server/start-production.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving (http:\/\/[^\s]+:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the server exited (${code}):\n${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

/** The demo applicant's session cookie (`name=value`), by signing in as a browser would. */
async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "applicant@ponte.example", password: "ponte-demo-2026" }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (res.status !== 302 || !cookie) throw new Error(`could not sign the demo applicant in (${res.status})`);
  return cookie;
}

interface Run {
  performance: number;
  seo: number;
  metrics: Record<string, number>;
  failed: string[];
}

async function audit(port: number, url: string, cookie: string | null): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "seo"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    seo: score("seo"),
    metrics: Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id]?.numericValue ?? NaN])),
    failed: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`),
  };
}

async function main() {
  if (!ensureSystemTools([{ ...CHROMIUM, neededFor: "Lighthouse" }])) process.exit(1);
  if (args.get("build") !== "false" && !args.has("no-build"))
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-lighthouse-"));
  const server = await serve(path.join(dir, "pglite"));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM.path,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const loadBefore = os.loadavg();
  let failed = false;
  try {
    const cookie = await signIn(server.url);
    console.log(
      `Lighthouse ${lighthouseVersion()}, mobile preset, ${RUNS} run(s) a page, medians; Chromium at ${CHROMIUM.path}; ${os.cpus().length} CPU(s).`,
    );
    console.log(`Load average before: ${loadBefore.map((l) => l.toFixed(2)).join(" ")}.\n`);
    console.log("| page             | performance |  SEO |  FCP ms |  LCP ms |  TBT ms |   CLS |   SI ms | targets |");
    console.log("|------------------|-------------|------|---------|---------|---------|-------|---------|---------|");
    const notes: string[] = [];
    for (const page of PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await audit(chrome.port, `${server.url}${page}`, SIGNED_IN.has(page) ? cookie : null));
      const perf = median(runs.map((r) => r.performance));
      const seo = median(runs.map((r) => r.seo));
      const m = (id: string) => median(runs.map((r) => r.metrics[id]!));
      const pass = perf >= TARGETS.performance && seo >= TARGETS.seo;
      failed ||= !pass;
      const cells = METRICS.map(([id]) =>
        id === "cumulative-layout-shift" ? m(id).toFixed(3) : Math.round(m(id)).toString(),
      );
      console.log(
        `| ${page.padEnd(16)} | ${String(perf).padStart(11)} | ${String(seo).padStart(4)} | ${cells
          .map((c, i) => c.padStart(i === 3 ? 5 : 7))
          .join(" | ")} | ${(pass ? "PASS" : "FAIL").padStart(7)} |`,
      );
      const middle = runs.find((r) => r.performance === perf) ?? runs[0]!;
      if (middle.failed.length) notes.push(`${page}: ${middle.failed.join("; ")}`);
    }
    console.log(
      `\nLoad average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}.`,
    );
    if (notes.length) console.log(`Audits below 0.9 (median run):\n  ${notes.join("\n  ")}`);
    console.log(`Targets: performance ≥ ${TARGETS.performance}, SEO ${TARGETS.seo}.`);
  } finally {
    chrome.kill();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
