/**
 * The directory lock (app/platform/directory-lock.server.ts, decision 0018) with real
 * processes (tests/integration/platform/fixtures/lock-holder.ts): a second process is
 * refused in one line naming the holder; the lock goes away on SIGTERM, SIGINT and exit;
 * a stale lock (SIGKILL, a PID now used by another program, an old heartbeat from another
 * host, old garbage) is taken over; recent garbage and a read-only directory are refused in
 * one line with nothing changed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  acquireDirectoryLock,
  DirectoryLockError,
  lockPathOf,
  type DirectoryLock,
} from "~/platform/directory-lock.server";

const root = path.resolve(__dirname, "../../..");
const HOLDER = path.join(__dirname, "fixtures/lock-holder.ts");
/** "PID 123 (node … lock-holder.ts …, since 2026-01-31 09:15:02 UTC)" */
const OWNER = (pid: number) =>
  new RegExp(
    `PID ${pid} \\(node --import tsx \\S*lock-holder\\.ts [^,]*, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)`,
  );

let base: string;
let n = 0;
const children: ChildProcess[] = [];
const locks: DirectoryLock[] = [];

/** A fresh data directory with one file in it, under a temp root anybody may traverse. */
function dataDir(): string {
  const dir = path.join(base, `d${++n}`, "data");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "PG_VERSION"), "17\n");
  return dir;
}

/** Every file under `dir` with its content: equal snapshots mean nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) out[name] = fs.readFileSync(file, "base64");
  }
  return out;
}

interface Holder {
  child: ChildProcess;
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts the fixture; resolves once it printed "locked" or exited. */
function holder(dir: string, mode: "hold" | "exit" = "hold", uid?: number): Promise<Holder> {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, dir, mode], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.once("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return new Promise((resolve) => {
    child.stdout!.on("data", () => {
      if (/locked \d+/.test(stdout)) resolve({ child, pid: child.pid!, exited });
    });
    void exited.then(() => resolve({ child, pid: child.pid!, exited }));
  });
}

function writeLock(dir: string, owner: Record<string, unknown>, ageMs = 0) {
  const file = lockPathOf(dir);
  fs.writeFileSync(file, JSON.stringify(owner));
  const t = new Date(Date.now() - ageMs);
  fs.utimesSync(file, t, t);
  return file;
}

function ownerLike(pid: number, extra: Record<string, unknown> = {}) {
  return {
    pid,
    command: "node server.ts",
    since: new Date(Date.now() - 60_000).toISOString(),
    host: os.hostname(),
    token: "t0ken",
    ...extra,
  };
}

/** Takes the lock in this process, collecting take-over lines. */
function take(dir: string, staleMs?: number) {
  const lines: string[] = [];
  const lock = acquireDirectoryLock(dir, {
    what: "The directory",
    advice: "stop that process first",
    staleMs,
    warn: (l) => lines.push(l),
  });
  locks.push(lock);
  return { lock, lines };
}

function refusal(dir: string): DirectoryLockError {
  try {
    take(dir);
  } catch (error) {
    if (error instanceof DirectoryLockError) return error;
    throw error;
  }
  throw new Error("the lock was taken");
}

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-lock-"));
  fs.chmodSync(base, 0o755);
});

afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe("a directory lock between processes", () => {
  it("refuses a second process in one line naming the holder, and is released on SIGTERM", async () => {
    const dir = dataDir();
    const first = await holder(dir);
    expect(fs.existsSync(`${dir}.lock`)).toBe(true);

    const second = await (await holder(dir)).exited;
    expect(second.code).toBe(3);
    const lines = second.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The directory \S+ is in use by /);
    expect(lines[0]).toMatch(OWNER(first.pid));
    expect(lines[0]).toMatch(/; stop that process first\.$/);
    expect(refusal(dir).problem).toBe("held");

    first.child.kill("SIGTERM");
    expect((await first.exited).signal).toBe("SIGTERM"); // the default action is kept
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, 60_000);

  it("is released on SIGINT and on process.exit", async () => {
    const dir = dataDir();
    const first = await holder(dir);
    first.child.kill("SIGINT");
    expect((await first.exited).signal).toBe("SIGINT");
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);

    const exiting = await (await holder(dir, "exit")).exited;
    expect(exiting.code).toBe(0);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, 60_000);

  it("takes over the lock of a process killed with SIGKILL, in one line", async () => {
    const dir = dataDir();
    const first = await holder(dir);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(fs.existsSync(`${dir}.lock`)).toBe(true);

    const next = await (await holder(dir, "exit")).exited;
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/locked \d+/);
    const lines = next.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(OWNER(first.pid));
    expect(lines[0]).toMatch(/took over the stale lock .*: that process is no longer running\.$/);
  }, 60_000);
});

