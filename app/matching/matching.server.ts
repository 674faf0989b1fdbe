/**
 * Matching on the database: loads the published catalogue into the pure ranker
 * (app/matching/), caches what does not change per request, and answers /matches, the
 * opportunity page's "your fit" and the coordinators' suggested applicants.
 *
 * Caches (all in-process, docs/decisions/0014-match-index-cache.md):
 * - the match index, built once per catalogue revision (`AppMeta` "catalogue.revision",
 *   bumped by database triggers on every catalogue change; one primary-key read per
 *   request tells whether it moved); while a new revision builds (seconds at 10,000
 *   opportunities) requests keep the previous index unless the build is quick;
 * - the approved-request occupancy, reloaded with one grouped query when the occupancy
 *   revision moves (`AppMeta` "occupancy.revision", bumped by triggers whenever an approved
 *   request appears, goes or changes its dates);
 * - each applicant's ranking, keyed by (catalogue revision, occupancy revision, profile
 *   version, today), LRU-bounded. Hidden opportunities are filtered after ranking, so
 *   hiding one does not invalidate it.
 * A request therefore costs: the session, one revision query, one profile query, and a
 * ranking only when one of its inputs changed.
 */
import type { Prisma } from "~/generated/prisma/client";
import {
  buildMatchIndex,
  catalogueHorizon,
  explainExclusion,
  needsInterests,
  rankOpportunities,
  type MatchIndex,
} from "~/matching/ranker";
import type {
  DateRange,
  FitData,
  MatchOpportunity,
  MatchProfile,
  MatchResult,
  Occupancy,
  Reason,
} from "~/matching/types";

export type { FitData };
import { examplesShown, publicOpportunityWhere } from "~/catalogue/visibility.server";
import { prisma } from "~/platform/db.server";
import { getEnv } from "~/platform/env.server";
import { mayRequestAcross } from "~/requests";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import type { Language } from "~/platform/i18n";
import { getFixedT } from "~/platform/i18n.server";
import { formatDateRange, reasonText, type ReasonPerspective } from "~/matching/match-text";
import { getMatchingProfile, listSuggestableProfiles, type MatchingProfileRow } from "./profile.server";

// ─── The catalogue and its index ────────────────────────────────────────────

/** What a match card shows of an opportunity (both languages; the route picks one). */
export interface CatalogueOpportunity {
  id: string;
  type: MatchOpportunity["type"];
  titleEn: string;
  titleIt: string;
  isExample: boolean;
  deadline: string | null;
  /** `country` null: in Lombardy; an ISO 3166-1 alpha-2 code: a partner abroad (issue 19). */
  centre: { id: string; slug: string; name: string; nameIt: string; city: string; country: string | null };
}

export interface TopicInfo {
  id: string;
  parentId: string | null;
  labelEn: string;
  labelIt: string;
}

export interface MatchCatalogue {
  /** `AppMeta` catalogue.revision this was built from ("value@updatedAt"). */
  revision: string;
  index: MatchIndex;
  opportunities: ReadonlyMap<string, CatalogueOpportunity>;
  topics: ReadonlyMap<string, TopicInfo>;
  /** Topic id → ids of the opportunities tagged with it. */
  byTopic: ReadonlyMap<string, readonly string[]>;
  /** Published opportunities of partners abroad (issue 19); the rest are Lombardy's. */
  abroadCount: number;
  /** Milliseconds the last build took (load + index). */
  buildMs: number;
}

const opportunitySelect = {
  id: true,
  type: true,
  titleEn: true,
  titleIt: true,
  descriptionEn: true,
  descriptionIt: true,
  isExample: true,
  professions: true,
  careerStages: true,
  seats: true,
  minDays: true,
  maxDays: true,
  deadline: true,
  centre: { select: { id: true, slug: true, name: true, nameIt: true, city: true, country: true } },
  topics: { select: { topicId: true } },
  languages: { select: { code: true, minLevel: true } },
  windows: { select: { startDate: true, endDate: true } },
  cohorts: { select: { id: true, startDate: true, endDate: true, seats: true } },
} satisfies Prisma.OpportunitySelect;

