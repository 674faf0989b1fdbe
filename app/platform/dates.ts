/**
 * Conversions between calendar dates (`YYYY-MM-DD`, inclusive ranges) and the `Date`
 * objects Prisma uses for `@db.Date` columns: midnight UTC of that day, whatever the
 * process's or the server's time zone.
 */

/** `2027-03-02` → Date at 2027-03-02T00:00:00Z. @throws RangeError on a malformed date. */
export function dateFromIso(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not a calendar date: ${iso}`);
  const d = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return d;
}

/** A `@db.Date` value (midnight UTC) → `YYYY-MM-DD`. */
export function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in UTC, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  try {
    dateFromIso(value);
    return true;
  } catch {
    return false;
  }
}
