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

/** Approved requests of cohort `cohortId` among `approved` (the cohort's taken seats). */
export function cohortTaken(approved: readonly SeatStay[], cohortId: string): number {
  return approved.filter((s) => s.cohortId === cohortId).length;
}

/** The seats of one request's dates, as /inbox/:id shows them. */
export interface SeatSituation {
  /** "cohort": counted against the cohort's seats; "daily": against the opportunity's. */
  kind: "cohort" | "daily";
  seats: number;
  /** Cohort: approved requests of the cohort; daily: the most visitors on any day of the stay. */
  taken: number;
  /** `seats − taken`: the fewest free seats on any day of the stay (negative if over-booked). */
  free: number;
}

/**
 * The seats on a request's dates counted exactly as the seat calendar counts them: every
 * approved stay of the opportunity, the request itself included when it is approved (issue
 * 17: /inbox/:id once left the request out and showed a seat free that the calendar showed
 * taken). Daily requests: the day of `stay` with the most approved visitors outside cohorts
 * (`seatCalendar`); cohort requests: the cohort's approved requests (`cohortTaken`).
 * @param approved every APPROVED stay of the opportunity (or at least those on the stay's dates).
 * @param cohortSeats the seats of `stay.cohortId`'s cohort (required for a cohort request).
 * @throws RangeError on invalid dates or seats; TypeError when a cohort request has no `cohortSeats`.
 */
export function seatsOnStay(input: {
  seats: number;
  approved: readonly SeatStay[];
  stay: SeatStay;
  cohortSeats?: number | null;
}): SeatSituation {
  const { stay } = input;
  if (stay.cohortId !== null) {
    if (input.cohortSeats === undefined || input.cohortSeats === null)
      throw new TypeError("seatsOnStay: a cohort request needs its cohort's seats");
    checkSeatCount(input.cohortSeats);
    const taken = cohortTaken(input.approved, stay.cohortId);
    return { kind: "cohort", seats: input.cohortSeats, taken, free: input.cohortSeats - taken };
  }
  const calendar = seatCalendar(
    input.seats,
    input.approved.filter((s) => s.cohortId === null),
    { start: stay.start, end: stay.end },
  );
  const taken = Math.max(...calendar.map((d) => d.taken));
  return { kind: "daily", seats: input.seats, taken, free: input.seats - taken };
}

/** A visitor of an approved stay, for the list of who is on site. */
export interface OnSiteStay extends SeatStay {
  /** The request's id (to link it). */
  id: string;
  /** The applicant's name (null when the account was deleted). */
  name: string | null;
}

/** A run of consecutive days (inclusive) with the same visitors on site. */
export interface OnSiteRun extends DateRange {
  /** The stays covering every day of the run, by start date then name. */
  visitors: OnSiteStay[];
}

/**
 * Who is on site each day, as the fewest runs of consecutive days with the same visitors
 * (days with nobody are left out), in date order. Every stay counts, cohort or not: the
 * seat counts differ, the people on site do not. Dates inclusive.
 * @throws RangeError on an invalid date or a reversed stay.
 */
export function onSiteRuns(stays: readonly OnSiteStay[]): OnSiteRun[] {
  const bounds = new Set<number>();
  const spans = stays.map((s) => {
    const [start, end] = days(s);
    bounds.add(start);
    bounds.add(end + 1);
    return { stay: s, start, end };
  });
  const cuts = [...bounds].sort((a, b) => a - b);
  // Every cut is a day on which some stay starts or the day after one ends, so the visitors
  // differ on either side of it: each piece between two cuts is already a whole run.
  const runs: OnSiteRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i];
    const to = cuts[i + 1] - 1;
    const here = spans
      .filter((s) => s.start <= from && to <= s.end)
      .sort(
        (a, b) =>
          a.start - b.start ||
          (a.stay.name ?? "").localeCompare(b.stay.name ?? "") ||
          a.stay.id.localeCompare(b.stay.id),
      )
      .map((s) => s.stay);
    if (here.length) runs.push({ start: fromDayNumber(from), end: fromDayNumber(to), visitors: here });
  }
  return runs;
}
