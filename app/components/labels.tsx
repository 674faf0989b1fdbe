/** Small display pieces shared by every page: calendar dates and ranges, language names (UI language, UTC). */
import { useTranslation } from "react-i18next";

/** A calendar date (`YYYY-MM-DD` or a `@db.Date` serialised to ISO) in the UI language, UTC. */
export function CalendarDate({ value }: { value: string | Date }) {
  const { i18n } = useTranslation();
  const iso = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const text = new Intl.DateTimeFormat(i18n.language === "it" ? "it-IT" : "en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
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
    return new Intl.DisplayNames([uiLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
