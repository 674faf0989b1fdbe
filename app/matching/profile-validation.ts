/**
 * Field schemas of the applicant profile (house style: one validation module, reused by the
 * /profile form on both sides and by the demo seed). Error messages are i18n keys
 * ("profile:validation.…") that the form kit translates.
 *
 * Identifiers and their rules:
 * - ORCID iD: 16 characters in four hyphenated groups, the last one a check character
 *   computed with ISO/IEC 7064 MOD 11-2 over the first 15 digits ("0"–"9" or "X" = 10)
 *   (ORCID support, "Structure of the ORCID Identifier"). Stored bare: `0000-0002-1825-0097`.
 * - ROR ID: 9 characters, a leading "0", 6 Crockford base-32 characters (no i, l, o, u) and a
 *   2-digit checksum = ISO/IEC 7064 MOD 97-10 of the number the 6 characters encode
 *   (ror.org/facts, "ROR identifier pattern"). Stored as `https://ror.org/0xxxxxxxx`.
 * - Country: ISO 3166-1 alpha-2; language: ISO 639-1; level: CEFR A1…C2.
 * - Availability windows: inclusive calendar dates (app/platform/calendar.ts).
 */
import { z } from "zod";
import { addDays, isIsoDate, rangeProblems, tryToDayNumber, type IsoDate } from "~/platform/calendar";
import { CAREER_STAGES, CEFR_LEVELS, PROFESSIONS, STAY_TYPES } from "~/catalogue";
import {
  codePointLength,
  isCountryCode,
  isHttpUrl,
  isLanguageCode,
  normaliseOrcid,
  normaliseRorId,
} from "~/platform/fields";
import { TEXT_LIMITS } from "~/platform/text-limits";

/** Longest research statement, in code points. */
export const STATEMENT_MAX = TEXT_LIMITS.statementMax;
/** Longest home-institution name, in code points. */
export const INSTITUTION_MAX = 200;
/** Longest personal website URL. */
export const WEBSITE_MAX = 500;
/** At most this many availability windows, languages and interests. */
export const WINDOWS_MAX = 6;
export const LANGUAGES_MAX = 12;
export const INTERESTS_MAX = 30;
/** Availability windows must end within this many days from today (two years). */
export const WINDOW_HORIZON_DAYS = 730;

export const INTEREST_WEIGHTS = ["CORE", "ALSO"] as const;

const msg = (key: string) => `profile:validation.${key}`;

/** An enum whose every failure (missing, wrong type, unknown value) reads `profile:validation.<key>`. */
const oneOf = <U extends string, T extends Readonly<[U, ...U[]]>>(values: T, key: string) =>
  z.enum(values, { errorMap: () => ({ message: msg(key) }) });

/** An optional trimmed text: empty becomes undefined. */
const optionalTrimmed = (max: number, key: string) =>
  z
    .string()
    .max(max * 4, { message: msg(key) })
    .transform((v) => v.trim().normalize("NFC"))
    .pipe(z.string().refine((v) => codePointLength(v) <= max, { message: msg(key) }))
    .optional()
    .transform((v) => (v ? v : undefined));

/** An optional ORCID iD, returned canonical. */
export const OrcidSchema = z
  .string()
  .max(60, { message: msg("orcidInvalid") })
  .transform((v, ctx) => {
    const orcid = normaliseOrcid(v);
    if (!orcid) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("orcidInvalid") });
      return z.NEVER;
    }
    return orcid;
  });

/** An optional ROR ID, returned as its https://ror.org/ URI. */
export const RorIdSchema = z
  .string()
  .max(60, { message: msg("rorInvalid") })
  .transform((v, ctx) => {
    const ror = normaliseRorId(v);
    if (!ror) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("rorInvalid") });
      return z.NEVER;
    }
    return ror;
  });

/** A personal website: an absolute http(s) URL of at most 500 characters. */
export const WebsiteSchema = z
  .string()
  .trim()
  .max(WEBSITE_MAX, { message: msg("websiteTooLong") })
  .refine(isHttpUrl, { message: msg("websiteInvalid") });

/** The research statement: free text of at most 4,000 code points (trimmed; may be empty). */
export const StatementSchema = z
  .string()
  .max(STATEMENT_MAX * 4, { message: msg("statementTooLong") })
  .transform((v) => v.trim().normalize("NFC").replace(/\r\n?/g, "\n"))
  .pipe(z.string().refine((v) => codePointLength(v) <= STATEMENT_MAX, { message: msg("statementTooLong") }));

/** A calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string({ required_error: msg("dateRequired") })
  .refine((v) => isIsoDate(v), { message: msg("dateInvalid") });

/** A date range: both real dates, start on or before end (inclusive). */
export const DateRangeSchema = z.object({ start: IsoDateSchema, end: IsoDateSchema }).superRefine((r, ctx) => {
  const start = tryToDayNumber(r.start);
  const end = tryToDayNumber(r.end);
  if (start !== null && end !== null && start > end) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["end"], message: msg("windowReversed") });
  }
});

