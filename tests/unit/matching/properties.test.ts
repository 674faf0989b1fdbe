/**
 * Properties of the ranker over random small catalogues (fast-check): hard
 * constraints hold, the proposed stay is the brute-force earliest one, parts
 * add up, more shared interest never lowers a score, and the order is stable.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildMatchIndex, rankOpportunities } from "../../../app/matching/ranker";
import type {
  CefrLevel,
  DateRange,
  MatchOpportunity,
  MatchProfile,
  MatchResult,
  Occupancy,
  OpportunityType,
} from "../../../app/matching/types";
import { fromDayNumber, toDayNumber } from "../../../app/platform/calendar";
import { TAXONOMY } from "./helpers";

const T0 = toDayNumber("2027-03-01");
const LEVELS: CefrLevel[] = ["A1", "A2", "B1", "B2", "C1", "C2"];
const TYPES: OpportunityType[] = [
  "OBSERVERSHIP",
  "CLINICAL_VISIT",
  "JOINT_RESEARCH",
  "DOCTORAL_EXCHANGE",
  "SIMULATION_PROGRAMME",
];
const PROFESSIONS = ["PHYSICIAN", "SURGEON", "NURSE", "RESEARCHER"] as const;
const STAGES = ["STUDENT", "RESIDENT", "EARLY_CAREER", "ESTABLISHED"] as const;
const TOPICS = [...TAXONOMY.map((t) => t.id), "not-in-taxonomy"];
const WORDS = ["carbon", "proton", "synchrotron", "ward", "imaging", "stent", "simulation", "nurses", "the", "of"];
const HORIZON = 365;

const iso = (offset: number) => fromDayNumber(T0 + offset);
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(" "));
const languages = fc.array(fc.record({ code: fc.constantFrom("en", "it", "EN"), level: fc.constantFrom(...LEVELS) }), {
  maxLength: 2,
});
/** Mostly what most people meet, sometimes anything, so that results are neither empty nor trivial. */
const often = <T>(usual: T, any: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(usual) }, { weight: 2, arbitrary: any });
const range = (maxStart: number, maxLength: number) =>
  fc.tuple(fc.integer({ min: -10, max: maxStart }), fc.integer({ min: 1, max: maxLength })).map(([s, n]) => ({
    start: iso(s),
    end: iso(s + n - 1),
  }));

