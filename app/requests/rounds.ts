/**
 * Allocation rounds (issue 17 part 1; decision 0040), the pure part shared by browser and
 * server: the round's phase as of a day, and the schemas of its three forms (create a round,
 * apply and rank programmes, rank a programme's applicants). Error messages are i18n keys
 * ("rounds:validation.…") that the form kit translates.
 *
 * Dates are calendar days `YYYY-MM-DD`, inclusive, UTC (app/platform/calendar.ts): the
 * application period runs from `applicationStart` to `applicationEnd`; ranking runs after it
 * up to `rankingDeadline`; the round can be run the day after the deadline.
 */
import { z } from "zod";
import { compareIsoDates, isIsoDate, type IsoDate } from "~/platform/calendar";
import { codePointLength } from "~/platform/fields";
import { TEXT_LIMITS } from "~/platform/text-limits";

/** Stored states (the Prisma enum AllocationRoundState). */
export type RoundState = "OPEN" | "RANKING" | "PROPOSED" | "CONFIRMED";

/** What a round is doing on a day. "scheduled": before its application period. */
export type RoundPhase = "scheduled" | "open" | "ranking" | "ready" | "proposed" | "confirmed";

/**
 * The phase of a round on `today`: PROPOSED/CONFIRMED as stored; otherwise by the dates:
 * before `applicationStart` "scheduled", up to `applicationEnd` "open", up to
 * `rankingDeadline` "ranking", after it "ready" (to be run).
 */
export function roundPhase(
  round: { state: RoundState; applicationStart: IsoDate; applicationEnd: IsoDate; rankingDeadline: IsoDate },
  today: IsoDate,
): RoundPhase {
  if (round.state === "PROPOSED") return "proposed";
  if (round.state === "CONFIRMED") return "confirmed";
  if (compareIsoDates(today, round.applicationStart) < 0) return "scheduled";
  if (compareIsoDates(today, round.applicationEnd) <= 0) return "open";
  if (compareIsoDates(today, round.rankingDeadline) <= 0) return "ranking";
  return "ready";
}

export const ROUND_NAME_MAX = 120;
export const ROUND_MESSAGE_MAX = TEXT_LIMITS.reasonMax;
export const ROUND_MAX_CHOICES = 10;
/** The value of a ranking select that marks an applicant unacceptable to the programme. */
export const UNACCEPTABLE = "unacceptable";

const msg = (key: string) => `rounds:validation.${key}`;
const clean = (v: string) => v.trim().normalize("NFC").replace(/\r\n?/g, "\n");
const isoDate = z
  .string({ required_error: msg("required") })
  .trim()
  .refine((v) => isIsoDate(v), msg("date"));
const text = (max: number) =>
  z
    .string({ required_error: msg("required") })
    .transform(clean)
    .refine((v) => v.length > 0, msg("required"))
    .refine((v) => codePointLength(v) <= max, msg("tooLong"));

/** The validated new round. */
export interface RoundInput {
  name: string;
  applicationStart: IsoDate;
  applicationEnd: IsoDate;
  rankingDeadline: IsoDate;
  maxChoices: number;
  declineMessageEn: string;
  declineMessageIt: string;
  cohortIds: string[];
}

/**
 * The create-round form as of `today`: the period starts today or later and ends on or after
 * its start; the ranking deadline is after the period's end (field error on
 * `rankingDeadline`); 1..10 choices; one or more of the offered cohorts (`isOfferedCohort`,
 * the coordinator's centre's, or any for an admin).
 */
export function createRoundSchema({
  today,
  isOfferedCohort = () => true,
}: { today?: IsoDate; isOfferedCohort?: (id: string) => boolean } = {}) {
  return z
    .object({
      name: text(ROUND_NAME_MAX),
      applicationStart: isoDate,
      applicationEnd: isoDate,
      rankingDeadline: isoDate,
      maxChoices: z.coerce
        .number({ required_error: msg("required"), invalid_type_error: msg("maxChoices") })
        .int(msg("maxChoices"))
        .min(1, msg("maxChoices"))
        .max(ROUND_MAX_CHOICES, msg("maxChoices")),
      declineMessageEn: text(ROUND_MESSAGE_MAX),
      declineMessageIt: text(ROUND_MESSAGE_MAX),
      cohortIds: z
        .array(z.string(), { required_error: msg("cohorts") })
        .min(1, msg("cohorts"))
        .refine((ids) => new Set(ids).size === ids.length && ids.every((id) => isOfferedCohort(id)), msg("cohorts")),
    })
    .superRefine((v, ctx) => {
      if (today && compareIsoDates(v.applicationStart, today) < 0)
        ctx.addIssue({ code: "custom", path: ["applicationStart"], message: msg("startPast") });
      if (compareIsoDates(v.applicationEnd, v.applicationStart) < 0)
        ctx.addIssue({ code: "custom", path: ["applicationEnd"], message: msg("endBeforeStart") });
      if (compareIsoDates(v.rankingDeadline, v.applicationEnd) <= 0)
        ctx.addIssue({ code: "custom", path: ["rankingDeadline"], message: msg("deadlineBeforeEnd") });
    });
}

