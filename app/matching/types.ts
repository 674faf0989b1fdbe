/**
 * Shapes of the matching ranker's inputs and outputs (pure data, no I/O).
 *
 * Dates are calendar dates `YYYY-MM-DD` (UTC calendar, no time zone); every
 * range is inclusive of both ends. Topic ids are taxonomy keys
 * (prisma/data/taxonomy.json `key`).
 */
import type { CareerStage, CefrLevel, OpportunityType, Profession } from "../../prisma/data/types";
import type { DateRange, IsoDate } from "~/platform/calendar";

export type { CareerStage, CefrLevel, DateRange, IsoDate, OpportunityType, Profession };

/** One node of the interest taxonomy; `id` is the topic key, `parentId` null for a root. */
export interface TaxonomyTopic {
  id: string;
  parentId: string | null;
  /** Label and synonyms by language; bridges an Italian statement to English text and back. */
  names?: { en: readonly string[]; it: readonly string[] };
}

/** A language with a CEFR level (ISO 639-1 code, compared case-insensitively). */
export interface LanguageLevel {
  code: string;
  level: CefrLevel;
}

/** A cohort: a fixed stay taken whole, with its own seats. */
export interface MatchCohort {
  id: string;
  start: IsoDate;
  end: IsoDate;
  /** Visitors the cohort takes in total. */
  seats: number;
}

/** An opportunity as the ranker sees it (the caller passes published ones only). */
export interface MatchOpportunity {
  id: string;
  centreId: string;
  type: OpportunityType;
  title: string;
  description: string;
  /** Taxonomy topic keys; keys missing from the taxonomy are ignored. */
  topicIds: string[];
  /** Languages the visitor must speak, each at least at the level given. */
  languages: LanguageLevel[];
  /** Eligible professions; empty means any. */
  professions: Profession[];
  /** Eligible career stages; empty means any. */
  careerStages: CareerStage[];
  /** Visitors on site on any single day, for stays in `windows`. */
  seats: number;
  /** Shortest and longest stay in `windows`, in days (inclusive count). */
  minDays: number;
  maxDays: number;
  /** Last day to apply, inclusive; null = open. */
  deadline: IsoDate | null;
  /** Date windows in which a stay may fall (inclusive); may be empty when cohorts are used. */
  windows: DateRange[];
  cohorts: MatchCohort[];
}

export type InterestWeight = "CORE" | "ALSO";

/** The applicant's side of the match. */
export interface MatchProfile {
  /** null (not yet given) fails every opportunity that restricts professions. */
  profession: Profession | null;
  /** null (not yet given) fails every opportunity that restricts career stages. */
  careerStage: CareerStage | null;
  languages: LanguageLevel[];
  /** Topic keys; CORE weighs twice ALSO; unknown keys are ignored; a key given twice keeps its higher weight. */
  interests: { topicId: string; weight: InterestWeight }[];
  /** Free text, any length; only the first terms are searched (see ranker). */
  statement: string;
  /** Wanted kinds of stay; empty = no preference (neutral). */
  stayTypes: OpportunityType[];
  /**
   * Availability windows (inclusive; overlapping or adjacent ones are joined; days
   * before today and beyond 10 years ahead are ignored). Empty = flexible: any day
   * from today to the last day any window or cohort of the catalogue ends
   * (`catalogueHorizon`), or up to `horizonDays` ahead when that option is given.
   */
  windows: DateRange[];
}

/** Approved visitors, as the request workflow counts them. */
export interface Occupancy {
  /** opportunityId → (calendar date → visitors on site that day); days absent = 0. */
  byDay: ReadonlyMap<string, ReadonlyMap<IsoDate, number>>;
  /** cohortId → visitors approved for the cohort. */
  byCohort: ReadonlyMap<string, number>;
}

/** Names of the score's parts; their rounded values add up to the score. */
export type PartName = "topics" | "text" | "type" | "dates" | "deadline";

