/**
 * An exclusive, crash-safe lock on a directory, for data that only one process may open at
 * a time (the embedded database; decision 0018). Knows no domain.
 *
 * The lock is a file beside the directory, `<dir>.lock` (beside, not inside, so copying the
 * directory never copies a lock), created atomically (`link(2)` of a fully written file)
 * and holding who took it: PID, command line, when, host name, boot id and the process's
 * start time (Linux `/proc`). Its modification time is a heartbeat, renewed every
 * `heartbeatMs`.
 *
 * A lock that exists is stale, and is taken over with one line on stderr, when:
 * - its PID no longer runs, or is this very process (a container restarted with PID 1);
 * - the machine rebooted since (boot id differs);
 * - its PID now belongs to another program (Linux: the process started at another time);
 * - the PID cannot be checked (another host, or no `/proc`) and the heartbeat is older than
 *   `staleMs`; likewise for a lock file whose content is unreadable.
 * A live holder on this machine is never taken over, whatever its heartbeat (a process
 * suspended with Ctrl-Z still has the directory open).
 *
 * Released by `release()`, at any `process.exit()`/normal exit, and on SIGINT/SIGTERM when
 * no other handler is installed (with one, that handler is expected to exit).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** What a lock file says about its holder. */
export interface LockOwner {
  pid: number;
  /** The command line, e.g. "node --import tsx server.ts" (paths under the cwd made relative). */
  command: string;
  /** ISO 8601, UTC. */
  since: string;
  host: string;
  /** Linux: /proc/sys/kernel/random/boot_id. */
  bootId?: string;
  /** Linux: field 22 of /proc/<pid>/stat (clock ticks after boot). */
  startTicks?: string;
  /** Random per acquisition: tells this lock from a later one with the same PID. */
  token: string;
}

export type DirectoryLockProblem = "held" | "unreadable" | "read-only" | "failed";

/** Why a lock could not be taken; `message` is one line meant for people. */
export class DirectoryLockError extends Error {
  constructor(
    message: string,
    readonly problem: DirectoryLockProblem,
    readonly owner?: LockOwner,
  ) {
    super(message);
    this.name = "DirectoryLockError";
  }
}

export interface DirectoryLock {
  /** The lock file. */
  path: string;
  owner: LockOwner;
  /** Removes the lock file if it is still this lock's; idempotent. */
  release(): void;
}

export interface LockOptions {
  /** Names the directory in messages, e.g. "The embedded database". Default "The directory". */
  what?: string;
  /** What to do when another process holds it, e.g. "stop it first". */
  advice?: string;
  /** A heartbeat older than this (ms) marks a lock whose holder cannot be checked as stale. Default 60 s. */
  staleMs?: number;
  /** How often the heartbeat is renewed (ms). Default 10 s. */
  heartbeatMs?: number;
  /** Where the take-over line goes. Default console.warn. */
  warn?: (line: string) => void;
}

const DEFAULT_STALE_MS = 60_000;
const DEFAULT_HEARTBEAT_MS = 10_000;
/** A take-over guard older than this (ms) was left by a process that died while taking over. */
const GUARD_STALE_MS = 10_000;

/** Locks held by this process, keyed by lock path (on globalThis: server.ts and the Remix build share them). */
function held(): Map<string, { token: string; timer: NodeJS.Timeout }> {
  const store = globalThis as unknown as {
    __ponteDirectoryLocks?: Map<string, { token: string; timer: NodeJS.Timeout }>;
  };
  store.__ponteDirectoryLocks ??= new Map();
  return store.__ponteDirectoryLocks;
}

/** The lock file of `dir`: `<absolute real path of dir>.lock`. */
export function lockPathOf(dir: string): string {
  let abs = path.resolve(dir);
  try {
    abs = fs.realpathSync(abs);
  } catch {
    try {
      abs = path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      // Neither exists yet: the plain absolute path.
    }
  }
  return `${abs}.lock`;
}

function readFileOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Boot id of this machine (Linux), else undefined. */
function bootId(): string | undefined {
  return readFileOrUndefined("/proc/sys/kernel/random/boot_id")?.trim() || undefined;
}

/** Start time of `pid` in clock ticks after boot (Linux), else undefined. */
function startTicks(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses; field 22 is starttime.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** The command line of a running `pid` (Linux), for messages. */
function commandOf(pid: number): string | undefined {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return raw.split("\0").filter(Boolean).join(" ").slice(0, 120) || undefined;
  } catch {
    return undefined;
  }
}

/** This process's command line, e.g. "node --import tsx scripts/db.ts seed". */
function ownCommand(): string {
  const rel = (a: string) =>
    path.isAbsolute(a) && a.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), a) : a;
  const parts = [path.basename(process.execPath), ...process.execArgv, ...process.argv.slice(1).map(rel)];
  return parts.join(" ").slice(0, 200);
}

