import { describe, expect, it } from "vitest";
import {
  buildMatchIndex,
  explainExclusion,
  MATCH_WEIGHTS,
  needsInterests,
  rankOpportunities,
  selectQueryTerms,
} from "../../../app/matching/ranker";
import type { MatchOpportunity, MatchProfile, MatchResult, Occupancy, RankOptions } from "../../../app/matching/types";
import { days, EMPTY_OCCUPANCY, occupancy, opportunity, profile, TAXONOMY, TODAY } from "./helpers";

function rank(
  opportunities: MatchOpportunity[],
  who: MatchProfile = profile(),
  occ: Occupancy = EMPTY_OCCUPANCY,
  today = TODAY,
  options?: RankOptions,
): MatchResult[] {
  return rankOpportunities(buildMatchIndex(opportunities, TAXONOMY), who, occ, today, options);
}

function ids(results: MatchResult[]): string[] {
  return results.map((r) => r.opportunityId);
}

function byId(results: MatchResult[], id: string): MatchResult {
  const result = results.find((r) => r.opportunityId === id);
  if (!result) throw new Error(`${id} not ranked`);
  return result;
}

function why(
  opportunities: MatchOpportunity[],
  id: string,
  who: MatchProfile = profile(),
  occ: Occupancy = EMPTY_OCCUPANCY,
  today = TODAY,
) {
  return explainExclusion(buildMatchIndex(opportunities, TAXONOMY), who, occ, today, id);
}

const idf = (n: number, df: number) => Math.log(1 + n / df);

