/**
 * Numbers as people read them in the UI language: "4,000" in English, "4.000" in Italian.
 * Italian CLDR data leaves four-digit numbers ungrouped ("4000"), but Italian hospitals and
 * public administrations write "4.000 caratteri", so grouping is always on (issue 13, part 7).
 */
const locale = (language: string) => (language === "it" ? "it-IT" : "en-GB");

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An `Intl.NumberFormat` for the UI language ("en" → en-GB, "it" → it-IT; any other tag as
 * given) and `options`, built once per process and kept: building one costs tens of
 * microseconds, formatting with it about one (issue 15; a dashboard formats thousands).
 */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const tag = language === "it" || language === "en" ? locale(language) : language;
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

/** A whole count with thousands separators: `formatCount(4000, "it")` → "4.000". */
export function formatCount(value: number, language: string): string {
  return numberFormat(language, { useGrouping: "always", maximumFractionDigits: 0 }).format(value);
}