async function buildCatalogue(revision: string): Promise<MatchCatalogue> {
  const t0 = performance.now();
  const [rows, topicRows] = await Promise.all([
    prisma.opportunity.findMany({ where: publicOpportunityWhere(), select: opportunitySelect }),
    prisma.topic.findMany({
      select: { id: true, parentId: true, labelEn: true, labelIt: true, synonymsEn: true, synonymsIt: true },
    }),
  ]);
  const matchOpportunities: MatchOpportunity[] = [];
  const opportunities = new Map<string, CatalogueOpportunity>();
  const byTopic = new Map<string, string[]>();
  for (const o of rows) {
    const topicIds = o.topics.map((t) => t.topicId);
    // Both languages are indexed, so an Italian or an English statement finds the same text.
    matchOpportunities.push({
      id: o.id,
      centreId: o.centre.id,
      type: o.type,
      title: `${o.titleEn} ${o.titleIt}`,
      description: `${o.descriptionEn} ${o.descriptionIt}`,
      topicIds,
      languages: o.languages.map((l) => ({ code: l.code, level: l.minLevel })),
      professions: o.professions,
      careerStages: o.careerStages,
      seats: o.seats,
      minDays: o.minDays,
      maxDays: o.maxDays,
      deadline: o.deadline ? isoFromDate(o.deadline) : null,
      windows: o.windows.map((w) => ({ start: isoFromDate(w.startDate), end: isoFromDate(w.endDate) })),
      cohorts: o.cohorts.map((c) => ({
        id: c.id,
        start: isoFromDate(c.startDate),
        end: isoFromDate(c.endDate),
        seats: c.seats,
      })),
    });
    opportunities.set(o.id, {
      id: o.id,
      type: o.type,
      titleEn: o.titleEn,
      titleIt: o.titleIt,
      isExample: o.isExample,
      deadline: o.deadline ? isoFromDate(o.deadline) : null,
      centre: o.centre,
    });
    for (const t of topicIds) {
      const list = byTopic.get(t) ?? [];
      list.push(o.id);
      byTopic.set(t, list);
    }
  }
  const index = buildMatchIndex(
    matchOpportunities,
    topicRows.map((t) => ({
      id: t.id,
      parentId: t.parentId,
      names: { en: [t.labelEn, ...t.synonymsEn], it: [t.labelIt, ...t.synonymsIt] },
    })),
  );
  return {
    revision,
    index,
    opportunities,
    topics: new Map(topicRows.map((t) => [t.id, t])),
    byTopic,
    abroadCount: rows.filter((o) => o.centre.country !== null).length,
    buildMs: performance.now() - t0,
  };
}

/** A rebuild taking longer than this is awaited by nobody: requests keep the previous index meanwhile. */
const REBUILD_WAIT_MS = 250;

/** The last complete build, and the one under way (at most one per revision). */
let readyCatalogue: MatchCatalogue | undefined;
let building: { revision: string; promise: Promise<MatchCatalogue> } | undefined;

/**
 * The catalogue and index for `revision`, built once per revision (single flight). While a
 * newer revision builds, a request waits at most REBUILD_WAIT_MS and otherwise gets the
 * previous index (a coordinator's edit shows a few seconds later at 10,000 opportunities,
 * rather than stalling every applicant's page); with no previous index it waits.
 */
async function catalogueFor(revision: string): Promise<MatchCatalogue> {
  if (readyCatalogue?.revision === revision) return readyCatalogue;
  if (building?.revision !== revision) {
    const entry = { revision, promise: buildCatalogue(revision) };
    building = entry;
    entry.promise.then(
      (catalogue) => {
        if (building === entry) {
          readyCatalogue = catalogue;
          building = undefined;
        }
      },
      () => {
        if (building === entry) building = undefined;
      },
    );
  }
  const pending = building.promise;
  const previous = readyCatalogue;
  if (!previous) return pending;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), REBUILD_WAIT_MS);
  });
  try {
    return (await Promise.race([pending.catch(() => null), timeout])) ?? previous;
  } finally {
    clearTimeout(timer);
  }
}

// ─── Occupancy ──────────────────────────────────────────────────────────────

interface Versions {
  catalogue: string;
  occupancy: string;
}

/**
 * One primary-key read: the catalogue revision and the occupancy revision, counters that
 * database triggers move in the same transaction as any change the matcher depends on
 * (migrations 20261129124952_catalogue_revision and 20261129151500_occupancy_revision).
 */
