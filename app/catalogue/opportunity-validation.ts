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
} from "~/platform/calendar";
import { codePointLength, isLanguageCode } from "~/platform/fields";
import {
  FEE_KINDS,
  isCurrencyCode,
  parseAmount,
  REQUIRED_DOCUMENTS,
  REQUIRED_PRACTICAL_FIELDS,
  VISITOR_SCOPES,
} from "./practical-facts";
import { CAREER_STAGES, CEFR_LEVELS, PROFESSIONS, STAY_TYPES } from "./vocabulary";

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
 * Checks trimmed text (one transform, no pipe: Conform would turn the trimmed "" of a pipe's
 * inner schema into a bare "Required").
 */
function cleanText(
  v: string,
  ctx: z.RefinementCtx,
  { max, multiline, required }: { max: number; multiline: boolean; required: boolean },
) {
  const text = v.trim().normalize("NFC").replace(/\r\n?/g, "\n");
  if (!text) {
    if (required) ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("required") });
    return text;
  }
  if (codePointLength(text) > max) ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("tooLong") });
  else if ((multiline ? CONTROL_EXCEPT_BREAKS : /\p{Cc}/u).test(text))
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("invalidCharacters") });
  return text;
}

/**
 * Required free text: trimmed, NFC, CRLF → LF, 1…`max` code points, no control characters
 * other than line breaks and tabs.
 */
export function requiredText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  return z
    .string({ required_error: msg("required"), invalid_type_error: msg("required") })
    .max(max * 4, { message: msg("tooLong") })
    .transform((v, ctx) => cleanText(v, ctx, { max, multiline, required: true }));
}

/** Optional text (one line unless `multiline`): empty becomes null. */
export function optionalText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  return z
    .string()
    .max(max * 4, { message: msg("tooLong") })
    .transform((v, ctx) => cleanText(v, ctx, { max, multiline, required: false }))
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

/** Reads a whole number from a raw form value (string or number), else null. */
const rawInt = (v: unknown): number | null =>
  typeof v === "number" && Number.isInteger(v)
    ? v
    : typeof v === "string" && /^\s*\d{1,4}\s*$/.test(v)
      ? Number(v)
      : null;
const rawRows = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => Boolean(r) && typeof r === "object") : [];
const rawRange = (r: Record<string, unknown>): DateRange | null =>
  typeof r.start === "string" && typeof r.end === "string" && isValidRange({ start: r.start, end: r.end })
    ? { start: r.start, end: r.end }
    : null;

/**
 * Rules that relate fields to each other, checked on the raw form value before the fields
 * are parsed, so their errors appear together with every field's own (a refinement on the
 * parsed object would only run once every field is valid). Values that do not parse are
 * left to their fields.
 */
function crossChecks(raw: unknown, ctx: z.RefinementCtx, published: boolean): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const o = raw as Record<string, unknown>;
  const minDays = rawInt(o.minDays);
  const maxDays = rawInt(o.maxDays);
  if (minDays !== null && maxDays !== null && maxDays < minDays) issue(ctx, ["maxDays"], "maxBelowMin");

  // Windows long enough for the shortest stay; cohorts as long as a stay may be (visitors
  // come for the whole cohort).
  const windows = rawRows(o.windows).map(rawRange);
  const cohorts = rawRows(o.cohorts).map(rawRange);
  windows.forEach((w, i) => {
    if (w && minDays !== null && rangeLength(w) < minDays) issue(ctx, ["windows", i, "end"], "windowTooShort");
  });
  cohorts.forEach((c, i) => {
    const days = c ? rangeLength(c) : null;
    if (days !== null && ((minDays !== null && days < minDays) || (maxDays !== null && days > maxDays)))
      issue(ctx, ["cohorts", i, "end"], "cohortLength");
  });

  // The deadline may not fall after the last day anyone could visit.
  const ends = [...windows, ...cohorts].filter((r): r is DateRange => r !== null).map((r) => r.end);
  if (typeof o.deadline === "string" && isIsoDate(o.deadline) && ends.length && o.deadline > ends.sort().at(-1)!)
    issue(ctx, ["deadline"], "deadlineAfterEnd");

  if (published && rawRows(o.windows).length === 0 && rawRows(o.cohorts).length === 0)
    issue(ctx, ["windows"], "datesRequiredPublished");
  return raw;
}

const rawText = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const rawList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);

/**
 * The practical facts' rules between fields (decision 0026): a paid fee needs an amount
 * (non-negative, no more decimals than the currency has) and an ISO 4217 currency; "other"
 * needs the document's name, recommendation letters how many, the immunisation record its
 * vaccines; with `required` (a real opportunity being published or adopted) each required
 * fact must be stated.
 */
