/**
 * Accounts through the real HTTP server (server.ts): a new user's whole journey with
 * /dev/emails, the Origin check on account forms, rate limits that ignore forwarding
 * headers (TRUST_PROXY=0), the session cookie refreshed and blanked on any page, size
 * limits, and a production error page that shows a correlation id and no internals.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, prisma } from "~/platform/db.server";
import { openPglite } from "~/platform/pglite.server";
import { hashToken } from "~/accounts/token.server";
import { cookiePair, createUser, sessionCookie } from "../../factories/accounts";

const root = path.resolve(__dirname, "../../..");
/** The origin of the server under test (set once it has a port): APP_ORIGIN, Origin and Host agree, as behind a real browser. */
let ORIGIN = "";
const usingPostgres = Boolean(process.env.DATABASE_URL);
const DAY = 86_400_000;

type Server = { child: ChildProcess; url: string; output: () => string };

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(extra: Record<string, string>): Promise<Server> {
  const port = await freePort();
  ORIGIN = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "test",
    PORT: String(port),
    APP_ORIGIN: ORIGIN,
    TRUST_PROXY: "0",
    ...extra,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/serving (http:\/\/localhost:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

async function stop(server?: Server) {
  if (server?.child.exitCode === null) {
    const exited = new Promise((r) => server.child.once("exit", r));
    server.child.kill("SIGTERM");
    await exited;
  }
}

/** A form POST from this site (the Origin header a browser sends). */
function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    body: new URLSearchParams(form),
    headers: { Origin: ORIGIN, ...headers },
    redirect: "manual",
  });
}

/** Links on /dev/emails that start with `prefix`, newest mail first. */
async function devLinks(base: string, prefix: string): Promise<string[]> {
  const html = await (await fetch(`${base}/dev/emails`)).text();
  return [...html.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1].replaceAll("&amp;", "&"))
    .filter((h) => h.startsWith(`${ORIGIN}${prefix}`))
    .map((h) => h.slice(ORIGIN.length));
}

/** Users and sessions the cookie tests need: one fresh session, one past half its life, one expired. */
async function makeSessions() {
  const user = await createUser({ email: "cookie@example.org", name: "Cookie Tester" });
  const [fresh, aging, expired] = [
    await sessionCookie(user.id),
    await sessionCookie(user.id),
    await sessionCookie(user.id),
  ];
  await prisma.session.update({
    where: { id: hashToken(aging.split("=")[1]) },
    data: { expiresAt: new Date(Date.now() + 5 * DAY) },
  });
  await prisma.session.update({
    where: { id: hashToken(expired.split("=")[1]) },
    data: { expiresAt: new Date(Date.now() - DAY) },
  });
  return { fresh, aging, expired };
}

