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
  addDays,
  addYears,
  compareIsoDates,
  daysBetween,
  isoDateOfInstant,
  monthDayInYear,
  nextYearlyRange,
  yearsUntilNotPast,
  type DateRange,
  type IsoDate,
  type MonthDay,
} from "~/platform/calendar";
import { utcToZonedWallClock, zonedWallClockToUtc } from "./event-time";

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

/** The yearly date of an example event as the catalogue writes it (prisma/data/types.ts `EventSeed`). */
export interface YearlyEventDate {
  /** First day, `MM-DD`. */
  start: MonthDay;
  /** Days it lasts, 1 or more. */
  days: number;
  /** Registration closes this many days before the first day (absent: at the start). */
  deadlineDaysBefore?: number;
}

/** An example event's dates on a given day: first and last day (inclusive) and the last day to register. */
export interface DatedEvent {
  start: IsoDate;
  last: IsoDate;
  deadline: IsoDate | null;
}

/**
 * The next occurrence of an example event seen on `today` (the seed day or the roll's day):
 * the first year in which its last day to register (or, without a deadline, its first day)
 * falls strictly AFTER `today`, so a seeded or rolled example has neither started nor closed
 * whatever the hour. Never more than a year and `deadlineDaysBefore` days ahead.
 */
export function resolveYearlyEvent(event: YearlyEventDate, today: IsoDate): DatedEvent {
  const lead = event.deadlineDaysBefore ?? 0;
  for (let year = yearOf(today) - 1; ; year += 1) {
    const start = monthDayInYear(event.start, year);
    const closes = addDays(start, -lead);
    if (compareIsoDates(closes, today) > 0)
      return {
        start,
        last: addDays(start, event.days - 1),
        deadline: event.deadlineDaysBefore === undefined ? null : closes,
      };
  }
}

/** The stored times of an example event (the `Event` columns, decision 0031). */
export interface ExampleEventTimes {
  allDay: boolean;
  startsAt: Date;
  endsAt: Date;
  startDate: Date | null;
  endDate: Date | null;
  registrationDeadline: Date | null;
}

const midnightUtc = (date: IsoDate) => new Date(`${date}T00:00:00.000Z`);

function romeInstant(date: IsoDate, time: string): Date {
  const r = zonedWallClockToUtc(date, time);
  if (!r.ok) throw new RangeError(`${date} ${time} is ${r.problem} in Europe/Rome`);
  return r.instant;
}

/**
 * An example event's columns for its dates: timed (`times` as `HH:MM` in Europe/Rome, the
 * start on the first day, the end on the last) or all-day (dates, end exclusive); the
 * deadline at 23:59 in Europe/Rome, as the coordinators' form reads a date without a time.
 * @throws RangeError when a time does not exist or is ambiguous that day (the examples'
 * times lie outside 02:00–02:59, so they never are).
 */
export function exampleEventTimes(dated: DatedEvent, times?: { start: string; end: string }): ExampleEventTimes {
  const registrationDeadline = dated.deadline ? romeInstant(dated.deadline, "23:59") : null;
  if (times)
    return {
      allDay: false,
      startsAt: romeInstant(dated.start, times.start),
      endsAt: romeInstant(dated.last, times.end),
      startDate: null,
      endDate: null,
      registrationDeadline,
    };
  const end = addDays(dated.last, 1);
  return {
    allDay: true,
    startsAt: midnightUtc(dated.start),
    endsAt: midnightUtc(end),
    startDate: midnightUtc(dated.start),
    endDate: midnightUtc(end),
    registrationDeadline,
  };
}

/**
 * The daily roll of one example event (the seed's rule, kept afterwards): once its
 * registration has closed (or, without a deadline, it has started) at `now`, it moves by
 * whole years to its next occurrence by `resolveYearlyEvent`, keeping its day of the year,
 * its length, its wall-clock times in Europe/Rome (so the UTC instants follow daylight
 * saving) and its deadline's distance from the start. @returns null when nothing moves.
 */
export function rollExampleEvent(stored: ExampleEventTimes, now: Date): ExampleEventTimes | null {
  if ((stored.registrationDeadline ?? stored.startsAt).getTime() > now.getTime()) return null;
  const today = isoDateOfInstant(now);
  const isoDay = (d: Date) => d.toISOString().slice(0, 10);
  const first = stored.allDay ? isoDay(stored.startDate ?? stored.startsAt) : utcToZonedWallClock(stored.startsAt);
  const last = stored.allDay
    ? addDays(isoDay(stored.endDate ?? stored.endsAt), -1)
    : utcToZonedWallClock(stored.endsAt);
  const startDate = typeof first === "string" ? first : first.date;
  const lastDate = typeof last === "string" ? last : last.date;
  const dated = resolveYearlyEvent(
    {
      start: startDate.slice(5),
      days: daysBetween(startDate, lastDate) + 1,
      deadlineDaysBefore: stored.registrationDeadline
        ? daysBetween(utcToZonedWallClock(stored.registrationDeadline).date, startDate)
        : undefined,
    },
    today,
  );
  return exampleEventTimes(
    dated,
    typeof first === "string" || typeof last === "string" ? undefined : { start: first.time, end: last.time },
  );
}