/** Rows of a repeated group in which the person filled nothing are dropped, not errors. */
function dropBlankRows(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.filter((row) => {
    if (row === undefined || row === null) return false;
    if (typeof row !== "object") return true;
    return Object.values(row as Record<string, unknown>).some((v) => v !== undefined && v !== null && v !== "");
  });
}

export interface ProfileSchemaOptions {
  /** UTC calendar date the windows are checked against. */
  today: IsoDate;
  /** Server side: is this a topic of the taxonomy? Omitted in the browser (unknown there). */
  isKnownTopic?: (id: string) => boolean;
  /** Server side: is this the id of a centre in Lombardy (issue 19)? Omitted in the browser. */
  isLombardyCentre?: (id: string) => boolean;
}

/**
 * The whole /profile form. Rules: profession and career stage required; country ISO 3166-1;
 * home centre, if any, a centre in Lombardy (issue 19);
 * ORCID iD and ROR ID with their check digits; website http(s) only; statement ≤ 4,000
 * characters; languages ISO 639-1 with a CEFR level, each once; interests known topics, each
 * once, at most 30; windows real dates, start ≤ end, not overlapping each other, at most 6,
 * each ending between today and two years from today.
 */
export function createProfileSchema({ today, isKnownTopic, isLombardyCentre }: ProfileSchemaOptions) {
  const horizon = addDays(today, WINDOW_HORIZON_DAYS);
  return z.object({
    profession: oneOf(PROFESSIONS, "professionRequired"),
    careerStage: oneOf(CAREER_STAGES, "careerStageRequired"),
    country: z
      .string()
      .transform((v) => v.trim().toUpperCase())
      .refine(isCountryCode, { message: msg("countryInvalid") })
      .optional(),
    homeInstitution: optionalTrimmed(INSTITUTION_MAX, "institutionTooLong"),
    /** A Lombardy professional's home centre (issue 19): a centre in Lombardy; absent from abroad. */
    homeCentreId: z
      .string()
      .max(40, { message: msg("homeCentreInvalid") })
      .refine((id) => /^[a-z0-9]+$/i.test(id) && (isLombardyCentre ? isLombardyCentre(id) : true), {
        message: msg("homeCentreInvalid"),
      })
      .optional(),
    rorId: RorIdSchema.optional(),
    orcid: OrcidSchema.optional(),
    website: WebsiteSchema.optional(),
    researchStatement: StatementSchema.optional().transform((v) => v ?? ""),
    stayTypes: z
      .array(oneOf(STAY_TYPES, "stayTypeInvalid"))
      .optional()
      .transform((v) => [...new Set(v ?? [])]),
    suggestToCentres: z
      .enum(["on"])
      .optional()
      .transform((v) => v === "on"),
    /** Consent (off by default): the verified home centre's coordinators see the requests abroad (decision 0035). */
    shareWithHomeCentre: z
      .enum(["on"])
      .optional()
      .transform((v) => v === "on"),
    languages: z.preprocess(
      dropBlankRows,
      z
        .array(
          z.object({
            code: z
              .string({ required_error: msg("languageRequired") })
              .transform((v) => v.trim().toLowerCase())
              .refine(isLanguageCode, { message: msg("languageInvalid") }),
            level: oneOf(CEFR_LEVELS, "levelRequired"),
          }),
        )
        .max(LANGUAGES_MAX, { message: msg("tooManyLanguages") })
        .optional()
        .transform((v) => v ?? [])
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          list.forEach((l, i) => {
            if (seen.has(l.code))
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "code"], message: msg("languageTwice") });
            seen.add(l.code);
          });
        }),
    ),
    interests: z.preprocess(
      dropBlankRows,
      z
        .array(
          z.object({
            topicId: z
              .string({ required_error: msg("topicUnknown") })
              .max(100, { message: msg("topicUnknown") })
              .refine((id) => /^[a-z0-9-]+$/.test(id) && (isKnownTopic ? isKnownTopic(id) : true), {
                message: msg("topicUnknown"),
              }),
            weight: oneOf(INTEREST_WEIGHTS, "weightRequired"),
          }),
        )
        .max(INTERESTS_MAX, { message: msg("tooManyInterests") })
        .optional()
        .transform((v) => v ?? [])
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          list.forEach((t, i) => {
            if (seen.has(t.topicId))
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "topicId"], message: msg("topicTwice") });
            seen.add(t.topicId);
          });
        }),
    ),
    windows: z.preprocess(
      dropBlankRows,
      z
        .array(DateRangeSchema)
        .max(WINDOWS_MAX, { message: msg("tooManyWindows") })
        .optional()
        .transform((v) => v ?? [])
        .superRefine((list, ctx) => {
          for (const p of rangeProblems(list)) {
            if (p.code === "overlap")
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: [p.index, "start"], message: msg("windowOverlap") });
          }
          list.forEach((w, i) => {
            if (!isIsoDate(w.end)) return;
            if (w.end < today)
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "end"], message: msg("windowPast") });
            else if (w.end > horizon)
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "end"], message: msg("windowTooFar") });
          });
        }),
    ),
  });
}

export type ProfileInput = z.output<ReturnType<typeof createProfileSchema>>;
