/**
 * Shared field schemas (house style: one validation module reused by every form and by the
 * seed). Error messages are i18n keys ("accounts:validation.…") that the form kit
 * (app/components/forms.tsx) translates.
 *
 * Lengths are checked before any expensive work (hashing, database look-ups): every text
 * field has a maximum, and the form body itself is capped by `readFormData`.
 */
import { z } from "zod";
import { codePointLength } from "~/platform/fields";
import { canonicalEmail, hasCompatibilityCharacters } from "~/platform/email-address";

/** RFC 5321 §4.5.3.1: 64-octet local part, 254-character path in practice. */
export const EMAIL_MAX = 254;
/** Decision 0006: at least 10, at most 128 characters (counted as Unicode code points). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 100;
/** Random tokens are 32 base32 characters; anything longer is not ours. */
export const TOKEN_MAX = 100;

const msg = (key: string) => `accounts:validation.${key}`;

// No whitespace, control characters, quotes or brackets; one "@"; a dotted domain.
const EMAIL_PATTERN =
  /^[^\s@"(),:;<>[\]\\\p{Cc}]{1,64}@(?=.{1,253}$)[^\s@"(),:;<>[\]\\\p{Cc}.]+(\.[^\s@"(),:;<>[\]\\\p{Cc}.]+)+$/u;

/**
 * An e-mail address, returned in canonical form (app/platform/email-address.ts). Refuses
 * addresses over 254 characters, malformed ones, and ones with compatibility characters.
 */
export const EmailSchema = z
  .string({ required_error: msg("required") })
  .max(EMAIL_MAX * 2, { message: msg("emailTooLong") })
  .transform((v) => canonicalEmail(v))
  .pipe(
    z
      .string()
      .min(1, { message: msg("required") })
      .max(EMAIL_MAX, { message: msg("emailTooLong") })
      .refine((v) => EMAIL_PATTERN.test(v) && !v.includes(".."), { message: msg("emailInvalid") })
      .refine((v) => !hasCompatibilityCharacters(v), { message: msg("emailInvalid") }),
  );

/**
 * A new password: 10 to 128 code points (decision 0006). The common-password check needs
 * the server-side list: see `NewPasswordSchemaServer` in app/accounts/password.server.ts.
 */
export const NewPasswordSchema = z
  .string({ required_error: msg("required") })
  .refine((v) => codePointLength(v) >= PASSWORD_MIN, { message: msg("passwordTooShort") })
  .refine((v) => codePointLength(v) <= PASSWORD_MAX, { message: msg("passwordTooLong") });

/** An existing password typed to log in or confirm: only the maximum is checked. */
export const CurrentPasswordSchema = z
  .string({ required_error: msg("required") })
  .max(PASSWORD_MAX * 4, { message: msg("passwordTooLong") })
  .refine((v) => codePointLength(v) <= PASSWORD_MAX, { message: msg("passwordTooLong") });

/** A person's name as they want it shown: trimmed, 1–100 characters, no control characters. */
export const NameSchema = z
  .string({ required_error: msg("required") })
  .max(NAME_MAX * 4, { message: msg("nameTooLong") })
  .transform((v) => v.trim().normalize("NFC"))
  .pipe(
    z
      .string()
      .min(1, { message: msg("required") })
      .refine((v) => codePointLength(v) <= NAME_MAX, { message: msg("nameTooLong") })
      .refine((v) => !/\p{Cc}/u.test(v), { message: msg("nameInvalid") }),
  );

/** A token from an e-mailed link. */
export const TokenSchema = z
  .string({ required_error: msg("linkInvalid") })
  .min(1, { message: msg("linkInvalid") })
  .max(TOKEN_MAX, { message: msg("linkInvalid") });

/** The optional `redirectTo` field; the value is made safe later with `safeRedirect`. */
export const RedirectToSchema = z.string().max(2_000).optional();

/** The privacy notice must be accepted: a post without the box ticked is refused (GDPR art. 7(1)). */
export const AcceptPrivacySchema = z
  .string({ required_error: "legal:consent.required" })
  .refine((v) => v === "on", { message: "legal:consent.required" });
