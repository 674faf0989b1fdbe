/**
 * The real server as a child process, for tests that go through HTTP: start a script
 * (server.ts, or build/start/start-production.js as `npm start` does) on a free port, wait for
 * its "Ponte is serving <url>" line, stop it with SIGTERM. The build in build/ must exist
 * (`npm run build`; CI builds before testing).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { closeDatabase } from "../../app/platform/db.server";

export const repoRoot = path.resolve(__dirname, "../..");

export interface RunningServer {
  child: ChildProcess;
  /** Base URL from the start-up line, e.g. http://localhost:41234. */
  url: string;
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string;
}

/**
 * Starts `script` with `env` (merged over this process's environment, PORT 0 unless given)
 * and resolves once it serves.
 * @throws Error with the process's output when it exits first or does not serve in 90 s.
 */
export function startServer(env: Record<string, string | undefined>, script = "server.ts"): Promise<RunningServer> {
  // TypeScript sources run through tsx; the compiled server (build/start/) runs as it is.
  const args = /\.tsx?$/.test(script) ? ["--import", "tsx", script] : [script];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/serving (http:\/\/[^\s]+:\d+)/);
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

/** Stops a server started by `startServer` (SIGTERM) and waits for it to exit. */
export async function stopServer(server: RunningServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill("SIGTERM");
  await exited;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A production-mode server on this test worker's data, with what `stopTestServer` removes. */
export interface TestServer extends RunningServer {
  /** The APP_ORIGIN it runs as (http://localhost:<port>); forms carry it as Origin. */
  origin: string;
  /** The copy of the embedded database it runs on (PGlite only). */
  copyDir?: string;
}

/**
 * Starts `server.ts` in production mode (jobs off, mail to a closed port) on the same data
 * as this Vitest worker: on PostgreSQL the worker's own database (`DATABASE_URL`, reset
 * before each test, so the server sees what a test makes); on PGlite a copy of the worker's
 * embedded database made now (`<PGLITE_DIR>-<name>`; the worker's connection is closed
 * first, as the embedded database allows one process). Uploads go to `<copy>-uploads`.
 * `env` adds to or overrides those settings. Pair with `stopTestServer`.
 */
export async function startTestServer(name: string, env: Record<string, string | undefined> = {}): Promise<TestServer> {
  const base: Record<string, string | undefined> = { PONTE_DEMO: "1" };
  let copyDir: string | undefined;
  if (process.env.DATABASE_URL) base.DATABASE_URL = process.env.DATABASE_URL;
  else {
    await closeDatabase();
    copyDir = `${process.env.PGLITE_DIR}-${name}`;
    fs.rmSync(copyDir, { recursive: true, force: true });
    fs.cpSync(process.env.PGLITE_DIR!, copyDir, { recursive: true });
    base.PGLITE_DIR = copyDir;
  }
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const server = await startServer({
    ...base,
    NODE_ENV: "production",
    RESEND_API_KEY: "re_unused",
    RESEND_BASE_URL: "http://127.0.0.1:9",
    JOBS_IN_PROCESS: "0",
    PORT: String(port),
    APP_ORIGIN: origin,
    UPLOAD_DIR: `${copyDir ?? `tests/.tmp/${name}`}-uploads`,
    ...env,
  });
  return { ...server, origin, copyDir };
}

/** Stops a server from `startTestServer` and removes its database copy and uploads. */
export async function stopTestServer(server: TestServer | undefined): Promise<void> {
  await stopServer(server);
  if (server?.copyDir) {
    fs.rmSync(server.copyDir, { recursive: true, force: true });
    fs.rmSync(`${server.copyDir}-uploads`, { recursive: true, force: true });
  }
}