describe("accounts over HTTP", () => {
  let server: Server;
  let copyDir: string | undefined;
  let sessions: Awaited<ReturnType<typeof makeSessions>> | undefined;

  beforeAll(async () => {
    // The journey reads its mail in the demo mailbox: demo mode, also on PostgreSQL.
    const env: Record<string, string> = { PONTE_DEMO: "1" };
    if (usingPostgres) env.DATABASE_URL = process.env.DATABASE_URL!;
    else {
      sessions = await makeSessions();
      await closeDatabase(); // flush before copying; reopened on next use
      copyDir = `${process.env.PGLITE_DIR}-accounts-http`;
      fs.rmSync(copyDir, { recursive: true, force: true });
      fs.cpSync(process.env.PGLITE_DIR!, copyDir, { recursive: true });
      env.PGLITE_DIR = copyDir;
    }
    server = await startServer(env);
  }, 120_000);

  afterAll(async () => {
    await stop(server);
    if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true });
  });

  it("lets a new person sign up, verify through /dev/emails, log out and in, and reset the password", async () => {
    const base = server.url;
    const email = `journey-${Date.now()}@example.org`;
    const signup = await post(`${base}/signup`, {
      name: "Amina Okafor",
      email: email.toUpperCase(),
      password: "lagoon-velvet-orbit-42",
      acceptPrivacy: "on",
    });
    expect(signup.status).toBe(302);
    expect(signup.headers.get("location")).toBe("/signup?sent=1");

    const [verifyPath] = await devLinks(base, "/verify-email?token=");
    expect(verifyPath).toBeTruthy();
    // /dev/emails frames each mail's HTML, served with a CSP that lets only this site frame it.
    const devHtml = await (await fetch(`${base}/dev/emails`)).text();
    const mailId = /\/dev\/emails\/([^/"]+)\/html/.exec(devHtml)?.[1];
    const frame = await fetch(`${base}/dev/emails/${mailId}/html`);
    expect(frame.status).toBe(200);
    expect(frame.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(frame.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(await frame.text()).toContain(verifyPath.replaceAll("&", "&amp;"));
    const verified = await fetch(`${base}${verifyPath}`, { redirect: "manual" });
    expect(verified.status).toBe(302);
    const cookie = cookiePair(verified.headers.getSetCookie().find((c) => c.startsWith("ponte_session="))!);
    const account = await fetch(`${base}/account`, { headers: { Cookie: cookie } });
    expect(account.status).toBe(200);
    const accountHtml = await account.text();
    expect(accountHtml).toContain("Amina Okafor");
    expect(accountHtml).toContain(email);

    const logout = await post(`${base}/logout`, {}, { Cookie: cookie });
    expect(logout.status).toBe(302);
    expect(logout.headers.getSetCookie().some((c) => /^ponte_session=;/.test(c))).toBe(true);
    expect((await fetch(`${base}/account`, { headers: { Cookie: cookie }, redirect: "manual" })).status).toBe(302);

    const login = await post(`${base}/login`, { email, password: "lagoon-velvet-orbit-42" });
    expect(login.status).toBe(302);
    const loginCookie = cookiePair(login.headers.getSetCookie()[0]);

    expect((await post(`${base}/forgot-password`, { email })).status).toBe(200);
    const [resetPath] = await devLinks(base, "/reset-password?token=");
    const token = new URL(resetPath, base).searchParams.get("token")!;
    const reset = await post(`${base}/reset-password`, { token, password: "harbour-quartz-meadow-7" });
    expect(reset.status).toBe(302);
    // The session of the other "device" died with the reset; the link works once.
    expect((await fetch(`${base}/account`, { headers: { Cookie: loginCookie }, redirect: "manual" })).status).toBe(302);
    expect((await post(`${base}/reset-password`, { token, password: "another-password-11" })).status).toBe(400);
    expect((await post(`${base}/login`, { email, password: "harbour-quartz-meadow-7" })).status).toBe(302);
  }, 60_000);

  it("refuses account forms posted from another origin, or with no origin", async () => {
    for (const pathname of [
      "/login",
      "/signup",
      "/forgot-password",
      "/reset-password",
      "/logout",
      "/account",
      "/admin",
      "/invitations/accept",
    ]) {
      const cross = await fetch(`${server.url}${pathname}`, {
        method: "POST",
        body: new URLSearchParams({ email: "a@example.org" }),
        headers: { Origin: "https://evil.example" },
        redirect: "manual",
      });
      expect(cross.status).toBe(403);
      expect(cross.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      const none = await fetch(`${server.url}${pathname}`, {
        method: "POST",
        body: new URLSearchParams({ email: "a@example.org" }),
        redirect: "manual",
      });
      expect(none.status).toBe(403);
    }
  });

  it("refuses an oversized body with 413 before reading it", async () => {
    const res = await fetch(`${server.url}/login`, {
      method: "POST",
      body: "x".repeat(7 * 1024 * 1024),
      headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(413);
    const form = await post(`${server.url}/login`, { email: "a@example.org", password: "p".repeat(40_000) });
    expect(form.status).toBe(413);
  });

  it("keeps counting sign-ups from one client however X-Forwarded-For changes", async () => {
    // Earlier tests in this file signed up from this client too: the 10-per-hour limit is shared.
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await post(
        `${server.url}/signup`,
        {
          name: "Spammer",
          email: `spam${i}-${Date.now()}@example.org`,
          password: "lagoon-velvet-orbit-42",
          acceptPrivacy: "on",
        },
        { "X-Forwarded-For": `203.0.113.${i}`, "X-Real-IP": `203.0.113.${i}`, Forwarded: `for=203.0.113.${i}` },
      );
      statuses.push(res.status);
    }
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(statuses.slice(0, firstRefusal).every((s) => s === 302)).toBe(true);
    expect(statuses.slice(firstRefusal).every((s) => s === 429)).toBe(true);
  }, 60_000);

  it("refreshes the cookie of a session Lucia extended and blanks an invalid one, on any page", async () => {
    const s = sessions ?? (await makeSessions());
    const aging = await fetch(`${server.url}/centres`, { headers: { Cookie: s.aging } });
    const refreshed = aging.headers.getSetCookie();
    expect(refreshed).toHaveLength(1);
    expect(refreshed[0]).toMatch(/^ponte_session=[a-z0-9]+; /);
    expect(Number(/Max-Age=(\d+)/.exec(refreshed[0])?.[1])).toBeGreaterThan(29 * 86_400);
    expect(refreshed[0]).toContain("HttpOnly");

    const fresh = await fetch(`${server.url}/centres`, { headers: { Cookie: s.fresh } });
    expect(fresh.headers.getSetCookie()).toEqual([]);

    for (const c of [s.expired, "ponte_session=notasessionnotasession"]) {
      const res = await fetch(`${server.url}/opportunities`, { headers: { Cookie: c } });
      expect(res.headers.getSetCookie()).toHaveLength(1);
      expect(res.headers.getSetCookie()[0]).toMatch(/^ponte_session=; .*Max-Age=0/);
    }
  });
});

describe("a production error", () => {
  let server: Server;
  let copyDir: string | undefined;
  let brokenDb: string | undefined;

  beforeAll(async () => {
    const env: Record<string, string> = {
      NODE_ENV: "production",
      RESEND_API_KEY: "re_unused",
      RESEND_BASE_URL: "http://127.0.0.1:9",
      JOBS_IN_PROCESS: "0",
    };
    // A database whose Session table is missing: any signed-in page fails inside a loader.
    if (usingPostgres) {
      brokenDb = `ponte_t${inject("ponteRunId")}_broken${process.pid}`;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${brokenDb}" TEMPLATE "${inject("ponteTemplate")}"`);
      await admin.end();
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${brokenDb}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      await client.query('ALTER TABLE "Session" RENAME TO "SessionGone"');
      await client.end();
      env.DATABASE_URL = url.toString();
    } else {
      await closeDatabase();
      copyDir = `${process.env.PGLITE_DIR}-accounts-broken`;
      fs.rmSync(copyDir, { recursive: true, force: true });
      fs.cpSync(process.env.PGLITE_DIR!, copyDir, { recursive: true });
      const db = openPglite(copyDir);
      await db.exec('ALTER TABLE "Session" RENAME TO "SessionGone"');
      await db.close();
      env.PGLITE_DIR = copyDir;
    }
    server = await startServer(env);
  }, 120_000);

  afterAll(async () => {
    await stop(server);
    if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true });
    if (brokenDb) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${brokenDb}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it("shows a page with the correlation id and no internals; the log has the error with that id", async () => {
    const res = await fetch(`${server.url}/account`, { headers: { Cookie: "ponte_session=abcdefabcdefabcdefabcdef" } });
    expect(res.status).toBe(500);
    const id = res.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const html = await res.text();
    expect(html).toContain(`Reference: ${id}`);
    expect(html).not.toMatch(/SessionGone|Session"|relation|prisma|Prisma|\n\s+at |\.ts:\d+/);
    expect(res.headers.get("strict-transport-security")).toBeNull();

    const dataRes = await fetch(`${server.url}/account.data`, {
      headers: { Cookie: "ponte_session=abcdefabcdefabcdefabcdef" },
    });
    const body = await dataRes.text();
    expect(body).not.toMatch(/SessionGone|relation|prisma|Prisma|\n\s+at /);
    const dataId = dataRes.headers.get("x-request-id")!;

    // The server writes its log asynchronously: wait (up to 10 s) until both lines arrive.
    for (let i = 0; i < 100 && !(server.output().includes(`[${id}] GET /account`) && server.output().includes(`[${dataId}]`)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const log = server.output();
    expect(log).toContain(`[${id}] GET /account`);
    expect(log).toContain(`[${dataId}]`);
  });
});
