/**
 * Which opportunities the public sees (decision 0026): published ones, and among them the
 * seeded examples only where the installation shows them (`PONTE_EXAMPLES`, read once in
 * app/platform/env.server.ts). Every public read (listing, pages, centres, home counts,
 * matches, suggestions, the request form) ANDs this into its `where`.
 */
import type { Prisma } from "~/generated/prisma/client";
import { getEnv } from "~/platform/env.server";

/** True when this installation shows the seeded example opportunities. */
export function examplesShown(): boolean {
  return getEnv().showExamples;
}

/** The `where` of an opportunity the public may see: published, and real unless examples are shown. */
export function publicOpportunityWhere(): Prisma.OpportunityWhereInput {
  return examplesShown() ? { status: "PUBLISHED" } : { status: "PUBLISHED", isExample: false };
}
