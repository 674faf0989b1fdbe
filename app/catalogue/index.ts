/**
 * The catalogue's public module for other domains (pure, safe in the browser): the shared
 * vocabulary of opportunities and profiles, and the catalogue's display pieces. Server-side
 * services are reached through the named `*.server.ts` modules of this folder.
 */
export { CAREER_STAGES, CEFR_LEVELS, PROFESSIONS, STAY_TYPES } from "./vocabulary";
export { ExampleBadge, ExampleNotRequestable, realProgrammesHref } from "./ui/example-badge";
export { eventListEntry } from "./event-view";
export { utcToZonedWallClock } from "./event-time";
/** Form pieces and the topic options the partner search's form shares (issue 19). */
export { SelectField, TextareaField } from "./ui/form-fields";
export { TopicOptions, type TopicOption } from "./ui/topic-options";
