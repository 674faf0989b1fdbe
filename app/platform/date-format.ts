/**
 * Calendar dates (`YYYY-MM-DD`, inclusive ranges) as people read them, in the UI language
 * ("en" → British English, "it" → Italian), without any time zone shifting the day.
 */
import { mergeRanges, type DateRange, type IsoDate } from "./calendar";

const locale = (language: string) => (language === "it" ? "it-IT" : "en-GB");
const utc = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` for the UI language ("en" → en-GB, "it" → it-IT) and `options`,
 * built once per process and kept: building one costs tens of microseconds and formatting
 * with it about one, and a listing formats hundreds of dates (issue 15: `CalendarDate`
 * building one per date was 5 % of the server's CPU on /opportunities).
 */
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale(language)}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale(language), options)));
  return f;
}

function formatter(
  language: string,
  options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" },
) {
  return dateTimeFormat(language, { ...options, timeZone: "UTC" });
}

/** "3 Mar 2027" / "3 mar 2027". */
export function formatDate(iso: IsoDate, language: string): string {
  return formatter(language).format(utc(iso));
}

/** "3–5 Mar 2027", or one date when the range is one day long. */
export function formatRange(range: DateRange, language: string): string {
  if (range.start === range.end) return formatDate(range.start, language);
  return formatter(language).formatRange(utc(range.start), utc(range.end));
}

/** Dates as runs of consecutive days: "3–5 Mar 2027, 10 Mar 2027". */
export function formatDates(dates: readonly IsoDate[], language: string): string {
  return mergeRanges(dates.map((d) => ({ start: d, end: d })))
    .map((r) => formatRange(r, language))
    .join(", ");
}

/** "March 2027" / "marzo 2027" for a `YYYY-MM` month. */
export function formatMonth(month: string, language: string): string {
  return formatter(language, { month: "long", year: "numeric" }).format(utc(`${month}-01`));
}

/** Weekday names from Monday: `{short, long}` in the UI language. */
export function weekdayNames(language: string): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = utc(`2024-01-0${i + 1}`);
    return {
      short: formatter(language, { weekday: "short" }).format(d),
      long: formatter(language, { weekday: "long" }).format(d),
    };
  });
}