/** @returns the owner, or undefined when `text` is not a lock this module wrote. */
export function parseLockOwner(text: string): LockOwner | undefined {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof o === "object" &&
      o !== null &&
      Number.isInteger(o.pid) &&
      (o.pid as number) > 0 &&
      typeof o.command === "string" &&
      typeof o.since === "string" &&
      !Number.isNaN(Date.parse(o.since)) &&
      typeof o.host === "string" &&
      typeof o.token === "string"
    )
      return o as LockOwner;
  } catch {
    // not JSON
  }
  return undefined;
}

/** "PID 42 (node server.ts, since 2026-01-31 09:15:02 UTC)". */
function describeOwner(o: LockOwner): string {
  const since = new Date(o.since)
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, " UTC");
  return `PID ${o.pid}${o.host !== os.hostname() ? ` on ${o.host}` : ""} (${o.command}, since ${since})`;
}

/** `dir` relative to the working directory when inside it, else absolute. */
function shownPath(dir: string): string {
  const abs = path.resolve(dir);
  const rel = path.relative(process.cwd(), abs);
  return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel;
}

function ageText(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** Is `pid` running? EPERM means it runs under another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Why an existing lock is stale ("that process is no longer running"), or undefined when its holder is alive. */
function staleReason(owner: LockOwner, ageMs: number, staleMs: number): string | undefined {
  if (owner.host !== os.hostname()) {
    return ageMs > staleMs ? `it was not renewed for ${ageText(ageMs)}` : undefined;
  }
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return "the machine restarted since";
  if (owner.pid === process.pid) return "that PID is now this very process (an earlier run left it)";
  if (!isRunning(owner.pid)) return "that process is no longer running";
  const ticks = startTicks(owner.pid);
  if (owner.startTicks && ticks) {
    if (ticks === owner.startTicks) return undefined;
    return `that PID now belongs to another program (${commandOf(owner.pid) ?? "unknown"})`;
  }
  // No /proc: the PID may have been reused; only a lapsed heartbeat tells.
  return ageMs > staleMs ? `it was not renewed for ${ageText(ageMs)}` : undefined;
}

function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EACCES" || code === "EPERM" || code === "EROFS";
}

/**
 * Creates `lockPath` with `content` atomically, its first heartbeat stamped by this process's
 * clock (as every later beat is), so ages compare like with like even where the process clock
 * and the file system's differ (libfaketime in `npm run test:future`).
 * @returns false when it already exists.
 */