describe("topic fit", () => {
  it("scores the same topic above one level narrower, and one level above two", () => {
    const results = rank([
      opportunity("exact", { topicIds: ["radiotherapy"] }),
      opportunity("one-below", { topicIds: ["hadron-therapy"] }),
      opportunity("two-below", { topicIds: ["carbon-ion-radiotherapy"] }),
    ]);
    expect(ids(results)).toEqual(["exact", "one-below", "two-below"]);
    const radiotherapy = idf(3, 3);
    expect(byId(results, "exact").parts.topics).toBeCloseTo(radiotherapy, 3);
    expect(byId(results, "one-below").parts.topics).toBeCloseTo(0.5 * radiotherapy, 3);
    expect(byId(results, "two-below").parts.topics).toBeCloseTo(0.25 * radiotherapy, 3);
    expect(byId(results, "exact").reasons[0]).toEqual({
      code: "topic.exact",
      params: { oppTopicKey: "radiotherapy", profileTopicKey: "radiotherapy", weight: "core" },
    });
    expect(byId(results, "two-below").reasons[0]).toEqual({
      code: "topic.narrower",
      params: { oppTopicKey: "carbon-ion-radiotherapy", profileTopicKey: "radiotherapy", weight: "core", levels: 2 },
    });
  });

  it("scores broader topics lower the further up they are", () => {
    const results = rank(
      [
        opportunity("exact", { topicIds: ["carbon-ion-radiotherapy"] }),
        opportunity("one-up", { topicIds: ["hadron-therapy"] }),
        opportunity("two-up", { topicIds: ["radiotherapy"] }),
        opportunity("three-up", { topicIds: ["oncology"] }),
      ],
      profile({ interests: [{ topicId: "carbon-ion-radiotherapy", weight: "ALSO" }] }),
    );
    expect(ids(results)).toEqual(["exact", "one-up", "two-up", "three-up"]);
    expect(byId(results, "one-up").reasons[0]).toEqual({
      code: "topic.broader",
      params: { oppTopicKey: "hadron-therapy", profileTopicKey: "carbon-ion-radiotherapy", weight: "also", levels: 1 },
    });
    // ALSO weighs 0.5, one level up 0.5, a generic tag (the interest below it is not covered) 0.5;
    // the shared topic of a broader match is the broader one.
    expect(byId(results, "one-up").parts.topics).toBeCloseTo(0.5 * 0.5 * 0.5 * idf(4, 2), 3);
  });

  it("weighs core interests above 'also interested' ones", () => {
    const results = rank(
      [
        opportunity("proton", { topicIds: ["proton-therapy"] }),
        opportunity("carbon", { topicIds: ["carbon-ion-radiotherapy"] }),
      ],
      profile({
        interests: [
          { topicId: "proton-therapy", weight: "ALSO" },
          { topicId: "carbon-ion-radiotherapy", weight: "CORE" },
        ],
      }),
    );
    expect(ids(results)).toEqual(["carbon", "proton"]);
    expect(byId(results, "carbon").parts.topics).toBeGreaterThan(byId(results, "proton").parts.topics);
  });

  it("weighs a rare topic above a common one (IDF)", () => {
    const common = ["c1", "c2", "c3", "c4"].map((id) => opportunity(id, { topicIds: ["interventional-cardiology"] }));
    const results = rank(
      [...common, opportunity("rare", { topicIds: ["cardiac-imaging"] })],
      profile({
        interests: [
          { topicId: "interventional-cardiology", weight: "CORE" },
          { topicId: "cardiac-imaging", weight: "CORE" },
        ],
      }),
    );
    expect(results[0]!.opportunityId).toBe("rare");
    expect(byId(results, "rare").parts.topics).toBeGreaterThan(byId(results, "c1").parts.topics);
  });

  it("counts a sibling a little, through the shared parent", () => {
    const results = rank(
      [
        opportunity("carbon", { topicIds: ["carbon-ion-radiotherapy"] }),
        opportunity("hadron", { topicIds: ["hadron-therapy"] }),
      ],
      profile({ interests: [{ topicId: "proton-therapy", weight: "CORE" }] }),
    );
    const carbon = byId(results, "carbon");
    expect(carbon.reasons[0]).toEqual({
      code: "topic.related",
      params: {
        oppTopicKey: "carbon-ion-radiotherapy",
        profileTopicKey: "proton-therapy",
        weight: "core",
        sharedTopicKey: "hadron-therapy",
      },
    });
    expect(carbon.parts.topics).toBeCloseTo(MATCH_WEIGHTS.sibling * idf(2, 2), 3);
    expect(carbon.parts.topics).toBeLessThan(byId(results, "hadron").parts.topics);
  });

  it("sums each interest's best match, so covering more interests ranks higher", () => {
    const results = rank(
      [
        opportunity("both", { topicIds: ["brachytherapy", "cardiac-imaging"] }),
        opportunity("one", { topicIds: ["brachytherapy", "surgical-oncology"] }),
      ],
      profile({
        interests: [
          { topicId: "brachytherapy", weight: "CORE" },
          { topicId: "cardiac-imaging", weight: "CORE" },
        ],
      }),
    );
    expect(ids(results)).toEqual(["both", "one"]);
  });

  it("drops an opportunity with no related topic and no text match", () => {
    const opps = [
      opportunity("heart", { topicIds: ["cardiology"] }),
      opportunity("rt", { topicIds: ["radiotherapy"] }),
    ];
    expect(ids(rank(opps))).toEqual(["rt"]);
    expect(why(opps, "heart")).toEqual({ code: "exclusion.relevance", params: {} });
  });

  it("ignores topic keys that are not in the taxonomy", () => {
    const results = rank(
      [opportunity("a", { topicIds: ["radiotherapy", "no-such-topic"] })],
      profile({
        interests: [
          { topicId: "radiotherapy", weight: "CORE" },
          { topicId: "gone", weight: "CORE" },
        ],
      }),
    );
    expect(ids(results)).toEqual(["a"]);
  });
});

