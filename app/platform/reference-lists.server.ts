/**
 * Option lists for the profile form, named in the UI language: countries (ISO 3166-1
 * alpha-2, names from i18n-iso-countries) and languages (ISO 639-1 codes from iso-639-1,
 * names from `Intl.DisplayNames`, falling back to the library's English name). Built once
 * per language and kept.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import it from "i18n-iso-countries/langs/it.json";
import ISO6391 from "iso-639-1";

countries.registerLocale(en);
countries.registerLocale(it);

export interface Option {
  value: string;
  label: string;
}

const countryCache = new Map<string, Option[]>();
const languageCache = new Map<string, Option[]>();

const collator = (language: string) => new Intl.Collator(language === "it" ? "it" : "en-GB", { sensitivity: "base" });

/** Every ISO 3166-1 country, `{value: "PT", label: "Portugal"}`, sorted by name in `language`. */
export function countryOptions(language: string): Option[] {
  let list = countryCache.get(language);
  if (!list) {
    const names = countries.getNames(language === "it" ? "it" : "en", { select: "official" });
    const compare = collator(language);
    list = Object.entries(names)
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => compare.compare(a.label, b.label));
    countryCache.set(language, list);
  }
  return list;
}

/** The country's name in `language`, or the code when unknown. */
export function countryName(code: string, language: string): string {
  return countries.getName(code, language === "it" ? "it" : "en", { select: "official" }) ?? code;
}

/** The language's name in `language`, capitalised for a list (e.g. "pt" → "Portuguese" / "Portoghese"). */
export function languageOptionLabel(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: "language", fallback: "none" }).of(code);
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
