/**
 * Field schemas of the coordinators' opportunity and centre forms (one module, used by the
 * forms on both sides and by the model's tests). Error messages are i18n keys
 * ("coordinator:validation.…") that the form kit translates.
 *
 * Rules (issue 5, item 9): titles ≤ 150 and descriptions ≤ 4,000 code points per language;
 * 1–10 topics of the taxonomy; languages ISO 639-1 with a CEFR level; seats 1–100; stays of
 * 1–365 days with max ≥ min; windows real inclusive dates, start ≤ end, each at least the
 * minimum stay long, not overlapping; cohorts with their own seats, as long as a stay may
 * be; the deadline not after the last window or cohort ends; at most 5 questions.
 */
import { z } from "zod";
import {
  addDays,
  isIsoDate,
  isValidRange,
  rangeLength,
  rangeProblems,
  tryToDayNumber,
  type DateRange,
  type IsoDate,
} from "./calendar";
import { CAREER_STAGES, CEFR_LEVELS, isLanguageCode, PROFESSIONS, STAY_TYPES } from "./profile-validation";
import { codePointLength } from "./validation";

export const OPPORTUNITY_TYPES = STAY_TYPES;
export { CAREER_STAGES, CEFR_LEVELS, PROFESSIONS };

export const TITLE_MAX = 150;
export const DESCRIPTION_MAX = 4_000;
export const QUESTION_MAX = 500;
export const COHORT_NAME_MAX = 100;
export const SEATS_MIN = 1;
export const SEATS_MAX = 100;
export const STAY_MAX_DAYS = 365;
export const QUESTIONS_MAX = 5;
export const WINDOWS_MAX = 10;
export const COHORTS_MAX = 10;
export const TOPICS_MIN = 1;
export const TOPICS_MAX = 10;
export const LANGUAGES_MAX = 10;
export const CENTRE_LANGUAGES_MAX = 12;
export const RESPONSE_DAYS_MIN = 1;
export const RESPONSE_DAYS_MAX = 90;
/** New windows and cohorts must end within this many days from today (three years). */
export const DATE_HORIZON_DAYS = 1_096;

const msg = (key: string) => `coordinator:validation.${key}`;
/** One message for a missing, mistyped or unknown choice. */
const choice = (key: string) => ({ errorMap: () => ({ message: msg(key) }) });
const issue = (ctx: z.RefinementCtx, path: (string | number)[], key: string) =>
  ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: msg(key) });

// C0 and C1 control characters other than tab (U+0009) and line feed (U+000A).
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * Required free text: trimmed, NFC, CRLF → LF, 1…`max` code points, no control characters
 * other than line breaks and tabs.
 */
export function requiredText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  return z
    .string({ required_error: msg("required"), invalid_type_error: msg("required") })
    .max(max * 4, { message: msg("tooLong") })
    .transform((v) => v.trim().normalize("NFC").replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .min(1, { message: msg("required") })
        .refine((v) => codePointLength(v) <= max, { message: msg("tooLong") })
        .refine((v) => !(multiline ? CONTROL_EXCEPT_BREAKS : /\p{Cc}/u).test(v), { message: msg("invalidCharacters") }),
    );
}

/** Optional one-line text: empty becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max * 4, { message: msg("tooLong") })
    .transform((v) => v.trim().normalize("NFC"))
    .pipe(
      z
        .string()
        .refine((v) => codePointLength(v) <= max, { message: msg("tooLong") })
        .refine((v) => !/\p{Cc}/u.test(v), { message: msg("invalidCharacters") }),
    )
    .optional()
    .transform((v) => (v ? v : null));
}

/** A whole number in [min, max] typed into a number field. */
export function intInRange(min: number, max: number, key: string) {
  return z
    .number({ required_error: msg("required"), invalid_type_error: msg("notANumber") })
    .int({ message: msg("notANumber") })
    .min(min, { message: msg(key) })
    .max(max, { message: msg(key) });
}

/** A calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string({ required_error: msg("dateRequired") })
  .refine((v) => isIsoDate(v), { message: msg("dateInvalid") });

/** An id posted back in a hidden field (cuid); checked against the database by the model. */
const RowId = z
  .string()
  .max(40, { message: msg("invalid") })
  .regex(/^[a-z0-9]+$/i, { message: msg("invalid") })
  .optional();