describe("text relevance", () => {
  const opps = [
    opportunity("carbon", {
      title: "Carbon ion therapy observership",
      description: "Treatment planning for carbon ions in the synchrotron.",
      topicIds: ["surgical-oncology"],
    }),
    opportunity("plain", {
      title: "Brachytherapy visit",
      description: "Seeds and applicators.",
      topicIds: ["surgical-oncology"],
    }),
    opportunity("text-only", {
      title: "Synchrotron physics",
      description: "Beam lines of the synchrotron.",
      topicIds: ["cardiology"],
    }),
  ];
  const who = profile({
    interests: [{ topicId: "surgical-oncology", weight: "CORE" }],
    statement: "I plan carbon-ion treatments at a synchrotron.",
  });

  it("adds a bounded text part and names the shared terms", () => {
    const results = rank(opps, who);
    const carbon = byId(results, "carbon");
    expect(carbon.parts.text).toBeGreaterThan(0);
    expect(carbon.parts.text).toBeLessThan(MATCH_WEIGHTS.text);
    expect(byId(results, "plain").parts.text).toBe(0);
    const reason = carbon.reasons.find((r) => r.code === "text.related");
    expect(String(reason?.params.terms)).toContain("carbon");
    expect(ids(results)[0]).toBe("carbon");
  });

  it("keeps an opportunity that matches only by text, when the text match is strong", () => {
    const results = rank(opps, { ...who, statement: "Synchrotron beam lines for carbon ions." });
    expect(byId(results, "text-only").parts.topics).toBe(0);
    expect(byId(results, "text-only").parts.text).toBeGreaterThanOrEqual(MATCH_WEIGHTS.textRelevanceMin);
  });

  it("drops an opportunity whose only link is a weak text match (a few shared common words)", () => {
    // "synchrotron" is the carbon opportunity's strong match; the physics one shares it in a
    // weaker way and has no related topic: not a reason a clinician would accept.
    const results = rank(opps, who);
    expect(ids(results)).not.toContain("text-only");
    const index = buildMatchIndex(opps, TAXONOMY);
    expect(explainExclusion(index, who, EMPTY_OCCUPANCY, TODAY, "text-only")).toEqual({
      code: "exclusion.relevance",
      params: {},
    });
  });

  it("searches the rarest statement terms first, leaving out words found nowhere", () => {
    const index = buildMatchIndex(opps, TAXONOMY);
    expect(selectQueryTerms(index, "The synchrotron and the carbon zzzz")).toEqual(["carbon", "synchrotron"]);
  });

  it("matches longer words that start with a statement word of 5+ letters (MiniSearch prefix)", () => {
    const results = rank(opps, profile({ interests: [{ topicId: "oncology", weight: "ALSO" }], statement: "synchro" }));
    expect(byId(results, "text-only").parts.text).toBeGreaterThan(0);
  });
});

describe("hard constraints", () => {
  const rt = (id: string, overrides: Partial<MatchOpportunity> = {}) =>
    opportunity(id, { topicIds: ["radiotherapy"], ...overrides });

  it("drops a wrong profession (empty list = any; no profession given fails a restricted one)", () => {
    const opps = [
      rt("nurses", { professions: ["NURSE"] }),
      rt("doctors", { professions: ["PHYSICIAN", "SURGEON"] }),
      rt("any"),
    ];
    expect(ids(rank(opps))).toEqual(["any", "doctors"]);
    expect(why(opps, "nurses")).toEqual({ code: "exclusion.profession", params: {} });
    expect(ids(rank(opps, profile({ profession: null })))).toEqual(["any"]);
  });

  it("drops a wrong career stage", () => {
    const opps = [rt("students", { careerStages: ["STUDENT"] }), rt("early", { careerStages: ["EARLY_CAREER"] })];
    expect(ids(rank(opps))).toEqual(["early"]);
    expect(why(opps, "students")).toEqual({ code: "exclusion.careerStage", params: {} });
    expect(rank(opps, profile({ careerStage: null }))).toEqual([]);
  });

  it("drops a language not spoken at the level asked (A1 < … < C2), codes case-insensitive", () => {
    const opps = [rt("italian-b2", { languages: [{ code: "IT", level: "B2" }] })];
    expect(rank(opps, profile({ languages: [{ code: "it", level: "B1" }] }))).toEqual([]);
    expect(why(opps, "italian-b2", profile({ languages: [{ code: "it", level: "B1" }] }))).toEqual({
      code: "exclusion.language",
      params: { languageKey: "it", level: "B2", yourLevel: "B1" },
    });
    expect(why(opps, "italian-b2", profile({ languages: [] }))?.params.yourLevel).toBe("");
    const kept = rank(
      opps,
      profile({
        languages: [
          { code: "it", level: "C1" },
          { code: "it", level: "A1" },
        ],
      }),
    );
    expect(ids(kept)).toEqual(["italian-b2"]);
    expect(kept[0]!.reasons).toContainEqual({
      code: "language.ok",
      params: { languageKey: "it", level: "B2", yourLevel: "C1" },
    });
  });

  it("drops a deadline that passed yesterday, keeps one that is today", () => {
    const opps = [rt("yesterday", { deadline: "2027-02-28" }), rt("today", { deadline: "2027-03-01" })];
    const results = rank(opps);
    expect(ids(results)).toEqual(["today"]);
    expect(why(opps, "yesterday")).toEqual({ code: "exclusion.deadline", params: { deadline: "2027-02-28" } });
    expect(results[0]!.parts.deadline).toBe(MATCH_WEIGHTS.deadline);
    expect(results[0]!.reasons).toContainEqual({
      code: "deadline.soon",
      params: { deadline: "2027-03-01", days: 0, count: 0 },
    });
  });

  it("adds a small deadline part only within 14 days", () => {
    const results = rank([rt("week", { deadline: "2027-03-08" }), rt("month", { deadline: "2027-03-31" })]);
    expect(byId(results, "week").parts.deadline).toBeCloseTo(0.125, 3);
    expect(byId(results, "month").parts.deadline).toBe(0);
    expect(byId(results, "month").reasons.some((r) => r.code === "deadline.soon")).toBe(false);
  });

  it("drops an opportunity whose only overlapping window is fully booked", () => {
    const opps = [
      rt("booked", {
        seats: 1,
        windows: [
          { start: "2027-03-10", end: "2027-03-20" },
          { start: "2027-06-01", end: "2027-06-30" },
        ],
      }),
    ];
    const full = occupancy({ booked: days("2027-03-10", "2027-03-20", 1) });
    expect(rank(opps, profile(), full)).toEqual([]);
    expect(why(opps, "booked", profile(), full)).toEqual({ code: "exclusion.dates", params: {} });
    // One seat of two taken still leaves a seat.
    expect(ids(rank([rt("booked", { ...opps[0]!, seats: 2 })], profile(), full))).toEqual(["booked"]);
    // A free gap shorter than minDays is no stay.
    const gap = occupancy({
      booked: { ...days("2027-03-10", "2027-03-13", 1), ...days("2027-03-18", "2027-03-20", 1) },
    });
    expect(rank(opps, profile(), gap)).toEqual([]);
  });

  it("drops what lies outside the applicant's windows, and what starts before today", () => {
    const opps = [rt("may", { windows: [{ start: "2027-05-01", end: "2027-05-31" }] })];
    expect(rank(opps)).toEqual([]);
    const past = [rt("feb", { windows: [{ start: "2027-02-01", end: "2027-03-03" }] })];
    expect(rank(past, profile({ windows: [{ start: "2027-01-01", end: "2027-12-31" }] }))).toEqual([]);
  });

  it("hides excluded ids and says why", () => {
    const opps = [rt("a"), rt("b")];
    const exclude = new Set(["a"]);
    expect(ids(rank(opps, profile(), EMPTY_OCCUPANCY, TODAY, { exclude }))).toEqual(["b"]);
    const index = buildMatchIndex(opps, TAXONOMY);
    expect(explainExclusion(index, profile(), EMPTY_OCCUPANCY, TODAY, "a", { exclude })).toEqual({
      code: "exclusion.hidden",
      params: {},
    });
    expect(explainExclusion(index, profile(), EMPTY_OCCUPANCY, TODAY, "b", { exclude })).toBeNull();
    expect(explainExclusion(index, profile(), EMPTY_OCCUPANCY, TODAY, "zzz")).toEqual({
      code: "exclusion.unknown",
      params: {},
    });
  });
});

