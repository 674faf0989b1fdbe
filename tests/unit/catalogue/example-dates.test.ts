/**
 * The example catalogue's yearly dates (app/catalogue/example-dates.ts and the year helpers
 * of app/platform/calendar.ts): seeded on ANY day, every example is open and the demo
 * applicant finds CNAO in their next six months; once passed, dates roll forward by whole
 * years to the same days of the year. The example EVENTS (prisma/data/events.ts) likewise:
 * seeded or rolled on any day, none has started or closed, and each keeps its day of the
 * year and its wall-clock times in Europe/Rome.
 */
import { describe, expect, it } from "vitest";
import { centres } from "../../../prisma/data/catalogue";
import { nextSixMonths } from "../../../prisma/seed-demo-profile";
import {
  cohortKeyInYear,
  cohortNameInYear,
  exampleEventTimes,
  resolveYearlyEvent,
  resolveYearlySchedule,
  rollExampleEvent,
  rollSchedule,
  type ExampleEventTimes,
} from "~/catalogue/example-dates";
import { utcToZonedWallClock } from "~/catalogue/event-time";
import { exampleEvents } from "../../../prisma/data/events";
import type { EventSeed } from "../../../prisma/data/types";
import taxonomyFile from "../../../prisma/data/taxonomy.json";
import {
  addDays,
  addYears,
  compareIsoDates,
  monthDayInYear,
  nextYearlyRange,
  rangesOverlap,
} from "~/platform/calendar";

const examples = centres.flatMap((c) => c.opportunities.map((o) => ({ ...o, centre: c.slug })));

/** Every day from `start` for `days` days. */
function* everyDay(start: string, days: number) {
  for (let i = 0; i < days; i++) yield addDays(start, i);
}

describe("year arithmetic (calendar.ts)", () => {
  it("moves dates by whole years; 29 February becomes 28 February in a common year", () => {
    expect(addYears("2027-03-01", 1)).toBe("2028-03-01");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
    expect(monthDayInYear("02-29", 2027)).toBe("2027-02-28");
    expect(() => addYears("2027-02-30", 1)).toThrow(RangeError);
  });

  it("a range moves to its next occurrence that has not ended (inclusive end)", () => {
    const r = { start: "2027-02-01", end: "2027-06-30" };
    expect(nextYearlyRange(r, "2027-06-30")).toEqual({ range: r, years: 0 });
    expect(nextYearlyRange(r, "2027-07-01")).toEqual({ range: { start: "2028-02-01", end: "2028-06-30" }, years: 1 });
    expect(nextYearlyRange(r, "2031-01-10").range).toEqual({ start: "2031-02-01", end: "2031-06-30" });
  });
});

