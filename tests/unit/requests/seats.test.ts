/**
 * Seat arithmetic: daily occupancy with inclusive dates, edge days, exactly full vs one over,
 * cohorts counted per cohort; properties against a brute-force day count written here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkApproval,
  checkCohortSeats,
  checkSeats,
  occupancyByDay,
  seatCalendar,
  seatConflicts,
  seatsOnStay,
  onSiteRuns,
} from "~/requests/seats";

const r = (start: string, end: string) => ({ start, end });
const april = (d: number) => `2027-04-${String(d).padStart(2, "0")}`;

describe("checkSeats", () => {
  it("a stay ending the day another starts overlaps that day", () => {
    expect(checkSeats(1, [r(april(1), april(10))], r(april(10), april(15)))).toEqual({
      ok: false,
      conflicts: [april(10)],
    });
  });

  it("adjacent stays do not overlap", () => {
    expect(checkSeats(1, [r(april(1), april(10))], r(april(11), april(15)))).toEqual({ ok: true });
    expect(checkSeats(1, [r(april(11), april(15))], r(april(1), april(10)))).toEqual({ ok: true });
  });

  it("exactly full is allowed; one over is refused with the days that overflow", () => {
    const approved = [r(april(1), april(5)), r(april(3), april(8))];
    expect(checkSeats(3, approved, r(april(4), april(10)))).toEqual({ ok: true });
    expect(checkSeats(2, approved, r(april(4), april(10)))).toEqual({ ok: false, conflicts: [april(4), april(5)] });
    expect(checkSeats(2, approved, r(april(6), april(10)))).toEqual({ ok: true });
    expect(checkSeats(1, approved, r(april(9), april(9)))).toEqual({ ok: true });
    expect(checkSeats(1, approved, r(april(8), april(9)))).toEqual({ ok: false, conflicts: [april(8)] });
  });

  it("no seats: every day conflicts; stays outside the candidate are ignored", () => {
    expect(seatConflicts(0, [], r(april(1), april(3)))).toEqual([april(1), april(2), april(3)]);
    expect(
      seatConflicts(1, [r("2027-01-01", "2027-03-31"), r("2027-05-01", "2027-05-31")], r(april(1), april(30))),
    ).toEqual([]);
  });

  it("counts across month and leap-year ends", () => {
    expect(seatConflicts(1, [r("2028-02-28", "2028-03-01")], r("2028-02-29", "2028-03-02"))).toEqual([
      "2028-02-29",
      "2028-03-01",
    ]);
    expect(seatConflicts(1, [r("2027-12-31", "2027-12-31")], r("2027-12-30", "2028-01-02"))).toEqual(["2027-12-31"]);
  });

  it("throws RangeError on invalid dates, reversed ranges or seats", () => {
    expect(() => checkSeats(1, [], r("2027-02-30", "2027-03-01"))).toThrow(RangeError);
    expect(() => checkSeats(1, [r(april(5), april(1))], r(april(1), april(2)))).toThrow(RangeError);
    expect(() => checkSeats(-1, [], r(april(1), april(2)))).toThrow(RangeError);
    expect(() => checkSeats(1.5, [], r(april(1), april(2)))).toThrow(RangeError);
  });
});

describe("occupancy", () => {
  it("gives every day of the range, in order, including empty ones", () => {
    const map = occupancyByDay([r(april(2), april(3)), r(april(3), april(6))], r(april(1), april(4)));
    expect([...map]).toEqual([
      [april(1), 0],
      [april(2), 1],
      [april(3), 2],
      [april(4), 1],
    ]);
  });

  it("seat calendar: taken and free per day", () => {
    expect(seatCalendar(2, [r(april(1), april(2))], r(april(2), april(3)))).toEqual([
      { date: april(2), taken: 1, free: 1 },
      { date: april(3), taken: 0, free: 2 },
    ]);
  });
});

describe("cohorts", () => {
  const cohort = r(april(6), april(8));

  it("are counted per cohort: full when its approved requests reach its seats", () => {
    expect(checkCohortSeats(2, 1, cohort)).toEqual({ ok: true });
    expect(checkCohortSeats(2, 2, cohort)).toEqual({ ok: false, conflicts: [april(6), april(7), april(8)] });
    expect(checkCohortSeats(0, 0, cohort)).toMatchObject({ ok: false });
  });

  it("checkApproval: cohort requests use the cohort's seats, others the opportunity's daily seats", () => {
    const approved = [
      { ...cohort, cohortId: "c1" },
      { ...cohort, cohortId: "c2" },
      { ...cohort, cohortId: "c2" },
      { ...r(april(1), april(7)), cohortId: null },
    ];
    // Daily seats 1: the non-cohort stay fills 1–7; the cohorts do not count here.
    expect(checkApproval({ seats: 1, approved, candidate: { ...r(april(8), april(9)), cohortId: null } })).toEqual({
      ok: true,
    });
    expect(checkApproval({ seats: 1, approved, candidate: { ...r(april(7), april(9)), cohortId: null } })).toEqual({
      ok: false,
      conflicts: [april(7)],
    });
    // Cohort c1 has one of two seats taken; c2 has both.
    expect(
      checkApproval({
        seats: 0,
        approved,
        candidate: { ...cohort, cohortId: "c1" },
        cohort: { seats: 2, range: cohort },
      }),
    ).toEqual({ ok: true });
    expect(
      checkApproval({
        seats: 99,
        approved,
        candidate: { ...cohort, cohortId: "c2" },
        cohort: { seats: 2, range: cohort },
      }),
    ).toMatchObject({ ok: false });
    expect(() => checkApproval({ seats: 1, approved, candidate: { ...cohort, cohortId: "c1" } })).toThrow(TypeError);
  });
});

// ─── Properties against a brute-force count (independent date arithmetic) ───

const BASE = Date.UTC(2027, 11, 20); // crosses a year end
const iso = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);
const stayArb = fc
  .tuple(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 14 }))
  .map(([s, len]) => ({ s, e: s + len }));
const toRange = (x: { s: number; e: number }) => r(iso(x.s), iso(x.e));
const bruteCount = (stays: { s: number; e: number }[], day: number) =>
  stays.filter((x) => x.s <= day && day <= x.e).length;

describe("properties", () => {
  it("greedily accepted stays never exceed the seats on any day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(stayArb, { maxLength: 25 }), (seats, candidates) => {
        const accepted: { s: number; e: number }[] = [];
        for (const c of candidates) if (checkSeats(seats, accepted.map(toRange), toRange(c)).ok) accepted.push(c);
        for (let day = 0; day <= 60; day++) expect(bruteCount(accepted, day)).toBeLessThanOrEqual(seats);
      }),
    );
  });

  it("conflicts are exactly the candidate's days where one more visitor would exceed the seats", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.array(stayArb, { maxLength: 12 }),
        stayArb,
        (seats, approved, c) => {
          const want: string[] = [];
          for (let day = c.s; day <= c.e; day++) if (bruteCount(approved, day) + 1 > seats) want.push(iso(day));
          expect(seatConflicts(seats, approved.map(toRange), toRange(c))).toEqual(want);
          // Order of the approved stays does not matter.
          expect(seatConflicts(seats, [...approved].reverse().map(toRange), toRange(c))).toEqual(want);
        },
      ),
    );
  });

  it("the occupancy map matches the brute-force count on every day", () => {
    fc.assert(
      fc.property(fc.array(stayArb, { maxLength: 12 }), stayArb, (stays, window) => {
        const map = occupancyByDay(stays.map(toRange), toRange(window));
        expect(map.size).toBe(window.e - window.s + 1);
        for (let day = window.s; day <= window.e; day++) expect(map.get(iso(day))).toBe(bruteCount(stays, day));
      }),
    );
  });
});

describe("seatsOnStay and onSiteRuns (issue 17: one count for /inbox/:id and the calendar)", () => {
  const stay = (id: string, start: string, end: string, cohortId: string | null = null) => ({
    id,
    name: id.toUpperCase(),
    start,
    end,
    cohortId,
  });

  it("counts an approved request itself, as the calendar does", () => {
    const approved = [stay("a", april(1), april(10))];
    expect(seatsOnStay({ seats: 2, approved, stay: approved[0] })).toEqual({
      kind: "daily",
      seats: 2,
      taken: 1,
      free: 1,
    });
    expect(seatsOnStay({ seats: 2, approved, stay: { ...r(april(11), april(12)), cohortId: null } }).free).toBe(2);
    expect(
      seatsOnStay({
        seats: 0,
        approved: [stay("c", april(1), april(2), "k")],
        stay: stay("d", april(1), april(2), "k"),
        cohortSeats: 3,
      }),
    ).toEqual({ kind: "cohort", seats: 3, taken: 1, free: 2 });
    expect(() => seatsOnStay({ seats: 1, approved: [], stay: stay("d", april(1), april(2), "k") })).toThrow(TypeError);
  });

  it("lists who is on site as runs of days with the same visitors, cohorts included, gaps left out", () => {
    const runs = onSiteRuns([
      stay("b", april(5), april(8)),
      stay("a", april(1), april(5)),
      stay("c", april(9), april(9), "k"),
      stay("d", april(20), april(21)),
    ]);
    expect(runs.map((x) => [x.start, x.end, x.visitors.map((v) => v.id).join("")])).toEqual([
      [april(1), april(4), "a"],
      [april(5), april(5), "ab"],
      [april(6), april(8), "b"],
      [april(9), april(9), "c"],
      [april(20), april(21), "d"],
    ]);
    expect(onSiteRuns([])).toEqual([]);
  });

  it("splits a stay's days where another visitor comes and goes", () => {
    const runs = onSiteRuns([stay("a", april(1), april(10)), stay("x", april(3), april(3))]);
    expect(runs.map((x) => [x.start, x.end, x.visitors.length])).toEqual([
      [april(1), april(2), 1],
      [april(3), april(3), 2],
      [april(4), april(10), 1],
    ]);
  });
});