describe("dates", () => {
  const rt = (id: string, overrides: Partial<MatchOpportunity> = {}) =>
    opportunity(id, { topicIds: ["radiotherapy"], ...overrides });

  it("proposes the earliest free stretch of at least minDays, cut to maxDays", () => {
    const opps = [
      rt("a", { seats: 1, minDays: 5, maxDays: 10, windows: [{ start: "2027-03-05", end: "2027-03-31" }] }),
    ];
    const occ = occupancy({ a: { "2027-03-07": 1, "2027-03-12": 1, "2027-03-25": 0 } });
    const [result] = rank(opps, profile(), occ);
    expect(result!.earliestWindow).toEqual({ start: "2027-03-13", end: "2027-03-22" });
    expect(result!.reasons).toContainEqual({
      code: "dates.free",
      params: { start: "2027-03-13", end: "2027-03-22", days: 10 },
    });
    expect(result!.parts.dates).toBe(1);
  });

  it("gives a shorter stretch a smaller dates part", () => {
    const [result] = rank([
      rt("a", { minDays: 5, maxDays: 10, windows: [{ start: "2027-03-05", end: "2027-03-11" }] }),
    ]);
    expect(result!.earliestWindow).toEqual({ start: "2027-03-05", end: "2027-03-11" });
    expect(result!.parts.dates).toBe(0.7);
  });

  it("joins adjacent windows of the applicant and clips them to today", () => {
    const who = profile({
      windows: [
        { start: "2027-02-20", end: "2027-03-04" },
        { start: "2027-03-05", end: "2027-03-06" },
      ],
    });
    const [result] = rank([rt("a", { minDays: 6, maxDays: 6 })], who);
    expect(result!.earliestWindow).toEqual({ start: "2027-03-01", end: "2027-03-06" });
  });

  it("treats a profile without windows as flexible up to horizonDays ahead", () => {
    const opps = [rt("later", { windows: [{ start: "2027-05-01", end: "2027-05-31" }] })];
    const who = profile({ windows: [] });
    expect(rank(opps, who)[0]!.earliestWindow.start).toBe("2027-05-01");
    expect(rank(opps, who, EMPTY_OCCUPANCY, TODAY, { horizonDays: 30 })).toEqual([]);
  });

  it("takes a cohort only whole, with its own seats", () => {
    const cohorts = [
      { id: "spring", start: "2027-03-10", end: "2027-03-20", seats: 5 },
      { id: "late-spring", start: "2027-04-10", end: "2027-04-20", seats: 5 },
      { id: "summer", start: "2027-04-25", end: "2027-05-05", seats: 5 },
    ];
    const opps = [rt("course", { windows: [], cohorts })];
    const [first] = rank(opps, profile(), occupancy({}, { spring: 4 }));
    expect(first!.earliestWindow).toEqual({ start: "2027-03-10", end: "2027-03-20", cohortId: "spring" });
    expect(first!.reasons).toContainEqual({
      code: "dates.cohort",
      params: { start: "2027-03-10", end: "2027-03-20", cohortId: "spring" },
    });
    expect(first!.parts.dates).toBe(1);
    const [next] = rank(opps, profile(), occupancy({}, { spring: 5 }));
    expect(next!.earliestWindow.cohortId).toBe("late-spring");
    // "summer" ends after the applicant's window: not taken, so nothing is left.
    expect(rank(opps, profile(), occupancy({}, { spring: 5, "late-spring": 5 }))).toEqual([]);
    // A cohort that started before today is not offered.
    expect(rank(opps, profile(), EMPTY_OCCUPANCY, "2027-03-11")[0]!.earliestWindow.cohortId).toBe("late-spring");
  });

  it("offers a window stay before a later cohort", () => {
    const opps = [
      rt("both", {
        windows: [{ start: "2027-03-02", end: "2027-03-08" }],
        cohorts: [{ id: "c", start: "2027-04-01", end: "2027-04-10", seats: 3 }],
      }),
    ];
    const [result] = rank(opps);
    expect(result!.earliestWindow).toEqual({ start: "2027-03-02", end: "2027-03-08" });
    expect(result!.parts.dates).toBe(1); // the cohort fits whole
  });
});

