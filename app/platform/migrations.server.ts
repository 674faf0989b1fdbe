/**
 * Prisma migrations without the native engine (docs/decisions/0002-prisma-offline.md).
 *
 * Prisma publishes its schema engine as WebAssembly (`@prisma/schema-engine-wasm`); driven
 * through a driver adapter it applies the standard `prisma/migrations/<ts>_<name>/migration.sql`
 * folders and records them in `_prisma_migrations`, exactly as `prisma migrate deploy` does,
 * so either tool can be used on the same database.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { openPglite, PontePGliteFactory } from "./pglite.server";
import type * as SchemaEngineBg from "@prisma/schema-engine-wasm/schema_engine_bg";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const FILTERS = { externalTables: [] as string[], externalEnums: [] as string[] };

type Bg = typeof SchemaEngineBg;
type Engine = Awaited<ReturnType<Bg["SchemaEngine"]["new"]>>;

let bgPromise: Promise<Bg> | undefined;

/**
 * Loads the WebAssembly module once. Its package entry imports a `.wasm` file as an ES
 * module, which Node 20 refuses, so the bytes are instantiated by hand.
 */
function loadWasm(): Promise<Bg> {
  bgPromise ??= (async () => {
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return bgPromise;
}

/** Where the schema and the migrations folder are (the repository's by default). */
export interface PrismaPaths {
  schemaPath?: string;
  migrationsDir?: string;
}

type MigrationAdapter = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory["connect"]>>;

/**
 * The adapter with `executeScript` running a migration as one script, errors reported.
 * The adapters' own fall short on migrations that define functions: `@prisma/adapter-pg`
 * splits the script at every `;` (cutting a PL/pgSQL body, or a comment, in pieces) and
 * `pglite-prisma-adapter` does not await `exec`, so a failing migration was recorded as
 * applied (decision 0027). Both hold their client as `client`: a `pg.Pool` (whose `query`
 * of a parameterless text runs a multi-statement script) or a PGlite (`exec`).
 */
function runningWholeScripts(adapter: MigrationAdapter): MigrationAdapter {
  const inner = adapter as unknown as {
    client?: { exec?: (sql: string) => Promise<unknown>; query?: (sql: string) => Promise<unknown> };
    onError?: (error: unknown) => never;
  };
  const client = inner.client;
  if (!client || (typeof client.exec !== "function" && typeof client.query !== "function")) {
    throw new Error("migrations: this driver adapter has no client to run a migration script on");
  }
  adapter.executeScript = async (script: string) => {
    try {
      if (typeof client.exec === "function") await client.exec(script);
      else await client.query!(script);
    } catch (error) {
      if (inner.onError) inner.onError(error);
      throw error;
    }
  };
  return adapter;
}

/** `factory` whose adapters (and shadow database's) run migration scripts whole. */
function wholeScripts(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => runningWholeScripts(await factory.connect()),
    connectToShadowDb: async () => runningWholeScripts(await factory.connectToShadowDb()),
  };
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  run: (engine: Engine) => Promise<T>,
): Promise<T> {
  const bg = await loadWasm();
  const schema = fs.readFileSync(schemaPath, "utf8");
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (message: string) => {
      if (process.env.PONTE_MIGRATE_DEBUG) console.error(message);
    },
    bindMigrationAwareSqlAdapterFactory(wholeScripts(factory)),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** The migrations folder as the engine wants it: sorted directories with their SQL. */
export function readMigrationList(dir = MIGRATIONS_DIR) {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: {
      path: LOCKFILE,
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/**
 * Applies pending migrations to the database behind `factory`.
 * @returns the names of the migrations applied now (empty when up to date).
 * @throws the engine's error when a migration fails or the history diverges.
 */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR }: PrismaPaths = {},
): Promise<string[]> {
  const migrationsList = readMigrationList(migrationsDir);
  return withEngine(factory, schemaPath, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    return out.appliedMigrationNames;
  });
}

/** Runs one SQL statement without parameters and resolves with its rows. */
export type RowQuery = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * The migration folders not yet applied to the database, read from `_prisma_migrations`
 * with one query, or undefined when only the engine can tell: no such table yet (a new
 * database, or one it must refuse to migrate), a migration that failed and was not rolled
 * back (the engine refuses with its own message), or a query that fails. Applied means
 * what the engine counts as applied: a row of that name not rolled back.
 */
export async function pendingMigrations(
  query: RowQuery,
  migrationsDir = MIGRATIONS_DIR,
): Promise<string[] | undefined> {
  const folders = readMigrationList(migrationsDir).migrationDirectories.map((d) => d.path);
  try {
    const [table] = await query("SELECT to_regclass('_prisma_migrations')::text AS name");
    if (!table?.name) return undefined;
    const rows = await query(
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM _prisma_migrations`,
    );
    if (rows.some((r) => !r.finished && !r.rolled_back)) return undefined;
    const applied = new Set(rows.filter((r) => !r.rolled_back).map((r) => String(r.migration_name)));
    return folders.filter((name) => !applied.has(name));
  } catch {
    return undefined;
  }
}

/**
 * `applyMigrations` only when `pendingMigrations` finds some or cannot tell: a database
 * that is up to date costs one query, and the schema engine (WebAssembly, about 46 MB that
 * its glue module keeps for the life of the process) is not loaded at all (issue 15).
 * @returns the migrations applied now, and whether the engine ran.
 * @throws the engine's error when a migration fails or the history diverges.
 */
export async function applyPendingMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  query: RowQuery,
  paths: PrismaPaths = {},
): Promise<{ applied: string[]; engineRan: boolean }> {
  const pending = await pendingMigrations(query, paths.migrationsDir);
  if (pending && pending.length === 0) return { applied: [], engineRan: false };
  return { applied: await applyMigrations(factory, paths), engineRan: true };
}

/**
 * SQL that takes a database built from the migrations to the current schema.prisma;
 * empty when they agree (the drift check). Runs on a throwaway in-memory PGlite used as
 * the shadow database, so no server is needed.
 */
export async function diffMigrationsToSchema({
  schemaPath = SCHEMA_PATH,
  migrationsDir = MIGRATIONS_DIR,
}: PrismaPaths = {}): Promise<string> {
  const pglite = openPglite("memory://");
  try {
    const list = readMigrationList(migrationsDir);
    const schema = fs.readFileSync(schemaPath, "utf8");
    return await withEngine(new PontePGliteFactory(pglite), schemaPath, async (engine) => {
      const result = await engine.diff({
        from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      const sql = (result.stdout ?? "").trim();
      return sql === "-- This is an empty migration." ? "" : sql;
    });
  } finally {
    await pglite.close();
  }
}

/** `YYYYMMDDHHMMSS` in UTC, the prefix Prisma gives migration folders. */
export function migrationTimestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Writes the next migration from the schema diff, in Prisma's layout.
 * @returns the folder written, or null when there is nothing to migrate.
 * @throws Error when `name` is not lowercase letters, digits and underscores.
 */
export async function createMigration(
  name: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR }: PrismaPaths = {},
): Promise<string | null> {
  if (!/^[a-z0-9_]{1,60}$/.test(name)) {
    throw new Error("migration name: use 1–60 lowercase letters, digits and underscores, e.g. add_requests");
  }
  const sql = await diffMigrationsToSchema({ schemaPath, migrationsDir });
  if (!sql) return null;
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lock = path.join(migrationsDir, LOCKFILE);
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  const folder = path.join(migrationsDir, `${migrationTimestamp()}_${name}`);
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, "migration.sql"), `${sql}\n`);
  return folder;
}
