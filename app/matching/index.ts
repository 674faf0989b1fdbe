/**
 * The matching domain: why an opportunity fits a person. The ranker (`ranker.ts`) is pure;
 * the database side (`matching.server.ts`, `profile.server.ts`) is reached through those
 * named modules. Pure shapes that pages and other domains may need:
 */
export type { FitData, MatchResult } from "./types";