async function readVersions(): Promise<Versions> {
  const rows = await prisma.$queryRaw<{ key: string; version: string }[]>`
    SELECT "key", "value" || '@' || to_char("updatedAt" AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') AS "version"
      FROM "AppMeta" WHERE "key" IN ('catalogue.revision', 'occupancy.revision')`;
  const of = (key: string) => rows.find((r) => r.key === key)?.version ?? "none";
  return { catalogue: of("catalogue.revision"), occupancy: of("occupancy.revision") };
}

/**
 * Visitors of APPROVED requests still to come, in one grouped query: per opportunity and
 * day (inclusive dates, from `today`) for stays in the windows, per cohort for cohort stays.
 */
async function loadOccupancy(today: string): Promise<Occupancy> {
  const rows = await prisma.$queryRaw<
    { opportunityId: string; cohortId: string | null; day: string | null; visitors: number }[]
  >`
    SELECT r."opportunityId", r."cohortId", NULL AS "day", count(*)::int AS "visitors"
      FROM "Request" r
     WHERE r."status" = 'APPROVED' AND r."cohortId" IS NOT NULL AND r."endDate" >= ${dateFromIso(today)}::date
     GROUP BY r."opportunityId", r."cohortId"
    UNION ALL
    SELECT r."opportunityId", NULL AS "cohortId", to_char(d, 'YYYY-MM-DD') AS "day", count(*)::int AS "visitors"
      FROM "Request" r,
           generate_series(GREATEST(r."startDate", ${dateFromIso(today)}::date)::timestamp, r."endDate"::timestamp, interval '1 day') AS d
     WHERE r."status" = 'APPROVED' AND r."cohortId" IS NULL AND r."endDate" >= ${dateFromIso(today)}::date
     GROUP BY r."opportunityId", d`;
  const byDay = new Map<string, Map<string, number>>();
  const byCohort = new Map<string, number>();
  for (const r of rows) {
    if (r.cohortId) byCohort.set(r.cohortId, Number(r.visitors));
    else if (r.day) {
      const days = byDay.get(r.opportunityId) ?? new Map<string, number>();
      days.set(r.day, Number(r.visitors));
      byDay.set(r.opportunityId, days);
    }
  }
  return { byDay, byCohort };
}

let occupancyCache: { key: string; promise: Promise<Occupancy> } | undefined;

function occupancyFor(signature: string, today: string): Promise<Occupancy> {
  const key = `${signature}|${today}`;
  if (occupancyCache?.key === key) return occupancyCache.promise;
  const promise = loadOccupancy(today);
  const entry = { key, promise };
  occupancyCache = entry;
  promise.catch(() => {
    if (occupancyCache === entry) occupancyCache = undefined;
  });
  return promise;
}

/** Everything a ranking needs besides the profile, current as of this call. */
export interface MatchContext {
  catalogue: MatchCatalogue;
  occupancy: Occupancy;
  /** Part of every ranking cache key. */
  version: string;
  today: string;
}

/** The current catalogue, index and occupancy (one signature query; rebuilds only what moved). */
export async function getMatchContext(today: string): Promise<MatchContext> {
  const versions = await readVersions();
  const [catalogue, occupancy] = await Promise.all([
    // Showing examples or not changes the catalogue as much as an edit does.
    catalogueFor(`${versions.catalogue}:${examplesShown() ? "examples" : "real"}`),
    occupancyFor(versions.occupancy, today),
  ]);
  // The revision actually served (a newer one may still be building).
  return { catalogue, occupancy, version: `${catalogue.revision}|${versions.occupancy}|${today}`, today };
}

/** Forgets every cache (tests, and after a bulk load in this process). */
export function resetMatchCaches(): void {
  readyCatalogue = undefined;
  building = undefined;
  occupancyCache = undefined;
  rankingCache.clear();
}

// ─── Per-applicant rankings ─────────────────────────────────────────────────

/** Rankings kept at most, and results kept per ranking (deeper pages rank again). */
const RANKING_CACHE_SIZE = 500;
const RANKING_DEPTH = 100;

interface CachedRanking {
  key: string;
  results: MatchResult[];
  /** True when `results` holds every ranked opportunity (fewer than the limit asked). */
  complete: boolean;
  /** Near-miss counts for the hidden list `excludedFor` (computed on first use). */
  excluded?: ExclusionCount[];
  excludedFor?: string;
  /** What pages built from this ranking (see `MatchesPage.memo`), by key; dropped with the ranking. */
  views?: Map<string, unknown>;
}

/** Views kept per ranking (languages × depths × hidden lists seen recently). */
const VIEWS_PER_RANKING = 8;