describe("a directory lock's bad input", () => {
  it("refuses a recent lock file with garbage in it, changing nothing; takes over an old one", () => {
    const dir = dataDir();
    const before = snapshot(dir);
    const file = writeLock(dir, {});
    fs.writeFileSync(file, "\u0000garbage{");
    // Recent by Ponte's clock (ages are read against it; under libfaketime file times are not).
    fs.utimesSync(file, new Date(), new Date());
    const error = refusal(dir);
    expect(error.problem).toBe("unreadable");
    expect(error.message).not.toContain("\n");
    expect(error.message).toMatch(/has a lock file .*\.lock that this program did not write .* delete that file\.$/);
    expect(fs.readFileSync(file, "utf8")).toBe("\u0000garbage{");
    expect(snapshot(dir)).toEqual(before);

    const old = new Date(Date.now() - 5 * 60_000);
    fs.utimesSync(file, old, old);
    const { lines } = take(dir);
    expect(lines).toEqual([
      expect.stringMatching(/took over the stale lock .*: its content is unreadable and 5 min old\.$/),
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it.runIf(fs.existsSync("/proc/self/stat"))(
    "takes over a lock whose PID now belongs to another program, and refuses the real holder",
    async () => {
      const dir = dataDir();
      const other = spawn("sleep", ["60"], { stdio: "ignore" });
      children.push(other);
      await new Promise((r) => other.once("spawn", r));
      const stat = fs.readFileSync(`/proc/${other.pid}/stat`, "utf8");
      const ticks = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
      const bootId = fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();

      // The same PID, started at its real time: that process holds the directory.
      writeLock(dir, ownerLike(other.pid!, { bootId, startTicks: ticks }), 10 * 60_000);
      const held = refusal(dir);
      expect(held.problem).toBe("held");
      expect(held.message).toMatch(
        new RegExp(`is in use by PID ${other.pid} \\(node server\\.ts, since .* UTC\\); stop that process first\\.$`),
      );

      // The lock was taken by a process that started earlier: the PID was reused since.
      writeLock(dir, ownerLike(other.pid!, { bootId, startTicks: String(Number(ticks) - 1000) }));
      const { lines } = take(dir);
      expect(lines).toEqual([expect.stringMatching(/that PID now belongs to another program \(sleep 60\)\.$/)]);
    },
    30_000,
  );

  it("refuses a lock from another host while its heartbeat is fresh, takes it over once old", () => {
    const dir = dataDir();
    writeLock(dir, ownerLike(1, { host: "elsewhere.example" }), 5_000);
    expect(refusal(dir).message).toMatch(/in use by PID 1 on elsewhere\.example \(node server\.ts, since/);
    writeLock(dir, ownerLike(1, { host: "elsewhere.example" }), 5 * 60_000);
    expect(take(dir).lines).toEqual([expect.stringMatching(/: it was not renewed for 5 min\.$/)]);
  });

  it("refuses a read-only data directory, or one whose parent is read-only, in one line with nothing changed", async () => {
    // Root writes anywhere: the refused process runs as nobody then.
    const asRoot = process.getuid?.() === 0;
    const uid = asRoot ? 65534 : undefined;
    const dir = dataDir();
    const before = snapshot(dir);
    if (asRoot)
      fs.chmodSync(path.dirname(dir), 0o777); // the parent is writable, the directory not
    else fs.chmodSync(dir, 0o555);
    const ro = await (await holder(dir, "exit", uid)).exited;
    expect(ro.code).toBe(3);
    expect(ro.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^The directory \S+ cannot be used: \S+ is not writable \(EACCES\); nothing was changed\./),
    ]);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);

    // The parent, where the lock file goes, is read-only.
    fs.chmodSync(path.dirname(dir), asRoot ? 0o755 : 0o555);
    fs.chmodSync(dir, asRoot ? 0o777 : 0o755);
    const parentRo = await (await holder(dir, "exit", uid)).exited;
    expect(parentRo.code).toBe(3);
    expect(parentRo.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/is not writable \(EACCES\); nothing was changed\./),
    ]);
    expect(fs.readdirSync(path.dirname(dir))).toEqual(["data"]);
    fs.chmodSync(path.dirname(dir), 0o755);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);
});
