import { describe, expect, it } from "vitest";
import { buildMatchIndex, rankOpportunities } from "../../../app/matching/ranker";
import { createRng, syntheticCatalogue, syntheticProfile } from "../../../app/matching/synthetic";
import { addDays } from "../../../app/platform/calendar";

describe("synthetic catalogue", () => {
  it("is deterministic for a seed and shaped like the taxonomy", () => {
    const a = syntheticCatalogue({ seed: 3, centres: 20, opportunities: 200 });
    const b = syntheticCatalogue({ seed: 3, centres: 20, opportunities: 200 });
    expect(b).toEqual(a);
    expect(syntheticCatalogue({ seed: 4, centres: 20, opportunities: 200 }).opportunities).not.toEqual(a.opportunities);
    expect(a.taxonomy).toHaveLength(265);
    expect(Math.max(...a.taxonomy.map((t) => t.depth))).toBe(3);
    expect(a.opportunities).toHaveLength(200);
    expect(a.opportunities.some((o) => o.cohorts.length > 0)).toBe(true);
    expect(a.opportunities.some((o) => o.languages.some((l) => l.code === "it"))).toBe(true);
    // Some days are fully booked.
    const full = a.opportunities.some((o) =>
      [...(a.occupancy.byDay.get(o.id)?.values() ?? [])].some((n) => n >= o.seats),
    );
    expect(full).toBe(true);
  });

  it("builds an index and ranks realistic profiles", () => {
    const catalogue = syntheticCatalogue({ seed: 5, centres: 40, opportunities: 1000 });
    const index = buildMatchIndex(catalogue.opportunities, catalogue.taxonomy);
    const today = addDays(catalogue.start, 45);
    const rng = createRng(9);
    let ranked = 0;
    for (let k = 0; k < 20; k++) {
      const profile = syntheticProfile(rng, catalogue, today);
      const results = rankOpportunities(index, profile, catalogue.occupancy, today);
      ranked += results.length;
      // The bounded (limit) path gives the head of the full ranking.
      expect(rankOpportunities(index, profile, catalogue.occupancy, today, { limit: 15 })).toEqual(
        results.slice(0, 15),
      );
    }
    expect(ranked).toBeGreaterThan(100);
  });
});
