/**
 * The letters' forms and codes (decision 0030), pure and safe in the browser: the invitation
 * letter's form (letterhead, visitor, language), the attendance form, who may cover costs,
 * and the shape of a verification code. Error messages are i18n keys of the `letters`
 * namespace.
 */
import { z } from "zod";
import { isCountryCode } from "~/platform/fields";

/** Who covers the visitor's costs (printed in the letter's language). */
export const COST_BEARERS = ["APPLICANT", "HOME_INSTITUTION", "CENTRE"] as const;
export type CostBearer = (typeof COST_BEARERS)[number];

/** The languages a letter is written in. */
export const LETTER_LANGUAGES = ["en", "it"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** What a coordinator records after a stay (the Prisma enum Attendance). */
export const ATTENDANCE = ["ATTENDED", "NO_SHOW"] as const;

/**
 * A verification code: 160 random bits in RFC 4648 base32, lower case, 32 characters
 * (`[a-z2-7]{32}`). Anything else is "not found" without a database query.
 */
export const VERIFY_CODE_RE = /^[a-z2-7]{32}$/;

const text = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ required_error: "letters:validation.required" }).min(1, "letters:validation.required").max(max, "letters:validation.tooLong"),
  );

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { errorMap: () => ({ message: "letters:validation.choice" }) });

/** The invitation letter's form; `intent` "preview" or "issue" is read separately. */
export const InvitationSchema = z.object({
  legalName: text(200),
  address: text(300),
  signatoryName: text(120),
  signatoryRole: text(120),
  fullName: text(200),
  nationality: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z
      .string({ required_error: "letters:validation.required" })
      .refine((v) => isCountryCode(v), "letters:validation.country"),
  ),
  passportNumber: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v),
    z
      .string()
      .regex(/^[A-Z0-9-]{1,20}$/, "letters:validation.passport")
      .optional(),
  ),
  purpose: text(300),
  costs: choice(COST_BEARERS),
  language: choice(LETTER_LANGUAGES),
});
export type InvitationInput = z.infer<typeof InvitationSchema>;

/** The attendance form: what happened, and the certificate's language when the visitor came. */
export const AttendanceSchema = z.object({
  attendance: choice(ATTENDANCE),
  language: choice(LETTER_LANGUAGES),
});
export type AttendanceInput = z.infer<typeof AttendanceSchema>;
