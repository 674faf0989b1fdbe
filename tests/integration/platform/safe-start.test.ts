/**
 * `npm start` is safe to run anywhere (decision 0017), through the real start script
 * (server/start-production.ts compiled to build/start/start-production.js, what `npm start`
 * runs after building):
 * - as the README documents for PostgreSQL (no demo): production mode even when NODE_ENV
 *   says otherwise (one line says so), the demo mailbox is a 404, and a password-reset mail
 *   cannot be read by anybody; error pages carry no stack;
 * - the embedded demo (the Quick start): production mode, the banner, the mailbox from this
 *   machine, so a newcomer confirms a new account through it;
 * - demo mode on a non-loopback HOST starts with a warning line.
 * On the PostgreSQL pass the "embedded" cases run on this worker's database with
 * PONTE_DEMO=1, the same code path.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail } from "~/notifications/outbox.server";
import { closeDatabase, prisma } from "~/platform/db.server";
import { cookiePair, createUser } from "../../factories/accounts";
import { freePort, startServer, stopServer, type RunningServer } from "../../utils/server";

const START = "build/start/start-production.js";
const usingPostgres = Boolean(process.env.DATABASE_URL);
const STACK = /\n\s+at [^\n]+\(|\.(tsx?|js):\d+:\d+/;

/** A user with a held password-reset mail, then the database the server should use. */
async function databaseWithResetMail(name: string) {
  const user = await createUser({ email: `coordinator.${name}@example.org` });
  await prisma.$transaction((tx) =>
    enqueueEmail(tx, {
      kind: "reset-password",
      userId: user.id,
      to: user.email,
      locale: "en",
      payload: { name: user.name, url: "http://localhost/reset-password?token=secretsecretsecretsecretsecret12" },
      idempotencyKey: `reset:${user.id}`,
    }),
  );
  const mailId = (await prisma.notification.findFirstOrThrow({ where: { userId: user.id } })).id;
  if (usingPostgres) return { user, mailId, env: { DATABASE_URL: process.env.DATABASE_URL! }, copyDir: undefined };
  await closeDatabase(); // flush before copying; reopened on next use
  const copyDir = `${process.env.PGLITE_DIR}-${name}`;
  fs.rmSync(copyDir, { recursive: true, force: true });
  fs.cpSync(process.env.PGLITE_DIR!, copyDir, { recursive: true });
  return { user, mailId, env: { PGLITE_DIR: copyDir, DATABASE_URL: undefined }, copyDir };
}

/**
 * The local addresses a TCP port listens on, read from the kernel (/proc/net/tcp and tcp6;
 * no traffic): "127.0.0.1", "0.0.0.0", "::" and so on.
 */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const out: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A" || !local.endsWith(`:${hexPort}`)) continue;
      const hex = local.split(":")[0];
      if (hex.length === 8)
        out.push(
          hex
            .match(/../g)!
            .reverse()
            .map((b) => parseInt(b, 16))
            .join("."),
        );
      else out.push(/^0+$/.test(hex) ? "::" : hex === "00000000000000000000000001000000" ? "::1" : hex);
    }
  }
  return out.sort();
}

/** A form POST from this site. */
function post(server: RunningServer, path: string, form: Record<string, string>, origin: string) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    body: new URLSearchParams(form),
    headers: { Origin: origin },
    redirect: "manual",
  });
}

