/**
 * Issue 14's ranking rules: specific beats generic (a generic tag counts at
 * MATCH_WEIGHTS.genericTag), the order of topic relations for one interest, and the
 * catalogue's own horizon for a profile without dates.
 */
import { describe, expect, it } from "vitest";
import { buildMatchIndex, catalogueHorizon, MATCH_WEIGHTS, rankOpportunities } from "../../../app/matching/ranker";
import type { MatchOpportunity, MatchProfile, MatchResult } from "../../../app/matching/types";
import { addDays } from "../../../app/platform/calendar";
import { EMPTY_OCCUPANCY, opportunity, profile, TAXONOMY, TODAY } from "./helpers";

const idf = (n: number, df: number) => Math.log(1 + n / df);

function rank(opportunities: MatchOpportunity[], who: MatchProfile): MatchResult[] {
  return rankOpportunities(buildMatchIndex(opportunities, TAXONOMY), who, EMPTY_OCCUPANCY, TODAY);
}

function topicsOf(results: MatchResult[], id: string): number {
  const r = results.find((x) => x.opportunityId === id);
  if (!r) throw new Error(`${id} not ranked`);
  return r.parts.topics;
}

describe("specific beats generic", () => {
  it("counts a tag at half when the applicant asked for something below it that the opportunity lacks", () => {
    const opps = [
      opportunity("generic", { topicIds: ["simulation"] }),
      opportunity("both", { topicIds: ["simulation", "nursing-simulation"] }),
      opportunity("other", { topicIds: ["cardiology"] }),
    ];
    const who = profile({
      interests: [
        { topicId: "simulation", weight: "CORE" },
        { topicId: "nursing-simulation", weight: "CORE" },
      ],
    });
    const results = rank(opps, who);
    const s = idf(3, 2);
    // "simulation" exactly (1) and one level above "nursing-simulation" (0.5), both halved: generic.
    expect(topicsOf(results, "generic")).toBeCloseTo(0.5 * (1 + 0.5) * s, 3);
    // Covering the specific interest, the same tag is no longer generic.
    expect(topicsOf(results, "both")).toBeCloseTo(s + idf(3, 1), 3);
  });

  it("ranks the exact specific tag above a generic one even when the generic one is of a wanted kind", () => {
    const opps = [
      opportunity("generic", { topicIds: ["simulation"], type: "SIMULATION_PROGRAMME" }),
      opportunity("specific", { topicIds: ["nursing-simulation"] }),
      opportunity("other", { topicIds: ["cardiology"] }),
    ];
    const who = profile({
      stayTypes: ["SIMULATION_PROGRAMME"],
      interests: [
        { topicId: "simulation", weight: "CORE" },
        { topicId: "nursing-simulation", weight: "CORE" },
      ],
    });
    // Undamped, "generic" would score 1.5 × ln 2.5 + 1 (type) = 2.37 against ln 4 + 0.5 × ln 2.5 = 1.84.
    expect(rank(opps, who).map((r) => r.opportunityId)).toEqual(["specific", "generic"]);
  });

  it("does not treat a tag as generic for an applicant with nothing more specific under it", () => {
    const opps = [opportunity("generic", { topicIds: ["simulation"] }), opportunity("x", { topicIds: ["cardiology"] })];
    const results = rank(opps, profile({ interests: [{ topicId: "simulation", weight: "CORE" }] }));
    expect(topicsOf(results, "generic")).toBeCloseTo(idf(2, 1), 3);
  });

  it("orders one interest's matches: same topic > narrower > broader (generic) > sibling > parent's sibling", () => {
    const opps = [
      opportunity("same", { topicIds: ["hadron-therapy"] }),
      opportunity("narrower", { topicIds: ["carbon-ion-radiotherapy"] }),
      opportunity("broader", { topicIds: ["radiotherapy"] }),
      opportunity("sibling", { topicIds: ["brachytherapy"] }),
      opportunity("uncle", { topicIds: ["surgical-oncology"] }),
    ];
    const results = rank(opps, profile({ interests: [{ topicId: "hadron-therapy", weight: "CORE" }] }));
    expect(results.map((r) => r.opportunityId)).toEqual(["same", "narrower", "broader", "sibling", "uncle"]);
    expect(results.find((r) => r.opportunityId === "broader")!.reasons[0]!.code).toBe("topic.broader");
  });

  it("keeps a broader tag above a sibling through the same parent even when halved as generic", () => {
    // One level up: 0.5 × genericTag against a sibling's 0.2, both through the shared parent's IDF.
    expect(MATCH_WEIGHTS.levelDecay * MATCH_WEIGHTS.genericTag).toBeGreaterThan(MATCH_WEIGHTS.sibling);
    expect(MATCH_WEIGHTS.levelDecay ** 2 * MATCH_WEIGHTS.genericTag).toBeGreaterThan(MATCH_WEIGHTS.relatedThreeSteps);
  });

  it("breaks an equal score by the more specific match, before dates", () => {
    // "exact": radiotherapy itself, ln 2 → 0.693, and a 654-day stay of at most 1,000 → dates 0.654.
    // "narrower": hadron therapy, 0.5 × ln 2 → 0.347, and a full stay → dates 1. Both score 1.347;
    // "narrower" could start a week earlier, which decided before.
    const opps = [
      opportunity("exact", {
        topicIds: ["radiotherapy"],
        minDays: 1,
        maxDays: 1000,
        windows: [{ start: "2027-03-10", end: addDays("2027-03-10", 653) }],
      }),
      opportunity("narrower", { topicIds: ["hadron-therapy"], windows: [{ start: "2027-03-02", end: "2027-12-31" }] }),
    ];
    const results = rank(opps, profile({ windows: [] }));
    expect(results[0]!.score).toBe(results[1]!.score);
    expect(results.map((r) => [r.opportunityId, r.parts.topics, r.parts.dates])).toEqual([
      ["exact", 0.693, 0.654],
      ["narrower", 0.347, 1],
    ]);
  });
});

describe("the catalogue's own horizon", () => {
  const far = opportunity("far", {
    topicIds: ["radiotherapy"],
    windows: [],
    cohorts: [{ id: "far-1", start: "2028-03-06", end: "2028-03-17", seats: 4 }],
    minDays: 5,
    maxDays: 12,
  });
  const near = opportunity("near", {
    topicIds: ["radiotherapy"],
    windows: [{ start: "2027-04-01", end: "2027-06-30" }],
  });

  it("matches a profile without windows on every open window, however far (no arbitrary year)", () => {
    const results = rank([far, near], profile({ windows: [] }));
    expect(results.map((r) => r.opportunityId).sort()).toEqual(["far", "near"]);
    expect(results.find((r) => r.opportunityId === "far")!.earliestWindow).toEqual({
      start: "2028-03-06",
      end: "2028-03-17",
      cohortId: "far-1",
    });
  });

  it("says which dates those are: today to the last day any window or cohort ends", () => {
    const index = buildMatchIndex([far, near], TAXONOMY);
    expect(catalogueHorizon(index, TODAY)).toEqual({ start: TODAY, end: "2028-03-17" });
    expect(catalogueHorizon(index, "2028-03-18")).toBeNull();
    expect(catalogueHorizon(buildMatchIndex([], TAXONOMY), TODAY)).toBeNull();
  });
});
