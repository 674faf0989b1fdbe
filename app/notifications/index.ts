/**
 * The notifications domain's public module for other domains (pure, safe in the browser):
 * the kinds of e-mail the request workflow sends. Enqueueing mail goes through
 * `outbox.server.ts` (`enqueueEmail`, `kickOutbox`); people's settings through
 * `settings.server.ts`.
 */
export { REQUEST_KINDS } from "./kinds";