const rankingCache = new Map<string, CachedRanking>();

function remember(userId: string, entry: CachedRanking) {
  rankingCache.delete(userId);
  rankingCache.set(userId, entry);
  if (rankingCache.size > RANKING_CACHE_SIZE) rankingCache.delete(rankingCache.keys().next().value!);
}

/**
 * True when the applicant may request `opportunityId` (app/requests/direction.ts): Lombardy
 * professionals see partners abroad, applicants from abroad see Lombardy's centres, unless
 * PONTE_MOBILITY_DIRECTION=open. Unknown ids are false.
 */
function inDirection(ctx: MatchContext, row: MatchingProfileRow, opportunityId: string): boolean {
  const o = ctx.catalogue.opportunities.get(opportunityId);
  return Boolean(o && mayRequestAcross(row.homeCentreId, o.centre.country, getEnv().enforceMobilityDirection));
}

/**
 * The applicant's ranking (hidden ones included, those of the other direction left out:
 * `inDirection`), at least `depth` deep when that many exist; cached per applicant (see
 * module docs). The ranker ranks as ever; the direction is a filter on its results.
 */
function rankingFor(ctx: MatchContext, row: MatchingProfileRow, depth: number): CachedRanking {
  const key = `${ctx.version}|${row.updatedAt}|${row.homeCentreId ?? ""}|${getEnv().enforceMobilityDirection}`;
  const cached = rankingCache.get(row.userId);
  if (cached && cached.key === key && (cached.complete || cached.results.length >= depth)) {
    remember(row.userId, cached);
    return cached;
  }
  // Deep enough that `depth` results remain after the other direction's are left out.
  const { abroadCount, index } = ctx.catalogue;
  const otherSide = !getEnv().enforceMobilityDirection ? 0 : row.homeCentreId ? index.size - abroadCount : abroadCount;
  const limit = Math.max(depth, RANKING_DEPTH) + otherSide;
  const ranked = rankOpportunities(ctx.catalogue.index, row.profile, ctx.occupancy, ctx.today, { limit });
  const results = ranked.filter((r) => inDirection(ctx, row, r.opportunityId));
  const entry: CachedRanking = { key, results, complete: ranked.length < limit || limit >= ctx.catalogue.index.size };
  remember(row.userId, entry);
  return entry;
}

// ─── /matches ───────────────────────────────────────────────────────────────

/** Why relevant opportunities are not listed, counted by cause. */
export interface ExclusionCount {
  code: string;
  params: Reason["params"];
  count: number;
}

export type MatchesPage =
  | { status: "noInterests"; hiddenCount: number }
  | {
      status: "ok";
      /** The dates matched on when the profile gives none (`catalogueHorizon`); null when it gives some. */
      horizon: DateRange | null;
      /** Visible results, best first, at most `show`. */
      results: (MatchResult & { opportunity: CatalogueOpportunity })[];
      /** Visible results in all (a lower bound, `totalIsExact` false, when beyond the cached depth). */
      total: number;
      totalIsExact: boolean;
      excluded: ExclusionCount[];
      /** Why the list is empty (null when it is not): what the profile excludes. */
      empty: EmptyMatches | null;
      hidden: CatalogueOpportunity[];
      topics: ReadonlyMap<string, TopicInfo>;
      /**
       * Keeps what a page builds from this result (e.g. the reasons in words) for as long as
       * the ranking it comes from is current; `key` must name everything else the view
       * depends on (language, depth, hidden list).
       */
      memo: <T>(key: string, build: () => T) => T;
    };

/**
 * Why an applicant has no matches: `interests` when no published opportunity is on or near
 * any of their interests (the topics are unknown to the catalogue); `languages` when the
 * commonest reason the opportunities on their topics are left out is a language they do not
 * list at the level needed (`languages`: the codes they list); `other` otherwise (the near
 * misses tell).
 */
export type EmptyMatches =
  | { kind: "interests"; topicIds: string[] }
  | { kind: "languages"; languages: string[] }
  | { kind: "other" };

function emptyReason(catalogue: MatchCatalogue, row: MatchingProfileRow, excluded: ExclusionCount[]): EmptyMatches {
  const near = nearTopics(catalogue, row.profile);
  if (![...near].some((t) => (catalogue.byTopic.get(t)?.length ?? 0) > 0)) {
    return { kind: "interests", topicIds: row.profile.interests.map((i) => i.topicId) };
  }
  if (excluded[0]?.code === "exclusion.language") {
    return { kind: "languages", languages: row.profile.languages.map((l) => l.code) };
  }
  return { kind: "other" };
}

