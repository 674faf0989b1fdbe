/**
 * Centres of the catalogue: listing with filters, one centre with its facts and sources.
 */
import type { CentreKind, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { byRelevance, searchCentres } from "./search.server";
import { byCatalogueRevision } from "./revision-cache.server";
import { getTaxonomy, getUsedTopicOptions, withDescendants } from "./topic.server";
import { countryName } from "~/platform/reference-lists.server";
import { examplesShown, publicOpportunityWhere } from "./visibility.server";

export interface CentreFilters {
  city?: string;
  /** "lombardy": country null; "abroad": partner institutions abroad (issue 19). */
  region?: "lombardy" | "abroad";
  /** ISO 3166-1 alpha-2 (upper case): partners in that country. */
  country?: string;
  kind?: CentreKind;
  /** Topic key; the topic's descendants match too. */
  topic?: string;
  /** What the visitor typed: full-text search (search.server.ts); results by relevance. */
  q?: string;
}

/**
 * Centres matching the filters, by name (by relevance with a search text), with their
 * topics and published-opportunity counts. Everything it reads moves the catalogue
 * revision (centres, their topics, opportunities; a centre's search document is rebuilt
 * by an update of the centre), so answers are kept per revision and filters (issue 15).
 */
export function listCentres(filters: CentreFilters) {
  return byCatalogueRevision(`centres:${JSON.stringify(filters)}:${examplesShown()}`, () => loadCentres(filters));
}

async function loadCentres(filters: CentreFilters) {
  const matches = filters.q ? await searchCentres(filters.q) : null;
  if (matches?.size === 0) return [];
  const where: Prisma.CentreWhereInput = {};
  if (filters.city) where.city = filters.city;
  if (filters.kind) where.kind = filters.kind;
  if (filters.region === "lombardy") where.country = null;
  if (filters.region === "abroad") where.country = { not: null };
  if (filters.country) where.country = filters.country;
  if (filters.topic) {
    const ids = withDescendants(await getTaxonomy(), filters.topic);
    where.OR = [
      { topics: { some: { topicId: { in: ids } } } },
      { opportunities: { some: { ...publicOpportunityWhere(), topics: { some: { topicId: { in: ids } } } } } },
    ];
  }
  if (matches) where.id = { in: [...matches.keys()] };
  const centres = await prisma.centre.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      nameIt: true,
      kind: true,
      country: true,
      city: true,
      irccs: true,
      descriptionEn: true,
      descriptionIt: true,
      topics: { select: { topicId: true } },
      _count: { select: { opportunities: { where: publicOpportunityWhere() } } },
    },
  });
  return matches ? byRelevance(centres, matches) : centres;
}

/** Centres in Lombardy (issue 19: a Lombardy professional's home centre), `{id, name, nameIt}` by name. */
export async function listLombardyCentres() {
  return prisma.centre.findMany({
    where: { country: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, nameIt: true },
  });
}

/**
 * The centre listing's filter menus in `language`: distinct cities, the kinds in use, the
 * countries of partners abroad (`{code, name}` by name) and the topics in use (`{id, depth,
 * label}` in tree order). Centres move the catalogue revision, so this is kept per revision
 * and language (issue 15: three queries and the sorting on every request before).
 */
export function getCentreFilterOptions(language: string) {
  return byCatalogueRevision(`centre-filter-options:${examplesShown()}:${language}`, async () => {
    const [cities, kinds, countries, topics] = await Promise.all([
      prisma.centre.findMany({ distinct: ["city"], select: { city: true }, orderBy: { city: "asc" } }),
      prisma.centre.findMany({ distinct: ["kind"], select: { kind: true }, orderBy: { kind: "asc" } }),
      prisma.centre.groupBy({ by: ["country"], where: { country: { not: null } }, orderBy: { country: "asc" } }),
      getUsedTopicOptions(language),
    ]);
    return {
      cities: cities.map((c) => c.city),
      kinds: kinds.map((k) => k.kind),
      countries: countries
        .flatMap((c) => (c.country ? [{ code: c.country, name: countryName(c.country, language) }] : []))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
      topics,
    };
  });
}

