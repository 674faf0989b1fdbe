/**
 * The catalogue's public module for other domains (pure, safe in the browser): the shared
 * vocabulary of opportunities and profiles, and the catalogue's display pieces. Server-side
 * services are reached through the named `*.server.ts` modules of this folder.
 */
export { CAREER_STAGES, CEFR_LEVELS, PROFESSIONS, STAY_TYPES } from "./vocabulary";
export { ExampleBadge, ExampleNotRequestable, realProgrammesHref } from "./ui/example-badge";
export { eventListEntry } from "./event-view";
export { utcToZonedWallClock } from "./event-time";
