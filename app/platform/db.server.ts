/**
 * The one place that knows which PostgreSQL Ponte talks to
 * (docs/decisions/0001-postgresql-everywhere.md):
 * - `DATABASE_URL=postgresql://…` → a real server through `@prisma/adapter-pg`;
 * - otherwise embedded PGlite persisted in `PGLITE_DIR` (default `./data/pglite`;
 *   `memory://` keeps it in memory) through `pglite-prisma-adapter`.
 *
 * Everything else imports `prisma` (or `getAdapterFactory()` for migrations).
 *
 * The embedded database admits one process: opening it first takes the lock on its
 * directory (`app/platform/directory-lock.server.ts`, decision 0018), released by
 * `closeDatabase()` or at exit. Entry points call `claimDatabase()` first, so that a second
 * process is refused, in one line, before it opens anything.
 */
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "~/generated/prisma/client";
import { acquireDirectoryLock, type DirectoryLock } from "./directory-lock.server";
import { getEnv } from "./env.server";
import { openPglite, PontePGliteFactory } from "./pglite.server";
import { forgetSingleton, singleton } from "./singleton.server";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

/** Which database the environment selects. */
export function getDatabaseTarget(env = getEnv()): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dir: env.PGLITE_DIR };
}

/** A URL without its password, for messages and logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite at ${target.dir}`;
  try {
    const u = new URL(target.url);
    if (u.password) u.password = "***";
    return `PostgreSQL at ${u.toString()}`;
  } catch {
    return "PostgreSQL (unparseable DATABASE_URL)";
  }
}

/**
 * `url` with `-c TimeZone=UTC` added to its `options` parameter (kept, when present), so
 * every session of the pool works in UTC whatever the server's or the database's default
 * zone. The driver sends a Date as a timestamp without offset, which the server reads in
 * the session's zone: in `Europe/Rome` every stored instant would be an hour or two early
 * (issue 12). The parameter goes in the URL because pg lets the URL's values override the
 * pool's options.
 */
export function withUtcSession(url: string): string {
  const u = new URL(url);
  const options = [u.searchParams.get("options"), "-c TimeZone=UTC"].filter(Boolean).join(" ");
  u.searchParams.set("options", options);
  return u.toString();
}

interface Connection {
  target: DatabaseTarget;
  factory: SqlMigrationAwareDriverAdapterFactory;
  pglite?: PGlite;
  lock?: DirectoryLock;
}

/**
 * How long a query waits for one of the process's 10 PostgreSQL connections before it fails
 * (then answered 503, platform/db-errors.server.ts): as long as a transaction may wait to
 * start (`TRANSACTION_OPTIONS.maxWait`), so a busy machine gives slow answers, not errors.
 */
export const POOL_WAIT_MS = 10_000;

/** What a refused process is told to do (README "Using a real PostgreSQL"). */
const LOCK_ADVICE =
  "stop that process first, or use PostgreSQL (DATABASE_URL) to run several processes on one database";

/**
 * The process's pool of 10 PostgreSQL connections (sessions in UTC). Every connection keeps
 * an 'error' listener for its whole life: node-postgres emits a connection's failure (57P01
 * when the server restarts) as an 'error' event, which the pool listens to only while the
 * connection is idle, and Prisma's adapter only inside a transaction; a failure in between,
 * with no listener, ended the web process (seen in `npm run test:resilience`). The request
 * using that connection still fails on its next statement and is answered 503 (decision
 * 0029); the pool drops the broken connection when it is released.
 */
function postgresPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: withUtcSession(url), max: 10, connectionTimeoutMillis: POOL_WAIT_MS });
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}

function connect(): Connection {
  const target = getDatabaseTarget();
  if (target.kind === "postgres") {
    return {
      target,
      // The adapter's own copy of @types/pg differs from ours in types only: one pg at run time.
      factory: new PrismaPg(postgresPool(target.url) as unknown as ConstructorParameters<typeof PrismaPg>[0], {
        disposeExternalPool: true,
      }),
    };
  }
  if (target.dir.startsWith("memory://")) {
    const pglite = openPglite(target.dir);
    return { target, factory: new PontePGliteFactory(pglite), pglite };
  }
  const lock = acquireDirectoryLock(target.dir, { what: "The embedded database", advice: LOCK_ADVICE });
  try {
    fs.mkdirSync(path.resolve(target.dir), { recursive: true });
    const pglite = openPglite(target.dir);
    return { target, factory: new PontePGliteFactory(pglite), pglite, lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function connection(): Connection {
  return singleton("db:connection", connect);
}

/**
 * Opens the selected database now (on the embedded one: takes its directory's lock first).
 * @throws DirectoryLockError with a one-line message when another process holds the
 *   embedded database, its lock file is unreadable, or its directory is not writable.
 */
export function claimDatabase(): void {
  connection();
}

/** The driver adapter factory of the selected database (the migration engine needs it). */
export function getAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return connection().factory;
}

/** The embedded PGlite instance, or undefined on a real server. */
export function getPglite(): PGlite | undefined {
  return connection().pglite;
}

/**
 * Interactive transactions (ms): how long one may wait for a connection and how long it may
 * run. Prisma's defaults (2 s, 5 s) turned a busy machine's slowness into 500s: a request
 * submitted while two cores were saturated took 5–8 s inside its transaction and was rolled
 * back (issue 12, `npm run test:resilience`). A slow answer is better than a lost form;
 * the bounds still end a transaction that hangs.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: connection().factory, transactionOptions: TRANSACTION_OPTIONS });
}

/** The Prisma client, created on first use. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = singleton("db:prisma", createClient);
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * One round trip to the database (`SELECT 1`), failing after `timeoutMs`. The embedded
 * database is asked directly, once it has opened: a first start creates it (initdb in
 * WebAssembly) and the Prisma client loads its query compiler on first use, seconds on a
 * quiet machine and many more on a busy one, and neither is a database that does not
 * answer (issue 12: the browser journeys' server refused to start on a busy machine).
 * @throws the driver's error, or Error("timed out") after timeoutMs.
 */
export async function pingDatabase(timeoutMs = 3_000): Promise<void> {
  const pglite = getPglite();
  if (pglite) await pglite.waitReady;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([pglite ? pglite.query("SELECT 1") : prisma.$queryRawUnsafe("SELECT 1"), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes the client and the embedded database; the next use opens them again. */
export async function closeDatabase(): Promise<void> {
  const store = globalThis as unknown as { __ponteSingletons?: Map<string, unknown> };
  const client = store.__ponteSingletons?.get("db:prisma") as PrismaClient | undefined;
  const conn = store.__ponteSingletons?.get("db:connection") as Connection | undefined;
  if (client) await client.$disconnect();
  try {
    if (conn?.pglite && !conn.pglite.closed) await conn.pglite.close();
  } finally {
    conn?.lock?.release();
    forgetSingleton("db:prisma");
    forgetSingleton("db:connection");
  }
}
