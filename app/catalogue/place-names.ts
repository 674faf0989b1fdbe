/**
 * Place names in the page's language (issue 13, part 7). The catalogue stores a centre's
 * city as its English name ("Milan", "Rozzano (Milan)"); Italian pages show the Italian
 * name ("Milano", "Rozzano (MI)"), as Italians write it: the exonym replaced, and a town's
 * province in brackets as its two-letter code. Names without an English exonym (Pavia,
 * Bergamo) are the same in both languages.
 */

/**
 * English exonyms of places Ponte's catalogue may name (Italian ones, and the cities of the
 * partner institutions abroad that Italian names differently), and their Italian names.
 */
const ITALIAN: Readonly<Record<string, string>> = {
  Geneva: "Ginevra",
  Milan: "Milano",
  Mantua: "Mantova",
  Lombardy: "Lombardia",
  Turin: "Torino",
  Genoa: "Genova",
  Venice: "Venezia",
  Padua: "Padova",
  Florence: "Firenze",
  Rome: "Roma",
  Naples: "Napoli",
};

/** Lombardy's provinces (English or Italian name) and their codes, for "Town (Province)". */
const PROVINCE_CODES: Readonly<Record<string, string>> = {
  Milan: "MI",
  Milano: "MI",
  Bergamo: "BG",
  Brescia: "BS",
  Como: "CO",
  Cremona: "CR",
  Lecco: "LC",
  Lodi: "LO",
  Mantua: "MN",
  Mantova: "MN",
  Monza: "MB",
  "Monza and Brianza": "MB",
  "Monza e Brianza": "MB",
  Pavia: "PV",
  Sondrio: "SO",
  Varese: "VA",
};

/** A stored place name (English) as written on a page in `language` ("en" or "it"). */
export function placeName(name: string, language: string): string {
  if (!language.startsWith("it")) return name;
  const trimmed = name.trim();
  const town = /^(.+?)\s*\(([^()]+)\)$/.exec(trimmed);
  if (town) {
    const code = PROVINCE_CODES[town[2].trim()];
    const place = placeName(town[1], language);
    return code ? `${place} (${code})` : `${place} (${placeName(town[2].trim(), language)})`;
  }
  return ITALIAN[trimmed] ?? trimmed;
}
