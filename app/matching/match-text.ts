/**
 * Matches in words, for the server to render once (pure, no I/O): reasons through
 * `matching:reason.<code>` / `matching:exclusion.<code>` with topic labels, kinds of stay,
 * language names and dates in the UI language; date ranges; scores. Loaders turn matches
 * into these strings so the browser shows exactly what the server rendered (browsers' Intl
 * data differ in details such as the spaces around a range's dash, which would break
 * hydration).
 */
import type { TFunction } from "i18next";
import type { Reason } from "~/matching/types";

const locale = (language: string) => (language === "it" ? "it-IT" : "en-GB");
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Intl objects are costly to build (about 0.1 ms each) and immutable: one per language and shape.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: string, year: boolean): Intl.DateTimeFormat {
  const key = `${language}|${year}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(language), {
      day: "numeric",
      month: "short",
      ...(year ? { year: "numeric" } : {}),
      timeZone: "UTC",
    });
    formatters.set(key, f);
  }
  return f;
}
const displayNames = new Map<string, Intl.DisplayNames | null>();
/** Thin and no-break spaces that some ICU versions put around the range dash. */
const odd = /[\u2009\u202f\u00a0]/g;

/** A calendar date (`YYYY-MM-DD`) as "11 Jan 2027" / "11 gen 2027"; without the year when `year` is false. */
export function formatDay(iso: string, language: string, { year = true }: { year?: boolean } = {}): string {
  return dateFormat(language, year).format(utc(iso)).replace(odd, " ");
}

/** An inclusive range of calendar dates as "11 – 24 Jan 2027" or "25 Jan – 9 Feb 2027" (Intl formatRange). */
export function formatDateRange(start: string, end: string, language: string): string {
  return dateFormat(language, true).formatRange(utc(start), utc(end)).replace(odd, " ");
}

/** A score part as "2.15" (English) or "2,15" (Italian): fixed two decimals, same on every machine. */
export function formatScore(value: number, language: string): string {
  const text = value.toFixed(2);
  return language === "it" ? text.replace(".", ",") : text;
}

/** A language code's name in the UI language (Intl.DisplayNames), or the code. */
export function languageLabel(code: string, language: string): string {
  if (!displayNames.has(language)) {
    try {
      displayNames.set(language, new Intl.DisplayNames([language], { type: "language" }));
    } catch {
      displayNames.set(language, null);
    }
  }
  try {
    return displayNames.get(language)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Topic key → label in the UI language. */
export type TopicLabels = Record<string, string>;

/**
 * A reason or exclusion in words. `…Key` params become labels (topics from `topics`, kinds
 * of stay from common:opportunityType, languages by name); `start`/`end`/`deadline` are
 * formatted; a topic reason's weight is the i18next context (types.ts conventions).
 */
export function reasonText(
  t: TFunction,
  reason: Reason,
  language: string,
  topics: TopicLabels,
  perspective: ReasonPerspective = "self",
): string {
  const values: Record<string, unknown> = { ...reason.params, lng: language };
  for (const [name, value] of Object.entries(reason.params)) {
    if (!name.endsWith("Key")) continue;
    const base = name.slice(0, -3);
    const v = String(value);
    if (base === "type") values[base] = t(`common:opportunityType.${v}`, { lng: language });
    else if (base === "language") values[base] = languageLabel(v, language);
    else values[base] = topics[v] ?? v;
  }
  const start = typeof reason.params.start === "string" ? reason.params.start : null;
  const end = typeof reason.params.end === "string" ? reason.params.end : null;
  if (start && end) {
    values.start = formatDay(start, language, { year: start.slice(0, 4) !== end.slice(0, 4) });
    values.end = formatDay(end, language);
  }
  if (typeof reason.params.deadline === "string") values.deadline = formatDay(reason.params.deadline, language);
  if (typeof reason.params.weight === "string") values.context = reason.params.weight;
  const key = reason.code.startsWith("exclusion.") ? `matching:${reason.code}` : `matching:reason.${reason.code}`;
  if (perspective === "self") return t(key, values) as string;
  // About the applicant (a coordinator reading): the third-person wording where the words differ.
  return t([key.replace(/^matching:(reason|exclusion)\./, "matching:about.$1."), key], values) as string;
}

/** Who reads a reason: the applicant it is about ("your interests"), or a coordinator ("the applicant's interests"). */
export type ReasonPerspective = "self" | "applicant";
