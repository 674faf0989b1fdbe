/**
 * THE transition table of a request, and `decide`, the pure function that reads it.
 *
 * Rule (docs/architecture.md, "Requests: an explicit state machine"; the issue "one
 * transition table…"): this file is the only place that says which action is legal from
 * which state for which actor, which guards apply, and which notifications a move triggers.
 * Routes, jobs and `apply.server.ts` ask `decide`; nothing else compares statuses.
 *
 * Decisions recorded here:
 * - ADMIN acts as COORDINATOR, on any centre. Which centres a coordinator may touch is not
 *   this table's business: it lives in the query's `where` (see apply.server.ts `scope`).
 *   The audit row still records ADMIN.
 * - `assign` moves SUBMITTED → IN_REVIEW (someone is now on it, as `open`), and keeps
 *   IN_REVIEW and INFO_REQUESTED as they are.
 * - `decline` is also legal from INFO_REQUESTED: otherwise a request whose applicant never
 *   answers could never leave the inbox (its clock is paused, so it cannot expire either).
 * - `expire` and `remind` name INFO_REQUESTED as a legal state but its guard always refuses
 *   there (code "paused"): the clock does not run while the centre waits for the applicant.
 * - `cancel` is refused after the stay's last day (code "ended"): such a stay completes.
 * - `submit` is the creation of a request: from the pseudo-state "NEW" only.
 * - Precedence of refusals: unknown action (400) → actor never allowed this action (403) →
 *   action not legal from this state (409) → a guard (422 for bad input, 409 otherwise).
 *
 * Dates: `today` and stays are calendar dates `YYYY-MM-DD`, ranges inclusive
 * (app/platform/calendar.ts); instants are UTC `Date`s (app/requests/clock.ts).
 */
import { REQUEST_KINDS } from "~/notifications";
import type { MessageKind, RequestStatus } from "~/generated/prisma/enums";
import { isValidRange, toDayNumber, type DateRange, type IsoDate } from "~/platform/calendar";
import type { ClockState } from "./clock";

// ─── Vocabulary ─────────────────────────────────────────────────────────────

/** Every request status, in lifecycle order (the Prisma enum RequestStatus). */
export const STATES = [
  "SUBMITTED",
  "IN_REVIEW",
  "INFO_REQUESTED",
  "APPROVED",
  "DECLINED",
  "WITHDRAWN",
  "CANCELLED",
  "COMPLETED",
  "EXPIRED",
] as const satisfies readonly RequestStatus[];

/** A request status. */
export type State = RequestStatus;

/** The state before a request exists: only `submit` leaves it. */
export const NEW = "NEW" as const;

/** Where a move starts: a status, or `NEW` for the submission. */
export type From = State | typeof NEW;

/** Open states: waiting for the centre's decision; the response clock applies. */
export const OPEN_STATES = ["SUBMITTED", "IN_REVIEW", "INFO_REQUESTED"] as const satisfies readonly State[];

/** Final states: nothing but internal notes happens after these. */
export const FINAL_STATES = [
  "DECLINED",
  "WITHDRAWN",
  "CANCELLED",
  "COMPLETED",
  "EXPIRED",
] as const satisfies readonly State[];

/** True for SUBMITTED, IN_REVIEW and INFO_REQUESTED. */
export function isOpen(state: State): boolean {
  return (OPEN_STATES as readonly State[]).includes(state);
}

/** Every action: the form `intent`s and the system's (job) actions. */
export const ACTIONS = [
  "submit",
  "open",
  "assign",
  "request-info",
  "answer",
  "message",
  "note",
  "approve",
  "decline",
  "withdraw",
  "cancel",
  "complete",
  "expire",
  "remind",
] as const;

/** A workflow action (form `intent` or system action). */
export type Action = (typeof ACTIONS)[number];

/** True when `value` is one of `ACTIONS` (use it to parse a form's `intent`). */
export function isAction(value: unknown): value is Action {
  return typeof value === "string" && (ACTIONS as readonly string[]).includes(value);
}

