/** Small display pieces shared by every page: calendar dates and ranges, language names (UI language, UTC). */
import { useTranslation } from "react-i18next";
import { dateTimeFormat } from "~/platform/date-format";

const CALENDAR_DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };

/** A calendar date (`YYYY-MM-DD` or a `@db.Date` serialised to ISO) in the UI language, UTC. */
export function CalendarDate({ value }: { value: string | Date }) {
  const { i18n } = useTranslation();
  const iso = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const text = dateTimeFormat(i18n.language, CALENDAR_DATE).format(new Date(`${iso}T00:00:00Z`));
  return <time dateTime={iso}>{text}</time>;
}

/** An inclusive date range. */
export function DateRangeText({ start, end }: { start: string | Date; end: string | Date }) {
  return (
    <>
      <CalendarDate value={start} /> – <CalendarDate value={end} />
    </>
  );
}

/** A language code as its name in the UI language (Intl.DisplayNames, ISO 639-1). */
export function languageName(code: string, uiLanguage: string): string {
  try {
    let names = languageNames.get(uiLanguage);
    if (!names) languageNames.set(uiLanguage, (names = new Intl.DisplayNames([uiLanguage], { type: "language" })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** One `Intl.DisplayNames` per UI language, kept (building one per name cost more than the name). */
const languageNames = new Map<string, Intl.DisplayNames>();
