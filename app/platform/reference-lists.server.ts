/**
 * Option lists for the profile and opportunity forms, named in the UI language with the
 * runtime's CLDR data (`Intl.DisplayNames`) and sorted with `Intl.Collator` for that
 * language: countries (ISO 3166-1 alpha-2 codes from i18n-iso-countries) and languages (ISO
 * 639-1 codes from iso-639-1; the common ones first). Built once per language and kept.
 */
import countries from "i18n-iso-countries";
import ISO6391 from "iso-639-1";

export interface Option {
  value: string;
  label: string;
}

/** Options in two groups: the common ones first, then all of them. */
export interface GroupedOptions {
  common: Option[];
  all: Option[];
}

/** Languages listed first for everyone (then the browser's), in this order. */
export const COMMON_LANGUAGES = ["en", "it", "fr", "de", "es", "pt"] as const;

/**
 * Regions whose standard CLDR name is an administrative title ("Hong Kong SAR China") where
 * the short one is the name people use; elsewhere the short form is an abbreviation ("UK").
 */
const SHORT_REGION_NAMES = new Set(["HK", "MO", "PS"]);

const countryCache = new Map<string, Option[]>();
const languageCache = new Map<string, Option[]>();
const collators = new Map<string, Intl.Collator>();
const regionNames = new Map<string, { standard: Intl.DisplayNames; short: Intl.DisplayNames }>();

const locale = (language: string) => (language === "it" ? "it" : "en-GB");

function collator(language: string): Intl.Collator {
  let c = collators.get(language);
  if (!c) {
    c = new Intl.Collator(locale(language), { sensitivity: "base" });
    collators.set(language, c);
  }
  return c;
}

/** The country's name in `language` ("IR" → "Iran", "TW" → "Taiwan"), or the code when unknown. */
export function countryName(code: string, language: string): string {
  let names = regionNames.get(language);
  if (!names) {
    const make = (style: "long" | "short") =>
      new Intl.DisplayNames([locale(language)], { type: "region", style, fallback: "none" });
    names = { standard: make("long"), short: make("short") };
    regionNames.set(language, names);
  }
  const upper = code.toUpperCase();
  try {
    return (SHORT_REGION_NAMES.has(upper) ? names.short : names.standard).of(upper) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO 3166-1 country, `{value: "PT", label: "Portugal"}`, sorted by name in `language`. */
export function countryOptions(language: string): Option[] {
  let list = countryCache.get(language);
  if (!list) {
    const compare = collator(language);
    list = Object.keys(countries.getAlpha2Codes())
      .map((value) => ({ value, label: countryName(value, language) }))
      .sort((a, b) => compare.compare(a.label, b.label));
    countryCache.set(language, list);
  }
  return list;
}

/** The language's name in `language`, capitalised for a list (e.g. "pt" → "Portuguese" / "Portoghese"). */
export function languageOptionLabel(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([locale(language)], { type: "language", fallback: "none" }).of(code);
    if (name) return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    // fall through to the library's English name
  }
  return ISO6391.getName(code) || code;
}

/** Every ISO 639-1 language, `{value: "pt", label: "Portuguese"}`, sorted by name in `language`. */
export function languageOptions(language: string): Option[] {
  let list = languageCache.get(language);
  if (!list) {
    const compare = collator(language);
    const named = ISO6391.getAllCodes().map((value) => ({ value, label: languageOptionLabel(value, language) }));
    // A few codes share a display name (e.g. "ak" and "tw"): the code tells them apart.
    const seen = new Map<string, number>();
    for (const o of named) seen.set(o.label, (seen.get(o.label) ?? 0) + 1);
    list = named
      .map((o) => (seen.get(o.label)! > 1 ? { ...o, label: `${o.label} (${o.value})` } : o))
      .sort((a, b) => compare.compare(a.label, b.label));
    languageCache.set(language, list);
  }
  return list;
}

/**
 * The ISO 639-1 languages of an `Accept-Language` header, by preference (q desc, then as
 * listed), without duplicates: "it-IT,it;q=0.9,en;q=0.8,fr;q=0" → ["it", "en"].
 */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { code: tag.trim().split("-")[0]!.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((l) => l.quality > 0 && ISO6391.validate(l.code))
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return [...new Set(ranked.map((l) => l.code))];
}

/**
 * Languages for a picker: first EN, IT, FR, DE, ES, PT and the browser's languages
 * (`acceptLanguage` header), in that order; then every ISO 639-1 language by name.
 */
export function groupedLanguageOptions(language: string, acceptLanguage: string | null): GroupedOptions {
  const all = languageOptions(language);
  const byCode = new Map(all.map((o) => [o.value, o]));
  const codes = [...new Set([...COMMON_LANGUAGES, ...acceptedLanguages(acceptLanguage)])];
  return { common: codes.flatMap((c) => byCode.get(c) ?? []), all };
}