/** ISO 639-1 code, lower-cased. */
export const LanguageCodeSchema = z
  .string({ required_error: msg("languageRequired") })
  .transform((v) => v.trim().toLowerCase())
  .refine(isLanguageCode, { message: msg("languageInvalid") });

/** Refinement of a range whose ends parsed: the last day may not come before the first. */
function forwards(r: { start: string; end: string }, ctx: z.RefinementCtx) {
  const s = tryToDayNumber(r.start);
  const e = tryToDayNumber(r.end);
  if (s !== null && e !== null && s > e) issue(ctx, ["end"], "rangeReversed");
}

export interface OpportunitySchemaOptions {
  /** UTC calendar date that new windows and cohorts are checked against. */
  today: IsoDate;
  /** Server side: is this a topic of the taxonomy? Omitted in the browser. */
  isKnownTopic?: (id: string) => boolean;
  /** Windows already saved (`start|end`): these may lie in the past, new ones may not. */
  savedWindows?: ReadonlySet<string>;
  /** Cohort ids already saved, likewise. */
  savedCohortIds?: ReadonlySet<string>;
  /** True when the opportunity is published: it must keep at least one window or cohort. */
  published?: boolean;
}

/** The opportunity form (create and edit). */
export function createOpportunitySchema({
  today,
  isKnownTopic,
  savedWindows,
  savedCohortIds,
  published = false,
}: OpportunitySchemaOptions) {
  const horizon = addDays(today, DATE_HORIZON_DAYS);
  /** New windows and cohorts may not have ended already, nor end past the horizon. */
  const checkNewRange = (ctx: z.RefinementCtx, path: (string | number)[], r: DateRange, saved: boolean) => {
    if (saved) return;
    if (r.end < today) issue(ctx, [...path, "end"], "datePast");
    else if (r.end > horizon) issue(ctx, [...path, "end"], "dateTooFar");
  };

  return z
    .object({
      version: z.string().max(40).optional(),
      type: z.enum(OPPORTUNITY_TYPES, choice("typeRequired")),
      titleEn: requiredText(TITLE_MAX),
      titleIt: requiredText(TITLE_MAX),
      descriptionEn: requiredText(DESCRIPTION_MAX, { multiline: true }),
      descriptionIt: requiredText(DESCRIPTION_MAX, { multiline: true }),
      topics: z
        .array(
          z
            .string()
            .max(100, { message: msg("topicUnknown") })
            .refine((id) => /^[a-z0-9-]+$/.test(id) && (isKnownTopic ? isKnownTopic(id) : true), {
              message: msg("topicUnknown"),
            }),
        )
        .optional()
        .transform((v) => [...new Set(v ?? [])])
        .pipe(
          z
            .array(z.string())
            .min(TOPICS_MIN, { message: msg("topicsRequired") })
            .max(TOPICS_MAX, { message: msg("tooManyTopics") }),
        ),
      professions: z
        .array(z.enum(PROFESSIONS, choice("invalid")))
        .optional()
        .transform((v) => [...new Set(v ?? [])]),
      careerStages: z
        .array(z.enum(CAREER_STAGES, choice("invalid")))
        .optional()
        .transform((v) => [...new Set(v ?? [])]),
      languages: z
        .array(
          z.object({
            code: LanguageCodeSchema,
            level: z.enum(CEFR_LEVELS, choice("levelRequired")),
          }),
        )
        .max(LANGUAGES_MAX, { message: msg("tooManyLanguages") })
        .optional()
        .transform((v) => v ?? [])
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          list.forEach((l, i) => {
            if (seen.has(l.code)) issue(ctx, [i, "code"], "languageTwice");
            seen.add(l.code);
          });
        }),
      seats: intInRange(SEATS_MIN, SEATS_MAX, "seatsRange"),
      minDays: intInRange(1, STAY_MAX_DAYS, "daysRange"),
      maxDays: intInRange(1, STAY_MAX_DAYS, "daysRange"),
      deadline: IsoDateSchema.optional().transform((v) => v ?? null),
      windows: z
        .array(z.object({ start: IsoDateSchema, end: IsoDateSchema }).superRefine(forwards))
        .max(WINDOWS_MAX, { message: msg("tooManyWindows") })
        .optional()
        .transform((v) => v ?? [])
        .superRefine((list, ctx) => {
          for (const p of rangeProblems(list))
            if (p.code === "overlap") issue(ctx, [p.index, "start"], "windowOverlap");
          list.forEach((w, i) => checkNewRange(ctx, [i], w, savedWindows?.has(`${w.start}|${w.end}`) ?? false));
        }),
      cohorts: z
        .array(
          z
            .object({
              id: RowId,
              name: requiredText(COHORT_NAME_MAX),
              start: IsoDateSchema,
              end: IsoDateSchema,
              seats: intInRange(SEATS_MIN, SEATS_MAX, "seatsRange"),
            })
            .superRefine(forwards),
        )
        .max(COHORTS_MAX, { message: msg("tooManyCohorts") })
        .optional()
        .transform((v) => v ?? [])
        .superRefine((list, ctx) => {
          const names = new Set<string>();
          list.forEach((c, i) => {
            if (names.has(c.name.toLowerCase())) issue(ctx, [i, "name"], "cohortNameTwice");
            names.add(c.name.toLowerCase());
            checkNewRange(ctx, [i], c, c.id !== undefined && (savedCohortIds?.has(c.id) ?? false));
          });
        }),
      questions: z
        .array(z.object({ id: RowId, textEn: requiredText(QUESTION_MAX), textIt: requiredText(QUESTION_MAX) }))
        .max(QUESTIONS_MAX, { message: msg("tooManyQuestions") })
        .optional()
        .transform((v) => v ?? []),
    })
    .superRefine((o, ctx) => {
      if (o.maxDays < o.minDays) issue(ctx, ["maxDays"], "maxBelowMin");

      // Windows long enough for the shortest stay; cohorts as long as a stay may be
      // (visitors come for the whole cohort).
      o.windows.forEach((w, i) => {
        if (isValidRange(w) && rangeLength(w) < o.minDays) issue(ctx, ["windows", i, "end"], "windowTooShort");
      });
      o.cohorts.forEach((c, i) => {
        const days = isValidRange(c) ? rangeLength(c) : null;
        if (days !== null && (days < o.minDays || days > o.maxDays)) issue(ctx, ["cohorts", i, "end"], "cohortLength");
      });

      // The deadline may not fall after the last day anyone could visit.
      const ends = [...o.windows, ...o.cohorts].map((r) => r.end);
      if (o.deadline && ends.length && o.deadline > ends.sort().at(-1)!) issue(ctx, ["deadline"], "deadlineAfterEnd");

      if (published && o.windows.length === 0 && o.cohorts.length === 0)
        issue(ctx, ["windows"], "datesRequiredPublished");
    });
}