/** Who acts, as recorded in `RequestEvent.actorKind` (the Prisma enum ActorKind). */
export type Actor = "APPLICANT" | "COORDINATOR" | "ADMIN" | "SYSTEM";

/** Every actor kind. */
export const ACTORS = ["APPLICANT", "COORDINATOR", "ADMIN", "SYSTEM"] as const satisfies readonly Actor[];

/** The rights an actor has in the table: ADMIN has a coordinator's. */
export type Role = "APPLICANT" | "COORDINATOR" | "SYSTEM";

/** The table role of an actor (ADMIN → COORDINATOR). */
export function roleOf(actor: Actor): Role {
  return actor === "ADMIN" ? "COORDINATOR" : actor;
}

// ─── Notifications and other effects ────────────────────────────────────────

/** Every e-mail kind the workflow sends (one React Email template each). */
export const NOTIFICATION_KINDS = REQUEST_KINDS;

/** A workflow e-mail kind (`Notification.kind`). */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Who receives a notification: the request's applicant; its assignee; or "coordinators",
 * meaning the assignee when there is one, otherwise every coordinator of the centre.
 * The actor never receives their own move's mail.
 */
export type Recipient = "applicant" | "assignee" | "coordinators";

/** One notification a move triggers. */
export interface NotifySpec {
  kind: NotificationKind;
  to: Recipient;
  /** Attach an iCalendar file: `request` (METHOD:REQUEST, SEQUENCE = version) or `cancel`. */
  ics?: "request" | "cancel";
  /** Only when the move starts from one of these states. */
  onlyFrom?: readonly State[];
}

/** What a move does to the response clock (clock.ts). */
export type ClockEffect = "start" | "pause" | "resume" | "stop";

/** Background jobs tied to a request (one pending job per kind and request). */
export type JobKind = "remind" | "expire" | "complete";

/** Everything a legal move asks the model layer to do besides the status change. */
export interface Effects {
  /** Notifications to enqueue in the same transaction (already filtered by actor and state). */
  notify: NotifySpec[];
  /** The clock change, or null when the clock is untouched. */
  clock: ClockEffect | null;
  /** Jobs to (re)schedule: remind/expire at the clock's instants, complete after the stay. */
  schedule: JobKind[];
  /** Pending jobs that no longer apply. */
  unschedule: JobKind[];
  /** The Message row this move writes (its body is `context.body`), or null. */
  message: MessageKind | null;
}

// ─── The table ──────────────────────────────────────────────────────────────

/** A named precondition beyond state and actor; see `GuardCode` for its refusals. */
export type Guard =
  | "body" // a non-blank message body
  | "assignee" // an assignee id
  | "final-dates" // approve: valid final dates, not starting before today
  | "reason" // a non-blank reason, shown to the applicant
  | "before-start" // from APPROVED only: today < stay.start
  | "not-ended" // today <= stay.end
  | "ended" // today > stay.end
  | "due" // the clock runs and now >= dueAt
  | "reminder-due"; // the clock runs, no reminder yet, now >= reminderAt

/** One row of the table: an action, who may take it, from where to where. */
export interface TransitionRule {
  /** Roles allowed to take the action (any other → "forbidden"). */
  actors: readonly Role[];
  /** Legal starting states and where each leads (a missing state → "illegal"). */
  moves: Readonly<Partial<Record<From, State>>>;
  /** Checked in order; the first failure is the refusal. */
  guards: readonly Guard[];
  /** Notifications, per acting role. */
  notify: Readonly<Partial<Record<Role, readonly NotifySpec[]>>>;
  /** Message row written by the move. */
  message?: MessageKind;
}

const same = <S extends State>(...states: S[]) =>
  Object.fromEntries(states.map((s) => [s, s])) as Partial<Record<From, State>>;

