/**
 * Deferred acceptance (app/requests/allocation.ts): a worked example, bad input, and
 * properties on random instances: stability, capacities, individual rationality, the
 * reasons, applicant-optimality against every stable matching found by brute force, and
 * strategy-proofness against every misreport of every applicant (small instances).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, type AllocationApplicant, type AllocationProgramme } from "~/requests/allocation";

interface Instance {
  applicants: AllocationApplicant[];
  programmes: AllocationProgramme[];
}

/** Random instances: up to `maxA` applicants, up to `maxP` programmes, partial lists both sides. */
function instances(maxA: number, maxP: number, maxCap: number): fc.Arbitrary<Instance> {
  return fc.record({ a: fc.integer({ min: 1, max: maxA }), p: fc.integer({ min: 1, max: maxP }) }).chain(({ a, p }) => {
    const aIds = Array.from({ length: a }, (_, i) => `a${i}`);
    const pIds = Array.from({ length: p }, (_, i) => `p${i}`);
    const list = <T>(ids: T[]) =>
      fc.shuffledSubarray(ids).chain((sub) => fc.shuffledSubarray(sub, { minLength: sub.length }));
    return fc.record({
      applicants: fc.tuple(...aIds.map((id) => list(pIds).map((preferences) => ({ id, preferences })))),
      programmes: fc.tuple(
        ...pIds.map((id) =>
          fc.record({ capacity: fc.integer({ min: 0, max: maxCap }), ranking: list(aIds) }).map((x) => ({ id, ...x })),
        ),
      ),
    });
  });
}

/** Position of programme `p` in the applicant's list (lower is better); unplaced = list length; unlisted = Infinity. */
function pref(a: AllocationApplicant, p: string | null): number {
  if (p === null) return a.preferences.length;
  const k = a.preferences.indexOf(p);
  return k < 0 ? Infinity : k;
}

function rankOf(p: AllocationProgramme, a: string): number {
  const k = p.ranking.indexOf(a);
  return k < 0 ? Infinity : k;
}

/** Whether `match` (applicant id → programme id or null) is individually rational, within capacities and stable. */
function isStable(inst: Instance, match: Map<string, string | null>): boolean {
  for (const p of inst.programmes) {
    const members = [...match].filter(([, q]) => q === p.id).map(([a]) => a);
    if (members.length > p.capacity) return false;
    for (const a of members) {
      if (rankOf(p, a) === Infinity) return false;
      if (pref(inst.applicants.find((x) => x.id === a)!, p.id) === Infinity) return false;
    }
  }
  for (const a of inst.applicants) {
    const mine = pref(a, match.get(a.id) ?? null);
    for (const p of inst.programmes) {
      if (pref(a, p.id) >= mine) continue; // a does not prefer p
      const r = rankOf(p, a.id);
      if (r === Infinity) continue; // p does not accept a
      const members = [...match].filter(([, q]) => q === p.id).map(([x]) => x);
      if (members.length < p.capacity) return false; // free seat: blocking pair
      if (members.some((x) => rankOf(p, x) > r)) return false; // p would swap: blocking pair
    }
  }
  return true;
}

function asMatch(inst: Instance, alloc: ReturnType<typeof allocate>): Map<string, string | null> {
  return new Map(alloc.placements.map((pl) => [pl.applicantId, pl.programmeId]));
}

/** Every stable matching of a small instance, by enumerating each applicant's acceptable options. */
function allStableMatchings(inst: Instance): Map<string, string | null>[] {
  const options = inst.applicants.map((a) => [
    null,
    ...a.preferences.filter((p) => rankOf(inst.programmes.find((x) => x.id === p)!, a.id) !== Infinity),
  ]);
  const out: Map<string, string | null>[] = [];
  const current: (string | null)[] = [];
  const walk = (i: number) => {
    if (i === inst.applicants.length) {
      const match = new Map(inst.applicants.map((a, k) => [a.id, current[k]]));
      if (isStable(inst, match)) out.push(match);
      return;
    }
    for (const o of options[i]) {
      current[i] = o;
      walk(i + 1);
    }
  };
  walk(0);
  return out;
}

/** Every list an applicant could report over `pIds`: each ordered subset. */
function allReports(pIds: string[]): string[][] {
  const out: string[][] = [[]];
  const grow = (prefix: string[]) => {
    for (const p of pIds) {
      if (prefix.includes(p)) continue;
      const next = [...prefix, p];
      out.push(next);
      grow(next);
    }
  };
  grow([]);
  return out;
}

