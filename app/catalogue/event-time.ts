/**
 * Events' time model (decision 0031): people enter and read wall-clock times in
 * `Europe/Rome`; timed events are stored as UTC instants; all-day events as calendar dates
 * with an EXCLUSIVE end (the day after the last day, as iCalendar's DTEND;VALUE=DATE).
 * Zone data come from @date-fns/tz (the platform's Intl time-zone database). Pure.
 */
import { tzOffset } from "@date-fns/tz";
import { dateTimeFormat } from "~/platform/date-format";

/** The one zone of Ponte's events: every centre is in Lombardy. */
export const EVENT_TIME_ZONE = "Europe/Rome";

/** Why a wall-clock time cannot be turned into one instant. */
export type WallClockProblem = "nonexistent" | "ambiguous" | "invalid";

export type WallClockResult = { ok: true; instant: Date } | { ok: false; problem: WallClockProblem };

const HOUR = 3600_000;

/**
 * The UTC instant of a wall-clock time in Europe/Rome.
 * @param date `YYYY-MM-DD`; @param time `HH:MM` (24-hour).
 * @returns `nonexistent` in the spring gap (e.g. 02:30 on the last Sunday of March),
 * `ambiguous` in the autumn repeated hour (02:00–02:59 on the last Sunday of October),
 * `invalid` for a malformed date or time. Never guesses.
 */
export function zonedWallClockToUtc(date: string, time: string): WallClockResult {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return { ok: false, problem: "invalid" };
  const [y, mo, da, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (h > 23 || mi > 59) return { ok: false, problem: "invalid" };
  const naive = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(naive);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da)
    return { ok: false, problem: "invalid" };
  // The offsets in force around that wall-clock time; each is right if the instant it gives
  // has that offset. None fits in a gap, two fit in a repeated hour.
  const offsets = new Set([
    tzOffset(EVENT_TIME_ZONE, new Date(naive - 6 * HOUR)),
    tzOffset(EVENT_TIME_ZONE, new Date(naive + 6 * HOUR)),
  ]);
  const fits = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => tzOffset(EVENT_TIME_ZONE, new Date(instant)) * 60_000 === naive - instant);
  if (fits.length === 0) return { ok: false, problem: "nonexistent" };
  if (fits.length > 1) return { ok: false, problem: "ambiguous" };
  return { ok: true, instant: new Date(fits[0]) };
}

/** The wall-clock date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant in Europe/Rome. */
export function utcToZonedWallClock(instant: Date): { date: string; time: string } {
  const local = new Date(instant.getTime() + tzOffset(EVENT_TIME_ZONE, instant) * 60_000);
  const iso = local.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Formats an instant for people, in Europe/Rome, e.g. "Thu 12 March 2027, 09:00". */
export function formatEventInstant(instant: Date | string, language: string): string {
  return dateTimeFormat(language, {
    timeZone: EVENT_TIME_ZONE,
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(instant));
}

/** Formats a time of day in Europe/Rome ("17:30"). */
export function formatEventTime(instant: Date | string): string {
  return utcToZonedWallClock(new Date(instant)).time;
}
