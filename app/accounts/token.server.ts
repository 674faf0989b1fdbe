/**
 * Secrets sent by e-mail (verification, reset, e-mail change, invitation) and session ids:
 * 160 random bits, base32 (32 characters); only their SHA-256 (hex) is ever stored.
 * Lifetimes from issue 3: reset 1 hour, verification 48 hours, invitation 7 days.
 */
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

export const TOKEN_TTL_MS = {
  PASSWORD_RESET: 60 * 60 * 1000,
  EMAIL_VERIFICATION: 48 * 60 * 60 * 1000,
  EMAIL_CHANGE: 48 * 60 * 60 * 1000,
  INVITATION: 7 * 24 * 60 * 60 * 1000,
} as const;

/** A fresh random secret: 20 bytes from the CSPRNG as 32 base32 characters. */
export function generateToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** SHA-256 of a token or session id, lower-case hex (64 characters). */
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
