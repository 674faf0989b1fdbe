/**
 * Pure helpers for calendar dates (no I/O, no clock).
 *
 * A calendar date is an ISO 8601 string `YYYY-MM-DD` (years 0001–9999, proleptic
 * Gregorian). It names a day, never an instant: no time zone applies to it.
 * A "day number" is the count of days since 1970-01-01 (day 0), the same
 * numbering as `Date.UTC(...) / 86_400_000`; use it for arithmetic.
 * Every `DateRange` is inclusive of both ends: `{start: "2027-03-02", end:
 * "2027-03-02"}` is one day long.
 */
import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns/format";

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01 (may be negative before 1970). */
export type DayNumber = number;

/** A run of calendar days, inclusive of `start` and `end`. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** Day number of 0001-01-01, the first date these helpers accept. */
export const MIN_DAY_NUMBER: DayNumber = -719_162;
/** Day number of 9999-12-31, the last date these helpers accept. */
export const MAX_DAY_NUMBER: DayNumber = 2_932_896;

const DIGIT_0 = 48;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Day number of a strict `YYYY-MM-DD` string, or `null` when the string is not
 * exactly that shape or names no real date (e.g. `2027-02-30`, `2027-2-3`,
 * `2027-02-03T00:00`). Never throws; cheap enough for hot loops.
 */
