/**
 * The judged relevance set (tests/fixtures/relevance/) and its measures: nDCG@k,
 * precision@k and "ideal first", for the ranker and for two baselines. Pure apart from
 * reading the set and the seed data files; used by scripts/bench-relevance.ts and tests.
 *
 * Gains are 2^grade − 1 (grades 0–3), discounted by log2(rank + 1). The ideal ordering
 * holds only the graded opportunities the profile can take (profession, career stage,
 * languages, deadline): a ranking is never rewarded for breaking a hard constraint, and
 * an opportunity it cannot take counts as grade 0 wherever it appears.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolveYearlySchedule } from "../../app/catalogue/example-dates";
import { buildMatchIndex, explainExclusion, rankOpportunities, type MatchIndex } from "../../app/matching/ranker";
import type { MatchOpportunity, MatchProfile, Occupancy, TaxonomyTopic } from "../../app/matching/types";
import { centres } from "../../prisma/data/catalogue";
import type { TaxonomyFile } from "../../prisma/data/types";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, "../..");

export interface Grade {
  opportunity: string;
  grade: 1 | 2 | 3;
  why: string;
}

export interface JudgedProfile {
  id: string;
  profile: MatchProfile;
  grades: Grade[];
}

export interface RelevanceSet {
  /**
   * The days ranked on, `YYYY-MM-DD`; on each the example dates are resolved as the seed
   * does on that day (so windows, cohorts and deadlines differ through the year).
   */
  days: string[];
  profiles: JudgedProfile[];
}

interface ProfileFile {
  days: string[];
  profiles: { id: string; profile: Omit<MatchProfile, "statement"> & { statement: string }; grades: Grade[] }[];
}

/** Reads tests/fixtures/relevance/profiles.json. @throws Error on a grade outside 1–3 or a duplicate. */
export function loadRelevanceSet(file = path.join(ROOT, "tests/fixtures/relevance/profiles.json")): RelevanceSet {
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as ProfileFile;
  const ids = new Set<string>();
  for (const p of data.profiles) {
    if (ids.has(p.id)) throw new Error(`Duplicate profile ${p.id}`);
    ids.add(p.id);
    const seen = new Set<string>();
    for (const g of p.grades) {
      if (![1, 2, 3].includes(g.grade)) throw new Error(`${p.id}: grade of ${g.opportunity} must be 1, 2 or 3`);
      if (seen.has(g.opportunity)) throw new Error(`${p.id}: ${g.opportunity} graded twice`);
      if (!g.why.trim()) throw new Error(`${p.id}: ${g.opportunity} has no justification`);
      seen.add(g.opportunity);
    }
  }
  return { days: data.days, profiles: data.profiles };
}

/** The seeded catalogue as the matcher sees it on `today` (ids are the seed keys). */
export function seededCatalogue(today: string): { opportunities: MatchOpportunity[]; taxonomy: TaxonomyTopic[] } {
  const file = JSON.parse(fs.readFileSync(path.join(ROOT, "prisma/data/taxonomy.json"), "utf8")) as TaxonomyFile;
  const taxonomy = file.topics.map((t) => ({
    id: t.key,
    parentId: t.parentKey,
    names: { en: [t.labelEn, ...t.synonymsEn], it: [t.labelIt, ...t.synonymsIt] },
  }));
  const opportunities: MatchOpportunity[] = centres.flatMap((c) =>
    c.opportunities.map((o) => {
      const dated = resolveYearlySchedule(o, today);
      return {
        id: o.key,
        centreId: c.slug,
        type: o.type,
        title: `${o.titleEn} ${o.titleIt}`,
        description: `${o.descriptionEn} ${o.descriptionIt}`,
        topicIds: [...new Set(o.topics)],
        languages: o.languages,
        professions: o.professions,
        careerStages: o.careerStages,
        seats: o.seats,
        minDays: o.minDays,
        maxDays: o.maxDays,
        deadline: dated.deadline,
        windows: dated.windows,
        cohorts: dated.cohorts.map((k) => ({ id: `${o.key}/${k.key}`, start: k.start, end: k.end, seats: k.seats })),
      };
    }),
  );
  return { opportunities, taxonomy };
}