/**
 * A structured, translatable explanation. The UI renders `matching:reason.<code>`
 * (exclusions: `matching:exclusion.<code>`) with i18next, passing `params`.
 *
 * Convention: a param ending in `Key` (`oppTopicKey`, `typeKey`, `languageKey`,
 * …) is a key the UI maps to a label and passes under the same name without
 * `Key` (`oppTopic`, `type`, `language`); `start`/`end`/`deadline` are ISO
 * dates the UI formats in place. Topic reasons carry `weight: "core" | "also"`,
 * which the UI passes as i18next `context` (keys `exact_core`, `exact_also`, …);
 * `deadline.soon` carries `count` (= days) for i18next plurals (`_zero`, `_one`,
 * `_other`).
 *
 * Reason codes (results) and their params:
 * - `topic.exact`    {oppTopicKey, profileTopicKey, weight} (the two keys are equal)
 * - `topic.narrower` {oppTopicKey, profileTopicKey, weight, levels}: the opportunity's
 *   topic lies `levels` below your interest (a kind of it)
 * - `topic.broader`  {oppTopicKey, profileTopicKey, weight, levels}: the opportunity's
 *   topic lies `levels` above your interest (it contains it)
 * - `topic.related`  {oppTopicKey, profileTopicKey, sharedTopicKey, weight}: siblings or
 *   cousins under `sharedTopicKey`
 * - `text.related`   {terms}: up to five matching words of your statement, ", "-joined
 * - `type.wanted`    {typeKey}: an OpportunityType you asked for
 * - `language.ok`    {languageKey, level, yourLevel}: one per required language
 * - `dates.free`     {start, end, days}: the earliest stay with a free seat every day
 * - `dates.cohort`   {start, end, cohortId}: the earliest cohort with a free seat
 * - `deadline.soon`  {deadline, days, count}: 0…14 days left to apply (0 = today is the last day)
 *
 * Exclusion codes (`explainExclusion`) and their params:
 * - `exclusion.hidden` {}: you marked it "not interested"
 * - `exclusion.unknown` {}: no such opportunity in the index
 * - `exclusion.profession` {}: your profession is not among those eligible (or not given)
 * - `exclusion.careerStage` {}: your career stage is not among those eligible (or not given)
 * - `exclusion.language` {languageKey, level, yourLevel}: `yourLevel` is "" when you do not speak it
 * - `exclusion.deadline` {deadline}
 * - `exclusion.dates` {}: no free seat for a long-enough stay within your dates
 * - `exclusion.relevance` {}: no shared or related topic, and no text match strong enough alone (`MATCH_WEIGHTS.textRelevanceMin`)
 * - `exclusion.noInterests` {}: the profile names no known topic yet
 */
export interface Reason {
  code: string;
  params: Record<string, string | number>;
}

/** The stay the ranker proposes: a date range, plus `cohortId` for a cohort. */
export type ProposedWindow = DateRange & { cohortId?: string };

export interface MatchResult {
  opportunityId: string;
  /** Sum of `parts` (each rounded to 3 decimals), so it equals their sum exactly. */
  score: number;
  parts: Record<PartName, number>;
  reasons: Reason[];
  /** Earliest feasible stay; never null for a returned result (no free stay means dropped). */
  earliestWindow: ProposedWindow;
}

export interface RankOptions {
  /** Keep at most this many results (after sorting). Default: all. */
  limit?: number;
  /** Opportunity ids the applicant hid ("not interested"). */
  exclude?: ReadonlySet<string>;
  /** Days ahead of today searched when the profile has no windows (default: the catalogue's own horizon, every open window). */
  horizonDays?: number;
}

/** `OpportunityFit` as the page shows it: JSON-safe, reasons already in words (UI language). */
export type FitData =
  | { status: "noInterests" }
  | { status: "hidden" }
  | { status: "excluded"; reason: string }
  | {
      status: "ranked";
      rank: number;
      of: number | null;
      score: number;
      parts: MatchResult["parts"];
      reasons: string[];
      earliest: { start: string; range: string };
    };
