/**
 * Numbers as people read them in the UI language: "4,000" in English, "4.000" in Italian.
 * Italian CLDR data leaves four-digit numbers ungrouped ("4000"), but Italian hospitals and
 * public administrations write "4.000 caratteri", so grouping is always on (issue 13, part 7).
 */
const locale = (language: string) => (language === "it" ? "it-IT" : "en-GB");

/** A whole count with thousands separators: `formatCount(4000, "it")` → "4.000". */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { useGrouping: "always", maximumFractionDigits: 0 }).format(value);
}
