/**
 * The requests domain: a request's life from the form to the stay. Its public module for
 * other domains (pure, safe in the browser): the seat arithmetic that capacity checks
 * share, and which statuses are still open. The state machine is `transitions.ts`; the
 * database side is reached through `workflow.server.ts`, `request.server.ts` and
 * `inbox.server.ts`.
 */
export { checkCohortSeats, cohortTaken, onSiteRuns, seatCalendar, type OnSiteRun, type OnSiteStay } from "./seats";
/** Statuses of a request still waiting for the centre's decision (the state machine's table). */
export { OPEN_STATES } from "./transitions";
/** Which side of the catalogue an applicant may request (issue 19). */
export { mayRequestAcross } from "./direction";
