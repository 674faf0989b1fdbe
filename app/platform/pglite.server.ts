/**
 * Opening the embedded database (PGlite) with the extensions Ponte's migrations need:
 * `unaccent`, used by the full-text search configurations (decision 0027). Every place that
 * opens a PGlite goes through here, so that none lacks an extension a migration created.
 */
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** The options every PGlite of Ponte is opened with. */
export const PGLITE_OPTIONS = { extensions: { unaccent } };

/** A PGlite on `dir` (a directory, or `memory://`) with Ponte's extensions loaded. */
export function openPglite(dir: string): PGlite {
  return new PGlite(dir, PGLITE_OPTIONS);
}

/**
 * Prisma's adapter factory for PGlite whose shadow database (the migration engine's scratch
 * database for `db:check` and `db:new-migration`) has Ponte's extensions too: the adapter's
 * own opens a bare PGlite, on which the search migration's `CREATE EXTENSION unaccent` fails.
 */
export class PontePGliteFactory extends PrismaPGlite {
  override connectToShadowDb() {
    return new PrismaPGlite(openPglite("memory://")).connect();
  }
}
