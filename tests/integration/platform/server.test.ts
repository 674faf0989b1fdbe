/**
 * The real server process (server.ts) on this run's database: start-up, pages over HTTP,
 * security headers, the Origin check, and failing fast on an unreachable database.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../utils/server";

const root = path.resolve(__dirname, "../../..");

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", PORT: "0", ...extra };
  return env;
}

describe("server.ts", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let copyDir: string | undefined;

  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
    else {
      // A private copy: the test worker keeps its own PGlite open.
      copyDir = `${process.env.PGLITE_DIR}-server`;
      fs.rmSync(copyDir, { recursive: true, force: true });
      fs.cpSync(process.env.PGLITE_DIR!, copyDir, { recursive: true });
      env.PGLITE_DIR = copyDir;
    }
    server = await startServer(serverEnv(env));
  }, 90_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      const exited = new Promise((r) => server.child.once("exit", r));
      server.child.kill("SIGTERM");
      await exited;
    }
    if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true });
  });

  it("builds the match index before it listens (issue 15: a cold process would stall its first requests)", () => {
    expect(server.output()).toMatch(/Ponte's match index is ready \(\d+ ms\)\.[\s\S]*Ponte is serving/);
  });

  it("serves the centres page with every required centre", async () => {
    const res = await fetch(`${server.url}/centres`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const name of ["CNAO", "Niguarda", "Istituto Nazionale dei Tumori", "Humanitas", "San Raffaele"])
      expect(html).toContain(name);
  });

  it("sends security headers with a CSP nonce that the page's scripts carry", async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("strict-transport-security")).toBeNull(); // http origin
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("answers /healthz and 404s over HTTP", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ db: "ok" });
    expect((await fetch(`${server.url}/centres/atlantis`)).status).toBe(404);
    // A URL no route knows: the translated page, not the router's own message.
    const unknown = await fetch(`${server.url}/nope`);
    expect(unknown.status).toBe(404);
    const html = await unknown.text();
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(main).toContain("Page not found");
    expect(main).toContain("We could not find what you were looking for.");
    expect(main).not.toContain("No route matches");
    const holiday = await fetch(`${server.url}/opportunities?type=HOLIDAY&from=2027-05-01&to=2027-04-01`);
    expect(holiday.status).toBe(200);
    const page = await holiday.text();
    expect(page).toContain("Some filters could not be used");
    expect(page).toContain("is before “Available from”");
  });

  it("refuses a cross-origin POST with a 403 page in the user's language and accepts a same-origin one", async () => {
    const body = new URLSearchParams({ language: "it", redirectTo: "/" });
    const cross = await fetch(`${server.url}/language`, {
      method: "POST",
      body,
      headers: { Origin: "https://evil.example" },
      redirect: "manual",
    });
    expect(cross.status).toBe(403);
    expect(await cross.text()).toContain("sent from another website, so Ponte did not act on it");
    const none = await fetch(`${server.url}/language`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { "Accept-Language": "it" },
    });
    expect(none.status).toBe(403);
    expect(await none.text()).toContain("inviato da un altro sito");
    const same = await fetch(`${server.url}/language`, {
      method: "POST",
      body,
      headers: { Origin: "http://localhost:3000" },
      redirect: "manual",
    });
    expect(same.status).toBe(302);
    const cookie = same.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/ponte_lng=/);
    // The footer's choice sticks: the next page is in Italian.
    const page = await fetch(`${server.url}/`, { headers: { Cookie: cookie.split(";")[0] } });
    expect(await page.text()).toContain('<html lang="it"');
  });
});

describe("server.ts with an unreachable DATABASE_URL", () => {
  it("fails fast with one clear line and no stack trace", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      cwd: root,
      env: serverEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/ponte" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Ponte cannot start: Cannot reach the database \(PostgreSQL at postgresql:\/\/postgres@127\.0\.0\.1:1\/ponte\)/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("server.ts with several web processes (WEB_CONCURRENCY)", () => {
  it("refuses more than one on the embedded database, in one line", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      cwd: root,
      env: serverEnv({ DATABASE_URL: "", PGLITE_DIR: "/nonexistent/never-created", WEB_CONCURRENCY: "2" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      "Ponte cannot start: Invalid configuration: WEB_CONCURRENCY above 1 needs PostgreSQL (DATABASE_URL); the embedded database admits one process.",
    );
    expect(fs.existsSync("/nonexistent/never-created")).toBe(false);
  }, 60_000);

  // A cluster needs a database server: on the embedded database this case cannot run.
  it.runIf(Boolean(process.env.DATABASE_URL))(
    "on PostgreSQL, serves from two workers, replaces one that dies, and stops them all on SIGTERM",
    async () => {
      const server = await startServer(serverEnv({ DATABASE_URL: process.env.DATABASE_URL!, WEB_CONCURRENCY: "2" }));
      const childrenOf = (pid: number) =>
        fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      const seen = new Set<number>();
      try {
        expect(server.output()).toMatch(/with 2 web processes/);
        const workers = childrenOf(server.child.pid!);
        workers.forEach((pid) => seen.add(pid));
        expect(workers).toHaveLength(2);
        const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${server.url}/healthz`)));
        expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));

        process.kill(workers[0]!, "SIGKILL");
        const deadline = Date.now() + 20_000;
        let now = childrenOf(server.child.pid!);
        while ((now.length < 2 || now.includes(workers[0]!)) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 200));
          now = childrenOf(server.child.pid!);
        }
        now.forEach((pid) => seen.add(pid));
        expect(now).toHaveLength(2);
        expect(now).not.toContain(workers[0]);
        expect(server.output()).toMatch(new RegExp(`web process ${workers[0]} exited \\(SIGKILL\\); starting another`));
        expect((await fetch(`${server.url}/centres`)).status).toBe(200);
      } finally {
        const exited = new Promise<number | null>((r) => server.child.once("exit", r));
        server.child.kill("SIGTERM");
        expect(await exited).toBe(0);
        // No worker outlives the primary.
        const gone = (pid: number) =>
          !fs.existsSync(`/proc/${pid}`) || /\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
        const deadline = Date.now() + 5_000;
        while ([...seen].some((pid) => !gone(pid)) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 100));
        expect([...seen].filter((pid) => !gone(pid))).toEqual([]);
      }
    },
    240_000, // a budget for a busy machine (two web processes start and one restarts), not a target
  );
});
