/**
 * Checks of standard identifiers and field values that know no domain (pure; shared by the
 * profile, centre and opportunity forms, the seed and the tests):
 * - ORCID iD: 16 characters in four hyphenated groups, the last one a check character
 *   computed with ISO/IEC 7064 MOD 11-2 over the first 15 digits ("0"–"9" or "X" = 10)
 *   (ORCID support, "Structure of the ORCID Identifier"). Canonical form: `0000-0002-1825-0097`.
 * - ROR ID: 9 characters, a leading "0", 6 Crockford base-32 characters (no i, l, o, u) and a
 *   2-digit checksum = ISO/IEC 7064 MOD 97-10 of the number the 6 characters encode
 *   (ror.org/facts, "ROR identifier pattern"). Canonical form: `https://ror.org/0xxxxxxxx`.
 * - Country: ISO 3166-1 alpha-2; language: ISO 639-1.
 * - Text length in Unicode code points.
 */
import countries from "i18n-iso-countries";
import ISO6391 from "iso-639-1";

/** Unicode code points, so "é" counts once whichever way it was typed. */
export const codePointLength = (s: string) => [...s].length;

// ─── ORCID iD ───────────────────────────────────────────────────────────────

/**
 * The ISO/IEC 7064 MOD 11-2 check character of 15 decimal digits: "0"–"9" or "X" (10).
 * @throws RangeError when `digits` is not exactly 15 decimal digits.
 */
export function orcidCheckCharacter(digits: string): string {
  if (!/^\d{15}$/.test(digits)) throw new RangeError("ORCID base must be 15 digits");
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/**
 * The canonical ORCID iD (`0000-0002-1825-0097`) of what a person typed: the bare iD with
 * or without hyphens or spaces, or its `https://orcid.org/…` URI; a lower-case "x" is
 * accepted. Null when the shape or the check character is wrong.
 */
export function normaliseOrcid(input: string): string | null {
  const trimmed = input.trim().replace(/^(https?:\/\/)?(www\.)?orcid\.org\//i, "");
  const compact = trimmed.replace(/[\s-]/g, "").toUpperCase();
  if (!/^\d{15}[\dX]$/.test(compact)) return null;
  if (orcidCheckCharacter(compact.slice(0, 15)) !== compact[15]) return null;
  return compact.match(/.{4}/g)!.join("-");
}

/** True when `input` is an ORCID iD with a correct check character (see `normaliseOrcid`). */
export function isValidOrcid(input: string): boolean {
  return normaliseOrcid(input) !== null;
}

// ─── ROR ID ─────────────────────────────────────────────────────────────────

const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * The ROR checksum (ISO/IEC 7064 MOD 97-10, two digits "02"–"98") of the 6 base-32
 * characters after the leading "0".
 * @throws RangeError on characters outside Crockford base-32 (lower case).
 */
export function rorChecksum(sixChars: string): string {
  if (!/^[0-9a-hjkmnp-tv-z]{6}$/.test(sixChars))
    throw new RangeError("ROR core must be 6 Crockford base-32 characters");
  let n = 0;
  for (const c of sixChars) n = n * 32 + CROCKFORD.indexOf(c);
  // n < 32^6 ≈ 1.07e9, so n * 100 stays exact in a double.
  return String(98 - ((n * 100) % 97)).padStart(2, "0");
}

/**
 * The canonical ROR ID URI (`https://ror.org/03yrm5c26`) of a bare ID or its URI (http or
 * https, any case). Null when the pattern or the checksum is wrong.
 */
export function normaliseRorId(input: string): string | null {
  const bare = input
    .trim()
    .replace(/^(https?:\/\/)?(www\.)?ror\.org\//i, "")
    .toLowerCase();
  if (!/^0[0-9a-hjkmnp-tv-z]{6}\d{2}$/.test(bare)) return null;
  if (rorChecksum(bare.slice(1, 7)) !== bare.slice(7)) return null;
  return `https://ror.org/${bare}`;
}

// ─── Other fields ───────────────────────────────────────────────────────────

/** True for an absolute http: or https: URL with a host (no javascript:, data:, ftp:, …). */
export function isHttpUrl(input: string): boolean {
  try {
    const url = new URL(input);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && !/\s/.test(input);
  } catch {
    return false;
  }
}

/** ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** ISO 639-1 code (lower case). */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && ISO6391.validate(code);
}
