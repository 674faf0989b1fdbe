/**
 * The dashboards' tables kept per process until the data under them changes (issue 17: the
 * pages stay within the per-page budget at 10,000 requests). At that size each dashboard ran
 * about a dozen aggregates over every request on every view, and PostgreSQL, not Node, was
 * the bottleneck: 13 views a second at 10 connections, with the web process idle a third of
 * the time.
 *
 * The data version is read in one query: for each table the aggregates read, its row count
 * and the newest transaction id among its live rows (`xmin`, as a number). An insert or an
 * update writes a row version carrying a newer transaction id, a delete lowers the count, so
 * any committed change moves the version; the catalogue's tables (opportunities, their topics,
 * cohorts, centres, the taxonomy) move the catalogue revision. One scan per table, no trigger
 * and no lock on the write path. (Only a change made across a transaction-id wraparound that
 * also kept every count could go unseen: one in four billion transactions.)
 */
import { Prisma } from "~/generated/prisma/client";
import { catalogueRevision } from "~/catalogue/revision-cache.server";
import { prisma } from "~/platform/db.server";
import { VersionedCache } from "~/platform/versioned-cache";

/** The tables the dashboards' aggregates read besides the catalogue's (dashboard-stats.server.ts). */
const TABLES = ["Request", "RequestEvent", "Profile", "EventRegistration", "Event", "EventCentre"] as const;

const versionQuery = Prisma.sql([
  `SELECT ${TABLES.map(
    (table) => `(SELECT count(*)::text || '.' || coalesce(max("xmin"::text::bigint), 0)::text FROM "${table}")`,
  ).join(" || '|' || ")} AS "version"`,
]);

/** The dashboards' data version: the catalogue revision and each table's count and newest writer. */
export async function dashboardDataVersion(): Promise<string> {
  const [catalogue, rows] = await Promise.all([
    catalogueRevision(),
    prisma.$queryRaw<{ version: string }[]>(versionQuery),
  ]);
  return `${catalogue}#${rows[0]!.version}`;
}

/** Kept tables: at most 400 (12 charts × languages × filters), about 200 KB each at worst. */
const kept = new VersionedCache(400, 400);

/**
 * `load()`'s answer for `key` at data version `version`, computed once per version and process.
 * `key` must hold everything else the answer depends on (chart, centres, period, language, month).
 */
export function byDashboardVersion<T>(version: string, key: string, load: () => Promise<T>): Promise<T> {
  return kept.get(version, key, load);
}
