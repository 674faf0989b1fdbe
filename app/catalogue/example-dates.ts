/**
 * The dates of EXAMPLE opportunities (the seeded catalogue, labelled "example
 * opportunity"): yearly, so the demo never runs out of open examples. A window such as
 * "every year 1 February – 30 June" is written `{start: "02-01", end: "06-30"}` (an end
 * before its start is in the next year), a deadline as a yearly `MM-DD`, a cohort with a
 * key and a name to which the year is added ("spring" → "spring-2027", "Spring 2027").
 *
 * Pure (no I/O, no clock): `today` is an argument. All dates are UTC calendar dates and all
 * ranges are inclusive. Real opportunities never pass through here.
 */
import {
  addYears,
  compareIsoDates,
  monthDayInYear,
  nextYearlyRange,
  yearsUntilNotPast,
  type DateRange,
  type IsoDate,
  type MonthDay,
} from "~/platform/calendar";

/** A yearly run of days, `MM-DD` to `MM-DD` inclusive; an end before the start falls in the next year. */
export interface YearlyRange {
  start: MonthDay;
  end: MonthDay;
}

/** A yearly cohort: `key` and `name` without the year (it is added when resolved). */
export interface YearlyCohort extends YearlyRange {
  key: string;
  name: string;
  seats: number;
}

/** The dates of an example opportunity as the catalogue writes them. */
export interface YearlySchedule {
  windows?: YearlyRange[];
  cohorts?: YearlyCohort[];
  /** Last day to apply (inclusive), yearly. */
  deadline?: MonthDay;
}

/** A cohort with real dates, its key and name ending with its starting year. */
export interface DatedCohort extends DateRange {
  key: string;
  name: string;
  seats: number;
}

/** The dates of an example opportunity on a given day. */
export interface DatedSchedule {
  windows: DateRange[];
  cohorts: DatedCohort[];
  deadline: IsoDate | null;
}

const YEAR_SUFFIX_KEY = /-\d{4}$/;
const YEAR_SUFFIX_NAME = / \d{4}$/;

/** `spring` or `spring-2027` → `spring-<year>`. */
export function cohortKeyInYear(key: string, year: number): string {
  return `${key.replace(YEAR_SUFFIX_KEY, "")}-${year}`;
}

/** `Spring` or `Spring 2027` → `Spring <year>`. */
export function cohortNameInYear(name: string, year: number): string {
  return `${name.replace(YEAR_SUFFIX_NAME, "")} ${year}`;
}

/** The year of a `YYYY-MM-DD` date. */
function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

const byStart = (a: DateRange, b: DateRange) => compareIsoDates(a.start, b.start);

/** A window or cohort after a roll: where it is now and by how many whole years it moved. */
export type Rolled<T extends DateRange> = T & { years: number };

/**
 * Rolls an example's dates forward to `today` (the rule the seed and the daily job share):
 * 1. a passed deadline moves to its next occurrence on or after `today`;
 * 2. each window or cohort that has ended moves to its next occurrence ending on or after `today`;
 * 3. while the deadline falls after the last day of every window and cohort (which the
 *    coordinators' form refuses: nobody could visit after applying), the window or cohort
 *    that ends first moves one more year.
 * Everything moves by whole years, so each keeps its days of the year. Nothing that has not
 * passed moves, unless rule 3 needs it.
 */
export function rollSchedule<T extends DateRange>(
  ranges: readonly T[],
  deadline: IsoDate | null,
  today: IsoDate,
): { ranges: Rolled<T>[]; deadline: IsoDate | null } {
  const nextDeadline =
    deadline && compareIsoDates(deadline, today) < 0
      ? addYears(deadline, yearsUntilNotPast(deadline, today))
      : deadline;
  const out: Rolled<T>[] = ranges.map((r) => {
    const { range, years } = nextYearlyRange(r, today);
    return { ...r, ...range, years };
  });
  if (nextDeadline && out.length) {
    while (!out.some((r) => compareIsoDates(r.end, nextDeadline) >= 0)) {
      const first = out.reduce((a, b) => (compareIsoDates(b.end, a.end) < 0 ? b : a));
      const years = first.years + 1;
      const original = ranges[out.indexOf(first)]!;
      Object.assign(first, { start: addYears(original.start, years), end: addYears(original.end, years), years });
    }
  }
  return { ranges: out, deadline: nextDeadline };
}

/** A yearly range placed in the year before `year` (or across into `year` when it crosses New Year). */
function placed(range: YearlyRange, year: number): DateRange {
  return {
    start: monthDayInYear(range.start, year - 1),
    end: monthDayInYear(range.end, range.end < range.start ? year : year - 1),
  };
}

/**
 * The example's dates as seen on `today` (the seed day): the catalogue's yearly dates
 * placed a year early (a range across New Year may still be running), then rolled with
 * `rollSchedule`. Nothing comes out in the past, so an example seeded on any day is open.
 */
export function resolveYearlySchedule(schedule: YearlySchedule, today: IsoDate): DatedSchedule {
  const year = yearOf(today);
  const windows = (schedule.windows ?? []).map((w) => ({ ...placed(w, year), cohort: null }));
  const cohorts = (schedule.cohorts ?? []).map((c) => ({ ...placed(c, year), cohort: c }));
  const deadline = schedule.deadline ? monthDayInYear(schedule.deadline, year - 1) : null;
  const rolled = rollSchedule([...windows, ...cohorts], deadline, today);
  return {
    windows: rolled.ranges
      .filter((r) => !r.cohort)
      .map(({ start, end }) => ({ start, end }))
      .sort(byStart),
    cohorts: rolled.ranges
      .flatMap(({ start, end, cohort: c }) =>
        c
          ? [
              {
                start,
                end,
                key: cohortKeyInYear(c.key, yearOf(start)),
                name: cohortNameInYear(c.name, yearOf(start)),
                seats: c.seats,
              },
            ]
          : [],
      )
      .sort(byStart),
    deadline: rolled.deadline,
  };
}
