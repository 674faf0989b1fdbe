/**
 * Server-side pieces of the country and language lists (the names, codes and order live in
 * the shared reference-lists.ts): which languages a browser asks for (`Accept-Language`), and
 * the language picker's "common" group.
 */
import { COMMON_LANGUAGES, isLanguageCode, languageOrder, type LanguagePickerOrder } from "./reference-lists";

export {
  COMMON_LANGUAGES,
  countryName,
  countryOptions,
  countryOrder,
  languageOptionLabel,
  languageOptions,
  languageOrder,
  type Option,
} from "./reference-lists";

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
    .filter((l) => l.quality > 0 && isLanguageCode(l.code))
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return [...new Set(ranked.map((l) => l.code))];
}

/**
 * Languages for a picker, as codes for the page to name (`namedOptions`): first EN, IT, FR,
 * DE, ES, PT and the browser's languages (`acceptLanguage` header), in that order; then every
 * ISO 639-1 language by name in `language`.
 */
export function groupedLanguageOrder(language: string, acceptLanguage: string | null): LanguagePickerOrder {
  return {
    common: [...new Set([...COMMON_LANGUAGES, ...acceptedLanguages(acceptLanguage)])],
    all: languageOrder(language),
  };
}
