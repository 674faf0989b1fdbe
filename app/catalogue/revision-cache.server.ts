/**
 * Catalogue reads that do not change between two edits of the catalogue, kept per process
 * and keyed by the catalogue revision: a counter in `AppMeta` that database triggers move
 * in the same transaction as any write to opportunities, their topics, languages, windows
 * and cohorts, centres or the taxonomy (migration 20261129124952_catalogue_revision,
 * decision 0014). One primary-key read per request tells whether a kept answer still
 * holds, so every web process sees an edit on its next request.
 *
 * Issue 15: at 10,000 opportunities on PostgreSQL, counting the listing's matches and
 * listing the topics and languages in use cost most of `/opportunities`.
 */
import { prisma } from "~/platform/db.server";
import { VersionedCache } from "~/platform/versioned-cache";

/**
 * Answers kept for one revision; a new revision empties it. Bounded by entries (filter
 * combinations) and by the ids kept (listings keep every match's id, about 50 bytes each:
 * 300,000 ids is about 15 MB at most).
 */
const kept = new VersionedCache(500, 300_000);

/** The catalogue revision ("value@updatedAt"), or "none" before the first migration ran. */
export async function catalogueRevision(): Promise<string> {
  const rows = await prisma.$queryRaw<{ version: string }[]>`
    SELECT "value" || '@' || to_char("updatedAt" AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') AS "version"
      FROM "AppMeta" WHERE "key" = 'catalogue.revision'`;
  return rows[0]?.version ?? "none";
}

/**
 * `load()`'s answer for `key` at the catalogue's current revision, computed once per
 * revision and process (concurrent callers share one promise; a failure is not kept).
 * `key` must hold everything else the answer depends on (filters, today's date).
 */
export async function byCatalogueRevision<T>(key: string, load: () => Promise<T>): Promise<T> {
  return kept.get(await catalogueRevision(), key, load);
}
