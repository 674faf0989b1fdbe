/**
 * The relevance benchmark's measures (scripts/relevance/relevance.ts) and the judged set's
 * shape (tests/fixtures/relevance/): the figures in the README are only as good as these.
 */
import { describe, expect, it } from "vitest";
import { centres } from "../../../prisma/data/catalogue";
import { loadRelevanceSet, ndcg, precisionAt, scoreOrdering } from "../../../scripts/relevance/relevance";

describe("relevance measures", () => {
  it("nDCG is 1 for the ideal order and lower when a better item is ranked below a worse one", () => {
    expect(ndcg([3, 2, 1], [1, 2, 3], 5)).toBe(1);
    expect(ndcg([2, 3, 1], [1, 2, 3], 5)).toBeLessThan(1);
    expect(ndcg([0, 3, 2, 1], [1, 2, 3], 5)).toBeLessThan(ndcg([3, 0, 2, 1], [1, 2, 3], 5));
    // (2^3-1)/log2(2) + (2^1-1)/log2(3) over the ideal 7 + 3/log2(3) + 1/2.
    expect(ndcg([3, 1], [3, 2, 1], 5)).toBeCloseTo((7 + 1 / Math.log2(3)) / (7 + 3 / Math.log2(3) + 0.5), 10);
  });

  it("cuts at k: an item below k does not count", () => {
    expect(ndcg([0, 0, 3], [3], 2)).toBe(0);
    expect(ndcg([0, 0, 3], [3], 3)).toBeGreaterThan(0);
  });

  it("precision@k divides by k, and ideal-first needs the best grade the profile can take", () => {
    expect(precisionAt([3, 0, 1], 5)).toBeCloseTo(0.4);
    const judged = {
      id: "x",
      profile: {} as never,
      grades: [
        { opportunity: "a", grade: 3 as const, why: "." },
        { opportunity: "b", grade: 2 as const, why: "." },
      ],
    };
    expect(scoreOrdering(judged, ["b", "a"], new Set(["a", "b"])).idealFirst).toBe(0);
    // "a" cannot be taken: "b" is then the best the profile can get, and an ineligible "a" scores 0.
    expect(scoreOrdering(judged, ["b", "a"], new Set(["b"])).idealFirst).toBe(1);
    expect(scoreOrdering(judged, ["a", "b"], new Set(["b"])).ndcg5).toBeLessThan(1);
  });
});

describe("the judged set", () => {
  const set = loadRelevanceSet();
  const keys = new Set(centres.flatMap((c) => c.opportunities.map((o) => o.key)));

  it("has at least 25 profiles across professions and stages, every grade justified and naming a seeded opportunity", () => {
    expect(set.profiles.length).toBeGreaterThanOrEqual(25);
    expect(new Set(set.profiles.map((p) => p.profile.profession)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(set.profiles.map((p) => p.profile.careerStage)).size).toBe(5);
    for (const p of set.profiles) {
      expect(p.grades.length, p.id).toBeGreaterThan(0);
      expect(
        p.grades.some((g) => g.grade === 3),
        `${p.id} has an ideal opportunity`,
      ).toBe(true);
      for (const g of p.grades) expect(keys.has(g.opportunity), `${p.id}: ${g.opportunity}`).toBe(true);
    }
  });
});