describe("resolving the catalogue on the seed day", () => {
  it("yearly ranges and deadlines land at their next occurrence; a range across New Year still running stays", () => {
    const windows = (w: { start: string; end: string }, today: string) =>
      resolveYearlySchedule({ windows: [w] }, today).windows;
    expect(windows({ start: "02-01", end: "06-30" }, "2026-12-06")).toEqual([
      { start: "2027-02-01", end: "2027-06-30" },
    ]);
    expect(windows({ start: "02-01", end: "12-17" }, "2026-12-06")).toEqual([
      { start: "2026-02-01", end: "2026-12-17" },
    ]);
    expect(windows({ start: "11-15", end: "02-15" }, "2027-01-10")).toEqual([
      { start: "2026-11-15", end: "2027-02-15" },
    ]);
    const window = { start: "01-01", end: "12-31" };
    expect(resolveYearlySchedule({ windows: [window], deadline: "05-14" }, "2027-05-14").deadline).toBe("2027-05-14");
    expect(resolveYearlySchedule({ windows: [window], deadline: "05-14" }, "2027-05-15").deadline).toBe("2028-05-14");
  });

  it("a deadline never falls after the last window: the window moves on with it", () => {
    // CNAO's BNCT stay: 1 March – 17 December, apply by 30 June. Seeded on 6 December 2026
    // the window is still running but next June's deadline would be after it ends.
    const dated = resolveYearlySchedule(
      { windows: [{ start: "03-01", end: "12-17" }], deadline: "06-30" },
      "2026-12-06",
    );
    expect(dated).toEqual({
      windows: [{ start: "2027-03-01", end: "2027-12-17" }],
      cohorts: [],
      deadline: "2027-06-30",
    });
  });

  it("cohorts get the year of their start in key and name", () => {
    const dated = resolveYearlySchedule(
      { cohorts: [{ key: "spring", name: "Spring", start: "03-01", end: "06-25", seats: 4 }] },
      "2027-07-01",
    );
    expect(dated.cohorts).toEqual([
      { key: "spring-2028", name: "Spring 2028", start: "2028-03-01", end: "2028-06-25", seats: 4 },
    ]);
    expect(cohortKeyInYear("spring-2028", 2029)).toBe("spring-2029");
    expect(cohortNameInYear("Spring 2028", 2029)).toBe("Spring 2029");
  });

  it("seeded on any day of two years (a leap year included), no example is closed or in the past", () => {
    for (const today of everyDay("2027-01-01", 731)) {
      for (const o of examples) {
        const dated = resolveYearlySchedule(o, today);
        if (dated.deadline) {
          expect(compareIsoDates(dated.deadline, today), `${o.key} on ${today}`).toBeGreaterThanOrEqual(0);
          const ends = [...dated.windows, ...dated.cohorts].map((r) => r.end).sort();
          expect(compareIsoDates(dated.deadline, ends.at(-1)!), `${o.key} on ${today}`).toBeLessThanOrEqual(0);
        }
        for (const r of [...dated.windows, ...dated.cohorts]) {
          expect(compareIsoDates(r.end, today), `${o.key} on ${today}`).toBeGreaterThanOrEqual(0);
          expect(compareIsoDates(r.start, r.end), `${o.key} on ${today}`).toBeLessThanOrEqual(0);
          // Never more than a year after today or, for what the deadline pushed on, after the deadline.
          const from = dated.deadline && compareIsoDates(dated.deadline, today) > 0 ? dated.deadline : today;
          expect(compareIsoDates(r.start, addDays(from, 366)), `${o.key} on ${today}`).toBeLessThanOrEqual(0);
        }
      }
    }
  });

  it("seeded on any day, the demo applicant's six months meet CNAO's carbon-ion and proton examples", () => {
    const cnao = examples.filter((o) =>
      ["cnao-carbon-ion-observership", "cnao-proton-therapy-clinical-visit"].includes(o.key),
    );
    expect(cnao).toHaveLength(2);
    for (const today of everyDay("2027-01-01", 731)) {
      const availability = nextSixMonths(today);
      for (const o of cnao) {
        const { windows } = resolveYearlySchedule(o, today);
        expect(
          windows.some((w) => rangesOverlap(w, availability)),
          `${o.key} on ${today}`,
        ).toBe(true);
      }
    }
  });
});

describe("rolling passed dates forward", () => {
  it("leaves what has not passed; moves what has to the same days, the fewest years later", () => {
    const r = { start: "2027-02-01", end: "2027-06-30" };
    expect(rollSchedule([r], null, "2027-06-30")).toEqual({ ranges: [{ ...r, years: 0 }], deadline: null });
    expect(rollSchedule([r], null, "2029-03-01").ranges).toEqual([
      { start: "2029-02-01", end: "2029-06-30", years: 2 },
    ]);
    expect(rollSchedule([r], "2027-05-14", "2027-05-14").deadline).toBe("2027-05-14");
    expect(rollSchedule([r], "2027-05-14", "2028-01-10")).toEqual({
      ranges: [{ start: "2028-02-01", end: "2028-06-30", years: 1 }],
      deadline: "2028-05-14",
    });
  });

  it("the whole catalogue, seeded on one day and rolled on any day of the next three years, is open on its own days of the year", () => {
    for (const seedDay of ["2026-12-06", "2027-06-15"]) {
      const dated = examples.map((o) => resolveYearlySchedule(o, seedDay));
      for (const later of everyDay(seedDay, 3 * 366)) {
        if (Number(later.slice(8)) % 7 !== 0) continue; // every seventh day of the month keeps it quick
        for (const d of dated) {
          const ranges = [...d.windows, ...d.cohorts];
          const rolled = rollSchedule(ranges, d.deadline, later);
          for (const [i, r] of rolled.ranges.entries()) {
            expect(compareIsoDates(r.end, later)).toBeGreaterThanOrEqual(0);
            expect([r.start.slice(5), r.end.slice(5)]).toEqual([ranges[i]!.start.slice(5), ranges[i]!.end.slice(5)]);
          }
          if (rolled.deadline) {
            expect(compareIsoDates(rolled.deadline, later)).toBeGreaterThanOrEqual(0);
            expect(rolled.ranges.some((r) => compareIsoDates(r.end, rolled.deadline!) >= 0)).toBe(true);
          }
        }
      }
    }
  });
});

/** The first instant after the UTC day `today`: the seed may run at any hour of it. */
const dayAfter = (today: string) => new Date(`${addDays(today, 1)}T00:00:00.000Z`);

