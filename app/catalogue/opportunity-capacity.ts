/**
 * Pure checks and views of an opportunity's capacity for the coordinators' tools, built on
 * the seat arithmetic of app/requests/seats.ts (one rule for approvals and for edits).
 *
 * Rule (issue 5, item 9): a change never silently invalidates an approved request. An edit
 * is refused when, afterwards,
 * - some day has more approved visitors (outside cohorts) than the daily seats;
 * - a cohort has more approved requests than its seats;
 * - an approved stay that lay in a window (or in its cohort's dates) no longer does;
 * - a cohort that requests refer to is gone.
 * Dates are `YYYY-MM-DD`, ranges inclusive (app/platform/calendar.ts).
 */
import { checkCohortSeats, seatCalendar } from "~/requests";
import {
  fromDayNumber,
  mergeRanges,
  rangeContains,
  toDayNumber,
  type DateRange,
  type IsoDate,
} from "~/platform/calendar";

/** An approved request as the checks see it. */
export interface ApprovedStay extends DateRange {
  cohortId: string | null;
}

/** Windows and cohorts of an opportunity (saved, or as a form proposes them). */
export interface CapacityPlan {
  seats: number;
  windows: DateRange[];
  /** `id` null for a cohort the form adds. */
  cohorts: (DateRange & { id: string | null; name: string; seats: number })[];
}

export type CapacityProblem =
  /** Days on which the approved visitors outside cohorts exceed `seats`. */
  | { code: "daily-seats"; seats: number; dates: IsoDate[] }
  /** A cohort (index in the new plan) with more approved requests than its seats. */
  | { code: "cohort-seats"; index: number; name: string; seats: number; approved: number; dates: IsoDate[] }
  /** Approved stays that lay in the cohort's dates and would not any more. */
  | { code: "cohort-dates"; index: number; name: string; stays: DateRange[] }
  /** A removed cohort that requests refer to (`approved` of them approved). */
  | { code: "cohort-removed"; name: string; requests: number; approved: number }
  /** Approved stays that lay in a window and would lie in none. */
  | { code: "window-removed"; stays: DateRange[] };

/**
 * What the change from `saved` to `next` would break, `[]` when it is safe.
 * @param approved every APPROVED request of the opportunity.
 * @param requestsByCohort number of requests (any status) per saved cohort id.
 */
export function capacityProblems(
  saved: CapacityPlan,
  next: CapacityPlan,
  approved: readonly ApprovedStay[],
  requestsByCohort: ReadonlyMap<string, number> = new Map(),
): CapacityProblem[] {
  const problems: CapacityProblem[] = [];

  const daily = approved.filter((s) => s.cohortId === null);
  if (daily.length) {
    const first = Math.min(...daily.map((s) => toDayNumber(s.start)));
    const last = Math.max(...daily.map((s) => toDayNumber(s.end)));
    const dates = seatCalendar(next.seats, daily, { start: fromDayNumber(first), end: fromDayNumber(last) })
      .filter((d) => d.free < 0)
      .map((d) => d.date);
    if (dates.length) problems.push({ code: "daily-seats", seats: next.seats, dates });

    const lost = daily.filter(
      (s) => saved.windows.some((w) => rangeContains(w, s)) && !next.windows.some((w) => rangeContains(w, s)),
    );
    if (lost.length) problems.push({ code: "window-removed", stays: lost.map(({ start, end }) => ({ start, end })) });
  }

  const kept = new Set(next.cohorts.map((c) => c.id).filter((id): id is string => id !== null));
  for (const c of saved.cohorts) {
    if (!c.id || kept.has(c.id)) continue;
    const requests = requestsByCohort.get(c.id) ?? 0;
    const approvedHere = approved.filter((s) => s.cohortId === c.id).length;
    if (requests > 0 || approvedHere > 0)
      problems.push({
        code: "cohort-removed",
        name: c.name,
        requests: Math.max(requests, approvedHere),
        approved: approvedHere,
      });
  }

  next.cohorts.forEach((c, index) => {
    if (!c.id) return;
    const before = saved.cohorts.find((s) => s.id === c.id);
    const stays = approved.filter((s) => s.cohortId === c.id);
    if (!stays.length) return;
    // Full is fine, one over is not: the last approved request must still "fit".
    const check = checkCohortSeats(c.seats, stays.length - 1, c);
    if (!check.ok)
      problems.push({
        code: "cohort-seats",
        index,
        name: c.name,
        seats: c.seats,
        approved: stays.length,
        dates: check.conflicts,
      });
    const moved = stays.filter((s) => (before ? rangeContains(before, s) : true) && !rangeContains(c, s));
    if (moved.length)
      problems.push({
        code: "cohort-dates",
        index,
        name: c.name,
        stays: moved.map(({ start, end }) => ({ start, end })),
      });
  });

  return problems;
}

/** Dates as the fewest runs of consecutive days (ascending). */
export function dateRuns(dates: readonly IsoDate[]): DateRange[] {
  return mergeRanges(dates.map((d) => ({ start: d, end: d })));
}

// ─── Seat calendar ──────────────────────────────────────────────────────────

/** One day of the coordinator's seat calendar. */
export interface CalendarDay {
  date: IsoDate;
  /** Approved visitors outside cohorts on site that day. */
  taken: number;
  /** True when the day lies in one of the windows. */
  open: boolean;
}

/** One month: weeks from Monday to Sunday; `null` pads days of other months. */
export interface CalendarMonth {
  /** `YYYY-MM`. */
  month: string;
  weeks: (CalendarDay | null)[][];
}

/**
 * Month grids covering the windows and the approved stays outside cohorts, each day with
 * its approved occupancy (`seatCalendar`, inclusive ends). Empty when there is neither.
 */
export function seatCalendarMonths(
  seats: number,
  windows: readonly DateRange[],
  stays: readonly DateRange[],
): CalendarMonth[] {
  const spans = [...windows, ...stays];
  if (!spans.length) return [];
  const first = fromDayNumber(Math.min(...spans.map((r) => toDayNumber(r.start))));
  const last = fromDayNumber(Math.max(...spans.map((r) => toDayNumber(r.end))));
  const monthStart = `${first.slice(0, 7)}-01`;
  const [ly, lm] = last.slice(0, 7).split("-").map(Number);
  const monthEnd = fromDayNumber(
    toDayNumber(
      lm === 12 ? `${ly + 1}-01-01` : `${String(ly).padStart(4, "0")}-${String(lm + 1).padStart(2, "0")}-01`,
    ) - 1,
  );
  const open = mergeRanges(windows);
  const days = seatCalendar(seats, stays, { start: monthStart, end: monthEnd }).map((d) => ({
    date: d.date,
    taken: d.taken,
    open: open.some((w) => w.start <= d.date && d.date <= w.end),
  }));

  const months: CalendarMonth[] = [];
  for (const day of days) {
    const key = day.date.slice(0, 7);
    let month = months.at(-1);
    if (!month || month.month !== key) {
      month = { month: key, weeks: [[]] };
      months.push(month);
      // 1970-01-01 (day 0) was a Thursday: Monday-based weekday = (n + 3) mod 7.
      const pad = (((toDayNumber(day.date) + 3) % 7) + 7) % 7;
      for (let i = 0; i < pad; i++) month.weeks[0].push(null);
    }
    let week = month.weeks.at(-1)!;
    if (week.length === 7) {
      week = [];
      month.weeks.push(week);
    }
    week.push(day);
  }
  for (const m of months) {
    const week = m.weeks.at(-1)!;
    while (week.length < 7) week.push(null);
  }
  return months;
}