const opportunityArb = fc.record({
  type: fc.constantFrom(...TYPES),
  title: text,
  description: text,
  topicIds: fc.subarray(TOPICS, { maxLength: 3 }),
  languages: often([{ code: "en", level: "B2" as CefrLevel }], languages),
  professions: often([], fc.subarray([...PROFESSIONS], { maxLength: 2 })),
  careerStages: often([], fc.subarray([...STAGES], { maxLength: 2 })),
  seats: fc.integer({ min: 0, max: 3 }),
  minDays: fc.integer({ min: 1, max: 4 }),
  extraDays: fc.integer({ min: 0, max: 5 }),
  deadline: fc.option(fc.integer({ min: -5, max: 40 }), { freq: 2 }),
  windows: fc.array(range(50, 40), { maxLength: 2 }),
  cohorts: fc.array(fc.record({ range: range(60, 10), seats: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }),
});

const profileArb: fc.Arbitrary<MatchProfile> = fc.record({
  profession: fc.option(fc.constantFrom(...PROFESSIONS), { freq: 6 }),
  careerStage: fc.option(fc.constantFrom(...STAGES), { freq: 6 }),
  languages: often(
    [
      { code: "en", level: "C1" as CefrLevel },
      { code: "it", level: "B2" as CefrLevel },
    ],
    languages,
  ),
  interests: fc.array(
    fc.record({ topicId: fc.constantFrom(...TOPICS), weight: fc.constantFrom("CORE" as const, "ALSO" as const) }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  statement: text,
  stayTypes: fc.subarray(TYPES, { maxLength: 2 }),
  windows: fc.oneof(
    { weight: 1, arbitrary: fc.constant<DateRange[]>([]) },
    { weight: 4, arbitrary: fc.array(range(40, 60), { minLength: 1, maxLength: 2 }) },
  ),
});

interface World {
  opportunities: MatchOpportunity[];
  occupancy: Occupancy;
  profile: MatchProfile;
  today: string;
}

const worldArb: fc.Arbitrary<World> = fc
  .record({
    opps: fc.array(opportunityArb, { minLength: 1, maxLength: 10 }),
    bookings: fc.array(fc.tuple(fc.nat(9), fc.integer({ min: -10, max: 80 }), fc.integer({ min: 0, max: 3 })), {
      maxLength: 80,
    }),
    cohortBookings: fc.array(fc.tuple(fc.nat(9), fc.nat(1), fc.integer({ min: 0, max: 4 })), { maxLength: 6 }),
    profile: profileArb,
    today: fc.integer({ min: 0, max: 10 }),
    /** Copies (same content, new id) force ties. */
    copies: fc.array(fc.nat(9), { maxLength: 3 }),
  })
  .map(({ opps, bookings, cohortBookings, profile, today, copies }) => {
    const opportunities = [...opps, ...copies.map((k) => opps[k % opps.length]!)].map(
      (o, i): MatchOpportunity => ({
        id: `o${i}`,
        centreId: "c",
        type: o.type,
        title: o.title,
        description: o.description,
        topicIds: o.topicIds,
        languages: o.languages,
        professions: o.professions,
        careerStages: o.careerStages,
        seats: o.seats,
        minDays: o.minDays,
        maxDays: o.minDays + o.extraDays,
        deadline: o.deadline === null ? null : iso(o.deadline),
        windows: o.windows,
        cohorts: o.cohorts.map((c, k) => ({ id: `o${i}-c${k}`, ...c.range, seats: c.seats })),
      }),
    );
    const byDay = new Map<string, Map<string, number>>();
    for (const [i, day, count] of bookings) {
      const o = opportunities[i % opportunities.length]!;
      if (!byDay.has(o.id)) byDay.set(o.id, new Map());
      byDay.get(o.id)!.set(iso(day), count);
    }
    const byCohort = new Map<string, number>();
    for (const [i, k, count] of cohortBookings) {
      const c = opportunities[i % opportunities.length]!.cohorts[k];
      if (c) byCohort.set(c.id, count);
    }
    return { opportunities, occupancy: { byDay, byCohort }, profile, today: iso(today) };
  });

function rankWorld(w: World, opportunities = w.opportunities, profile = w.profile): MatchResult[] {
  return rankOpportunities(buildMatchIndex(opportunities, TAXONOMY), profile, w.occupancy, w.today);
}

// --- An independent, brute-force reading of the rules -----------------------

const RANK: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };
const day = (d: string) => toDayNumber(d);

function eligible(w: World, o: MatchOpportunity): boolean {
  const p = w.profile;
  if (o.professions.length > 0 && (p.profession === null || !o.professions.includes(p.profession))) return false;
  if (o.careerStages.length > 0 && (p.careerStage === null || !o.careerStages.includes(p.careerStage))) return false;
  for (const need of o.languages) {
    const best = Math.max(
      0,
      ...p.languages.filter((l) => l.code.toLowerCase() === need.code.toLowerCase()).map((l) => RANK[l.level]!),
    );
    if (best < RANK[need.level]!) return false;
  }
  return o.deadline === null || day(o.deadline) >= day(w.today);
}

function personFree(w: World, d: number): boolean {
  const today = day(w.today);
  if (d < today) return false;
  if (w.profile.windows.length === 0) return d < today + HORIZON;
  return w.profile.windows.some((r) => day(r.start) <= d && d <= day(r.end));
}

function seatFree(w: World, o: MatchOpportunity, d: number): boolean {
  const inWindow = o.windows.some((r) => day(r.start) <= d && d <= day(r.end));
  return inWindow && (w.occupancy.byDay.get(o.id)?.get(fromDayNumber(d)) ?? 0) < o.seats;
}

/** The earliest feasible stay by trying every start day. */
function bruteEarliest(w: World, o: MatchOpportunity): { start: string; end: string; cohortId?: string } | null {
  const ok = (d: number) => personFree(w, d) && seatFree(w, o, d);
  let stay: { start: number; end: number } | null = null;
  for (let s = day(w.today); s <= T0 + 200 && stay === null; s++) {
    let n = 0;
    while (n < o.maxDays && ok(s + n)) n++;
    if (n >= o.minDays) stay = { start: s, end: s + n - 1 };
  }
  const cohort = [...o.cohorts]
    .sort((a, b) => day(a.start) - day(b.start) || (a.id < b.id ? -1 : 1))
    .find((c) => {
      if (day(c.start) < day(w.today) || (w.occupancy.byCohort.get(c.id) ?? 0) >= c.seats) return false;
      for (let d = day(c.start); d <= day(c.end); d++) if (!personFree(w, d)) return false;
      return true;
    });
  if (cohort && (stay === null || day(cohort.start) < stay.start)) {
    return { start: cohort.start, end: cohort.end, cohortId: cohort.id };
  }
  return stay && { start: fromDayNumber(stay.start), end: fromDayNumber(stay.end) };
}

function sharesTopic(p: MatchProfile, o: MatchOpportunity): boolean {
  const known = new Set(TAXONOMY.map((t) => t.id));
  return p.interests.some((i) => known.has(i.topicId) && o.topicIds.includes(i.topicId));
}

// -----------------------------------------------------------------------------

describe("ranker properties", () => {
  it("never returns what the applicant cannot take, and proposes the earliest feasible stay", () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const results = rankWorld(w);
        for (const r of results) {
          const o = w.opportunities.find((x) => x.id === r.opportunityId)!;
          expect(eligible(w, o)).toBe(true);
          const win = r.earliestWindow;
          const length = day(win.end) - day(win.start) + 1;
          if (win.cohortId === undefined) {
            expect(length).toBeGreaterThanOrEqual(o.minDays);
            expect(length).toBeLessThanOrEqual(o.maxDays);
            for (let d = day(win.start); d <= day(win.end); d++) {
              expect(personFree(w, d)).toBe(true);
              expect(seatFree(w, o, d)).toBe(true);
            }
          } else {
            const c = o.cohorts.find((x) => x.id === win.cohortId)!;
            expect([c.start, c.end]).toEqual([win.start, win.end]);
            expect(w.occupancy.byCohort.get(c.id) ?? 0).toBeLessThan(c.seats);
            for (let d = day(win.start); d <= day(win.end); d++) expect(personFree(w, d)).toBe(true);
          }
          expect(win).toEqual(bruteEarliest(w, o));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every takeable opportunity that shares a topic with the applicant", () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const ranked = new Set(rankWorld(w).map((r) => r.opportunityId));
        for (const o of w.opportunities) {
          if (eligible(w, o) && sharesTopic(w.profile, o) && bruteEarliest(w, o) !== null) {
            expect(ranked.has(o.id)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("returns parts of 3 decimals that add up to the score, and bounded text", () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        for (const r of rankWorld(w)) {
          const parts = Object.values(r.parts);
          expect(Object.keys(r.parts).sort()).toEqual(["dates", "deadline", "text", "topics", "type"]);
          for (const p of parts) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(Math.round(p * 1000) / 1000).toBe(p);
          }
          expect(Math.abs(parts.reduce((a, b) => a + b, 0) - r.score)).toBeLessThanOrEqual(1e-9);
          expect(r.parts.text).toBeLessThan(1.5);
          expect(r.parts.topics + r.parts.text).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never lowers an opportunity's score when one of its topics becomes a core interest", () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.nat(), (w, pick, pickTopic) => {
        const before = rankWorld(w);
        const known = new Set(TAXONOMY.map((t) => t.id));
        const withTopics = w.opportunities.filter((o) => o.topicIds.some((t) => known.has(t)));
        fc.pre(withTopics.length > 0);
        // Prefer an opportunity that is ranked, so that its score can be compared.
        const rankedIds = new Set(before.map((r) => r.opportunityId));
        const pool = withTopics.some((o) => rankedIds.has(o.id))
          ? withTopics.filter((o) => rankedIds.has(o.id))
          : withTopics;
        const o = pool[pick % pool.length]!;
        const topics = o.topicIds.filter((t) => known.has(t));
        const topicId = topics[pickTopic % topics.length]!;
        const profile = { ...w.profile, interests: [...w.profile.interests, { topicId, weight: "CORE" as const }] };
        const after = rankWorld(w, w.opportunities, profile);
        const old = before.find((r) => r.opportunityId === o.id);
        const now = after.find((r) => r.opportunityId === o.id);
        if (old) {
          expect(now).toBeDefined();
          expect(now!.score).toBeGreaterThanOrEqual(old.score);
          expect(now!.parts.topics).toBeGreaterThan(0);
        }
        if (eligible(w, o) && bruteEarliest(w, o) !== null) expect(now).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: same input, same output, whatever the order of the opportunities", () => {
    fc.assert(
      fc.property(
        worldArb.chain((w) =>
          fc.tuple(fc.constant(w), fc.shuffledSubarray(w.opportunities, { minLength: w.opportunities.length })),
        ),
        ([w, shuffled]) => {
          const first = rankWorld(w);
          expect(rankWorld(w)).toEqual(first);
          expect(rankWorld(w, shuffled)).toEqual(first);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("returns with a limit exactly the first results of the full ranking", () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 0, max: 6 }), (w, limit) => {
        const index = buildMatchIndex(w.opportunities, TAXONOMY);
        const all = rankOpportunities(index, w.profile, w.occupancy, w.today);
        expect(rankOpportunities(index, w.profile, w.occupancy, w.today, { limit })).toEqual(all.slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it("sorts by score desc, then topics part desc, core interests covered desc, earliest window start, opportunityId", () => {
    // Core interests covered, as the reasons show them: best match the same or a narrower topic.
    const core = (r: MatchResult) =>
      r.reasons.filter((x) => (x.code === "topic.exact" || x.code === "topic.narrower") && x.params.weight === "core")
        .length;
    fc.assert(
      fc.property(worldArb, (w) => {
        const results = rankWorld(w);
        for (let k = 1; k < results.length; k++) {
          const a = results[k - 1]!;
          const b = results[k]!;
          const key = (r: MatchResult) => [-r.score, -r.parts.topics, -core(r)] as const;
          const [x, y] = [key(a), key(b)];
          const i = x.findIndex((v, j) => v !== y[j]);
          const inOrder =
            i !== -1
              ? x[i]! < y[i]!
              : a.earliestWindow.start < b.earliestWindow.start ||
                (a.earliestWindow.start === b.earliestWindow.start && a.opportunityId < b.opportunityId);
          expect(inOrder).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
