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

/** Answers kept for one revision; a new revision empties it. Bounded (filter combinations). */
const MAX_ENTRIES = 500;
/**
 * Bound on the kept answers' total weight (array answers weigh their length, others 1):
 * listings keep every match's id (about 50 bytes each), so about 15 MB at most.
 */
const MAX_WEIGHT = 300_000;
interface Kept {
  value: Promise<unknown>;
  weight: number;
}
let kept: { revision: string; values: Map<string, Kept>; weight: number } = {
  revision: "",
  values: new Map(),
  weight: 0,
};

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
  const revision = await catalogueRevision();
  if (kept.revision !== revision) kept = { revision, values: new Map(), weight: 0 };
  const current = kept;
  const hit = current.values.get(key);
  if (hit) {
    // Least recently used goes first: a hit moves to the end.
    current.values.delete(key);
    current.values.set(key, hit);
    return hit.value as Promise<T>;
  }
  const entry: Kept = { value: load(), weight: 1 };
  current.values.set(key, entry);
  current.weight += entry.weight;
  evict(current);
  entry.value.then(
    (v) => {
      if (current.values.get(key) !== entry || !Array.isArray(v)) return;
      current.weight += v.length - entry.weight;
      entry.weight = v.length;
      evict(current);
    },
    () => {
      if (current.values.get(key) === entry) forget(current, key);
    },
  );
  return entry.value as Promise<T>;
}

function forget(current: typeof kept, key: string) {
  current.weight -= current.values.get(key)?.weight ?? 0;
  current.values.delete(key);
}

/** Drops the least recently used answers until both bounds hold (the newest always stays). */
function evict(current: typeof kept) {
  while (current.values.size > 1 && (current.values.size > MAX_ENTRIES || current.weight > MAX_WEIGHT)) {
    forget(current, current.values.keys().next().value!);
  }
}