function practicalChecks(o: Record<string, unknown>, ctx: z.RefinementCtx, required: boolean) {
  const documents = rawList(o.documents);
  if (documents.includes("OTHER") && !rawText(o.otherDocument)) issue(ctx, ["otherDocument"], "otherDocumentName");
  if (documents.includes("RECOMMENDATION_LETTERS") && !rawText(o.recommendationLetters))
    issue(ctx, ["recommendationLetters"], "lettersCount");
  if (documents.includes("IMMUNISATION_RECORD") && !rawText(o.vaccines)) issue(ctx, ["vaccines"], "vaccinesRequired");
  const currency = rawText(o.feeCurrency).toUpperCase();
  const amount = rawText(o.feeAmount);
  if (o.feeKind === "PAID") {
    if (!currency) issue(ctx, ["feeCurrency"], "currencyRequired");
    if (!amount) issue(ctx, ["feeAmount"], "feeAmountRequired");
  }
  if (amount && currency && isCurrencyCode(currency)) {
    const minor = parseAmount(amount, currency);
    if (minor === "negative") issue(ctx, ["feeAmount"], "feeNegative");
    else if (minor === null) issue(ctx, ["feeAmount"], "feeInvalid");
    else if (minor === 0 && o.feeKind === "PAID") issue(ctx, ["feeAmount"], "feeZero");
  }
  if (!required) return;
  for (const field of REQUIRED_PRACTICAL_FIELDS) {
    const missing = field === "documents" ? documents.length === 0 : !rawText(o[field]);
    if (missing) issue(ctx, [field], "practicalRequired");
  }
}

/** The practical facts' fields of the opportunity form (all optional here; see `practicalChecks`). */
const practicalFields = {
  feeKind: z
    .enum(FEE_KINDS, choice("invalid"))
    .optional()
    .transform((v) => v ?? null),
  feeAmount: z
    .string()
    .max(40, { message: msg("feeInvalid") })
    .optional(),
  feeCurrency: z
    .string()
    .max(10, { message: msg("currencyInvalid") })
    .transform((v) => v.trim().toUpperCase())
    .refine(isCurrencyCode, { message: msg("currencyInvalid") })
    .optional()
    .transform((v) => v ?? null),
  feeCoversEn: optionalText(500),
  feeCoversIt: optionalText(500),
  visitorScope: z
    .enum(VISITOR_SCOPES, choice("invalid"))
    .optional()
    .transform((v) => v ?? null),
  documents: z
    .array(z.enum(REQUIRED_DOCUMENTS, choice("invalid")))
    .optional()
    .transform((v) => [...new Set(v ?? [])]),
  // 1–5 with RECOMMENDATION_LETTERS ticked (none ticked = 0 letters; decision 0037, app/requests/referees.ts LETTERS_MAX).
  recommendationLetters: intInRange(1, 5, "lettersRange")
    .optional()
    .transform((v) => v ?? null),
  vaccines: optionalText(300),
  otherDocument: optionalText(150),
  visaLetter: z
    .enum(["yes", "no"], choice("invalid"))
    .optional()
    .transform((v) => (v === undefined ? null : v === "yes")),
  housingTravelEn: optionalText(1_000, { multiline: true }),
  housingTravelIt: optionalText(1_000, { multiline: true }),
  workingHoursEn: optionalText(300),
  workingHoursIt: optionalText(300),
  dressCodeEn: optionalText(300),
  dressCodeIt: optionalText(300),
  contactName: optionalText(150),
  contactRole: optionalText(150),
  contactEmail: z
    .string()
    .max(254, { message: msg("emailInvalid") })
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.string().email({ message: msg("emailInvalid") }))
    .optional()
    .transform((v) => v ?? null),
};

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
  /** True when the required practical facts must be stated (a real opportunity published, or adopted). */
  requirePractical?: boolean;
}

/** The opportunity form (create and edit). */
export function createOpportunitySchema({
  today,
  isKnownTopic,
  savedWindows,
  savedCohortIds,
  published = false,
  requirePractical = false,
}: OpportunitySchemaOptions) {
  const horizon = addDays(today, DATE_HORIZON_DAYS);
  /** New windows and cohorts may not have ended already, nor end past the horizon. */
  const checkNewRange = (ctx: z.RefinementCtx, path: (string | number)[], r: DateRange, saved: boolean) => {
    if (saved) return;
    if (r.end < today) issue(ctx, [...path, "end"], "datePast");
    else if (r.end > horizon) issue(ctx, [...path, "end"], "dateTooFar");
  };

  return z.preprocess(
    (raw, ctx) => {
      if (raw && typeof raw === "object") practicalChecks(raw as Record<string, unknown>, ctx, requirePractical);
      return crossChecks(raw, ctx, published);
    },
    z.object({
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
      ...practicalFields,
    }),
  );
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

/**
 * Why the stored opportunity cannot be published (i18n keys), `[]` when it can. `missingFacts`:
 * the required practical facts a real opportunity has not stated (practical-facts.ts).
 */
export function publishProblems(
  o: { windows: DateRange[]; cohorts: DateRange[]; deadline: IsoDate | null; missingFacts?: readonly string[] },
  today: IsoDate,
): string[] {
  const out: string[] = (o.missingFacts ?? []).map((f) => msg(`practicalMissing.${f}`));
  const all = [...o.windows, ...o.cohorts];
  if (!all.length) out.push(msg("datesRequired"));
  else if (!all.some((r) => r.end >= today)) out.push(msg("datesAllPast"));
  if (o.deadline && o.deadline < today) out.push(msg("deadlinePast"));
  return out;
}
