/**
 * Pure parts of the coordinators' tools: the capacity checks that guard approved requests
 * (app/catalogue/opportunity-capacity.ts), the seat-calendar month grids, and the form schemas
 * accepting everything the seed catalogue holds (so every seeded opportunity and centre can
 * be edited as it is).
 */
import { parseWithZod } from "@conform-to/zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centres } from "../../../prisma/data/catalogue";
import taxonomy from "../../../prisma/data/taxonomy.json";
import { addDays, fromDayNumber } from "~/platform/calendar";
import { createCentreSchema } from "~/catalogue/centre-validation";
import { formatDates, formatRange } from "~/platform/date-format";
import { capacityProblems, seatCalendarMonths, type CapacityPlan } from "~/catalogue/opportunity-capacity";
import { createOpportunitySchema } from "~/catalogue/opportunity-validation";
import { resolveYearlySchedule } from "~/catalogue/example-dates";
import { occupancyByDay } from "~/requests/seats";

const plan = (
  seats: number,
  windows = [{ start: "2027-03-01", end: "2027-03-31" }],
  cohorts: CapacityPlan["cohorts"] = [],
): CapacityPlan => ({ seats, windows, cohorts });
const stay = (start: string, end: string, cohortId: string | null = null) => ({ start, end, cohortId });

describe("capacityProblems", () => {
  const approved = [
    stay("2027-03-10", "2027-03-12"),
    stay("2027-03-12", "2027-03-14"),
    stay("2027-03-14", "2027-03-14"),
  ];

  it("names the days where approved visitors exceed the new seats, ends included", () => {
    expect(capacityProblems(plan(3), plan(2), approved)).toEqual([]);
    expect(capacityProblems(plan(3), plan(1), approved)).toEqual([
      { code: "daily-seats", seats: 1, dates: ["2027-03-12", "2027-03-14"] },
    ]);
    expect(capacityProblems(plan(3), plan(3), [])).toEqual([]);
  });

  it("refuses losing the window an approved stay lay in, not one it never lay in", () => {
    const moved = plan(3, [{ start: "2027-03-13", end: "2027-04-30" }]);
    expect(capacityProblems(plan(3), moved, approved)).toEqual([
      {
        code: "window-removed",
        stays: [
          { start: "2027-03-10", end: "2027-03-12" },
          { start: "2027-03-12", end: "2027-03-14" },
        ],
      },
    ]);
    // A stay that was outside every window already does not block edits.
    expect(capacityProblems(plan(3), plan(3), [stay("2027-05-01", "2027-05-02")])).toEqual([]);
  });

  it("cohorts: seats, dates and removal", () => {
    const spring = { id: "c1", name: "Spring", start: "2027-04-01", end: "2027-04-30", seats: 2 };
    const saved = plan(3, [], [spring]);
    const twoIn = [stay("2027-04-01", "2027-04-30", "c1"), stay("2027-04-01", "2027-04-30", "c1")];
    expect(capacityProblems(saved, plan(3, [], [{ ...spring, seats: 2 }]), twoIn)).toEqual([]);
    const [fewer] = capacityProblems(saved, plan(3, [], [{ ...spring, seats: 1 }]), twoIn);
    expect(fewer).toMatchObject({ code: "cohort-seats", index: 0, name: "Spring", seats: 1, approved: 2 });
    expect(fewer.code === "cohort-seats" && [fewer.dates[0], fewer.dates.at(-1), fewer.dates.length]).toEqual([
      "2027-04-01",
      "2027-04-30",
      30,
    ]);
    expect(capacityProblems(saved, plan(3, [], [{ ...spring, start: "2027-04-02" }]), twoIn)).toEqual([
      {
        code: "cohort-dates",
        index: 0,
        name: "Spring",
        stays: [twoIn[0], twoIn[1]].map(({ start, end }) => ({ start, end })),
      },
    ]);
    expect(capacityProblems(saved, plan(3, [], []), [], new Map([["c1", 1]]))).toEqual([
      { code: "cohort-removed", name: "Spring", requests: 1, approved: 0 },
    ]);
    expect(capacityProblems(saved, plan(3, [], []), [], new Map())).toEqual([]);
    // Cohort requests never use the daily seats.
    expect(capacityProblems(saved, plan(1, [], [spring]), twoIn)).toEqual([]);
  });

  it("property: the daily conflicts are exactly the days occupancy exceeds the seats", () => {
    const base = 20_000; // 2024-10-04
    const arbStay = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
      .map(([s, len]) => stay(fromDayNumber(base + s), fromDayNumber(base + s + len)));
    fc.assert(
      fc.property(fc.array(arbStay, { maxLength: 12 }), fc.integer({ min: 0, max: 8 }), (stays, seats) => {
        const everything = { start: fromDayNumber(base - 1), end: fromDayNumber(base + 90) };
        const expected = [...occupancyByDay(stays, everything)].filter(([, n]) => n > seats).map(([d]) => d);
        const problems = capacityProblems(plan(seats, [everything]), plan(seats, [everything]), stays);
        const daily = problems.find((p) => p.code === "daily-seats");
        expect(daily?.code === "daily-seats" ? daily.dates : []).toEqual(expected);
      }),
    );
  });
});