describe("type, reasons, order", () => {
  it("adds the type part only for a wanted type (no preference is neutral)", () => {
    const opps = [
      opportunity("obs", { topicIds: ["radiotherapy"], type: "OBSERVERSHIP" }),
      opportunity("sim", { topicIds: ["radiotherapy"], type: "SIMULATION_PROGRAMME" }),
    ];
    const wanted = rank(opps, profile({ stayTypes: ["SIMULATION_PROGRAMME"] }));
    expect(ids(wanted)).toEqual(["sim", "obs"]);
    expect(byId(wanted, "sim").parts.type).toBe(MATCH_WEIGHTS.type);
    expect(byId(wanted, "sim").reasons).toContainEqual({
      code: "type.wanted",
      params: { typeKey: "SIMULATION_PROGRAMME" },
    });
    const neutral = rank(opps);
    expect(neutral.map((r) => r.parts.type)).toEqual([0, 0]);
  });

  it("returns parts that add up to the score, and the reasons in a fixed order", () => {
    const [result] = rank(
      [
        opportunity("a", {
          topicIds: ["hadron-therapy"],
          type: "CLINICAL_VISIT",
          deadline: "2027-03-05",
          title: "Hadron therapy at the synchrotron",
        }),
      ],
      profile({ stayTypes: ["CLINICAL_VISIT"], statement: "synchrotron physics" }),
    );
    const { topics, text, type, dates, deadline } = result!.parts;
    expect(result!.score).toBe(topics + text + type + dates + deadline);
    expect(result!.reasons.map((r) => r.code)).toEqual([
      "topic.narrower",
      "text.related",
      "type.wanted",
      "language.ok",
      "dates.free",
      "deadline.soon",
    ]);
  });

  it("breaks ties by earliest window start, then by id", () => {
    const opps = [
      opportunity("b", { topicIds: ["radiotherapy"] }),
      opportunity("c", { topicIds: ["radiotherapy"], windows: [{ start: "2027-03-01", end: "2027-12-31" }] }),
      opportunity("a", { topicIds: ["radiotherapy"] }),
    ];
    const results = rank(opps, profile({ windows: [] }));
    expect(ids(results)).toEqual(["a", "b", "c"]);
    const later = rank(opps, profile({ windows: [{ start: "2027-03-02", end: "2027-04-30" }] }));
    expect(new Set(later.map((r) => r.score)).size).toBe(1);
    expect(ids(later)).toEqual(["a", "b", "c"]);
    const staggered = rank([
      opportunity("a", { topicIds: ["radiotherapy"], windows: [{ start: "2027-03-20", end: "2027-12-31" }] }),
      opportunity("b", { topicIds: ["radiotherapy"] }),
    ]);
    expect(ids(staggered)).toEqual(["b", "a"]);
  });

  it("applies limit after sorting", () => {
    const opps = [
      opportunity("narrow", { topicIds: ["hadron-therapy"] }),
      opportunity("exact", { topicIds: ["radiotherapy"] }),
    ];
    expect(ids(rank(opps, profile(), EMPTY_OCCUPANCY, TODAY, { limit: 1 }))).toEqual(["exact"]);
    expect(rank(opps, profile(), EMPTY_OCCUPANCY, TODAY, { limit: 0 })).toEqual([]);
  });

  it("with a limit still finds the best when only the dates part tells them apart", () => {
    const opps = [
      opportunity("a", {
        topicIds: ["radiotherapy"],
        minDays: 1,
        maxDays: 10,
        windows: [{ start: "2027-03-02", end: "2027-03-02" }],
      }),
      opportunity("b", { topicIds: ["radiotherapy"], minDays: 1, maxDays: 10 }),
    ];
    const all = rank(opps);
    expect(all.map((r) => [r.opportunityId, r.parts.dates])).toEqual([
      ["b", 1],
      ["a", 0.1],
    ]);
    expect(rank(opps, profile(), EMPTY_OCCUPANCY, TODAY, { limit: 1 })).toEqual(all.slice(0, 1));
  });

  it("returns nothing for a profile without known interests (the UI asks for them)", () => {
    const opps = [opportunity("a", { topicIds: ["radiotherapy"], title: "radiotherapy" })];
    const index = buildMatchIndex(opps, TAXONOMY);
    for (const interests of [[], [{ topicId: "unknown", weight: "CORE" as const }]]) {
      const who = profile({ interests, statement: "radiotherapy" });
      expect(needsInterests(index, who)).toBe(true);
      expect(rankOpportunities(index, who, EMPTY_OCCUPANCY, TODAY)).toEqual([]);
      expect(explainExclusion(index, who, EMPTY_OCCUPANCY, TODAY, "a")?.code).toBe("exclusion.noInterests");
    }
    expect(needsInterests(index, profile())).toBe(false);
  });
});

