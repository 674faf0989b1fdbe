/**
 * Tests that own their clock (issue 21). The seeded example catalogue's dates depend on the
 * day the test database was seeded (app/catalogue/example-dates.ts); a test that needs
 * known dates puts the examples where it wants them, and gets them back afterwards:
 *
 * - `withWrittenExampleDates()`: the examples' dates as these tests were written for (a
 *   seed on `CATALOGUE_AS_WRITTEN`: every window, cohort and deadline in 2027), for tests
 *   that rank or read on a fixed `TODAY` through injected clocks (nothing reads the real one);
 * - `withWrittenExampleDatesFromToday()`: the same, moved by whole days so that `WRITTEN_ON`
 *   becomes today; the test writes its dates as seen from `WRITTEN_ON` and passes them through
 *   `onDay(…)`, so "the first day of the window", "a start in the past" or "12 days" mean the
 *   same on any day the suite runs (for pages and jobs that read the real clock).
 *
 * All dates are `YYYY-MM-DD` (UTC, inclusive).
 */
import { afterAll, beforeAll } from "vitest";
import { centres } from "../../prisma/data/catalogue";
import { resolveYearlySchedule } from "~/catalogue/example-dates";
import { addDays, daysBetween, isoDateOfInstant, type IsoDate } from "~/platform/calendar";
import { dateFromIso } from "~/platform/dates";
import { prisma } from "~/platform/db.server";

/** The "today" the integration tests' literal dates were written for. */
export const WRITTEN_ON = "2026-12-01";

/** A seed on this day gives the catalogue the tests were written for (all of it in 2027). */
export const CATALOGUE_AS_WRITTEN = "2027-01-01";

/** Today's UTC date, from the real (or faketime's) clock. */
export function today(): IsoDate {
  return isoDateOfInstant(new Date());
}

/** A date written as seen from `WRITTEN_ON`, moved to the same distance from today. */
export function onDay(written: IsoDate): IsoDate {
  return addDays(written, daysBetween(WRITTEN_ON, today()));
}

/** `onDay` for an instant (e.g. a `dueAt` written as on `WRITTEN_ON`). */
export function onInstant(written: string): Date {
  return new Date(new Date(written).getTime() + daysBetween(WRITTEN_ON, today()) * 86_400_000);
}

/** `20270201`-style date of `onDay`, as in iCalendar. */
export function icsDay(written: IsoDate): string {
  return onDay(written).replaceAll("-", "");
}

const baseKey = (key: string) => key.replace(/-\d{4}$/, "");

/** Puts every example's dates where a seed on `day` puts them, moved by `shift` days. */
async function setExampleDates(day: IsoDate, shift: number): Promise<void> {
  const move = (d: IsoDate) => dateFromIso(addDays(d, shift));
  const rows = await prisma.opportunity.findMany({
    // Every seeded row, adopted or not: the previous test file in this worker may have ended
    // with an example adopted (reset only before each test), and skipping it left its dates
    // from another day (the flaky "boundaries are inclusive" failure in CI, 2026-12-06).
    where: { seedKey: { not: null } },
    select: { id: true, seedKey: true, cohorts: { select: { id: true, key: true } } },
  });
  const seeds = new Map(centres.flatMap((c) => c.opportunities.map((o) => [o.key, o] as const)));
  await prisma.$transaction(
    async (tx) => {
      for (const row of rows) {
        const seed = seeds.get(row.seedKey!);
        if (!seed) continue;
        const dated = resolveYearlySchedule(seed, day);
        await tx.opportunityWindow.deleteMany({ where: { opportunityId: row.id } });
        await tx.opportunity.update({
          where: { id: row.id },
          data: {
            deadline: dated.deadline ? move(dated.deadline) : null,
            windows: { create: dated.windows.map((w) => ({ startDate: move(w.start), endDate: move(w.end) })) },
          },
        });
        for (const c of row.cohorts) {
          const next = dated.cohorts.find((d) => baseKey(d.key) === baseKey(c.key));
          if (next) {
            await tx.cohort.update({
              where: { id: c.id },
              data: { key: next.key, name: next.name, startDate: move(next.start), endDate: move(next.end) },
            });
          }
        }
      }
    },
    { timeout: 60_000 },
  );
}

/** Every example's dates as they are now, and a function that puts them back. */
async function snapshotExampleDates(): Promise<() => Promise<void>> {
  const rows = await prisma.opportunity.findMany({
    where: { seedKey: { not: null } },
    select: {
      id: true,
      deadline: true,
      windows: { select: { startDate: true, endDate: true } },
      // A test's own cohorts (key `test-…`) are gone by the time this runs (tests/setup/db.ts).
      cohorts: {
        where: { NOT: { key: { startsWith: "test-" } } },
        select: { id: true, key: true, name: true, startDate: true, endDate: true },
      },
    },
  });
  return () =>
    prisma
      .$transaction(
        async (tx) => {
          for (const row of rows) {
            await tx.opportunityWindow.deleteMany({ where: { opportunityId: row.id } });
            await tx.opportunity.update({
              where: { id: row.id },
              data: { deadline: row.deadline, windows: { create: row.windows } },
            });
            for (const { id, ...c } of row.cohorts) await tx.cohort.update({ where: { id }, data: c });
          }
        },
        { timeout: 60_000 },
      )
      .then(() => undefined);
}

function withExampleDates(day: IsoDate, shift: () => number): void {
  let restore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    restore = await snapshotExampleDates();
    await setExampleDates(day, shift());
  });
  afterAll(async () => {
    await restore?.();
  });
}

/** For this test file: the examples' dates as written (2027, unmoved); afterwards as they were. */
export function withWrittenExampleDates(): void {
  withExampleDates(CATALOGUE_AS_WRITTEN, () => 0);
}

/** For this test file: the examples' dates as written, moved so `WRITTEN_ON` is today; afterwards as they were. */
export function withWrittenExampleDatesFromToday(): void {
  withExampleDates(CATALOGUE_AS_WRITTEN, () => daysBetween(WRITTEN_ON, today()));
}
