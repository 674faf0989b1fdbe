/**
 * The matching domain: why an opportunity fits a person. The ranker (`ranker.ts`) is pure;
 * the database side (`matching.server.ts`, `profile.server.ts`) is reached through those
 * named modules. Pure shapes that pages and other domains may need:
 */
export type { FitData, MatchResult, Reason } from "./types";
/** The taxonomy tree and the wording of reasons, shared with the partner search (issue 19). */
export { ancestorsOf, buildTopicTree, type TopicTree } from "./taxonomy";
export { formatDay, reasonText, type TopicLabels } from "./match-text";
/** The profile's hard constraints for one opportunity, as the request pre-check lists them (issue 16). */
export { CEFR_LEVELS, profileShortfalls, type ProfileShortfall } from "./eligibility";