/**
 * THE transition table (see the file comment for the decisions behind it).
 *
 * | action       | role(s)                 | from → to                                                   |
 * | submit       | APPLICANT               | NEW → SUBMITTED                                             |
 * | open         | COORDINATOR             | SUBMITTED → IN_REVIEW (also first, by `movesFor`)           |
 * | assign       | COORDINATOR             | SUBMITTED → IN_REVIEW; IN_REVIEW, INFO_REQUESTED unchanged  |
 * | request-info | COORDINATOR             | IN_REVIEW → INFO_REQUESTED (clock pauses)                   |
 * | answer       | APPLICANT               | INFO_REQUESTED → IN_REVIEW (clock resumes)                  |
 * | message      | APPLICANT, COORDINATOR  | open states and APPROVED, unchanged                         |
 * | note         | COORDINATOR             | every state, unchanged (internal)                           |
 * | approve      | COORDINATOR             | SUBMITTED, IN_REVIEW → APPROVED                             |
 * | decline      | COORDINATOR             | SUBMITTED, IN_REVIEW, INFO_REQUESTED → DECLINED             |
 * | withdraw     | APPLICANT               | open states, APPROVED (before the start date) → WITHDRAWN   |
 * | cancel       | COORDINATOR             | APPROVED → CANCELLED                                        |
 * | complete     | SYSTEM                  | APPROVED → COMPLETED (after the end date)                   |
 * | expire       | SYSTEM                  | open states → EXPIRED (clock ran out; never while paused)   |
 * | remind       | SYSTEM                  | open states, unchanged (once, at half time; not paused)     |
 */
export const transitions: Readonly<Record<Action, TransitionRule>> = {
  submit: {
    actors: ["APPLICANT"],
    moves: { NEW: "SUBMITTED" },
    guards: [],
    notify: {
      APPLICANT: [
        { kind: "request-received", to: "applicant" },
        { kind: "request-new", to: "coordinators" },
      ],
    },
  },
  open: {
    actors: ["COORDINATOR"],
    moves: { SUBMITTED: "IN_REVIEW" },
    guards: [],
    notify: {},
  },
  assign: {
    actors: ["COORDINATOR"],
    moves: { SUBMITTED: "IN_REVIEW", IN_REVIEW: "IN_REVIEW", INFO_REQUESTED: "INFO_REQUESTED" },
    guards: ["assignee"],
    notify: { COORDINATOR: [{ kind: "request-assigned", to: "assignee" }] },
  },
  "request-info": {
    actors: ["COORDINATOR"],
    moves: { IN_REVIEW: "INFO_REQUESTED" },
    guards: ["body"],
    notify: { COORDINATOR: [{ kind: "request-info-requested", to: "applicant" }] },
    message: "INFO_REQUEST",
  },
  answer: {
    actors: ["APPLICANT"],
    moves: { INFO_REQUESTED: "IN_REVIEW" },
    guards: ["body"],
    notify: { APPLICANT: [{ kind: "request-answered", to: "coordinators" }] },
    message: "ANSWER",
  },
  message: {
    actors: ["APPLICANT", "COORDINATOR"],
    moves: same("SUBMITTED", "IN_REVIEW", "INFO_REQUESTED", "APPROVED"),
    guards: ["body"],
    notify: {
      APPLICANT: [{ kind: "request-message", to: "coordinators" }],
      COORDINATOR: [{ kind: "request-message", to: "applicant" }],
    },
    message: "MESSAGE",
  },
  note: {
    actors: ["COORDINATOR"],
    moves: same(...STATES),
    guards: ["body"],
    notify: {},
    message: "NOTE",
  },
  approve: {
    actors: ["COORDINATOR"],
    moves: { SUBMITTED: "APPROVED", IN_REVIEW: "APPROVED" },
    guards: ["final-dates"],
    notify: { COORDINATOR: [{ kind: "request-approved", to: "applicant", ics: "request" }] },
  },
  decline: {
    actors: ["COORDINATOR"],
    moves: { SUBMITTED: "DECLINED", IN_REVIEW: "DECLINED", INFO_REQUESTED: "DECLINED" },
    guards: ["reason"],
    notify: { COORDINATOR: [{ kind: "request-declined", to: "applicant" }] },
  },
  withdraw: {
    actors: ["APPLICANT"],
    moves: { SUBMITTED: "WITHDRAWN", IN_REVIEW: "WITHDRAWN", INFO_REQUESTED: "WITHDRAWN", APPROVED: "WITHDRAWN" },
    guards: ["before-start"],
    notify: {
      APPLICANT: [
        { kind: "request-withdrawn", to: "coordinators" },
        { kind: "request-withdrawal-confirmed", to: "applicant", ics: "cancel", onlyFrom: ["APPROVED"] },
      ],
    },
  },
  cancel: {
    actors: ["COORDINATOR"],
    moves: { APPROVED: "CANCELLED" },
    guards: ["reason", "not-ended"],
    notify: { COORDINATOR: [{ kind: "request-cancelled", to: "applicant", ics: "cancel" }] },
  },
  complete: {
    actors: ["SYSTEM"],
    moves: { APPROVED: "COMPLETED" },
    guards: ["ended"],
    notify: {},
  },
  expire: {
    actors: ["SYSTEM"],
    moves: { SUBMITTED: "EXPIRED", IN_REVIEW: "EXPIRED", INFO_REQUESTED: "EXPIRED" },
    guards: ["due"],
    notify: { SYSTEM: [{ kind: "request-expired", to: "applicant" }] },
  },
  remind: {
    actors: ["SYSTEM"],
    moves: same("SUBMITTED", "IN_REVIEW", "INFO_REQUESTED"),
    guards: ["reminder-due"],
    notify: { SYSTEM: [{ kind: "request-reminder", to: "coordinators" }] },
  },
};