/**
 * How many of a centre's published opportunities its page lists (issue 15: with 10,000
 * opportunities a centre had 330, 278 KB of HTML); the rest are one link away, on
 * /opportunities?centre=<slug>, which pages them.
 */
export const CENTRE_PAGE_OPPORTUNITIES = 20;

/**
 * One centre by slug with facts, sources, topics, parent, children and its first
 * `CENTRE_PAGE_OPPORTUNITIES` published opportunities (by type, then title), with
 * `opportunityCount` (all published ones) and `hasRealProgrammes` (any that is not an
 * example, listed or not); null if unknown.
 */
export async function getCentreBySlug(slug: string) {
  const centre = await findCentreBySlug(slug);
  if (!centre) return null;
  const { _count, opportunities, ...rest } = centre;
  const shown = opportunities.slice(0, CENTRE_PAGE_OPPORTUNITIES);
  const hasRealProgrammes =
    shown.some((o) => !o.isExample) ||
    (_count.opportunities > shown.length &&
      (await prisma.opportunity.findFirst({
        where: { ...publicOpportunityWhere(), centreId: centre.id, isExample: false },
        select: { id: true },
      })) !== null);
  return { ...rest, opportunities: shown, opportunityCount: _count.opportunities, hasRealProgrammes };
}

function findCentreBySlug(slug: string) {
  return prisma.centre.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      nameIt: true,
      kind: true,
      country: true,
      city: true,
      address: true,
      website: true,
      irccs: true,
      rorId: true,
      descriptionEn: true,
      descriptionIt: true,
      languages: true,
      responseTimeDays: true,
      parent: { select: { slug: true, name: true } },
      children: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
      facts: { orderBy: { position: "asc" }, select: { textEn: true, textIt: true, sourceNs: true } },
      sources: { orderBy: { n: "asc" }, select: { n: true, url: true, title: true, date: true, kind: true } },
      topics: { select: { topicId: true } },
      opportunities: {
        where: publicOpportunityWhere(),
        orderBy: [{ type: "asc" }, { titleEn: "asc" }, { id: "asc" }],
        take: CENTRE_PAGE_OPPORTUNITIES,
        select: { id: true, type: true, titleEn: true, titleIt: true, isExample: true, deadline: true, seats: true },
      },
      _count: { select: { opportunities: { where: publicOpportunityWhere() } } },
    },
  });
}

/**
 * Counts for the home page: `opportunities` counts real published programmes only;
 * `examples` the published examples shown beside them (0 where examples are hidden).
 */
export function getCatalogueCounts() {
  // Five counts over the catalogue (two over every opportunity) on each visit to the home
  // page before issue 15; they change only with the catalogue.
  return byCatalogueRevision(`counts:${examplesShown()}`, loadCatalogueCounts);
}

async function loadCatalogueCounts() {
  const [centres, opportunities, examples, simulation, universities] = await Promise.all([
    prisma.centre.count(),
    prisma.opportunity.count({ where: { status: "PUBLISHED", isExample: false } }),
    examplesShown() ? prisma.opportunity.count({ where: { status: "PUBLISHED", isExample: true } }) : 0,
    prisma.centre.count({ where: { kind: "SIMULATION_CENTRE" } }),
    prisma.centre.count({ where: { kind: "UNIVERSITY" } }),
  ]);
  return { centres, opportunities, examples, simulation, universities };
}

/** The featured centres of the home page, in the brochure's order where present. */
export function getFeaturedCentres(slugs: string[]) {
  return byCatalogueRevision(`featured:${slugs.join(",")}`, () => loadFeaturedCentres(slugs));
}

async function loadFeaturedCentres(slugs: string[]) {
  const rows = await prisma.centre.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, name: true, nameIt: true, city: true, kind: true, descriptionEn: true, descriptionIt: true },
  });
  return slugs.flatMap((s) => rows.filter((r) => r.slug === s));
}
