/**
 * The month calendar of /events (issue 18, part 2): weeks as rows, Monday first, each day
 * with the events on it. Days are Europe/Rome days; an event that spans several days is on
 * each of them (timed events: from the day of the start to the day of the last instant
 * before the exclusive end; all-day events: their dates, end exclusive). Pure.
 */
import { addDays, toDayNumber, type IsoDate } from "~/platform/calendar";
import { utcToZonedWallClock } from "./event-time";

/** `YYYY-MM` with a month 01–12. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month (`YYYY-MM`) before or after `month`. */
export function shiftMonth(month: string, by: -1 | 1): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The month (`YYYY-MM`) of an instant in Europe/Rome. */
export function romeMonth(instant: Date): string {
  return utcToZonedWallClock(instant).date.slice(0, 7);
}

interface Spannable {
  allDay: boolean;
  startsAt: Date;
  endsAt: Date;
  startDate: Date | null;
  endDate: Date | null;
}

/** The Europe/Rome days an event covers, as an inclusive range of ISO dates. */
export function eventDays(event: Spannable): { first: IsoDate; last: IsoDate } {
  if (event.allDay && event.startDate && event.endDate) {
    const first = event.startDate.toISOString().slice(0, 10);
    const last = addDays(event.endDate.toISOString().slice(0, 10), -1);
    return { first, last: last < first ? first : last };
  }
  const first = utcToZonedWallClock(event.startsAt).date;
  const lastInstant = new Date(Math.max(event.startsAt.getTime(), event.endsAt.getTime() - 1));
  return { first, last: utcToZonedWallClock(lastInstant).date };
}

export interface MonthDayCell<E> {
  date: IsoDate;
  /** False for the days of the neighbouring months that fill the first and last weeks. */
  inMonth: boolean;
  events: E[];
}

/**
 * The weeks (Monday to Sunday) that cover `month`, each day with the events on it, in the
 * order given.
 * @param month `YYYY-MM` (throws on anything else).
 */
export function monthGrid<E extends Spannable>(month: string, events: readonly E[]): MonthDayCell<E>[][] {
  if (!MONTH_PATTERN.test(month)) throw new Error(`monthGrid: not a month: ${month}`);
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  // 1970-01-01 (day 0) was a Thursday: Monday = 0.
  const weekday = (d: IsoDate) => (((toDayNumber(d) + 3) % 7) + 7) % 7;
  let day = addDays(first, -weekday(first));
  const end = addDays(last, 6 - weekday(last));
  const spans = events.map((e) => ({ e, ...eventDays(e) }));
  const weeks: MonthDayCell<E>[][] = [];
  while (day <= end) {
    const week: MonthDayCell<E>[] = [];
    for (let i = 0; i < 7; i += 1) {
      const date = day;
      week.push({
        date,
        inMonth: date.slice(0, 7) === month,
        events: spans.filter((s) => s.first <= date && date <= s.last).map((s) => s.e),
      });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}