describe("seatCalendarMonths", () => {
  it("covers whole months from Monday, with occupancy and open days", () => {
    const months = seatCalendarMonths(
      2,
      [{ start: "2027-02-27", end: "2027-03-02" }],
      [{ start: "2027-02-28", end: "2027-03-01" }],
    );
    expect(months.map((m) => m.month)).toEqual(["2027-02", "2027-03"]);
    // 1 February 2027 is a Monday: no padding; 28 days = exactly four weeks.
    expect(months[0].weeks).toHaveLength(4);
    expect(months[0].weeks[0][0]?.date).toBe("2027-02-01");
    // 1 March 2027 is a Monday too; 31 days = four weeks and three days, padded to seven.
    expect(months[1].weeks.at(-1)!.filter((d) => d === null)).toHaveLength(4);
    const days = new Map(months.flatMap((m) => m.weeks.flat()).flatMap((d) => (d ? [[d.date, d] as const] : [])));
    expect(
      ["2027-02-26", "2027-02-27", "2027-02-28", "2027-03-01", "2027-03-02", "2027-03-03"].map((d) => [
        days.get(d)!.taken,
        days.get(d)!.open,
      ]),
    ).toEqual([
      [0, false],
      [0, true],
      [1, true],
      [1, true],
      [0, true],
      [0, false],
    ]);
  });

  it("pads a month starting mid-week and knows leap years", () => {
    const [feb] = seatCalendarMonths(1, [{ start: "2028-02-29", end: "2028-02-29" }], []);
    // 1 February 2028 is a Tuesday.
    expect(feb.weeks[0][0]).toBeNull();
    expect(feb.weeks[0][1]?.date).toBe("2028-02-01");
    expect(feb.weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(seatCalendarMonths(1, [], [])).toEqual([]);
  });
});

describe("date formatting", () => {
  it("formats runs of days in British English and Italian", () => {
    expect(formatDates(["2027-03-03", "2027-03-04", "2027-03-05", "2027-03-10"], "en")).toBe(
      `${formatRange({ start: "2027-03-03", end: "2027-03-05" }, "en")}, 10 Mar 2027`,
    );
    expect(formatRange({ start: "2027-03-10", end: "2027-03-10" }, "it")).toBe("10 mar 2027");
  });
});

describe("the forms accept the seeded catalogue as it is", () => {
  const known = new Set(taxonomy.topics.map((t) => t.key));
  const toFormData = (value: unknown, prefix = "", fd = new FormData()) => {
    if (Array.isArray(value)) value.forEach((v, i) => toFormData(v, `${prefix}[${i}]`, fd));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) toFormData(v, prefix ? `${prefix}.${k}` : k, fd);
    else if (value !== undefined && value !== null) fd.append(prefix, String(value));
    return fd;
  };

  const SEED_DAY = "2026-12-06";

  it("every seeded opportunity passes the edit form as a published opportunity", () => {
    for (const c of centres) {
      for (const o of c.opportunities) {
        // The catalogue's dates are yearly; the seed resolves them on its day (here, a fixed one).
        const dated = resolveYearlySchedule(o, SEED_DAY);
        const windows = dated.windows;
        const cohorts = dated.cohorts.map((k, i) => ({
          id: `c${i}`,
          name: k.name,
          start: k.start,
          end: k.end,
          seats: k.seats,
        }));
        const schema = createOpportunitySchema({
          // Saved windows and cohorts may lie in the past; "today" here is far after the seed's dates.
          today: addDays(dated.deadline ?? SEED_DAY, 1_000),
          isKnownTopic: (id) => known.has(id),
          savedWindows: new Set(windows.map((w) => `${w.start}|${w.end}`)),
          savedCohortIds: new Set(cohorts.map((k) => k.id)),
          published: true,
        });
        const value = {
          ...o,
          deadline: dated.deadline ?? undefined,
          languages: o.languages.map((l) => ({ code: l.code, level: l.level })),
          windows,
          cohorts,
          questions: (o.questions ?? []).map((q) => ({ textEn: q.en, textIt: q.it })),
        };
        const submission = parseWithZod(toFormData(value), { schema });
        expect(submission.status === "success" ? "ok" : JSON.stringify(submission.reply().error), o.key).toBe("ok");
      }
    }
  });

  it("every seeded centre passes the admin's centre form", () => {
    const schema = createCentreSchema({ withSlug: true });
    for (const c of centres) {
      const value = {
        ...c,
        irccs: c.irccs === true ? "yes" : c.irccs === false ? "no" : "unconfirmed",
        facts: c.facts.map((f) => ({ textEn: f.en, textIt: f.it, sources: f.sources.join(", ") })),
      };
      const submission = parseWithZod(toFormData(value), { schema });
      expect(submission.status === "success" ? "ok" : JSON.stringify(submission.reply().error), c.slug).toBe("ok");
    }
  });
});