/** DCG of a list of gains' grades, first `k`. */
function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i]! - 1) / Math.log2(i + 2);
  return sum;
}

/** nDCG@k of `ranked` (grades in ranked order) against the `ideal` grades; 1 when nothing is relevant and nothing shown. */
export function ndcg(ranked: readonly number[], ideal: readonly number[], k: number): number {
  const best = dcg(
    [...ideal].sort((a, b) => b - a),
    k,
  );
  return best === 0 ? 1 : dcg(ranked, k) / best;
}

/** Share of the first `k` places (k, not fewer) holding a grade ≥ 1. */
export function precisionAt(ranked: readonly number[], k: number): number {
  return ranked.slice(0, k).filter((g) => g > 0).length / k;
}

export interface ProfileScore {
  id: string;
  day: string;
  ndcg5: number;
  ndcg10: number;
  p5: number;
  /** 1 when the first result has the best grade the profile can take, else 0 (the random baseline: the expected share). */
  idealFirst: number;
  /** Top five: opportunity key and its grade. */
  top: { id: string; grade: number }[];
  /** Graded opportunities the profile cannot take, with the reason. */
  notEligible: { id: string; reason: string }[];
  /** Graded opportunities it can take but the ranking left out, with the reason. */
  missing: { id: string; reason: string }[];
}

/** Measures of one ordering (opportunity ids, best first) for a judged profile. */
export function scoreOrdering(
  judged: JudgedProfile,
  ordering: readonly string[],
  eligible: ReadonlySet<string>,
): Pick<ProfileScore, "ndcg5" | "ndcg10" | "p5" | "idealFirst"> {
  const gradeOf = new Map(
    judged.grades.filter((g) => eligible.has(g.opportunity)).map((g) => [g.opportunity, g.grade]),
  );
  const ranked = ordering.map((id) => gradeOf.get(id) ?? 0);
  const ideal = [...gradeOf.values()];
  const top = Math.max(0, ...ideal);
  return {
    ndcg5: ndcg(ranked, ideal, 5),
    ndcg10: ndcg(ranked, ideal, 10),
    p5: precisionAt(ranked, 5),
    idealFirst: (top === 0 ? ranked.length === 0 : ranked[0] === top) ? 1 : 0,
  };
}

/**
 * Reasons that make an opportunity one the profile cannot take. "exclusion.dates" counts
 * only when it holds over the widest horizon (the catalogue offers no free stay within
 * the person's windows at all); a stay lost to a default horizon counts against the ranking.
 */
const HARD = new Set([
  "exclusion.profession",
  "exclusion.careerStage",
  "exclusion.language",
  "exclusion.deadline",
  "exclusion.dates",
]);

/** Ten years: every window of the catalogue. */
const WIDEST_HORIZON_DAYS = 3650;

/** A deterministic PRNG (mulberry32), for the random baseline. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchResult {
  name: string;
  /** Profile@day pairs left out of the measures: none of its graded opportunities can be taken that day. */
  skipped: { id: string; day: string }[];
  profiles: ProfileScore[];
  mean: { ndcg5: number; ndcg10: number; p5: number; idealFirst: number };
}

function mean(scores: readonly Pick<ProfileScore, "ndcg5" | "ndcg10" | "p5" | "idealFirst">[]): BenchResult["mean"] {
  const n = scores.length || 1;
  return {
    ndcg5: scores.reduce((s, x) => s + x.ndcg5, 0) / n,
    ndcg10: scores.reduce((s, x) => s + x.ndcg10, 0) / n,
    p5: scores.reduce((s, x) => s + x.p5, 0) / n,
    idealFirst: scores.reduce((s, x) => s + x.idealFirst, 0) / n,
  };
}

/** Opportunities under `topic` (itself included), as the /opportunities topic filter finds them. */
function descendants(taxonomy: readonly TaxonomyTopic[], topic: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of taxonomy) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const out = new Set<string>();
  const stack = [topic];
  while (stack.length) {
    const c = stack.pop()!;
    out.add(c);
    stack.push(...(children.get(c) ?? []));
  }
  return out;
}

