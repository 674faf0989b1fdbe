/**
 * The matching's hard constraints on the person, for one opportunity, in words a page can
 * show (issue 16, part 3): the same rules the ranker applies with bit masks over its index
 * (ranker.ts, "Hard constraints"), here on plain values. Pure: no I/O, no clock.
 *
 * - profession, career stage: an empty list accepts anyone; a profile without one fails a
 *   restricted opportunity;
 * - languages: each required language at least at its CEFR level (A1 < A2 < B1 < B2 < C1 <
 *   C2); ISO 639-1 codes compared case-insensitively.
 */
import type { CareerStage, CefrLevel, LanguageLevel, Profession } from "./types";

/** CEFR levels, lowest first (the ranker's order). */
export const CEFR_LEVELS: readonly CefrLevel[] = ["A1", "A2", "B1", "B2", "C1", "C2"];

/** One hard constraint the person does not meet. */
export type ProfileShortfall =
  | { code: "profession" }
  | { code: "careerStage" }
  /** `yourLevel` null: the person does not list the language. */
  | { code: "language"; language: string; level: CefrLevel; yourLevel: CefrLevel | null };

/**
 * What the person lacks for the opportunity among the profile constraints, in the ranker's
 * order (profession, career stage, each required language in the opportunity's order);
 * `[]` when they meet them all.
 */
export function profileShortfalls(
  opportunity: {
    professions: readonly Profession[];
    careerStages: readonly CareerStage[];
    languages: readonly LanguageLevel[];
  },
  profile: { profession: Profession | null; careerStage: CareerStage | null; languages: readonly LanguageLevel[] },
): ProfileShortfall[] {
  const out: ProfileShortfall[] = [];
  if (opportunity.professions.length && !(profile.profession && opportunity.professions.includes(profile.profession)))
    out.push({ code: "profession" });
  if (
    opportunity.careerStages.length &&
    !(profile.careerStage && opportunity.careerStages.includes(profile.careerStage))
  )
    out.push({ code: "careerStage" });
  for (const need of opportunity.languages) {
    const spoken = profile.languages.find((l) => l.code.toLowerCase() === need.code.toLowerCase());
    const yours = spoken ? CEFR_LEVELS.indexOf(spoken.level) : -1;
    if (yours < CEFR_LEVELS.indexOf(need.level))
      out.push({
        code: "language",
        language: need.code.toLowerCase(),
        level: need.level,
        yourLevel: spoken?.level ?? null,
      });
  }
  return out;
}