describe("npm start as documented for PostgreSQL (not a demo)", () => {
  let server: RunningServer;
  let db: Awaited<ReturnType<typeof databaseWithResetMail>>;
  let origin: string;

  beforeAll(async () => {
    db = await databaseWithResetMail("live");
    const port = await freePort();
    origin = `http://localhost:${port}`;
    server = await startServer(
      {
        ...db.env,
        PONTE_DEMO: usingPostgres ? undefined : "0",
        NODE_ENV: "development",
        PORT: String(port),
        APP_ORIGIN: origin,
        RESEND_API_KEY: "re_unused",
        RESEND_BASE_URL: "http://127.0.0.1:9",
        JOBS_IN_PROCESS: "0",
        HOST: undefined,
      },
      START,
    );
  }, 120_000);

  afterAll(async () => {
    await stopServer(server);
    if (db?.copyDir) fs.rmSync(db.copyDir, { recursive: true, force: true });
  });

  it("listens on every interface, as a server behind a proxy or firewall does", () => {
    const addresses = listeningAddresses(Number(new URL(server.url).port));
    expect(addresses.some((a) => a === "::" || a === "0.0.0.0")).toBe(true);
  });

  it("runs in production mode and says in one line that NODE_ENV=development is ignored", () => {
    const lines = server.output().trim().split("\n");
    expect(lines.filter((l) => l.includes("NODE_ENV=development is ignored"))).toHaveLength(1);
    expect(server.output()).toMatch(/Ponte is serving http:\/\/localhost:\d+ on .* \(production mode\)/);
    expect(server.output()).not.toMatch(/demo/);
  });

  it("has no demo mailbox, and a password-reset mail is readable by nobody", async () => {
    expect((await post(server, "/forgot-password", { email: db.user.email }, origin)).status).toBe(200);
    for (const headers of [{}, { "X-Forwarded-For": "127.0.0.1" }] as Record<string, string>[]) {
      for (const path of ["/dev/emails", `/dev/emails/${db.mailId}/html`]) {
        const res = await fetch(`${server.url}${path}`, { headers });
        expect(res.status, path).toBe(404);
        const body = await res.text();
        expect(body).not.toContain("reset-password?token");
        expect(body).not.toMatch(STACK);
      }
    }
  });

  it("shows no banner, and error pages carry no stack", async () => {
    const home = await (await fetch(`${server.url}/`)).text();
    expect(home).not.toContain("demo-banner");
    const missing = await fetch(`${server.url}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toMatch(STACK);
  });
});

describe("the embedded demo (the Quick start's npm start)", () => {
  let server: RunningServer;
  let db: Awaited<ReturnType<typeof databaseWithResetMail>>;
  let origin: string;

  beforeAll(async () => {
    db = await databaseWithResetMail("demo");
    const port = await freePort();
    origin = `http://localhost:${port}`;
    server = await startServer(
      {
        ...db.env,
        PONTE_DEMO: usingPostgres ? "1" : undefined,
        NODE_ENV: undefined,
        HOST: undefined,
        PORT: String(port),
        APP_ORIGIN: origin,
        RESEND_API_KEY: undefined,
        RESEND_BASE_URL: undefined,
      },
      START,
    );
  }, 120_000);

  afterAll(async () => {
    await stopServer(server);
    if (db?.copyDir) fs.rmSync(db.copyDir, { recursive: true, force: true });
  });

  it("serves in production mode, in demo mode, on this machine only, with the banner on every page", async () => {
    expect(server.output()).toMatch(/\(production mode, demo: the demo accounts' password is public\)/);
    expect(server.output()).not.toMatch(/Warning:|is ignored/);
    expect(listeningAddresses(Number(new URL(server.url).port))).toEqual(["127.0.0.1"]);
    for (const path of ["/", "/opportunities", "/login", "/no-such-page"]) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      expect(html, path).toContain("This is a demonstration of Ponte");
    }
    const italian = await (await fetch(`${server.url}/`, { headers: { "Accept-Language": "it" } })).text();
    expect(italian).toContain("Questa è una dimostrazione di Ponte");
  });

  it("lets a newcomer confirm a new account through the demo mailbox from this machine", async () => {
    const email = `newcomer-${Date.now()}@example.org`;
    const signup = await post(
      server,
      "/signup",
      { name: "Nadia Haddad", email, password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      origin,
    );
    expect(signup.status).toBe(302);
    const mailbox = await fetch(`${server.url}/dev/emails`);
    expect(mailbox.status).toBe(200);
    const link = [...(await mailbox.text()).matchAll(/href="([^"]+verify-email\?token=[^"]+)"/g)][0]?.[1];
    expect(link).toBeTruthy();
    const verified = await fetch(
      `${server.url}${new URL(link!.replaceAll("&amp;", "&")).pathname}${new URL(link!.replaceAll("&amp;", "&")).search}`,
      {
        redirect: "manual",
      },
    );
    expect(verified.status).toBe(302);
    const cookie = cookiePair(verified.headers.getSetCookie().find((c) => c.startsWith("ponte_session="))!);
    const account = await (await fetch(`${server.url}/account`, { headers: { Cookie: cookie } })).text();
    expect(account).toContain("Nadia Haddad");
  });
});

describe("demo mode on a non-loopback HOST", () => {
  it("starts with one warning line that the demo accounts' password is public", async () => {
    const dir = `${process.env.PGLITE_DIR ?? "tests/.tmp/pglite"}-exposed`;
    let server: RunningServer | undefined;
    try {
      if (!usingPostgres) {
        await closeDatabase();
        fs.rmSync(dir, { recursive: true, force: true });
        fs.cpSync(process.env.PGLITE_DIR!, dir, { recursive: true });
      }
      server = await startServer(
        {
          ...(usingPostgres
            ? { DATABASE_URL: process.env.DATABASE_URL!, PONTE_DEMO: "1" }
            : { PGLITE_DIR: dir, DATABASE_URL: undefined }),
          NODE_ENV: undefined,
          HOST: "0.0.0.0",
          RESEND_API_KEY: undefined,
        },
        START,
      );
      const warnings = server
        .output()
        .split("\n")
        .filter((l) => l.startsWith("Warning:"));
      expect(warnings).toEqual([
        expect.stringMatching(
          /^Warning: demo mode is listening on 0\.0\.0\.0, reachable from other machines, and the demo accounts' password is public/,
        ),
      ]);
      // This machine still reaches it through loopback.
      expect((await fetch(server.url.replace("localhost", "127.0.0.1") + "/healthz")).status).toBe(200);
    } finally {
      await stopServer(server);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