/**
 * Runs the set: the ranker, the /opportunities topic filter (the applicant's core
 * interests with their descendants, open deadlines, ordered by centre name then title,
 * as the list shows them) and a random order of the ranker's own results (mean of 20
 * seeded shuffles).
 */
export function runRelevance(set: RelevanceSet = loadRelevanceSet()): BenchResult[] {
  const centreName = new Map(centres.map((c) => [c.slug, c.name]));
  const occupancy: Occupancy = { byDay: new Map(), byCohort: new Map() };
  const ranker: ProfileScore[] = [];
  const filter: ProfileScore[] = [];
  const random: ProfileScore[] = [];
  const skipped: { id: string; day: string }[] = [];

  for (const today of set.days) {
    const { opportunities, taxonomy } = seededCatalogue(today);
    const index: MatchIndex = buildMatchIndex(opportunities, taxonomy);
    for (const judged of set.profiles) {
      const { profile } = judged;
      const reasons = new Map(
        opportunities.map((o) => [o.id, explainExclusion(index, profile, occupancy, today, o.id)?.code ?? null]),
      );
      const widest = { horizonDays: WIDEST_HORIZON_DAYS };
      const eligible = new Set(
        opportunities
          .map((o) => o.id)
          .filter((id) => {
            const r = explainExclusion(index, profile, occupancy, today, id, widest)?.code ?? null;
            return r === null || !HARD.has(r);
          }),
      );
      if (!judged.grades.some((g) => eligible.has(g.opportunity))) {
        skipped.push({ id: judged.id, day: today });
        continue;
      }
      const results = rankOpportunities(index, profile, occupancy, today);
      const ordering = results.map((r) => r.opportunityId);
      const gradeOf = new Map(judged.grades.map((g) => [g.opportunity, g.grade]));
      const shown = new Set(ordering);
      ranker.push({
        id: judged.id,
        day: today,
        ...scoreOrdering(judged, ordering, eligible),
        top: ordering.slice(0, 5).map((id) => ({ id, grade: eligible.has(id) ? (gradeOf.get(id) ?? 0) : 0 })),
        notEligible: judged.grades
          .filter((g) => !eligible.has(g.opportunity))
          .map((g) => ({ id: g.opportunity, reason: reasons.get(g.opportunity) ?? "unknown" })),
        missing: judged.grades
          .filter((g) => eligible.has(g.opportunity) && !shown.has(g.opportunity))
          .map((g) => ({ id: g.opportunity, reason: reasons.get(g.opportunity) ?? "beyond the list" })),
      });

      const core = profile.interests.filter((i) => i.weight === "CORE").map((i) => i.topicId);
      const under = new Set(core.flatMap((t) => [...descendants(taxonomy, t)]));
      const listed = opportunities
        .filter((o) => (o.deadline === null || o.deadline >= today) && o.topicIds.some((t) => under.has(t)))
        .sort(
          (a, b) =>
            centreName.get(a.centreId)!.localeCompare(centreName.get(b.centreId)!, "en") ||
            a.title.localeCompare(b.title, "en") ||
            (a.id < b.id ? -1 : 1),
        )
        .map((o) => o.id);
      filter.push({
        id: judged.id,
        day: today,
        ...scoreOrdering(judged, listed, eligible),
        top: [],
        notEligible: [],
        missing: [],
      });

      const shuffles = Array.from({ length: 20 }, (_, s) => {
        const next = rng(s + 1);
        const order = [...ordering];
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        return scoreOrdering(judged, order, eligible);
      });
      random.push({ id: judged.id, day: today, ...mean(shuffles), top: [], notEligible: [], missing: [] });
    }
  }
  return [
    { name: "ranker", skipped, profiles: ranker, mean: mean(ranker) },
    { name: "topic filter (/opportunities)", skipped, profiles: filter, mean: mean(filter) },
    { name: "random order of the same results", skipped, profiles: random, mean: mean(random) },
  ];
}
