import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareIsoDates,
  daysBetween,
  fromDayNumber,
  intersectRanges,
  isIsoDate,
  isoDateOfInstant,
  isValidRange,
  MAX_DAY_NUMBER,
  mergeRanges,
  MIN_DAY_NUMBER,
  overlapDays,
  rangeContains,
  rangeContainsDate,
  rangeLength,
  rangeProblems,
  rangesOverlap,
  toDayNumber,
  tryToDayNumber,
  type DateRange,
} from "../../../app/platform/calendar";

const DAY_MS = 86_400_000;
const dayArb = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER });

describe("parsing and formatting", () => {
  it("numbers days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2027-03-02")).toBe(Date.UTC(2027, 2, 2) / DAY_MS);
    expect(toDayNumber("0001-01-01")).toBe(MIN_DAY_NUMBER);
    expect(toDayNumber("9999-12-31")).toBe(MAX_DAY_NUMBER);
  });

  it.each([
    "2027-02-30",
    "2027-02-29",
    "1900-02-29",
    "2027-04-31",
    "2027-00-10",
    "2027-13-01",
    "2027-01-00",
    "0000-01-01",
    "2027-2-03",
    "2027-02-3",
    "27-02-03",
    "2027/02/03",
    "2027-02-03T00:00:00Z",
    " 2027-02-03",
    "２０２７-02-03",
    "",
  ])("rejects %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(tryToDayNumber(value)).toBeNull();
    expect(() => toDayNumber(value)).toThrow(RangeError);
  });

  it.each(["2024-02-29", "2000-02-29", "2027-12-31", "0001-01-01"])("accepts %j", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it("rejects what is not a string", () => {
    expect(isIsoDate(20270302)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("round-trips every day number and agrees with date-fns (UTC)", () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const iso = fromDayNumber(day);
        expect(toDayNumber(iso)).toBe(day);
        expect(iso).toBe(format(new UTCDate(day * DAY_MS), "yyyy-MM-dd"));
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects day numbers outside 0001–9999 or not whole", () => {
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(MIN_DAY_NUMBER - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });

  it("takes the UTC calendar date of an instant, whatever the process time zone", () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ["UTC", "Pacific/Kiritimati", "America/New_York"]) {
        process.env.TZ = tz;
        expect(isoDateOfInstant(new Date("2027-03-01T23:30:00-02:00"))).toBe("2027-03-02");
        expect(isoDateOfInstant(new Date("2027-03-02T00:30:00+02:00"))).toBe("2027-03-01");
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(() => isoDateOfInstant(new Date("nope"))).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(() => addDays("2027-03-01", 0.5)).toThrow(RangeError);
  });

  it("counts days between dates (to − from)", () => {
    expect(daysBetween("2027-03-01", "2027-03-01")).toBe(0);
    expect(daysBetween("2027-03-01", "2027-03-02")).toBe(1);
    expect(daysBetween("2027-03-02", "2027-03-01")).toBe(-1);
    expect(daysBetween("2027-01-01", "2028-01-01")).toBe(365);
    expect(Math.sign(compareIsoDates("2027-03-02", "2027-03-10"))).toBe(-1);
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -1000, max: 1000 }), (day, n) => {
        fc.pre(day + n >= MIN_DAY_NUMBER && day + n <= MAX_DAY_NUMBER);
        expect(daysBetween(fromDayNumber(day), addDays(fromDayNumber(day), n))).toBe(n);
      }),
    );
  });
});

describe("inclusive ranges", () => {
  const r = (start: string, end: string): DateRange => ({ start, end });

  it("measures length inclusively", () => {
    expect(rangeLength(r("2027-03-02", "2027-03-02"))).toBe(1);
    expect(rangeLength(r("2027-03-02", "2027-03-13"))).toBe(12);
    expect(() => rangeLength(r("2027-03-13", "2027-03-02"))).toThrow(RangeError);
    expect(isValidRange(r("2027-03-13", "2027-03-02"))).toBe(false);
    expect(isValidRange(r("2027-03-02", "2027-02-30"))).toBe(false);
    expect(isValidRange(r("2027-03-02", "2027-03-02"))).toBe(true);
  });

  it("overlaps when ranges share a day, touching ends included", () => {
    expect(rangesOverlap(r("2027-03-01", "2027-03-10"), r("2027-03-10", "2027-03-20"))).toBe(true);
    expect(rangesOverlap(r("2027-03-01", "2027-03-10"), r("2027-03-11", "2027-03-20"))).toBe(false);
    expect(intersectRanges(r("2027-03-01", "2027-03-10"), r("2027-03-05", "2027-03-20"))).toEqual(
      r("2027-03-05", "2027-03-10"),
    );
    expect(intersectRanges(r("2027-03-01", "2027-03-10"), r("2027-03-11", "2027-03-20"))).toBeNull();
    expect(overlapDays(r("2027-03-01", "2027-03-10"), r("2027-03-10", "2027-03-20"))).toBe(1);
    expect(overlapDays(r("2027-03-01", "2027-03-10"), r("2027-04-01", "2027-04-20"))).toBe(0);
    expect(rangeContains(r("2027-03-01", "2027-03-31"), r("2027-03-01", "2027-03-31"))).toBe(true);
    expect(rangeContains(r("2027-03-01", "2027-03-31"), r("2027-03-20", "2027-04-01"))).toBe(false);
    expect(rangeContainsDate(r("2027-03-01", "2027-03-31"), "2027-03-31")).toBe(true);
    expect(rangeContainsDate(r("2027-03-01", "2027-03-31"), "2027-04-01")).toBe(false);
  });

  it("merges overlapping and adjacent ranges into the same days", () => {
    expect(
      mergeRanges([r("2027-03-10", "2027-03-12"), r("2027-03-01", "2027-03-05"), r("2027-03-06", "2027-03-08")]),
    ).toEqual([r("2027-03-01", "2027-03-08"), r("2027-03-10", "2027-03-12")]);
    const small = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(small, { maxLength: 6 }), (pairs) => {
        const ranges = pairs.map(([s, n]) => r(fromDayNumber(20_000 + s), fromDayNumber(20_000 + s + n)));
        const merged = mergeRanges(ranges);
        const daysOf = (list: DateRange[]) => {
          const set = new Set<number>();
          for (const x of list) for (let d = toDayNumber(x.start); d <= toDayNumber(x.end); d++) set.add(d);
          return [...set].sort((a, b) => a - b);
        };
        expect(daysOf(merged)).toEqual(daysOf(ranges));
        for (let k = 1; k < merged.length; k++) {
          expect(toDayNumber(merged[k]!.start)).toBeGreaterThan(toDayNumber(merged[k - 1]!.end) + 1);
        }
      }),
    );
  });

  it("reports invalid, reversed and overlapping ranges of a list", () => {
    expect(rangeProblems([r("2027-03-01", "2027-03-05"), r("2027-03-06", "2027-03-09")])).toEqual([]);
    expect(
      rangeProblems([
        r("2027-03-01", "2027-03-10"),
        r("2027-02-30", "2027-03-01"),
        r("2027-03-09", "2027-03-02"),
        r("2027-03-10", "2027-03-12"),
      ]),
    ).toEqual([
      { index: 1, code: "invalid" },
      { index: 2, code: "reversed" },
      { index: 3, code: "overlap", other: 0 },
    ]);
  });
});