/** The validated application: motivation and programme ids, first choice first. */
export interface ApplicationInput {
  motivation: string;
  choices: string[];
}

/**
 * The application form of a round: `choices[0]` is the first choice (a programme id of the
 * round, or empty); at most `maxChoices`, at least one, no gaps, and no programme twice
 * (field error on the repeat).
 */
export function applicationSchema({
  maxChoices,
  programmeIds,
}: {
  maxChoices: number;
  programmeIds: readonly string[];
}) {
  const known = new Set(programmeIds);
  return z
    .object({
      motivation: text(TEXT_LIMITS.motivationMax),
      choices: z.array(z.string().trim().optional()).default([]),
    })
    .superRefine((v, ctx) => {
      if (v.choices.length > maxChoices)
        ctx.addIssue({ code: "custom", path: ["choices"], message: msg("tooManyChoices") });
      const seen = new Set<string>();
      let gap = false;
      v.choices.forEach((c, i) => {
        if (!c) {
          gap = true;
          return;
        }
        if (gap) ctx.addIssue({ code: "custom", path: ["choices", i], message: msg("choiceGap") });
        else if (!known.has(c)) ctx.addIssue({ code: "custom", path: ["choices", i], message: msg("choiceUnknown") });
        else if (seen.has(c)) ctx.addIssue({ code: "custom", path: ["choices", i], message: msg("choiceTwice") });
        seen.add(c);
      });
      if (!v.choices.some(Boolean)) ctx.addIssue({ code: "custom", path: ["choices", 0], message: msg("choiceNone") });
    })
    .transform(
      (v): ApplicationInput => ({ motivation: v.motivation, choices: v.choices.filter((c): c is string => !!c) }),
    );
}

/** One applicant's entry in a programme's ranking: a position (1 = best) or null (unacceptable). */
export interface RankingEntry {
  applicationId: string;
  position: number | null;
}

/**
 * A programme's ranking form: `entries[i].applicationId` and `entries[i].position` ("1".."n"
 * or "unacceptable"; an empty select is unacceptable too). Two applicants on one position is
 * a field error on the second. Whether each application belongs to the programme is the
 * server's check (409).
 */
export function rankingSchema() {
  return z
    .object({
      programmeId: z.string({ required_error: msg("required") }).min(1),
      entries: z
        .array(
          z.object({
            applicationId: z.string({ required_error: msg("required") }).min(1),
            position: z
              .string()
              .trim()
              .optional()
              .refine((v) => !v || v === UNACCEPTABLE || /^[1-9][0-9]{0,3}$/.test(v), msg("position")),
          }),
        )
        .default([]),
    })
    .superRefine((v, ctx) => {
      const seen = new Set<string>();
      v.entries.forEach((e, i) => {
        if (seen.has(e.applicationId))
          ctx.addIssue({ code: "custom", path: ["entries", i, "applicationId"], message: msg("applicantTwice") });
        seen.add(e.applicationId);
      });
      const taken = new Set<string>();
      v.entries.forEach((e, i) => {
        if (!e.position || e.position === UNACCEPTABLE) return;
        if (taken.has(e.position))
          ctx.addIssue({ code: "custom", path: ["entries", i, "position"], message: msg("positionTwice") });
        taken.add(e.position);
      });
    })
    .transform((v) => ({
      programmeId: v.programmeId,
      entries: v.entries.map(
        (e): RankingEntry => ({
          applicationId: e.applicationId,
          position: e.position && e.position !== UNACCEPTABLE ? Number(e.position) : null,
        }),
      ),
    }));
}