/**
 * Checks one example event's columns against its seed: neither started nor closed at `after`
 * (the seed: the end of its day, whatever hour it ran; the roll: the instant it ran).
 */
function expectUpcoming(e: EventSeed, t: ExampleEventTimes, today: string, after = dayAfter(today)) {
  const label = `${e.key} on ${today}`;
  expect(t.startsAt.getTime(), label).toBeGreaterThan(after.getTime() - 1);
  expect(t.endsAt.getTime(), label).toBeGreaterThan(t.startsAt.getTime());
  if (e.deadlineDaysBefore === undefined) expect(t.registrationDeadline, label).toBeNull();
  else {
    expect(t.registrationDeadline!.getTime(), label).toBeGreaterThan(after.getTime() - 1);
    expect(t.registrationDeadline!.getTime(), label).toBeLessThanOrEqual(t.startsAt.getTime());
  }
  // Never more than a year (and the registration lead) ahead.
  const latest = new Date(`${addDays(today, 367 + (e.deadlineDaysBefore ?? 0))}T00:00:00.000Z`);
  expect(t.startsAt.getTime(), label).toBeLessThan(latest.getTime());
  expect(t.allDay, label).toBe(!e.times);
  if (e.times) {
    // Its wall-clock times in Rome whatever daylight saving does on that date.
    const start = utcToZonedWallClock(t.startsAt);
    const end = utcToZonedWallClock(t.endsAt);
    expect([start.date.slice(5), start.time, end.time], label).toEqual([e.start, e.times.start, e.times.end]);
    expect(daysBetweenIso(start.date, end.date) + 1, label).toBe(e.days);
  } else {
    expect(t.startDate!.toISOString().slice(5, 10), label).toBe(e.start);
    expect(daysBetweenIso(t.startDate!.toISOString().slice(0, 10), t.endDate!.toISOString().slice(0, 10)), label).toBe(
      e.days,
    );
  }
}

const daysBetweenIso = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe("example events", () => {
  const topicKeys = new Set((taxonomyFile as { topics: { key: string }[] }).topics.map((t) => t.key));

  it("5 to 7 events, each on seeded centres and topics, built on its centres' own sources", () => {
    expect(exampleEvents.length).toBeGreaterThanOrEqual(5);
    expect(exampleEvents.length).toBeLessThanOrEqual(7);
    expect(new Set(exampleEvents.map((e) => e.key)).size).toBe(exampleEvents.length);
    const kinds = new Set(centres.map((c) => [c.slug, c.kind] as const).filter(([, k]) => k === "SIMULATION_CENTRE"));
    expect(
      exampleEvents.filter((e) => e.centres.some((s) => [...kinds].some(([slug]) => slug === s))).length,
    ).toBeGreaterThanOrEqual(3);
    for (const e of exampleEvents) {
      const own = centres.filter((c) => e.centres.includes(c.slug));
      expect(own.map((c) => c.slug).sort(), e.key).toEqual([...e.centres].sort());
      for (const t of e.topics) expect(topicKeys.has(t), `${e.key}: ${t}`).toBe(true);
      expect(e.sources.length, e.key).toBeGreaterThan(0);
      const urls = new Set(own.flatMap((c) => c.sources.map((s) => s.url)));
      for (const s of e.sources) expect(urls.has(s.url), `${e.key}: ${s.url}`).toBe(true);
      expect(e.start, e.key).not.toBe("02-29");
      expect(e.online, e.key).toBe(e.city === null);
    }
  });

  it("seeded on any day of two years (a leap year included), no example event has started or closed", () => {
    for (const today of everyDay("2027-01-01", 731)) {
      for (const e of exampleEvents) expectUpcoming(e, exampleEventTimes(resolveYearlyEvent(e, today), e.times), today);
    }
  });

  it("seeded on one day and rolled on any day of the next three years, each is upcoming on its own day and times", () => {
    const seeded = "2027-01-01";
    for (const e of exampleEvents) {
      let stored = exampleEventTimes(resolveYearlyEvent(e, seeded), e.times);
      for (const today of everyDay("2027-01-02", 3 * 365)) {
        // The daily job runs at 00:05 UTC; a run late in the day must give the same answer.
        for (const hour of ["00:05", "23:59"]) {
          const now = new Date(`${today}T${hour}:00.000Z`);
          const rolled = rollExampleEvent(stored, now);
          if (rolled) stored = rolled;
          expect(rollExampleEvent(stored, now), `${e.key} rolled twice on ${today}`).toBeNull();
          expectUpcoming(e, stored, today, new Date(now.getTime() + 1));
        }
      }
    }
  });
});
