/**
 * Database commands, offline (docs/decisions/0002-prisma-offline.md):
 *   migrate                 apply pending migrations to the configured database
 *   new-migration <name>    write the next migration from the schema diff
 *   check                   exit 1 when schema.prisma and the migrations disagree (drift)
 *   seed                    load the catalogue and taxonomy (idempotent)
 *   reset                   drop everything, migrate, seed
 * `--schema <path>` and `--migrations <dir>` point `check` and `new-migration` elsewhere.
 * The database is chosen as the app chooses it (DATABASE_URL, else PGlite in PGLITE_DIR).
 * migrate, seed and reset take the embedded database's lock first (decision 0018): while
 * another process (the server) holds it they are refused in one line and exit 1.
 */
import "dotenv/config";
import {
  claimDatabase,
  closeDatabase,
  describeTarget,
  getAdapterFactory,
  getDatabaseTarget,
  prisma,
} from "../app/platform/db.server";
import { applyMigrations, createMigration, diffMigrationsToSchema, type PrismaPaths } from "../app/platform/migrations.server";

/** Demo accounts, only in demo mode (prisma/seed-demo.ts, decision 0017). */
async function seedDemo(): Promise<void> {
  const { seedDemoAccounts } = await import("../prisma/seed-demo");
  const { getEnv } = await import("../app/platform/env.server");
  if (!getEnv().demo) return;
  const demo = await seedDemoAccounts(prisma);
  console.log(`Demo accounts: ${demo.created} created; example proposals: ${demo.proposals} created.`);
}

async function main(command: string | undefined, arg: string | undefined, paths: PrismaPaths): Promise<number> {
  if (command === "migrate" || command === "seed" || command === "reset") claimDatabase();
  switch (command) {
    case "migrate": {
      const applied = await applyMigrations(getAdapterFactory());
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s) to ${describeTarget(getDatabaseTarget())}: ${applied.join(", ")}`
          : `${describeTarget(getDatabaseTarget())} is up to date.`,
      );
      return 0;
    }
    case "new-migration": {
      if (!arg) {
        console.error("usage: npm run db:new-migration -- <name>");
        return 2;
      }
      const folder = await createMigration(arg, paths);
      console.log(folder ? `Wrote ${folder}/migration.sql` : "The migrations already match schema.prisma: nothing to write.");
      return 0;
    }
    case "check": {
      const sql = await diffMigrationsToSchema(paths);
      if (sql) {
        console.error("Drift: prisma/schema.prisma has changes that no migration contains. Run `npm run db:new-migration -- <name>`. Missing SQL:\n" + sql);
        return 1;
      }
      console.log("No drift: the migrations produce exactly prisma/schema.prisma.");
      return 0;
    }
    case "seed": {
      await applyMigrations(getAdapterFactory());
      const { seedDatabase } = await import("../prisma/seed");
      const summary = await seedDatabase(prisma);
      console.log(`Seeded ${describeTarget(getDatabaseTarget())}: ${JSON.stringify(summary)}`);
      await seedDemo();
      return 0;
    }
    case "reset": {
      await prisma.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
      await prisma.$executeRawUnsafe("CREATE SCHEMA public");
      const applied = await applyMigrations(getAdapterFactory());
      const { seedDatabase } = await import("../prisma/seed");
      const summary = await seedDatabase(prisma);
      console.log(`Reset ${describeTarget(getDatabaseTarget())}: ${applied.length} migration(s), ${JSON.stringify(summary)}`);
      await seedDemo();
      return 0;
    }
    default:
      console.error("usage: node --import tsx scripts/db.ts migrate|new-migration <name>|check|seed|reset");
      return 2;
  }
}

const args = process.argv.slice(2);
const paths: PrismaPaths = {};
for (const [flag, key] of [["--schema", "schemaPath"], ["--migrations", "migrationsDir"]] as const) {
  const i = args.indexOf(flag);
  if (i >= 0) {
    paths[key] = args[i + 1];
    args.splice(i, 2);
  }
}
const [command, arg] = args;
let code = 1;
try {
  code = await main(command, arg, paths);
} catch (error) {
  console.error(`db ${command ?? ""}: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await closeDatabase().catch(() => {});
}
process.exit(code);