export function tryToDayNumber(value: string): DayNumber | null {
  if (typeof value !== "string" || value.length !== 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null; // "-"
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
  if (day > monthDays) return null;
  return daysFromCivil(year, month, day);
}

/** True when `value` is a strict, real `YYYY-MM-DD` calendar date. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && tryToDayNumber(value) !== null;
}

/**
 * Day number (days since 1970-01-01) of a strict `YYYY-MM-DD` date.
 * @throws RangeError when the string is not a real calendar date.
 */
export function toDayNumber(value: IsoDate): DayNumber {
  const day = tryToDayNumber(value);
  if (day === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return day;
}

/**
 * `YYYY-MM-DD` of a day number (days since 1970-01-01).
 * @throws RangeError when `day` is not an integer in 0001-01-01 … 9999-12-31.
 */
export function fromDayNumber(day: DayNumber): IsoDate {
  if (!Number.isInteger(day) || day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number out of range: ${day}`);
  }
  // H. Hinnant's civil_from_days.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * The date `days` calendar days after `date` (negative: before).
 * @throws RangeError on an invalid date or a result outside years 0001–9999.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Signed number of days from `from` to `to` (`to − from`; 0 for the same day,
 * 1 for the next day).
 * @throws RangeError on an invalid date.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Negative, zero or positive as `a` is before, equal to or after `b`, for sorting.
 * @throws RangeError on an invalid date.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** True when both ends are real dates and `start <= end` (a one-day range is valid). */
export function isValidRange(range: DateRange): boolean {
  const start = tryToDayNumber(range.start);
  const end = tryToDayNumber(range.end);
  return start !== null && end !== null && start <= end;
}

function rangeDays(range: DateRange): [DayNumber, DayNumber] {
  const start = toDayNumber(range.start);
  const end = toDayNumber(range.end);
  if (start > end) throw new RangeError(`Range ends before it starts: ${range.start}..${range.end}`);
  return [start, end];
}

/**
 * Number of days in an inclusive range (`end − start + 1`; 1 for a single day).
 * @throws RangeError on an invalid date or a reversed range.
 */
export function rangeLength(range: DateRange): number {
  const [start, end] = rangeDays(range);
  return end - start + 1;
}

/**
 * True when `date` lies in the inclusive range.
 * @throws RangeError on an invalid date or a reversed range.
 */
export function rangeContainsDate(range: DateRange, date: IsoDate): boolean {
  const [start, end] = rangeDays(range);
  const day = toDayNumber(date);
  return start <= day && day <= end;
}

/**
 * True when every day of `inner` lies in `outer` (both inclusive).
 * @throws RangeError on an invalid date or a reversed range.
 */
export function rangeContains(outer: DateRange, inner: DateRange): boolean {
  const [os, oe] = rangeDays(outer);
  const [is, ie] = rangeDays(inner);
  return os <= is && ie <= oe;
}

/**
 * True when two inclusive ranges share at least one day (touching ends, e.g.
 * `…-10` and `10-…`, share that day; `…-10` and `11-…` do not).
 * @throws RangeError on an invalid date or a reversed range.
 */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  const [as, ae] = rangeDays(a);
  const [bs, be] = rangeDays(b);
  return as <= be && bs <= ae;
}

/**
 * The days two inclusive ranges share, as a range, or `null` when none.
 * @throws RangeError on an invalid date or a reversed range.
 */
export function intersectRanges(a: DateRange, b: DateRange): DateRange | null {
  const [as, ae] = rangeDays(a);
  const [bs, be] = rangeDays(b);
  const start = Math.max(as, bs);
  const end = Math.min(ae, be);
  return start <= end ? { start: fromDayNumber(start), end: fromDayNumber(end) } : null;
}

/**
 * Number of days two inclusive ranges share (0 when disjoint).
 * @throws RangeError on an invalid date or a reversed range.
 */
export function overlapDays(a: DateRange, b: DateRange): number {
  const [as, ae] = rangeDays(a);
  const [bs, be] = rangeDays(b);
  return Math.max(0, Math.min(ae, be) - Math.max(as, bs) + 1);
}

/**
 * Union of ranges as the fewest disjoint ranges, sorted by start. Ranges that
 * overlap or are adjacent (one ends the day before the other starts) are joined,
 * since day-granular availability has no gap between them.
 * @throws RangeError on an invalid date or a reversed range.
 */
export function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
  const days = ranges.map(rangeDays).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [DayNumber, DayNumber][] = [];
  for (const [start, end] of days) {
    const last = out[out.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out.map(([start, end]) => ({ start: fromDayNumber(start), end: fromDayNumber(end) }));
}

/** What is wrong with one range of a list (see `rangeProblems`). */
export interface RangeProblem {
  /** Index of the range in the input list. */
  index: number;
  /** `invalid`: an end is not a real date; `reversed`: end before start; `overlap`: shares a day with `other`. */
  code: "invalid" | "reversed" | "overlap";
  /** For `overlap`: index of the earlier range (in input order) it overlaps. */
  other?: number;
}

/**
 * Checks a list of ranges as a form would (e.g. a profile's availability
 * windows): each range must be two real dates with start <= end, and no two
 * ranges may share a day (adjacent ranges are fine). Returns the problems in
 * input order, `[]` when the list is clean. An overlap is reported once, on the
 * later range of the pair. Never throws.
 */
export function rangeProblems(ranges: readonly DateRange[]): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const valid: { index: number; start: DayNumber; end: DayNumber }[] = [];
  ranges.forEach((range, index) => {
    const start = tryToDayNumber(range.start);
    const end = tryToDayNumber(range.end);
    if (start === null || end === null) problems.push({ index, code: "invalid" });
    else if (start > end) problems.push({ index, code: "reversed" });
    else valid.push({ index, start, end });
  });
  for (let j = 0; j < valid.length; j++) {
    const b = valid[j]!;
    for (let i = 0; i < j; i++) {
      const a = valid[i]!;
      if (a.start <= b.end && b.start <= a.end) {
        problems.push({ index: b.index, code: "overlap", other: a.index });
        break;
      }
    }
  }
  return problems.sort((x, y) => x.index - y.index);
}

/**
 * The UTC calendar date of an instant, e.g. "today" for the ranker:
 * `isoDateOfInstant(new Date())` at the edge of the app (the pure code takes the
 * result as an argument and never reads the clock).
 * @throws RangeError when the Date is invalid.
 */
export function isoDateOfInstant(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid Date");
  return format(new UTCDate(instant.getTime()), "yyyy-MM-dd");
}

/** A day of the year `MM-DD` (e.g. `02-01` for 1 February), with no year: a yearly date. */
export type MonthDay = string;

/** True when `value` is `MM-DD` naming a day some year has (`02-29` included). */
export function isMonthDay(value: unknown): value is MonthDay {
  return typeof value === "string" && /^\d\d-\d\d$/.test(value) && tryToDayNumber(`2000-${value}`) !== null;
}

/**
 * The date `years` whole years after `date` (negative: before), same month and day; 29
 * February becomes 28 February in a common year.
 * @throws RangeError on an invalid date, a fractional `years` or a result outside 0001–9999.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  if (!Number.isInteger(years)) throw new RangeError(`Not a whole number of years: ${years}`);
  toDayNumber(date);
  const year = Number(date.slice(0, 4)) + years;
  if (year < 1 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  return monthDayInYear(date.slice(5), year);
}

/**
 * The date of a yearly `MM-DD` in `year` (`02-29` is 28 February in a common year).
 * @throws RangeError when `monthDay` is not `MM-DD` or `year` is outside 0001–9999.
 */
export function monthDayInYear(monthDay: MonthDay, year: number): IsoDate {
  if (!isMonthDay(monthDay)) throw new RangeError(`Not a day of the year (MM-DD): ${JSON.stringify(monthDay)}`);
  const date = `${pad(year, 4)}-${monthDay}`;
  return tryToDayNumber(date) === null ? `${pad(year, 4)}-02-28` : date;
}

/**
 * The fewest whole years (0 or more) to add to `last` so that it falls on or after `today`.
 * @throws RangeError on an invalid date.
 */
export function yearsUntilNotPast(last: IsoDate, today: IsoDate): number {
  let years = Math.max(0, Number(today.slice(0, 4)) - Number(last.slice(0, 4)) - 1);
  while (compareIsoDates(addYears(last, years), today) < 0) years += 1;
  return years;
}

/**
 * A yearly range at its next occurrence that has not ended: moved forward by the fewest
 * whole years (0 when it ends on or after `today`) so that its inclusive end is on or after
 * `today`. Both ends move by the same number of years.
 * @throws RangeError on an invalid date or a reversed range.
 */
export function nextYearlyRange(range: DateRange, today: IsoDate): { range: DateRange; years: number } {
  rangeDays(range);
  const years = yearsUntilNotPast(range.end, today);
  return { range: { start: addYears(range.start, years), end: addYears(range.end, years) }, years };
}
