/**
 * Published opportunities: the filtered, paginated listing and one opportunity's page.
 * Calendar dates are `@db.Date` (inclusive ranges); see app/platform/dates.ts.
 */
import type { OpportunityType, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { dateFromIso } from "~/platform/dates";
import { byCatalogueRevision } from "./revision-cache.server";
import { byRelevance, searchOpportunities, type SearchRanks } from "./search.server";
import { getTaxonomy, getUsedTopicOptions, withDescendants } from "./topic.server";
import { countryName } from "~/platform/reference-lists.server";
import { examplesShown, publicOpportunityWhere } from "./visibility.server";
import { groupByRegion } from "./region";

export const PAGE_SIZE = 20;

export interface OpportunityFilters {
  type?: OpportunityType;
  /** Topic key; the topic's descendants match too. */
  topic?: string;
  /** Centre slug. */
  centre?: string;
  /** "lombardy": centres in Lombardy; "abroad": partner institutions abroad (issue 19). */
  region?: "lombardy" | "abroad";
  /** ISO 3166-1 alpha-2 (upper case): opportunities of partners in that country. */
  country?: string;
  /** ISO 639-1: only opportunities whose required languages are all this one (or none). */
  language?: string;
  /** Inclusive `YYYY-MM-DD`: a window or cohort must overlap [from, to]. */
  from?: string;
  to?: string;
  /** What the visitor typed: full-text search (search.server.ts); results by relevance. */
  q?: string;
  /** "1": real programmes only (no examples). */
  real?: "1";
  /** 1-based. */
  page: number;
  /** `YYYY-MM-DD`: opportunities whose deadline passed before this day are left out. */
  today: string;
}

async function buildWhere(
  filters: OpportunityFilters,
  matches: SearchRanks | null,
): Promise<Prisma.OpportunityWhereInput> {
  const and: Prisma.OpportunityWhereInput[] = [
    publicOpportunityWhere(),
    { OR: [{ deadline: null }, { deadline: { gte: dateFromIso(filters.today) } }] },
  ];
  if (filters.type) and.push({ type: filters.type });
  if (filters.real) and.push({ isExample: false });
  if (filters.centre) and.push({ centre: { slug: filters.centre } });
  if (filters.region === "lombardy") and.push({ centre: { country: null } });
  if (filters.region === "abroad") and.push({ centre: { country: { not: null } } });
  if (filters.country) and.push({ centre: { country: filters.country } });
  if (filters.topic) {
    const ids = withDescendants(await getTaxonomy(), filters.topic);
    and.push({ topics: { some: { topicId: { in: ids } } } });
  }
  if (filters.language) and.push({ languages: { every: { code: filters.language } } });
  if (filters.from || filters.to) {
    const range: Prisma.OpportunityWindowWhereInput = {};
    if (filters.from) range.endDate = { gte: dateFromIso(filters.from) };
    if (filters.to) range.startDate = { lte: dateFromIso(filters.to) };
    and.push({ OR: [{ windows: { some: range } }, { cohorts: { some: range as Prisma.CohortWhereInput } }] });
  }
  if (matches) and.push({ id: { in: [...matches.keys()] } });
  return { AND: and };
}

/** The practical-fact columns (app/catalogue/practical-facts.ts). */
export const practicalColumns = {
  feeKind: true,
  feeAmountMinor: true,
  feeCurrency: true,
  feeCoversEn: true,
  feeCoversIt: true,
  visitorScope: true,
  requiredDocuments: true,
  recommendationLetters: true,
  vaccines: true,
  otherDocument: true,
  visaLetter: true,
  housingTravelEn: true,
  housingTravelIt: true,
  workingHoursEn: true,
  workingHoursIt: true,
  dressCodeEn: true,
  dressCodeIt: true,
  contactName: true,
  contactRole: true,
  contactEmail: true,
} satisfies Prisma.OpportunitySelect;

const listSelect = {
  id: true,
  type: true,
  titleEn: true,
  titleIt: true,
  isExample: true,
  seats: true,
  minDays: true,
  maxDays: true,
  deadline: true,
  centre: { select: { slug: true, name: true, nameIt: true, country: true, city: true } },
  languages: { select: { code: true, minLevel: true }, orderBy: { code: "asc" } },
  topics: { select: { topicId: true } },
  windows: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
  cohorts: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
} satisfies Prisma.OpportunitySelect;

// Lombardy first (country null), then partners abroad by country: the listing's two groups.
const listOrder = [
  { centre: { country: { sort: "asc", nulls: "first" } } },
  { centre: { name: "asc" } },
  { titleEn: "asc" },
  { id: "asc" },
] satisfies Prisma.OpportunityOrderByWithRelationInput[];

/**
 * One page of published opportunities and the total count: Lombardy's first, then partners
 * abroad (issue 19); within each by country, centre and title, or, with
 * a search text, by relevance (then centre and title).
 *
 * Issue 15: the order of the whole listing (its ids) is kept per catalogue revision and
 * filter combination (`byCatalogueRevision`), so any page of a listing seen before is one
 * primary-key read of 20 rows; no OFFSET scan and no count. With 10,000 opportunities the
 * sorted join over every match cost PostgreSQL most of the listing's time at 20 connections.
 * The rows themselves are read fresh, so seats and deadlines shown are current.
 */
export async function listOpportunities(filters: OpportunityFilters) {
  const { page: _page, ...counted } = filters;
  const ordered = await byCatalogueRevision(
    `${filters.q ? "search" : "list"}:${JSON.stringify(counted)}:${examplesShown()}`,
    () => (filters.q ? rankedIds(filters) : listedIds(filters)),
  );
  if (ordered.length === 0) return { total: 0, items: [], pageCount: 1 };
  const pageIds = ordered.slice((filters.page - 1) * PAGE_SIZE, filters.page * PAGE_SIZE);
  const rows = pageIds.length
    ? await prisma.opportunity.findMany({ where: { id: { in: pageIds } }, select: listSelect })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.flatMap((id) => byId.get(id) ?? []);
  return { total: ordered.length, items, pageCount: Math.max(1, Math.ceil(ordered.length / PAGE_SIZE)) };
}

/** The ids of the published opportunities matching `filters` (no search text), in the listing's order. */
async function listedIds(filters: OpportunityFilters): Promise<string[]> {
  const rows = await prisma.opportunity.findMany({
    where: await buildWhere(filters, null),
    orderBy: listOrder,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * The ids of the opportunities matching `filters.q` and the other filters, in the listing's
 * order: Lombardy's by relevance, then abroad's (the page's two groups stay whole across pages).
 */
async function rankedIds(filters: OpportunityFilters): Promise<string[]> {
  const matches = await searchOpportunities(filters.q!);
  if (matches.size === 0) return [];
  const ranked = byRelevance(
    await prisma.opportunity.findMany({
      where: await buildWhere(filters, matches),
      orderBy: listOrder,
      select: { id: true, centre: { select: { country: true } } },
    }),
    matches,
  );
  return groupByRegion(ranked, (o) => o.centre.country).flatMap((g) => g.items.map((o) => o.id));
}

/**
 * The listing's filter menus in `language`: centres that have published opportunities
 * (`{slug, name}` by name), the languages asked for (ISO 639-1 codes), the countries of
 * partners abroad with published opportunities (`{code, name}` by name) and the topics in
 * use (`{id, depth, label}` in tree order). Kept per catalogue revision and language: the
 * sorting and naming are done once, not on each request (issue 15).
 */
export function getOpportunityFilterOptions(language: string) {
  return byCatalogueRevision(`filter-options:${examplesShown()}:${language}`, async () => {
    const [options, topics] = await Promise.all([
      byCatalogueRevision(`filter-options:${examplesShown()}`, loadFilterOptions),
      getUsedTopicOptions(language),
    ]);
    const it = language === "it";
    return {
      languages: options.languages,
      centres: options.centres
        .map((c) => ({ slug: c.slug, name: it ? c.nameIt : c.name }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
      countries: options.countries
        .map((code) => ({ code, name: countryName(code, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
      topics,
    };
  });
}

async function loadFilterOptions() {
  const [centres, languages] = await Promise.all([
    prisma.centre.findMany({
      where: { opportunities: { some: publicOpportunityWhere() } },
      select: { slug: true, name: true, nameIt: true, country: true },
      orderBy: { name: "asc" },
    }),
    // groupBy is SQL's GROUP BY; Prisma's `distinct` reads every row and drops repeats in JS.
    prisma.opportunityLanguage.groupBy({ by: ["code"], orderBy: { code: "asc" } }),
  ]);
  const countries = [...new Set(centres.flatMap((c) => (c.country ? [c.country] : [])))].sort();
  return { centres, languages: languages.map((l) => l.code), countries };
}

/** A published opportunity with everything its page shows; null when unknown or unpublished. */
export async function getPublishedOpportunity(id: string) {
  return prisma.opportunity.findFirst({
    where: { id, ...publicOpportunityWhere() },
    select: {
      ...listSelect,
      descriptionEn: true,
      descriptionIt: true,
      professions: true,
      careerStages: true,
      centreId: true,
      centre: {
        select: { slug: true, name: true, nameIt: true, country: true, city: true, responseTimeDays: true },
      },
      cohorts: {
        select: { id: true, name: true, startDate: true, endDate: true, seats: true },
        orderBy: { startDate: "asc" },
      },
      questions: { select: { textEn: true, textIt: true }, orderBy: { position: "asc" } },
      ...practicalColumns,
    },
  });
}
