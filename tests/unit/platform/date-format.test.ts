/**
 * Calendar dates as people read them (date-format.ts) and the `@db.Date` conversions
 * (dates.ts): the same day in every process time zone. time-zones.test.ts runs this file
 * again with TZ=Europe/Rome and TZ=America/Los_Angeles.
 */
import { describe, expect, it } from "vitest";
import { formatDate, formatDates, formatMonth, formatRange, weekdayNames } from "~/platform/date-format";
import { dateFromIso, isoFromDate, todayIso } from "~/platform/dates";

describe("date-format", () => {
  it("shows the calendar date itself, first and last days of months and years included", () => {
    expect(formatDate("2027-03-03", "en")).toBe("3 Mar 2027");
    expect(formatDate("2027-03-03", "it")).toBe("3 mar 2027");
    expect(formatDate("2027-01-01", "en")).toBe("1 Jan 2027");
    expect(formatDate("2027-12-31", "en")).toBe("31 Dec 2027");
    // The days Rome changes its clocks.
    expect(formatDate("2027-03-28", "en")).toBe("28 Mar 2027");
    expect(formatDate("2027-10-31", "it")).toBe("31 ott 2027");
  });

  it("shows ranges and runs of days without moving their ends", () => {
    // ICU puts thin spaces around the dash: compare without spacing.
    const bare = (s: string) => s.replace(/\s+/gu, "");
    expect(bare(formatRange({ start: "2027-03-03", end: "2027-03-05" }, "en"))).toBe("3–5Mar2027");
    expect(formatRange({ start: "2027-03-03", end: "2027-03-03" }, "en")).toBe("3 Mar 2027");
    expect(bare(formatRange({ start: "2027-03-31", end: "2027-04-01" }, "it"))).toBe("31mar–01apr2027");
    expect(bare(formatDates(["2027-03-05", "2027-03-03", "2027-03-04", "2027-03-10"], "en"))).toBe(
      "3–5Mar2027,10Mar2027",
    );
  });

  it("names the month and the weekdays from Monday", () => {
    expect(formatMonth("2027-03", "en")).toBe("March 2027");
    expect(formatMonth("2027-03", "it")).toBe("marzo 2027");
    expect(weekdayNames("en").map((d) => d.long)).toEqual([
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
    ]);
  });
});

describe("dates", () => {
  it("maps a calendar date to midnight UTC and back", () => {
    expect(dateFromIso("2027-03-28").toISOString()).toBe("2027-03-28T00:00:00.000Z");
    expect(isoFromDate(dateFromIso("2028-02-29"))).toBe("2028-02-29");
    expect(() => dateFromIso("2027-02-29")).toThrow(RangeError);
  });

  it("takes today's date in UTC, late evening and early morning alike", () => {
    expect(todayIso(new Date("2027-03-03T23:59:59.999Z"))).toBe("2027-03-03");
    expect(todayIso(new Date("2027-03-04T00:00:00.000Z"))).toBe("2027-03-04");
  });
});