/** Interest topics, their descendants, and their ancestors up to two levels: where near misses are. */
function nearTopics(catalogue: MatchCatalogue, profile: MatchProfile): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of catalogue.topics.values()) {
    if (!t.parentId) continue;
    const list = children.get(t.parentId) ?? [];
    list.push(t.id);
    children.set(t.parentId, list);
  }
  const out = new Set<string>();
  for (const { topicId } of profile.interests) {
    if (!catalogue.topics.has(topicId)) continue;
    const stack = [topicId];
    while (stack.length) {
      const id = stack.pop()!;
      if (out.has(id)) continue;
      out.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    let parent = catalogue.topics.get(topicId)?.parentId ?? null;
    for (let k = 0; k < 2 && parent; k++) {
      out.add(parent);
      parent = catalogue.topics.get(parent)?.parentId ?? null;
    }
  }
  return out;
}

/** At most this many near misses are explained per page. */
const EXPLAIN_MAX = 300;

/**
 * Why opportunities on the applicant's topics are missing from their list: the ranker's
 * first failing constraint (`explainExclusion`), counted by cause (languages by language
 * and level). Hidden ones and those that would rank are left out.
 */
function countExclusions(ctx: MatchContext, row: MatchingProfileRow, ranked: ReadonlySet<string>): ExclusionCount[] {
  const { catalogue } = ctx;
  const hidden = new Set(row.hidden);
  const candidates = new Set<string>();
  for (const t of nearTopics(catalogue, row.profile)) {
    for (const id of catalogue.byTopic.get(t) ?? []) {
      if (!ranked.has(id) && !hidden.has(id) && inDirection(ctx, row, id)) candidates.add(id);
      if (candidates.size >= EXPLAIN_MAX) break;
    }
  }
  // The statement only adds relevance; exclusions come from the hard constraints.
  const profile = { ...row.profile, statement: "" };
  const counts = new Map<string, ExclusionCount>();
  for (const id of candidates) {
    const reason = explainExclusion(catalogue.index, profile, ctx.occupancy, ctx.today, id);
    if (!reason || reason.code === "exclusion.relevance") continue;
    const key = `${reason.code}|${reason.params.languageKey ?? ""}|${reason.params.level ?? ""}`;
    const entry = counts.get(key) ?? { code: reason.code, params: reason.params, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/**
 * The signed-in applicant's matches: the best `show` visible results (hidden ones left
 * out), why near misses are missing, and what they hid. `status: "noInterests"` when the
 * profile names no known topic (the page then prompts for interests).
 * @throws Error when the user does not exist.
 */
export async function getMatchesPage(
  userId: string,
  { today, show }: { today: string; show: number },
): Promise<MatchesPage> {
  const [row, ctx] = await Promise.all([getMatchingProfile(userId), getMatchContext(today)]);
  if (!row) throw new Error(`No such user: ${userId}`);
  if (needsInterests(ctx.catalogue.index, row.profile))
    return { status: "noInterests", hiddenCount: row.hidden.length };
  const hidden = new Set(row.hidden);
  const ranking = rankingFor(ctx, row, show + hidden.size);
  const visible = ranking.results.filter((r) => !hidden.has(r.opportunityId));
  const results = visible
    .slice(0, show)
    .map((r) => ({ ...r, opportunity: ctx.catalogue.opportunities.get(r.opportunityId)! }));
  const hiddenKey = row.hidden.join(",");
  if (ranking.excluded === undefined || ranking.excludedFor !== hiddenKey) {
    ranking.excluded = countExclusions(ctx, row, new Set(ranking.results.map((r) => r.opportunityId)));
    ranking.excludedFor = hiddenKey;
  }
  return {
    status: "ok",
    horizon: row.profile.windows.length === 0 ? catalogueHorizon(ctx.catalogue.index, ctx.today) : null,
    results,
    total: visible.length,
    totalIsExact: ranking.complete,
    excluded: ranking.excluded,
    empty: visible.length === 0 ? emptyReason(ctx.catalogue, row, ranking.excluded) : null,
    hidden: row.hidden.map((id) => ctx.catalogue.opportunities.get(id)).filter((o) => o !== undefined),
    topics: ctx.catalogue.topics,
    memo: <T>(key: string, build: () => T): T => {
      const views = (ranking.views ??= new Map<string, unknown>());
      if (views.has(key)) return views.get(key) as T;
      const value = build();
      if (views.size >= VIEWS_PER_RANKING) views.delete(views.keys().next().value!);
      views.set(key, value);
      return value;
    },
  };
}

// ─── "Not interested" ───────────────────────────────────────────────────────

/**
 * Hides a published opportunity from the user's matches (idempotent).
 * @returns false when no published opportunity has that id.
 */
export async function hideOpportunity(userId: string, opportunityId: string): Promise<boolean> {
  const exists = await prisma.opportunity.findFirst({
    where: { id: opportunityId, ...publicOpportunityWhere() },
    select: { id: true },
  });
  if (!exists) return false;
  await prisma.hiddenOpportunity.createMany({ data: [{ userId, opportunityId }], skipDuplicates: true });
  return true;
}

/** Shows a hidden opportunity again (idempotent; only the user's own row). */
export async function unhideOpportunity(userId: string, opportunityId: string): Promise<void> {
  await prisma.hiddenOpportunity.deleteMany({ where: { userId, opportunityId } });
}

// ─── The opportunity page ───────────────────────────────────────────────────

/** Topic key → label (`language`) of every topic key in `reasons`. */
export function topicLabelsFor(
  reasons: readonly Reason[],
  topics: ReadonlyMap<string, TopicInfo>,
  language: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of reasons) {
    for (const name of ["oppTopicKey", "profileTopicKey", "sharedTopicKey"]) {
      const id = r.params[name];
      const topic = typeof id === "string" ? topics.get(id) : undefined;
      if (topic) out[topic.id] = language === "it" ? topic.labelIt : topic.labelEn;
    }
  }
  return out;
}

/**
 * `getOpportunityFit` for the page, in `language`: null when the opportunity is not in the
 * catalogue. `perspective` "applicant" words the reasons for a coordinator reading about the
 * applicant ("one of the applicant's core interests").
 */
export async function getOpportunityFitData(
  userId: string,
  opportunityId: string,
  today: string,
  language: Language,
  perspective: ReasonPerspective = "self",
): Promise<FitData | null> {
  const [fit, t] = await Promise.all([getOpportunityFit(userId, opportunityId, today), getFixedT(language, "profile")]);
  if (!fit || fit.status === "noInterests" || fit.status === "hidden") return fit;
  if (fit.status === "excluded")
    return { status: "excluded", reason: reasonText(t, fit.reason, language, {}, perspective) };
  const { result } = fit;
  const labels = topicLabelsFor(result.reasons, fit.topics, language);
  return {
    status: "ranked",
    rank: fit.rank,
    of: fit.of,
    score: result.score,
    parts: result.parts,
    reasons: result.reasons
      .filter((r) => !r.code.startsWith("dates."))
      .map((r) => reasonText(t, r, language, labels, perspective)),
    earliest: {
      start: result.earliestWindow.start,
      range: formatDateRange(result.earliestWindow.start, result.earliestWindow.end, language),
    },
  };
}

export type OpportunityFit =
  | { status: "noInterests" }
  | { status: "hidden" }
  | { status: "ranked"; rank: number; of: number | null; result: MatchResult; topics: ReadonlyMap<string, TopicInfo> }
  | { status: "excluded"; reason: Reason };

/**
 * How one published opportunity fits the applicant: its rank among their visible matches
 * (`of` null when the list is longer than the cached depth) with score and reasons, or why
 * it is not among them.
 */
export async function getOpportunityFit(
  userId: string,
  opportunityId: string,
  today: string,
): Promise<OpportunityFit | null> {
  const [row, ctx] = await Promise.all([getMatchingProfile(userId), getMatchContext(today)]);
  if (!row || !ctx.catalogue.opportunities.has(opportunityId)) return null;
  if (needsInterests(ctx.catalogue.index, row.profile)) return { status: "noInterests" };
  const hidden = new Set(row.hidden);
  if (hidden.has(opportunityId)) return { status: "hidden" };
  if (!inDirection(ctx, row, opportunityId))
    return { status: "excluded", reason: { code: "exclusion.direction", params: {} } };
  let ranking = rankingFor(ctx, row, RANKING_DEPTH);
  let at = ranking.results.findIndex((r) => r.opportunityId === opportunityId);
  if (at === -1 && !ranking.complete) {
    ranking = rankingFor(ctx, row, ctx.catalogue.index.size);
    at = ranking.results.findIndex((r) => r.opportunityId === opportunityId);
  }
  if (at === -1) {
    const reason = explainExclusion(ctx.catalogue.index, row.profile, ctx.occupancy, ctx.today, opportunityId);
    return reason ? { status: "excluded", reason } : null;
  }
  const visibleBefore = ranking.results.slice(0, at).filter((r) => !hidden.has(r.opportunityId)).length;
  const of = ranking.complete ? ranking.results.filter((r) => !hidden.has(r.opportunityId)).length : null;
  return { status: "ranked", rank: visibleBefore + 1, of, result: ranking.results[at]!, topics: ctx.catalogue.topics };
}

// ─── Coordinators' suggested applicants ─────────────────────────────────────

/** Opted-in profiles considered per suggestions page (most recently updated first). */
export const SUGGESTION_PROFILES_MAX = 500;

export interface Suggestion {
  userId: string;
  /** 1 = the applicant's best match (hidden ones not counted). */
  rank: number;
  result: MatchResult;
}

/**
 * For each of `opportunityIds`, the opted-in applicants whose rankings place it highest
 * (rank ascending, then score descending), at most `perOpportunity` each. Applicants who
 * hid an opportunity are not suggested for it. The caller must have authorised the ids.
 */
export async function getSuggestions(
  opportunityIds: readonly string[],
  { today, perOpportunity }: { today: string; perOpportunity: number },
): Promise<{ byOpportunity: Map<string, Suggestion[]>; topics: ReadonlyMap<string, TopicInfo>; considered: number }> {
  const [rows, ctx] = await Promise.all([listSuggestableProfiles(SUGGESTION_PROFILES_MAX), getMatchContext(today)]);
  const wanted = new Set(opportunityIds.filter((id) => ctx.catalogue.opportunities.has(id)));
  const byOpportunity = new Map<string, Suggestion[]>([...wanted].map((id) => [id, []]));
  for (const row of rows) {
    if (needsInterests(ctx.catalogue.index, row.profile)) continue;
    // Cheap screen first: only applicants who would rank at least one of these.
    const hidden = new Set(row.hidden);
    const candidates = [...wanted].filter(
      (id) =>
        !hidden.has(id) &&
        inDirection(ctx, row, id) &&
        explainExclusion(ctx.catalogue.index, row.profile, ctx.occupancy, ctx.today, id) === null,
    );
    if (!candidates.length) continue;
    const ranking = rankingFor(ctx, row, ctx.catalogue.index.size);
    let rank = 0;
    for (const result of ranking.results) {
      if (hidden.has(result.opportunityId)) continue;
      rank += 1;
      if (wanted.has(result.opportunityId))
        byOpportunity.get(result.opportunityId)!.push({ userId: row.userId, rank, result });
    }
  }
  for (const [id, list] of byOpportunity) {
    list.sort((a, b) => a.rank - b.rank || b.result.score - a.result.score || (a.userId < b.userId ? -1 : 1));
    byOpportunity.set(id, list.slice(0, perOpportunity));
  }
  return { byOpportunity, topics: ctx.catalogue.topics, considered: rows.length };
}

/** The coordinator's published opportunities (authorised in the where clause: their centres), by centre and title. */
export function listCoordinatorOpportunities(coordinatorId: string) {
  return prisma.opportunity.findMany({
    where: { ...publicOpportunityWhere(), centre: { coordinators: { some: { userId: coordinatorId } } } },
    select: {
      id: true,
      type: true,
      titleEn: true,
      titleIt: true,
      centre: { select: { slug: true, name: true, nameIt: true } },
    },
    orderBy: [{ centre: { name: "asc" } }, { titleEn: "asc" }, { id: "asc" }],
  });
}

/** One published opportunity of the coordinator's centres, or null (unknown, unpublished or not theirs). */
export function getCoordinatorOpportunity(coordinatorId: string, opportunityId: string) {
  return prisma.opportunity.findFirst({
    where: {
      id: opportunityId,
      ...publicOpportunityWhere(),
      centre: { coordinators: { some: { userId: coordinatorId } } },
    },
    select: {
      id: true,
      type: true,
      titleEn: true,
      titleIt: true,
      centre: { select: { slug: true, name: true, nameIt: true } },
    },
  });
}
