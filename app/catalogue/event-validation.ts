/**
 * The coordinators' event form (issue 18): one schema for the browser and the server.
 * Error messages are i18n keys ("events:validation.…").
 *
 * Times (decision 0031): a timed event gives start and end as a date and a wall-clock time
 * in Europe/Rome; a time in the spring gap or the autumn repeated hour is refused with a
 * field error (never guessed). An all-day event gives its first and LAST day (inclusive in
 * the form; stored exclusive). The registration deadline (date and time, Europe/Rome) must
 * not fall after the start; capacity must not fall below the people already registered
 * (`registered`, known only to the server).
 */
import { z } from "zod";
import { addDays, isIsoDate } from "~/platform/calendar";
import { isLanguageCode } from "~/platform/fields";
import { zonedWallClockToUtc, type WallClockProblem } from "./event-time";
import { DESCRIPTION_MAX, optionalText, requiredText, TITLE_MAX } from "./opportunity-validation";
import { FEE_KINDS, parseAmount } from "./practical-facts";
import { CAREER_STAGES, PROFESSIONS } from "./vocabulary";

export const EVENT_KINDS = [
  "CONFERENCE",
  "CONGRESS",
  "COURSE",
  "WORKSHOP",
  "SIMULATION_SESSION",
  "WEBINAR",
  "OPEN_DAY",
] as const;
export type EventKindValue = (typeof EVENT_KINDS)[number];

export const EVENT_TOPICS_MAX = 10;
export const EVENT_LANGUAGES_MAX = 6;
export const EVENT_CAPACITY_MAX = 10_000;
export const EVENT_CO_ORGANISERS_MAX = 5;
/** The one currency of event fees: every centre is in Italy. */
export const EVENT_FEE_CURRENCY = "EUR";

const msg = (key: string) => `events:validation.${key}`;
const issue = (ctx: z.RefinementCtx, path: string, key: string) =>
  ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message: msg(key) });

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "yes" || v === "true");

const optionalDate = z
  .string()
  .optional()
  .refine((v) => !v || isIsoDate(v), { message: msg("dateInvalid") });
const optionalTime = z
  .string()
  .optional()
  .refine((v) => !v || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { message: msg("timeInvalid") });

const httpsUrl = z
  .string()
  .max(500, { message: msg("urlInvalid") })
  .optional()
  .refine(
    (v) => {
      if (!v) return true;
      try {
        const u = new URL(v);
        return u.protocol === "https:" || u.protocol === "http:";
      } catch {
        return false;
      }
    },
    { message: msg("urlInvalid") },
  )
  .transform((v) => v || null);

export interface EventSchemaOptions {
  /** Validates a topic id against the taxonomy (server only; the browser skips it). */
  isKnownTopic?: (id: string) => boolean;
  /** Centre slugs that may co-organise (server only). */
  isKnownCentre?: (slug: string) => boolean;
  /** People REGISTERED now (editing an event; server only): capacity may not go below it. */
  registered?: number;
}

const PROBLEM_KEY: Record<WallClockProblem, string> = {
  nonexistent: "timeNonexistent",
  ambiguous: "timeAmbiguous",
  invalid: "timeInvalid",
};

/**
 * The event form's schema. Output: the fields, plus `startsAt`/`endsAt` (UTC instants; for
 * all-day events midnight UTC of the first day and of the day after the last),
 * `startDate`/`endDate` (all-day: first day, exclusive end; else null) and
 * `registrationDeadline` (instant or null).
 */
