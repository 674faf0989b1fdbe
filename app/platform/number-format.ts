/**
 * Numbers as people read them in the UI language: "4,000" in English, "4.000" in Italian.
 * Italian CLDR data leaves four-digit numbers ungrouped ("4000"), but Italian hospitals and
 * public administrations write "4.000 caratteri", so grouping is always on (issue 13, part 7).
 */
const locale = (language: string) => (language === "it" ? "it-IT" : "en-GB");

const counts = new Map<string, Intl.NumberFormat>();

/** A whole count with thousands separators: `formatCount(4000, "it")` → "4.000". (One formatter per language, kept.) */
export function formatCount(value: number, language: string): string {
  let f = counts.get(locale(language));
  if (!f)
    counts.set(
      locale(language),
      (f = new Intl.NumberFormat(locale(language), { useGrouping: "always", maximumFractionDigits: 0 })),
    );
  return f.format(value);
}