describe("input errors", () => {
  it("rejects a malformed today or profile window", () => {
    const index = buildMatchIndex([opportunity("a", { topicIds: ["radiotherapy"] })], TAXONOMY);
    expect(() => rankOpportunities(index, profile(), EMPTY_OCCUPANCY, "2027-02-30")).toThrow(RangeError);
    const reversed = profile({ windows: [{ start: "2027-04-01", end: "2027-03-01" }] });
    expect(() => rankOpportunities(index, reversed, EMPTY_OCCUPANCY, TODAY)).toThrow(RangeError);
  });

  it("rejects bad catalogue data when building the index", () => {
    expect(() => buildMatchIndex([opportunity("a"), opportunity("a")], TAXONOMY)).toThrow(/Duplicate opportunity/);
    expect(() => buildMatchIndex([opportunity("a", { minDays: 5, maxDays: 4 })], TAXONOMY)).toThrow(/maxDays/);
    expect(() => buildMatchIndex([opportunity("a", { deadline: "2027-13-01" })], TAXONOMY)).toThrow(RangeError);
    expect(() =>
      buildMatchIndex([opportunity("a", { windows: [{ start: "2027-03-02", end: "2027-03-01" }] })], TAXONOMY),
    ).toThrow(/ends before/);
    expect(() =>
      buildMatchIndex([opportunity("a", { languages: [{ code: "en", level: "B3" as "B2" }] })], TAXONOMY),
    ).toThrow(/CEFR/);
    expect(() => buildMatchIndex([], [{ id: "x", parentId: "y" }])).toThrow(/unknown parent/);
  });
});
