/**
 * Issue 22: the embedded database never loses acknowledged writes, because one process at a
 * time opens it (decision 0018). Through real processes on a private copy of this worker's
 * database: while a server runs, a second server, `npm run db:seed` and `npm run worker`
 * are refused in one line and exit non-zero; sign-ups acknowledged by the first survive a
 * restart; after SIGKILL the next start takes the stale lock over and sees every
 * acknowledged sign-up.
 * PGlite only (on the PostgreSQL pass there is no embedded database to lock).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "~/platform/db.server";
import { freePort, repoRoot, startServer, stopServer, type RunningServer } from "../../utils/server";

const usingPostgres = Boolean(process.env.DATABASE_URL);
/** "Ponte cannot start: The embedded database … is in use by PID 123 (node --import tsx server.ts, since … UTC); stop …" */
const inUseBy = (pid: number) =>
  new RegExp(
    `The embedded database \\S+ is in use by PID ${pid} \\(node --import tsx server\\.ts, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); stop that process first, or use PostgreSQL \\(DATABASE_URL\\) to run several processes on one database\\.`,
  );

/** Runs a command to its end, or kills it after 60 s (a command that was not refused serves on). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const timer = setTimeout(() => child.kill("SIGTERM"), 60_000);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe.skipIf(usingPostgres)("the embedded database, one process at a time", () => {
  let dir: string;
  let port: number;
  let origin: string;
  const env = () => ({
    PGLITE_DIR: dir,
    DATABASE_URL: "",
    NODE_ENV: "test" as const,
    PONTE_DEMO: "1",
    PORT: String(port),
    APP_ORIGIN: origin,
    TRUST_PROXY: "0",
  });
  const servers: RunningServer[] = [];
  const acknowledged: string[] = [];

  async function start() {
    const server = await startServer(env());
    servers.push(server);
    return server;
  }

  /** Signs up `count` people through `server`; keeps the addresses whose sign-up was acknowledged (302). */
  async function signUps(server: RunningServer, count: number, label: string) {
    for (let i = 0; i < count; i++) {
      const email = `lock-${label}-${i}@example.org`;
      const res = await fetch(`${server.url}/signup`, {
        method: "POST",
        body: new URLSearchParams({
          name: `Lock ${label} ${i}`,
          email,
          password: "lagoon-velvet-orbit-42",
          acceptPrivacy: "on",
        }),
        headers: { Origin: origin },
        redirect: "manual",
      });
      expect(res.status).toBe(302);
      acknowledged.push(email);
    }
  }

  /** Every acknowledged sign-up has its verification mail in the demo mailbox of `server`. */
  async function expectEveryAcknowledgedWrite(server: RunningServer) {
    const html = await (await fetch(`${server.url}/dev/emails`)).text();
    for (const email of acknowledged) expect(html).toContain(email);
  }

  beforeAll(async () => {
    await closeDatabase(); // flush and release this worker's database before copying it
    dir = `${process.env.PGLITE_DIR}-lock`;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
    fs.cpSync(process.env.PGLITE_DIR!, dir, { recursive: true });
    port = await freePort();
    origin = `http://localhost:${port}`;
  });

  afterAll(async () => {
    for (const server of servers) await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
  });

  it("refuses a second server, npm run db:seed and the worker while one serves, and keeps its writes across a restart", async () => {
    const first = await start();
    await signUps(first, 3, "first");

    const [second, seed, worker] = await Promise.all([
      run(process.execPath, ["--import", "tsx", "server.ts"], { ...env(), PORT: "0" }),
      run("npm", ["run", "db:seed"], env()),
      run(process.execPath, ["--import", "tsx", "scripts/worker.ts"], env()),
    ]);
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Ponte cannot start: /)]);
    expect(second.stderr).toMatch(inUseBy(first.child.pid!));
    expect(second.stdout).not.toContain("serving");
    expect(seed.code).toBe(1);
    expect(seed.stderr.split("\n").filter((l) => l.includes("in use by"))).toEqual([
      expect.stringMatching(new RegExp(`^db seed: ${inUseBy(first.child.pid!).source}$`)),
    ]);
    expect(seed.stdout).not.toContain("Seeded");
    expect(worker.code).toBe(1);
    expect(worker.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^Ponte worker cannot start: ${inUseBy(first.child.pid!).source}$`)),
    ]);

    // The first server still serves and writes.
    await signUps(first, 2, "first-after");
    await stopServer(first);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false); // released on SIGTERM

    const restarted = await start();
    expect(restarted.output()).not.toContain("took over");
    await expectEveryAcknowledgedWrite(restarted);
    await signUps(restarted, 2, "restarted");
  }, 180_000);

  it("after SIGKILL, the next start takes the stale lock over and sees every acknowledged write", async () => {
    const killed = servers.at(-1)!;
    const exited = new Promise((r) => killed.child.once("exit", r));
    killed.child.kill("SIGKILL");
    await exited;
    expect(fs.existsSync(`${dir}.lock`)).toBe(true);

    const next = await start();
    expect(next.output()).toMatch(
      new RegExp(
        `took over the stale lock of PID ${killed.child.pid} \\(node --import tsx server\\.ts, since [^)]*\\): that process is no longer running\\.`,
      ),
    );
    await expectEveryAcknowledgedWrite(next);
    expect(acknowledged).toHaveLength(7);
  }, 180_000);
});
