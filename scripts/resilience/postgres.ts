/**
 * The PostgreSQL server of `npm run test:resilience`: a private cluster of its own, so that
 * restarting it mid-load disturbs nobody else (the machine's shared server is used by other
 * people and test suites at the same time).
 *
 * - "private" mode: `initdb` of the newest PostgreSQL under /usr/lib/postgresql/<version>/bin
 *   (or on PATH) into a temporary directory (as the `postgres` user through `runuser` when
 *   this process is root: PostgreSQL refuses to run as root), started with `pg_ctl` on a
 *   free loopback port with its socket in that directory; `interrupt()` is
 *   `pg_ctl restart -m fast`; `stop()` stops it and removes the directory.
 * - "shared" mode, only when no `initdb` is found: a new database on TEST_DATABASE_URL (or
 *   the machine's server); `interrupt()` terminates every connection to that database
 *   (`pg_terminate_backend`), which is what a restart does to Ponte's pools; `stop()`
 *   drops the database.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface ResilienceDatabase {
  mode: "private" | "shared";
  /** What runs, for the report ("PostgreSQL 15 cluster in /tmp/…, port 5xxxx"). */
  description: string;
  /** The database Ponte uses. */
  url: string;
  /** What a database restart means in this mode, for the report. */
  interruption: string;
  /** Restarts the server (private) or kills Ponte's connections (shared); resolves when done. */
  interrupt(): Promise<void>;
  /** Stops and removes what start made; safe to call twice. */
  stop(): Promise<void>;
}

/** The `bin` directory of the newest installed PostgreSQL with `initdb`, or null. */
export function findPostgresBin(): string | null {
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  if (versions.length) return path.join(base, versions[0]!, "bin");
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? path.dirname(which.stdout.trim()) : null;
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root, else as ourselves. */
function runPg(bin: string, tool: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot
    ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]]
    : [path.join(bin, tool), args];
  return execFileSync(cmd, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Starts a private cluster on `port` (see above). @throws when initdb or pg_ctl fails. */
export async function startPrivateCluster(bin: string, port: number): Promise<ResilienceDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-resilience-pg-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "postgres.log");
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
  let running = false;
  const stop = async () => {
    if (running) {
      running = false;
      try {
        runPg(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    runPg(bin, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
    // A throwaway cluster: no fsync (nothing here must survive a power cut), enough connections
    // for three Ponte processes' pools and the script's own.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=100`;
    runPg(bin, "pg_ctl", ["-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start"]);
    running = true;
  } catch (error) {
    await stop();
    throw error;
  }
  const version = path.basename(path.dirname(bin));
  return {
    mode: "private",
    description: `private PostgreSQL ${version} cluster in ${dir}, port ${port}`,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    interruption: "pg_ctl restart -m fast",
    async interrupt() {
      // pg_ctl restart reuses the options the server was started with (postmaster.opts).
      runPg(bin, "pg_ctl", ["-D", data, "-l", log, "-m", "fast", "-w", "-t", "60", "restart"]);
    },
    stop,
  };
}

/** A new database on the shared server `serverUrl` (see above). */
export async function startSharedDatabase(serverUrl: string): Promise<ResilienceDatabase> {
  const name = `ponte_resilience_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  let dropped = false;
  return {
    mode: "shared",
    description: `database ${name} on the shared server ${new URL(serverUrl).host} (no initdb found)`,
    url: u.toString(),
    interruption: "pg_terminate_backend of every connection to the database",
    async interrupt() {
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      );
    },
    async stop() {
      if (dropped) return;
      dropped = true;
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await admin.end().catch(() => {});
    },
  };
}