export function createEventSchema({ isKnownTopic, isKnownCentre, registered = 0 }: EventSchemaOptions = {}) {
  return z
    .object({
      kind: z.enum(EVENT_KINDS, { errorMap: () => ({ message: msg("kindRequired") }) }),
      titleEn: requiredText(TITLE_MAX),
      titleIt: requiredText(TITLE_MAX),
      descriptionEn: requiredText(DESCRIPTION_MAX, { multiline: true }),
      descriptionIt: requiredText(DESCRIPTION_MAX, { multiline: true }),
      topics: z
        .array(z.string().max(80))
        .default([])
        .superRefine((list, ctx) => {
          if (list.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("topicsRequired") });
          if (list.length > EVENT_TOPICS_MAX)
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("tooManyTopics") });
          if (isKnownTopic && list.some((id) => !isKnownTopic(id)))
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("topicUnknown") });
        })
        .transform((list) => [...new Set(list)]),
      coOrganisers: z
        .array(z.string().max(80))
        .default([])
        .superRefine((list, ctx) => {
          if (list.length > EVENT_CO_ORGANISERS_MAX)
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("tooManyCentres") });
          if (isKnownCentre && list.some((s) => !isKnownCentre(s)))
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("centreUnknown") });
        })
        .transform((list) => [...new Set(list)]),
      allDay: checkbox,
      startDate: z.string({ required_error: msg("dateRequired") }).refine(isIsoDate, { message: msg("dateInvalid") }),
      startTime: optionalTime,
      endDate: z.string({ required_error: msg("dateRequired") }).refine(isIsoDate, { message: msg("dateInvalid") }),
      endTime: optionalTime,
      online: checkbox,
      venue: optionalText(200),
      address: optionalText(300),
      city: optionalText(100),
      onlineUrl: httpsUrl,
      languages: z
        .array(z.string())
        .default([])
        .superRefine((list, ctx) => {
          if (list.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("languagesRequired") });
          if (list.length > EVENT_LANGUAGES_MAX)
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("tooManyLanguages") });
          if (list.some((c) => !isLanguageCode(c)))
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("languageInvalid") });
        })
        .transform((list) => [...new Set(list)]),
      // Audience (optional; empty = anyone): the profile's own vocabularies.
      professions: z
        .array(z.enum(PROFESSIONS, { errorMap: () => ({ message: msg("audienceInvalid") }) }))
        .optional()
        .transform((v) => [...new Set(v ?? [])]),
      careerStages: z
        .array(z.enum(CAREER_STAGES, { errorMap: () => ({ message: msg("audienceInvalid") }) }))
        .optional()
        .transform((v) => [...new Set(v ?? [])]),
      capacity: z
        .number({ invalid_type_error: msg("notANumber") })
        .int({ message: msg("notANumber") })
        .min(1, { message: msg("capacityRange") })
        .max(EVENT_CAPACITY_MAX, { message: msg("capacityRange") })
        .optional()
        .transform((v) => v ?? null),
      deadlineDate: optionalDate,
      deadlineTime: optionalTime,
      externalUrl: httpsUrl,
      feeKind: z
        .enum(FEE_KINDS, { errorMap: () => ({ message: msg("feeKindInvalid") }) })
        .optional()
        .transform((v) => v ?? null),
      feeAmount: z.string().max(20).optional(),
      contactName: optionalText(120),
      contactEmail: z
        .string()
        .max(254)
        .optional()
        .refine((v) => !v || z.string().email().safeParse(v.trim()).success, { message: msg("emailInvalid") })
        .transform((v) => (v ? v.trim().toLowerCase() : null)),
    })
    .transform((v, ctx) => {
      let startsAt: Date | null = null;
      let endsAt: Date | null = null;
      let startDate: string | null = null;
      let endDate: string | null = null;
      if (v.allDay) {
        if (v.endDate < v.startDate) issue(ctx, "endDate", "endBeforeStart");
        startDate = v.startDate;
        endDate = addDays(v.endDate, 1);
        startsAt = new Date(`${startDate}T00:00:00Z`);
        endsAt = new Date(`${endDate}T00:00:00Z`);
      } else {
        const at = (date: string, time: string | undefined, field: string) => {
          if (!time) {
            issue(ctx, field, "timeRequired");
            return null;
          }
          const r = zonedWallClockToUtc(date, time);
          if (!r.ok) {
            issue(ctx, field, PROBLEM_KEY[r.problem]);
            return null;
          }
          return r.instant;
        };
        startsAt = at(v.startDate, v.startTime, "startTime");
        endsAt = at(v.endDate, v.endTime, "endTime");
        if (startsAt && endsAt && endsAt <= startsAt) issue(ctx, "endTime", "endBeforeStart");
      }
      let registrationDeadline: Date | null = null;
      if (v.deadlineDate) {
        const r = zonedWallClockToUtc(v.deadlineDate, v.deadlineTime || "23:59");
        if (!r.ok) issue(ctx, v.deadlineTime ? "deadlineTime" : "deadlineDate", PROBLEM_KEY[r.problem]);
        else registrationDeadline = r.instant;
        if (registrationDeadline && startsAt && registrationDeadline > startsAt)
          issue(ctx, "deadlineDate", "deadlineAfterStart");
      } else if (v.deadlineTime) issue(ctx, "deadlineDate", "dateRequired");
      if (v.online && !v.onlineUrl) issue(ctx, "onlineUrl", "onlineUrlRequired");
      if (!v.online && !v.venue) issue(ctx, "venue", "venueRequired");
      if (v.capacity !== null && v.capacity < registered) issue(ctx, "capacity", "capacityBelowRegistered");
      let feeAmountMinor: number | null = null;
      if (v.feeKind === "PAID") {
        const amount = parseAmount(v.feeAmount ?? "", EVENT_FEE_CURRENCY);
        if (amount === null || amount === "negative" || amount === 0) issue(ctx, "feeAmount", "feeAmountInvalid");
        else feeAmountMinor = amount;
      }
      if (!startsAt || !endsAt) return z.NEVER;
      return {
        kind: v.kind,
        titleEn: v.titleEn,
        titleIt: v.titleIt,
        descriptionEn: v.descriptionEn,
        descriptionIt: v.descriptionIt,
        topics: v.topics,
        coOrganisers: v.coOrganisers,
        allDay: v.allDay,
        startsAt,
        endsAt,
        startDate,
        endDate,
        online: v.online,
        venue: v.venue,
        address: v.address,
        city: v.city,
        onlineUrl: v.online ? v.onlineUrl : null,
        languages: v.languages,
        professions: v.professions,
        careerStages: v.careerStages,
        capacity: v.capacity,
        registrationDeadline,
        externalUrl: v.externalUrl,
        feeKind: v.feeKind,
        feeAmountMinor,
        feeCurrency: v.feeKind === "PAID" ? EVENT_FEE_CURRENCY : null,
        contactName: v.contactName,
        contactEmail: v.contactEmail,
      };
    });
}

export type EventInput = z.output<ReturnType<typeof createEventSchema>>;
