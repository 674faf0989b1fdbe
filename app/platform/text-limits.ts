/**
 * The longest free texts Ponte accepts, in Unicode code points, and their values as the UI
 * prints them. One place, so that a limit and the sentence that states it cannot disagree:
 * validation messages say "at most {{motivationMax}} characters", and the error list fills the
 * figure in the page's language ("4,000" / "4.000": issue 13, part 7).
 */
import { formatCount } from "~/platform/number-format";

export const TEXT_LIMITS = {
  /** Research statement on the profile. */
  statementMax: 4_000,
  /** Motivation of a request. */
  motivationMax: 4_000,
  /** Answer to one of an opportunity's questions. */
  answerMax: 2_000,
  /** Message in a request's thread, and the contact form's message. */
  messageMax: 4_000,
  /** Reason given when declining or cancelling. */
  reasonMax: 1_000,
  /** A coordinator's personal note when inviting a suggested applicant to apply. */
  inviteMessageMax: 1_000,
} as const;

/** Every limit formatted for `language`, as i18next interpolation values. */
export function textLimitValues(language: string): Record<keyof typeof TEXT_LIMITS, string> {
  const out = {} as Record<keyof typeof TEXT_LIMITS, string>;
  for (const [name, value] of Object.entries(TEXT_LIMITS)) out[name as keyof typeof TEXT_LIMITS] = formatCount(value, language);
  return out;
}