export type OpportunityInput = z.output<ReturnType<typeof createOpportunitySchema>>;

/** The coordinator's centre form: descriptions, working languages, response time. */
export function createCentreDetailsSchema() {
  return z.object({
    descriptionEn: requiredText(DESCRIPTION_MAX, { multiline: true }),
    descriptionIt: requiredText(DESCRIPTION_MAX, { multiline: true }),
    languages: z
      .array(LanguageCodeSchema)
      .max(CENTRE_LANGUAGES_MAX, { message: msg("tooManyLanguages") })
      .optional()
      .transform((v) => v ?? [])
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((code, i) => {
          if (seen.has(code)) issue(ctx, [i], "languageTwice");
          seen.add(code);
        });
      }),
    responseTimeDays: intInRange(RESPONSE_DAYS_MIN, RESPONSE_DAYS_MAX, "responseDaysRange"),
  });
}

export type CentreDetailsInput = z.output<ReturnType<typeof createCentreDetailsSchema>>;

/** Why the stored opportunity cannot be published (i18n keys), `[]` when it can. */
export function publishProblems(
  o: { windows: DateRange[]; cohorts: DateRange[]; deadline: IsoDate | null },
  today: IsoDate,
): string[] {
  const out: string[] = [];
  const all = [...o.windows, ...o.cohorts];
  if (!all.length) out.push(msg("datesRequired"));
  else if (!all.some((r) => r.end >= today)) out.push(msg("datesAllPast"));
  if (o.deadline && o.deadline < today) out.push(msg("deadlinePast"));
  return out;
}