// ─── Deciding ───────────────────────────────────────────────────────────────

/** Inputs the guards read. Only what the action's guards need must be present. */
export interface DecideContext {
  /** Today's calendar date (`YYYY-MM-DD`, UTC at the app's edge): date guards. */
  today?: IsoDate;
  /** The instant of the move: clock guards (`due`, `reminder-due`). */
  now?: Date;
  /** The stay as it stands, inclusive dates: `before-start`, `not-ended`, `ended`. */
  stay?: DateRange;
  /** approve: the final dates (inclusive). */
  finalStay?: DateRange | null;
  /** decline, cancel: the reason shown to the applicant. */
  reason?: string | null;
  /** request-info, answer, message, note: the text. */
  body?: string | null;
  /** assign: the coordinator's user id. */
  assigneeId?: string | null;
  /** The response clock at `now` (clock.ts `clockFromRow`): `due`, `reminder-due`. */
  clock?: Pick<ClockState, "dueAt" | "reminderAt" | "paused">;
  /** remind: when the reminder went out, if it did. */
  reminderSentAt?: Date | null;
}

/** Why a guard refused. Input problems answer 422, the others 409 (see `httpStatus`). */
export type GuardCode =
  | "body-required"
  | "assignee-required"
  | "dates-required"
  | "dates-invalid"
  | "dates-past"
  | "reason-required"
  | "started"
  | "ended"
  | "not-ended"
  | "paused"
  | "not-due"
  | "reminded"
  // Checked by apply.server.ts against the database:
  | "seats-full"
  | "assignee-not-coordinator";

/** Guard codes caused by the submitted input (HTTP 422); the rest are 409. */
export const INPUT_GUARD_CODES: ReadonlySet<GuardCode> = new Set<GuardCode>([
  "body-required",
  "assignee-required",
  "dates-required",
  "dates-invalid",
  "dates-past",
  "reason-required",
  "assignee-not-coordinator",
]);

/** A legal move. */
export interface Allowed {
  ok: true;
  action: Action;
  from: From;
  to: State;
  effects: Effects;
}