describe("allocate", () => {
  it("places a worked example and explains it", () => {
    // p1 has one seat and prefers b; a's first choice is p1, so a ends in p2 (second choice).
    const result = allocate(
      [
        { id: "a", preferences: ["p1", "p2"] },
        { id: "b", preferences: ["p1"] },
        { id: "c", preferences: ["p3", "p2"] },
      ],
      [
        { id: "p1", capacity: 1, ranking: ["b", "a"] },
        { id: "p2", capacity: 2, ranking: ["c", "a"] },
        { id: "p3", capacity: 1, ranking: ["a"] },
      ],
    );
    expect(result.placements).toEqual([
      {
        applicantId: "a",
        programmeId: "p2",
        choice: 2,
        notPlaced: [{ programmeId: "p1", choice: 1, reason: "full", rank: 2, lastAdmittedRank: 1 }],
      },
      { applicantId: "b", programmeId: "p1", choice: 1, notPlaced: [] },
      {
        applicantId: "c",
        programmeId: "p2",
        choice: 2,
        notPlaced: [{ programmeId: "p3", choice: 1, reason: "unacceptable" }],
      },
    ]);
    expect(result.byProgramme.get("p2")).toEqual(["c", "a"]);
    expect(result.byProgramme.get("p3")).toEqual([]);
  });

  it("reports a programme without seats as full with no one admitted", () => {
    const result = allocate([{ id: "a", preferences: ["p"] }], [{ id: "p", capacity: 0, ranking: ["a"] }]);
    expect(result.placements[0]).toEqual({
      applicantId: "a",
      programmeId: null,
      choice: null,
      notPlaced: [{ programmeId: "p", choice: 1, reason: "full", rank: 1, lastAdmittedRank: null }],
    });
  });

  it("refuses malformed input", () => {
    const p = { id: "p", capacity: 1, ranking: [] as string[] };
    expect(() => allocate([{ id: "a", preferences: ["p", "p"] }], [p])).toThrow(/twice/);
    expect(() => allocate([{ id: "a", preferences: ["q"] }], [p])).toThrow(/unknown programme/);
    expect(() => allocate([], [{ ...p, ranking: ["x"] }])).toThrow(/unknown applicant/);
    expect(() => allocate([{ id: "a", preferences: [] }], [{ ...p, ranking: ["a", "a"] }])).toThrow(/twice/);
    expect(() => allocate([], [{ ...p, capacity: -1 }])).toThrow(RangeError);
    expect(() => allocate([], [{ ...p, capacity: 1.5 }])).toThrow(RangeError);
    expect(() => allocate([], [p, p])).toThrow(/twice/);
  });

  it("is stable, within capacities and individually rational", () => {
    fc.assert(
      fc.property(instances(12, 5, 3), (inst) => {
        const alloc = allocate(inst.applicants, inst.programmes);
        expect(isStable(inst, asMatch(inst, alloc))).toBe(true);
        for (const p of inst.programmes) {
          const members = alloc.byProgramme.get(p.id)!;
          expect(members.length).toBeLessThanOrEqual(p.capacity);
          expect([...members].sort((x, y) => rankOf(p, x) - rankOf(p, y))).toEqual(members);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("explains every higher choice truthfully", () => {
    fc.assert(
      fc.property(instances(10, 5, 3), (inst) => {
        const alloc = allocate(inst.applicants, inst.programmes);
        alloc.placements.forEach((pl, i) => {
          const a = inst.applicants[i];
          expect(pl.applicantId).toBe(a.id);
          const upTo = pl.choice === null ? a.preferences.length : pl.choice - 1;
          if (pl.choice !== null) expect(a.preferences[pl.choice - 1]).toBe(pl.programmeId);
          expect(pl.notPlaced.map((n) => n.programmeId)).toEqual(a.preferences.slice(0, upTo));
          for (const n of pl.notPlaced) {
            const p = inst.programmes.find((x) => x.id === n.programmeId)!;
            const members = alloc.byProgramme.get(p.id)!;
            if (n.reason === "unacceptable") expect(rankOf(p, a.id)).toBe(Infinity);
            else {
              expect(members.length).toBe(p.capacity);
              expect(members.every((m) => rankOf(p, m) < rankOf(p, a.id))).toBe(true);
              expect(n.rank).toBe(rankOf(p, a.id) + 1);
              expect(n.lastAdmittedRank).toBe(members.length ? rankOf(p, members.at(-1)!) + 1 : null);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("is applicant-optimal: every applicant likes it at least as much as any stable matching", () => {
    fc.assert(
      fc.property(instances(5, 3, 2), (inst) => {
        const mine = asMatch(inst, allocate(inst.applicants, inst.programmes));
        const stable = allStableMatchings(inst);
        expect(stable.length).toBeGreaterThan(0);
        for (const other of stable)
          for (const a of inst.applicants)
            expect(pref(a, mine.get(a.id) ?? null)).toBeLessThanOrEqual(pref(a, other.get(a.id) ?? null));
      }),
      { numRuns: 200 },
    );
  });

  it("is strategy-proof for applicants: no misreport places anyone better by their true list", () => {
    fc.assert(
      fc.property(instances(4, 3, 2), (inst) => {
        const truthful = asMatch(inst, allocate(inst.applicants, inst.programmes));
        const reports = allReports(inst.programmes.map((p) => p.id));
        inst.applicants.forEach((a, i) => {
          const honest = pref(a, truthful.get(a.id) ?? null);
          for (const report of reports) {
            const lied = inst.applicants.map((x, k) => (k === i ? { id: x.id, preferences: report } : x));
            const got = asMatch(inst, allocate(lied, inst.programmes)).get(a.id) ?? null;
            // Placed somewhere they did not truly list counts as no better than unplaced.
            const value = got === null || pref(a, got) === Infinity ? a.preferences.length : pref(a, got);
            expect(value).toBeGreaterThanOrEqual(honest);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
