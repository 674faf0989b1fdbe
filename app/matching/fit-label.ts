/**
 * The fit label a person reads instead of the raw score: "Excellent", "Good" or "Possible
 * fit", and each part of the score as a share of the whole. Pure; the thresholds and how
 * they were chosen are in docs/decisions/0021-matching-relevance.md ("Fit labels").
 */

/** Lowest scores of each label (inclusive); below `good` is "possible". Measured on the judged set. */
export const FIT_THRESHOLDS = Object.freeze({ excellent: 4.5, good: 2.5 });

export type FitLevel = "excellent" | "good" | "possible";

/** The label of a ranked result's score (a sum of parts ≥ 0, see ranker.ts). */
export function fitLevel(score: number): FitLevel {
  if (score >= FIT_THRESHOLDS.excellent) return "excellent";
  if (score >= FIT_THRESHOLDS.good) return "good";
  return "possible";
}

const percent = new Map<string, Intl.NumberFormat>();

/**
 * A part as a whole-number share of the score ("45%", "45 %" as the locale writes it);
 * "0%" when the score is 0. Shares are rounded separately, so they may not add to 100.
 */
export function formatShare(part: number, score: number, language: string): string {
  const locale = language === "it" ? "it-IT" : "en-GB";
  let f = percent.get(locale);
  if (!f) percent.set(locale, (f = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 })));
  return f.format(score > 0 ? part / score : 0);
}