/**
 * A refused move. `reason`: "unknown" (not an action: 400), "forbidden" (this actor may
 * never take it: 403), "illegal" (not from this state: 409), "guard" (`code` says which:
 * 422/409); apply.server.ts adds "not-found" (404) and "conflict" (the compare-and-swap
 * lost: 409).
 */
export interface Refused {
  ok: false;
  reason: "unknown" | "forbidden" | "illegal" | "guard" | "not-found" | "conflict";
  code: string;
  /** seats-full: the days that would exceed the seats. */
  conflicts?: IsoDate[];
}

/** What `decide` answers. */
export type Decision = Allowed | Refused;

function need<T>(value: T | undefined | null, what: string, action: Action): T {
  if (value === undefined || value === null) throw new TypeError(`decide(${action}): context.${what} is required`);
  return value;
}

function blank(text: string | null | undefined): boolean {
  return typeof text !== "string" || text.trim() === "";
}

function checkGuard(guard: Guard, action: Action, from: From, ctx: DecideContext): GuardCode | null {
  switch (guard) {
    case "body":
      return blank(ctx.body) ? "body-required" : null;
    case "assignee":
      return blank(ctx.assigneeId) ? "assignee-required" : null;
    case "reason":
      return blank(ctx.reason) ? "reason-required" : null;
    case "final-dates": {
      const stay = ctx.finalStay;
      if (!stay || blank(stay.start) || blank(stay.end)) return "dates-required";
      if (!isValidRange(stay)) return "dates-invalid";
      return toDayNumber(stay.start) < toDayNumber(need(ctx.today, "today", action)) ? "dates-past" : null;
    }
    case "before-start": {
      if (from !== "APPROVED") return null;
      const stay = need(ctx.stay, "stay", action);
      return toDayNumber(need(ctx.today, "today", action)) >= toDayNumber(stay.start) ? "started" : null;
    }
    case "not-ended":
      return toDayNumber(need(ctx.today, "today", action)) > toDayNumber(need(ctx.stay, "stay", action).end)
        ? "ended"
        : null;
    case "ended":
      return toDayNumber(need(ctx.today, "today", action)) > toDayNumber(need(ctx.stay, "stay", action).end)
        ? null
        : "not-ended";
    case "due": {
      if (from === "INFO_REQUESTED") return "paused";
      const clock = need(ctx.clock, "clock", action);
      if (clock.paused) return "paused";
      return need(ctx.now, "now", action).getTime() >= clock.dueAt.getTime() ? null : "not-due";
    }
    case "reminder-due": {
      if (from === "INFO_REQUESTED") return "paused";
      const clock = need(ctx.clock, "clock", action);
      if (clock.paused) return "paused";
      if (ctx.reminderSentAt) return "reminded";
      return need(ctx.now, "now", action).getTime() >= clock.reminderAt.getTime() ? null : "not-due";
    }
  }
}

/** The clock change and jobs implied by a move from `from` to `to` (derived, not per row). */
function lifecycle(action: Action, from: From, to: State): Pick<Effects, "clock" | "schedule" | "unschedule"> {
  const running = (s: From) => s === "SUBMITTED" || s === "IN_REVIEW";
  if (from === NEW) return { clock: "start", schedule: ["remind", "expire"], unschedule: [] };
  const schedule: JobKind[] = [];
  const unschedule: JobKind[] = [];
  let clock: ClockEffect | null = null;
  if (to === "INFO_REQUESTED" && from !== "INFO_REQUESTED") {
    clock = "pause";
    unschedule.push("remind", "expire");
  } else if (from === "INFO_REQUESTED" && running(to)) {
    clock = "resume";
    schedule.push("remind", "expire");
  } else if (isOpen(from as State) && !isOpen(to)) {
    clock = "stop";
    // The expire job itself is the one running; nothing else is pending for it.
    if (action !== "expire") unschedule.push("remind", "expire");
    else unschedule.push("remind");
  }
  if (to === "APPROVED" && from !== "APPROVED") schedule.push("complete");
  if (from === "APPROVED" && to !== "APPROVED" && action !== "complete") unschedule.push("complete");
  return { clock, schedule, unschedule };
}

