/**
 * Seat arithmetic, pure.
 *
 * Rule (docs/architecture.md, "Capacity"; Opportunity.seats): an opportunity's seats are
 * the number of visitors on site on any single day, dates inclusive. A stay ending on the
 * day another starts shares that day; adjacent stays (one ends the day before the other
 * starts) do not. An approval must keep every day's occupancy within the seats: exactly
 * full is allowed, one over is refused with the days that would overflow.
 *
 * Cohorts have their own seats (Cohort.seats), counted per cohort: a cohort's visitors come
 * for the whole cohort, so a cohort of `seats` takes `seats` approved requests, whatever
 * dates they carry, and cohort requests do not use the opportunity's daily seats.
 *
 * Dates are `YYYY-MM-DD` calendar dates (app/platform/calendar.ts); arithmetic is on day numbers.
 */
import { fromDayNumber, toDayNumber, type DateRange, type IsoDate } from "~/platform/calendar";

/** The answer of a seat check: ok, or the dates (ascending) where seats would be exceeded. */
export type SeatCheck = { ok: true } | { ok: false; conflicts: IsoDate[] };

/** One day of a seat calendar. */
export interface DayOccupancy {
  date: IsoDate;
  /** Visitors on site that day. */
  taken: number;
  /** `seats − taken` (negative only if the data is already over-booked). */
  free: number;
}

function days(range: DateRange): [number, number] {
  const start = toDayNumber(range.start);
  const end = toDayNumber(range.end);
  if (start > end) throw new RangeError(`Range ends before it starts: ${range.start}..${range.end}`);
  return [start, end];
}

function checkSeatCount(seats: number): void {
  if (!Number.isInteger(seats) || seats < 0)
    throw new RangeError(`seats must be an integer >= 0, got ${String(seats)}`);
}

/** Per-day counts over [first, last] (day numbers), by a difference array: O(days + stays). */
function counts(stays: readonly DateRange[], first: number, last: number): Int32Array {
  const diff = new Int32Array(last - first + 2);
  for (const stay of stays) {
    const [s, e] = days(stay);
    const from = Math.max(s, first);
    const to = Math.min(e, last);
    if (from > to) continue;
    diff[from - first] += 1;
    diff[to - first + 1] -= 1;
  }
  const out = new Int32Array(last - first + 1);
  let running = 0;
  for (let i = 0; i < out.length; i++) {
    running += diff[i];
    out[i] = running;
  }
  return out;
}

/**
 * Visitors on site each day of `range` (inclusive), as a Map in date order; days with
 * nobody are present with 0.
 * @throws RangeError on an invalid date or a reversed range.
 */
export function occupancyByDay(stays: readonly DateRange[], range: DateRange): Map<IsoDate, number> {
  const [first, last] = days(range);
  const taken = counts(stays, first, last);
  const map = new Map<IsoDate, number>();
  taken.forEach((n, i) => map.set(fromDayNumber(first + i), n));
  return map;
}

/**
 * A seat calendar for `range` (inclusive): taken and free seats per day, in date order.
 * @throws RangeError on an invalid date, a reversed range, or `seats` not an integer >= 0.
 */
export function seatCalendar(seats: number, stays: readonly DateRange[], range: DateRange): DayOccupancy[] {
  checkSeatCount(seats);
  return [...occupancyByDay(stays, range)].map(([date, taken]) => ({ date, taken, free: seats - taken }));
}

/**
 * The days of `candidate` on which adding it to the `approved` stays would put more than
 * `seats` visitors on site (ascending; `[]` when it fits).
 * @throws RangeError on an invalid date, a reversed range, or `seats` not an integer >= 0.
 */
export function seatConflicts(seats: number, approved: readonly DateRange[], candidate: DateRange): IsoDate[] {
  checkSeatCount(seats);
  const [first, last] = days(candidate);
  const taken = counts(approved, first, last);
  const conflicts: IsoDate[] = [];
  taken.forEach((n, i) => {
    if (n + 1 > seats) conflicts.push(fromDayNumber(first + i));
  });
  return conflicts;
}

/**
 * Whether `candidate` fits the daily seats next to the `approved` stays.
 * @throws RangeError as `seatConflicts`.
 */
export function checkSeats(seats: number, approved: readonly DateRange[], candidate: DateRange): SeatCheck {
  const conflicts = seatConflicts(seats, approved, candidate);
  return conflicts.length ? { ok: false, conflicts } : { ok: true };
}

/**
 * Whether one more request fits a cohort of `seats` that already has `approvedInCohort`
 * approved requests. When full, every day of the cohort is reported.
 * @throws RangeError on an invalid cohort range, or a count/seats not an integer >= 0.
 */
export function checkCohortSeats(seats: number, approvedInCohort: number, cohort: DateRange): SeatCheck {
  checkSeatCount(seats);
  checkSeatCount(approvedInCohort);
  const [first, last] = days(cohort);
  if (approvedInCohort + 1 <= seats) return { ok: true };
  return { ok: false, conflicts: Array.from({ length: last - first + 1 }, (_, i) => fromDayNumber(first + i)) };
}

/** A stay as the approval check sees it: dates and, for cohort requests, the cohort. */
export interface SeatStay extends DateRange {
  cohortId: string | null;
}

/**
 * The approval rule in one place: a cohort request is counted against its cohort's seats
 * (approved requests of the same cohort); any other request against the opportunity's daily
 * seats (approved stays without a cohort).
 * @param approved the opportunity's approved stays, excluding the candidate itself.
 * @param cohort the candidate's cohort (seats and dates), required when `candidate.cohortId`.
 * @throws RangeError on invalid dates/seats; TypeError when a cohort request has no `cohort`.
 */
export function checkApproval(input: {
  seats: number;
  approved: readonly SeatStay[];
  candidate: SeatStay;
  cohort?: { seats: number; range: DateRange } | null;
}): SeatCheck {
  const { candidate } = input;
  if (candidate.cohortId !== null) {
    if (!input.cohort) throw new TypeError("checkApproval: a cohort request needs its cohort");
    const taken = input.approved.filter((s) => s.cohortId === candidate.cohortId).length;
    return checkCohortSeats(input.cohort.seats, taken, input.cohort.range);
  }
  return checkSeats(
    input.seats,
    input.approved.filter((s) => s.cohortId === null),
    candidate,
  );
}
