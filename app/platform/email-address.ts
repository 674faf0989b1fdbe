/**
 * The one canonical form of an e-mail address (docs/decisions/0008-canonical-email.md):
 * trimmed, Unicode NFC, lower-cased with the locale-independent default case mapping.
 * `User.email`, `Invitation.email` and `UserToken.email` only ever hold this form, so the
 * unique index on `User.email` makes "Anna@Example.org " and "anna@example.org" one account.
 *
 * Shared by server and browser (no secrets here).
 */

/** "  Anna@Example.ORG " → "anna@example.org". Total: never throws, any string in. */
export function canonicalEmail(input: string): string {
  return input.trim().normalize("NFC").toLowerCase();
}

/**
 * True when `canonical` (already canonical) uses compatibility characters, such as
 * full-width letters or ligatures, that NFKC would fold into other characters. Such an
 * address is refused at input, so no two visually identical spellings can be two accounts.
 */
export function hasCompatibilityCharacters(canonical: string): boolean {
  return canonical.normalize("NFKC") !== canonical;
}

/** "anna@example.org" → "a***@example.org", for pages that must not show the full address. */
export function maskEmail(canonical: string): string {
  const at = canonical.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${canonical[0]}***${canonical.slice(at)}`;
}
