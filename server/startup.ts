/**
 * What must be true before Ponte serves a request: the database answers, its migrations are
 * applied, and the catalogue is seeded. Used by server.ts and the worker.
 */
import {
  claimDatabase,
  describeTarget,
  getAdapterFactory,
  getDatabaseTarget,
  pingDatabase,
  prisma,
} from "../app/platform/db.server";
import { DirectoryLockError } from "../app/platform/directory-lock.server";
import { applyPendingMigrations } from "../app/platform/migrations.server";
import { getEnv } from "../app/platform/env.server";
import { seedDatabase } from "../prisma/seed";
import { seedDemoAccounts } from "../prisma/seed-demo";

export class StartupError extends Error {}

/** A one-line reason from a driver error (no stack). */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ?? "unknown error"
  );
}

/**
 * @throws StartupError with one clear line when the database cannot be reached or migrated,
 *   or when another process holds the embedded database (decision 0018).
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const target = getDatabaseTarget();
  try {
    claimDatabase(); // first: a second process on the embedded database stops here
  } catch (error) {
    if (error instanceof DirectoryLockError) throw new StartupError(error.message);
    throw error;
  }
  try {
    await pingDatabase(10_000);
  } catch (error) {
    throw new StartupError(
      `Cannot reach the database (${describeTarget(target)}): ${reason(error)}. Check DATABASE_URL.`,
    );
  }
  try {
    // One query when nothing is pending; the schema engine loads only when there is work.
    const { applied } = await applyPendingMigrations(getAdapterFactory(), (sql) => prisma.$queryRawUnsafe(sql));
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  } catch (error) {
    throw new StartupError(`Migrating ${describeTarget(target)} failed: ${reason(error)}`);
  }
  const summary = await seedDatabase(prisma);
  if (!summary.skipped) {
    log(
      `Seeded the catalogue: ${summary.topics} topics, ${summary.centresCreated} new centres, ${summary.opportunitiesCreated} new opportunities, ${summary.eventsCreated} new events.`,
    );
  }
  if (getEnv().demo) {
    const demo = await seedDemoAccounts(prisma);
    if (demo.created) log(`Created ${demo.created} demo account(s); see README "Demo accounts".`);
  }
}
