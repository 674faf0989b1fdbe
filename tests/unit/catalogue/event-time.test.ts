/**
 * Europe/Rome wall clock ↔ UTC (decision 0030): the spring gap is refused, the autumn
 * repeated hour is refused, every other time of the year round-trips.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utcToZonedWallClock, zonedWallClockToUtc } from "~/catalogue/event-time";

describe("zonedWallClockToUtc", () => {
  it("winter is UTC+1, summer UTC+2", () => {
    expect(zonedWallClockToUtc("2027-01-15", "09:00")).toEqual({ ok: true, instant: new Date("2027-01-15T08:00:00Z") });
    expect(zonedWallClockToUtc("2027-07-15", "09:00")).toEqual({ ok: true, instant: new Date("2027-07-15T07:00:00Z") });
  });

  it("refuses the spring gap and the autumn repeated hour, accepts their edges", () => {
    expect(zonedWallClockToUtc("2027-03-28", "02:00")).toEqual({ ok: false, problem: "nonexistent" });
    expect(zonedWallClockToUtc("2027-03-28", "02:59")).toEqual({ ok: false, problem: "nonexistent" });
    expect(zonedWallClockToUtc("2027-03-28", "01:59")).toEqual({ ok: true, instant: new Date("2027-03-28T00:59:00Z") });
    expect(zonedWallClockToUtc("2027-03-28", "03:00")).toEqual({ ok: true, instant: new Date("2027-03-28T01:00:00Z") });
    expect(zonedWallClockToUtc("2027-10-31", "02:00")).toEqual({ ok: false, problem: "ambiguous" });
    expect(zonedWallClockToUtc("2027-10-31", "02:59")).toEqual({ ok: false, problem: "ambiguous" });
    expect(zonedWallClockToUtc("2027-10-31", "01:59")).toEqual({ ok: true, instant: new Date("2027-10-30T23:59:00Z") });
    expect(zonedWallClockToUtc("2027-10-31", "03:00")).toEqual({ ok: true, instant: new Date("2027-10-31T02:00:00Z") });
  });

  it("refuses malformed dates and times", () => {
    for (const [d, t] of [
      ["2027-02-30", "09:00"],
      ["2027-01-01", "24:00"],
      ["2027-1-1", "09:00"],
      ["2027-01-01", "9:00"],
    ])
      expect(zonedWallClockToUtc(d, t)).toEqual({ ok: false, problem: "invalid" });
  });

  it("every instant's wall clock converts back to it, unless it falls in the repeated hour", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }), (minutes) => {
        const instant = new Date(minutes * 60_000);
        const { date, time } = utcToZonedWallClock(instant);
        const back = zonedWallClockToUtc(date, time);
        if (back.ok) expect(back.instant.getTime()).toBe(instant.getTime());
        else expect(back.problem).toBe("ambiguous");
      }),
      { numRuns: 2000 },
    );
  });
});