function create(lockPath: string, content: string): boolean {
  const tmp = `${lockPath}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  const fd = fs.openSync(tmp, "wx", 0o644);
  try {
    fs.writeSync(fd, content);
    const now = new Date();
    fs.futimesSync(fd, now, now);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    if (isPermissionError(error) || (error as NodeJS.ErrnoException).code === "ENOTSUP") {
      // A file system without hard links: exclusive create, then write (a crash in between
      // leaves an empty file, which the heartbeat rule takes over).
      try {
        fs.writeFileSync(lockPath, content, { flag: "wx", mode: 0o644 });
        const now = new Date();
        fs.utimesSync(lockPath, now, now);
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
        throw inner;
      }
    }
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Removes the lock file if it still holds exactly `seen`, under a guard directory so that
 * two processes taking over the same stale lock cannot remove each other's new lock.
 * @returns false when another process is taking over right now.
 */
function removeIfUnchanged(lockPath: string, seen: string): boolean {
  const guard = `${lockPath}.takeover`;
  try {
    fs.mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const age = Date.now() - fs.statSync(guard).mtimeMs;
    if (age < GUARD_STALE_MS) return false;
    fs.rmSync(guard, { recursive: true, force: true });
    return removeIfUnchanged(lockPath, seen);
  }
  try {
    if (readFileOrUndefined(lockPath) === seen) fs.rmSync(lockPath, { force: true });
    return true;
  } finally {
    fs.rmSync(guard, { recursive: true, force: true });
  }
}

let exitHooksInstalled = false;

/** Releases every held lock at exit, and on SIGINT/SIGTERM when nobody else handles them. */
function installExitHooks() {
  const store = globalThis as unknown as { __ponteDirectoryLockHooks?: boolean };
  if (exitHooksInstalled || store.__ponteDirectoryLockHooks) return;
  exitHooksInstalled = store.__ponteDirectoryLockHooks = true;
  process.on("exit", releaseAll);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = () => {
      // Another handler (server.ts, the worker) shuts down and exits; the exit hook releases.
      if (process.listenerCount(signal) > 1) return;
      releaseAll();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal); // the default action: exit with the signal
    };
    process.on(signal, onSignal);
  }
}

function releaseAll() {
  for (const lockPath of [...held().keys()]) releaseLock(lockPath);
}

function releaseLock(lockPath: string) {
  const entry = held().get(lockPath);
  if (!entry) return;
  clearInterval(entry.timer);
  held().delete(lockPath);
  try {
    const text = readFileOrUndefined(lockPath);
    if (text !== undefined && parseLockOwner(text)?.token === entry.token) fs.rmSync(lockPath, { force: true });
  } catch {
    // Nothing more can be done at exit; a leftover lock names a dead PID and is taken over.
  }
}

/**
 * Takes the lock on `dir` (which need not exist yet; its parent is created), synchronously.
 * Call before opening anything in `dir`.
 * @throws DirectoryLockError (one-line message) when another live process holds it
 *   ("held"), when the lock file is not one of ours and is recent ("unreadable"), when `dir`
 *   or its parent is not writable ("read-only"), or on another I/O error ("failed").
 *   Nothing inside `dir` is created or changed in any of these cases.
 */
export function acquireDirectoryLock(dir: string, options: LockOptions = {}): DirectoryLock {
  const what = options.what ?? "The directory";
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const advice = options.advice ? `; ${options.advice}` : "";
  const shown = shownPath(dir);
  const lockPath = lockPathOf(dir);
  if (held().has(lockPath))
    throw new DirectoryLockError(`${what} ${shown} is already locked by this process.`, "failed");

  const readOnly = (error: unknown, where: string) =>
    new DirectoryLockError(
      `${what} ${shown} cannot be used: ${where} is not writable (${(error as NodeJS.ErrnoException).code}); nothing was changed. Make it writable, or point to a writable directory.`,
      "read-only",
    );
  try {
    if (fs.existsSync(dir)) fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw readOnly(error, shown);
  }

  const owner: LockOwner = {
    pid: process.pid,
    command: ownCommand(),
    since: new Date().toISOString(),
    host: os.hostname(),
    bootId: bootId(),
    startTicks: startTicks(process.pid),
    token: crypto.randomBytes(12).toString("hex"),
  };
  const content = `${JSON.stringify(owner, null, 2)}\n`;
  const parent = path.dirname(lockPath);

  try {
    fs.mkdirSync(parent, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      if (attempt > 5) throw new Error(`the lock file ${lockPath} keeps changing`);
      if (create(lockPath, content)) break;
      const seen = readFileOrUndefined(lockPath);
      if (seen === undefined) continue; // released meanwhile: try again
      let ageMs = 0;
      try {
        ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
      } catch {
        continue;
      }
      const previous = parseLockOwner(seen);
      const reason = previous
        ? staleReason(previous, ageMs, staleMs)
        : ageMs > staleMs
          ? `its content is unreadable and ${ageText(ageMs)} old`
          : undefined;
      if (!reason) {
        if (!previous)
          throw new DirectoryLockError(
            `${what} ${shown} has a lock file ${lockPath} that this program did not write (unreadable content, changed ${ageText(ageMs)} ago); if no other process uses ${shown}, delete that file.`,
            "unreadable",
          );
        throw new DirectoryLockError(
          `${what} ${shown} is in use by ${describeOwner(previous)}${advice}.`,
          "held",
          previous,
        );
      }
      if (attempt >= 3 || !removeIfUnchanged(lockPath, seen)) {
        throw new DirectoryLockError(
          `${what} ${shown} is being taken over by another process right now${advice}.`,
          "held",
          previous,
        );
      }
      warn(
        `${what} ${shown}: took over the stale lock ${previous ? `of ${describeOwner(previous)}` : lockPath}: ${reason}.`,
      );
    }
  } catch (error) {
    if (error instanceof DirectoryLockError) throw error;
    if (isPermissionError(error)) throw readOnly(error, shownPath(parent));
    throw new DirectoryLockError(
      `${what} ${shown} cannot be locked: ${(error as Error).message.split("\n")[0]}.`,
      "failed",
    );
  }

  const timer = setInterval(() => {
    try {
      const now = new Date();
      if (parseLockOwner(readFileOrUndefined(lockPath) ?? "")?.token !== owner.token) {
        clearInterval(timer);
        warn(`${what} ${shown}: its lock ${lockPath} was removed or taken by another process.`);
        return;
      }
      fs.utimesSync(lockPath, now, now);
    } catch {
      // A missed beat is harmless: holders on this machine are checked by PID.
    }
  }, heartbeatMs);
  timer.unref();
  held().set(lockPath, { token: owner.token, timer });
  installExitHooks();
  return { path: lockPath, owner, release: () => releaseLock(lockPath) };
}