/**
 * Decides one move, purely, from the transition table.
 *
 * @param from the request's current status (the one the actor saw), or `NEW` for `submit`.
 * @param action a form `intent` or system action; anything else → refused "unknown".
 * @param actor who acts (ADMIN has a coordinator's rights).
 * @param context the guards' inputs (see `DecideContext`).
 * @returns `{ok: true, to, effects}` or `{ok: false, reason, code}`; precedence: unknown,
 *   forbidden, illegal, then the guards in table order.
 * @throws TypeError when a guard that applies lacks a context value the code (not the user)
 *   must supply (`today`, `now`, `stay`, `clock`); RangeError on a malformed `today`/`stay`.
 */
export function decide(
  from: From,
  action: string | null | undefined,
  actor: Actor,
  context: DecideContext = {},
): Decision {
  if (!isAction(action)) return { ok: false, reason: "unknown", code: "unknown-action" };
  const rule = transitions[action];
  const role = roleOf(actor);
  if (!rule.actors.includes(role)) return { ok: false, reason: "forbidden", code: "actor-not-allowed" };
  const to = rule.moves[from];
  if (to === undefined) return { ok: false, reason: "illegal", code: "wrong-state" };
  for (const guard of rule.guards) {
    const code = checkGuard(guard, action, from, context);
    if (code) return { ok: false, reason: "guard", code };
  }
  const notify = (rule.notify[role] ?? []).filter((n) => !n.onlyFrom || (from !== NEW && n.onlyFrom.includes(from)));
  return {
    ok: true,
    action,
    from,
    to,
    effects: { notify, message: rule.message ?? null, ...lifecycle(action, from, to) },
  };
}

/**
 * Coordinator actions that, taken on a new (SUBMITTED) request, first open it (issue 17: a
 * coordinator answers a new request in one move, and the history still says when it was
 * opened): the move is `open` then the action, in one transaction (workflow.server.ts).
 */
export const OPENING_ACTIONS: readonly Action[] = ["request-info", "message", "approve", "decline"];

/**
 * The moves that taking `action` from `from` performs, in order: `["open", action]` for a
 * coordinator's `OPENING_ACTIONS` on a SUBMITTED request, otherwise `[action]` (unknown
 * actions included: `decide` refuses them).
 */
export function movesFor(from: From, action: string, actor: Actor): string[] {
  return from === "SUBMITTED" &&
    roleOf(actor) === "COORDINATOR" &&
    (OPENING_ACTIONS as readonly string[]).includes(action)
    ? ["open", action]
    : [action];
}

/**
 * The actions `actor` may take from `from`, guards not evaluated (to show the right buttons;
 * `decide` still has the last word), counting the moves that open a new request first
 * (`movesFor`).
 */
export function availableActions(from: From, actor: Actor): Action[] {
  const role = roleOf(actor);
  const legal = (a: Action, s: From) => transitions[a].actors.includes(role) && transitions[a].moves[s] !== undefined;
  return ACTIONS.filter((a) => {
    const moves = movesFor(from, a, actor);
    return moves.length === 1 ? legal(a, from) : legal("open", from) && legal(a, transitions.open.moves[from]!);
  });
}

/**
 * The HTTP status for an outcome: ok 200; unknown action 400; forbidden 403; not-found 404;
 * illegal or conflict 409; guard 422 for input codes (`INPUT_GUARD_CODES`), else 409.
 */
export function httpStatus(outcome: { ok: true } | Pick<Refused, "ok" | "reason" | "code">): number {
  if (outcome.ok) return 200;
  switch (outcome.reason) {
    case "unknown":
      return 400;
    case "forbidden":
      return 403;
    case "not-found":
      return 404;
    case "illegal":
    case "conflict":
      return 409;
    case "guard":
      return INPUT_GUARD_CODES.has(outcome.code as GuardCode) ? 422 : 409;
  }
}
