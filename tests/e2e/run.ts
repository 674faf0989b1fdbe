/**
 * `npm run test:e2e`: starts what the browser tests need, runs them, stops everything.
 * 0. Debian's Chromium (/usr/bin/chromium), installed with apt-get when missing and this
 *    process may (root or passwordless sudo), else one line saying how (issue 23);
 * 1. the Resend stand-in on a free loopback port;
 * 2. a fresh database: a new PGlite directory, or (E2E_DATABASE_URL / TEST_DATABASE_URL
 *    set) a new database on that PostgreSQL server, dropped afterwards;
 * 3. a fresh production build (`remix build`, a few seconds: a stale build would test old
 *    code; E2E_NO_BUILD=1 reuses the current one) served by server.ts on a free port,
 *    with RESEND_API_KEY set and RESEND_BASE_URL pointing at the stand-in;
 * 4. `playwright test` with BASE_URL and STAND_IN_URL. Extra arguments go to Playwright.
 * Screenshots land in ./screenshots (kept by CI).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { CHROMIUM, ensureSystemTools } from "../../scripts/system-packages";
import { startResendStandIn } from "../stand-ins/resend";

const root = path.resolve(import.meta.dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

function waitForServing(child: ChildProcess): Promise<void> {
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 300_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      process.stdout.write(`[server] ${c.toString()}`);
      if (/Ponte is serving/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

async function main(): Promise<number> {
  // Debian's Chromium, installed here when missing and allowed (scripts/system-packages.ts).
  if (!ensureSystemTools([CHROMIUM])) return 1;
  if (process.env.E2E_NO_BUILD !== "1" || !fs.existsSync(path.join(root, "build/server/index.js"))) {
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
      cwd: root,
      stdio: "inherit",
    });
    if (build.status !== 0) return 1;
  }
  const standIn = await startResendStandIn();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const pgServer = process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    APP_ORIGIN: baseUrl,
    RESEND_API_KEY: "re_e2e_stand_in",
    RESEND_BASE_URL: standIn.url,
    EMAIL_FROM: "Ponte <no-reply@ponte.example>",
    PONTE_DEMO: "1",
    PONTE_EXAMPLES: "show",
  };
  let cleanupDb = async () => {};
  if (pgServer) {
    const name = `ponte_e2e_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: pgServer });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(pgServer);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    delete env.PGLITE_DIR;
    cleanupDb = async () => {
      const c = new pg.Client({ connectionString: pgServer });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
    console.log(`e2e: PostgreSQL database ${name}`);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-e2e-"));
    env.PGLITE_DIR = path.join(dir, "pglite");
    delete env.DATABASE_URL;
    cleanupDb = async () => fs.rmSync(dir, { recursive: true, force: true });
    console.log(`e2e: PGlite in ${env.PGLITE_DIR}`);
  }

  const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let code = 1;
  try {
    await waitForServing(server);
    // Asynchronous on purpose: the stand-in answers from this process's event loop.
    const runner = spawn(
      process.execPath,
      [path.join(root, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)],
      { cwd: root, stdio: "inherit", env: { ...process.env, BASE_URL: baseUrl, STAND_IN_URL: standIn.url } },
    );
    code = await new Promise<number>((resolve) => runner.once("exit", (status) => resolve(status ?? 1)));
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
    await standIn.close();
    await cleanupDb();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
