/**
 * Feedback after a stay (issue 16, part 5), the pure half: the form's schema (Conform + Zod,
 * shared by browser and server) and the anonymity threshold. Error messages are i18n keys
 * ("requests:feedback.validation.…").
 */
import { z } from "zod";
import { codePointLength } from "~/platform/fields";
import { cleanText } from "./request-validation";

/** Longest free-text answer, in code points. */
export const FEEDBACK_TEXT_MAX = 1_000;
/** Coordinators see a centre's answers only once at least this many were given (anonymity). */
export const FEEDBACK_MIN_ANSWERS = 3;

const msg = (key: string) => `requests:feedback.validation.${key}`;

const FreeText = z
  .string()
  .max(FEEDBACK_TEXT_MAX * 4, { message: msg("tooLong") })
  .optional()
  .transform((v) => cleanText(v ?? ""))
  .superRefine((v, ctx) => {
    if (codePointLength(v) > FEEDBACK_TEXT_MAX) ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("tooLong") });
  });

/**
 * The feedback form: `rating` 1–5 (overall), `wouldRecommend` "yes" | "no", and the optional
 * free texts `mostUseful` and `couldBeBetter` (at most FEEDBACK_TEXT_MAX code points each).
 */
export const FeedbackSchema = z.object({
  rating: z
    .number({ required_error: msg("ratingRequired"), invalid_type_error: msg("ratingRequired") })
    .int({ message: msg("ratingRequired") })
    .min(1, { message: msg("ratingRequired") })
    .max(5, { message: msg("ratingRequired") }),
  wouldRecommend: z.enum(["yes", "no"], {
    required_error: msg("recommendRequired"),
    invalid_type_error: msg("recommendRequired"),
  }),
  mostUseful: FreeText,
  couldBeBetter: FreeText,
});

export type FeedbackValue = z.output<typeof FeedbackSchema>;

/** A centre's aggregated feedback, or "too few" below FEEDBACK_MIN_ANSWERS (nothing else shown). */
export type FeedbackSummary =
  | { status: "too-few"; answers: number }
  | {
      status: "ok";
      answers: number;
      /** Mean rating, 1–5, rounded to one decimal. */
      averageRating: number;
      /** Answers per rating, index 0 = rating 1. */
      ratings: [number, number, number, number, number];
      recommend: number;
      /** Free-text comments without names or dates, sorted alphabetically (so order says nothing of who or when). */
      mostUseful: string[];
      couldBeBetter: string[];
    };
