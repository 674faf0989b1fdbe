/**
 * Database helpers for integration tests. `resetDatabase()` empties every table people
 * write to (accounts, profiles, requests, mail, jobs…) and removes opportunities that
 * and events that tests created (those without a seed key), keeping the seeded catalogue
 * (example events included) and taxonomy.
 * Cohorts a test adds to a seeded opportunity must have a key starting with `test-`: they are
 * removed here too (the Cohort table is part of the catalogue and is otherwise kept).
 * Tests that create or edit centres clean up after themselves.
 */
import { prisma } from "~/platform/db.server";
import { NO_PRACTICAL_FACTS } from "../factories/requests";

const CATALOGUE_TABLES = new Set([
  "_prisma_migrations",
  "AppMeta",
  "Topic",
  "Centre",
  "CentreSource",
  "CentreFact",
  "CentreTopic",
  "Opportunity",
  "OpportunityTopic",
  "OpportunityLanguage",
  "OpportunityWindow",
  "Cohort",
  "OpportunityQuestion",
  "Event",
  "EventCentre",
  "EventTopic",
]);

let userTables: string[] | undefined;

export async function resetDatabase(): Promise<void> {
  if (!userTables) {
    const rows = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    userTables = rows.map((r) => r.tablename).filter((t) => !CATALOGUE_TABLES.has(t));
  }
  if (userTables.length) {
    await prisma.$executeRawUnsafe(`TRUNCATE ${userTables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
  await prisma.opportunity.deleteMany({ where: { seedKey: null } });
  await prisma.cohort.deleteMany({ where: { key: { startsWith: "test-" } } });
  // Events tests created (their centres and topics go with them); seeded example events stay.
  await prisma.event.deleteMany({ where: { seedKey: null } });
  // Seeded examples a test adopted (tests/factories/requests.ts) are examples again.
  await prisma.opportunity.updateMany({
    where: { seedKey: { not: null }, isExample: false },
    data: { isExample: true, ...NO_PRACTICAL_FACTS },
  });
}
