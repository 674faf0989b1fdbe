/**
 * The database side of a request move, generic over actions: the transition table
 * (transitions.ts) decides, this module performs, inside the caller's transaction.
 *
 * Rule (docs/architecture.md, "Requests: an explicit state machine"): every move is a
 * compare-and-swap update (`WHERE id = ? AND status = <expected>`), writes an audit event
 * (RequestEvent) and returns the e-mails and jobs the caller enqueues in the same
 * transaction. Capacity: an approval locks the opportunity row (or, for a cohort request,
 * the cohort row) with `SELECT … FOR UPDATE` before counting approved stays, so two
 * coordinators approving the last seat at the same moment cannot both win.
 *
 * Requires READ COMMITTED (PostgreSQL's and Prisma's default): after waiting for the lock,
 * the count must see the other approval. Approving under REPEATABLE READ or SERIALIZABLE
 * throws rather than risk an over-booking.
 */
import type { MessageKind, Prisma, RequestStatus } from "~/generated/prisma/client";
import { addDays, isoDateOfInstant, type DateRange, type IsoDate } from "~/platform/calendar";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import { clockFromRow, resumeClock, type StoredClock } from "./clock";
import { revokeLettersOfEndedStay } from "./letters.server";
import { revokeRefereeLinks } from "./referees.server";
import { checkApproval } from "./seats";
import {
  decide,
  isOpen,
  NEW,
  type Action,
  type Actor,
  type Allowed,
  type Effects,
  type From,
  type JobKind,
  type NotificationKind,
  type Refused,
} from "./transitions";

/** A Prisma interactive-transaction client (`prisma.$transaction(async (tx) => …)`). */
export type Tx = Prisma.TransactionClient;

/** What the acting form or job supplies; which fields matter depends on the action. */
export interface MoveData {
  /** approve: final dates, inclusive `YYYY-MM-DD`. */
  finalStay?: DateRange;
  /** decline, cancel: shown to the applicant. */
  reason?: string;
  /** request-info, answer, message, note: the text of the Message row. */
  body?: string;
  /** With `body`: an uploaded StoredFile id. */
  attachmentId?: string;
  /** assign: a coordinator of the request's centre (or an admin). */
  assigneeId?: string;
}

/** Input of `applyTransition`. */
export interface ApplyInput {
  requestId: string;
  /** The status the actor saw; the update only happens if it is still the current one. */
  expectedStatus: RequestStatus;
  /** Optional stricter check: the version the actor saw (`Request.version`). */
  expectedVersion?: number;
  /** A form `intent` or system action, unparsed: unknown → refused "unknown" (400). */
  action: string;
  actor: Actor;
  /** The acting user; null for SYSTEM. */
  actorId: string | null;
  data?: MoveData;
  /**
   * The caller's authorization filter, ANDed into both the read and the update (the
   * applicant's own requests, the coordinator's centres). A request outside it is
   * "not-found" (404), never "forbidden", so its existence does not leak.
   */
  scope?: Prisma.RequestWhereInput;
  /** The instant of the move (default: now); `today` is its UTC date. */
  now?: Date;
}

/** One e-mail to enqueue: the caller writes a Notification row per entry. */
export interface NotificationToEnqueue {
  kind: NotificationKind;
  userId: string;
  /** iCalendar attachment (SEQUENCE = `version`). */
  ics?: "request" | "cancel";
  /** Unique per move, kind and recipient: `Notification.idempotencyKey`. */
  idempotencyKey: string;
  payload: { requestId: string; eventId: string; version: number; messageId: string | null };
}

/** One job to upsert by `uniqueKey` (status PENDING, `runAt`). */
export interface JobToEnqueue {
  name: `request-${JobKind}`;
  /** `<kind>:<requestId>`, e.g. `expire:clx…`. */
  uniqueKey: string;
  runAt: Date;
  payload: { requestId: string };
}

/** A move that happened. */
export interface Applied {
  ok: true;
  requestId: string;
  action: Action;
  from: From;
  to: RequestStatus;
  /** `Request.version` after the move. */
  version: number;
  eventId: string;
  messageId: string | null;
  notifications: NotificationToEnqueue[];
  jobs: JobToEnqueue[];
  /** Unique keys of pending jobs to delete (`<kind>:<requestId>`). */
  cancelJobs: string[];
}

/** What `applyTransition` answers; map refusals to HTTP with `httpStatus` (transitions.ts). */
export type ApplyResult = Applied | Refused;

const rowSelect = {
  id: true,
  status: true,
  version: true,
  applicantId: true,
  assigneeId: true,
  opportunityId: true,
  cohortId: true,
  startDate: true,
  endDate: true,
  submittedAt: true,
  dueAt: true,
  pausedAt: true,
  reminderSentAt: true,
  opportunity: { select: { centreId: true, centre: { select: { responseTimeDays: true } } } },
} satisfies Prisma.RequestSelect;

type Row = Prisma.RequestGetPayload<{ select: typeof rowSelect }>;

/**
 * Performs one move inside `tx`: reads the request (within `scope`), asks `decide`, checks
 * the database guards (seats on approve, the assignee on assign), then a compare-and-swap
 * update of status, clock fields and `version + 1`, an audit RequestEvent and, for
 * message-like actions, the Message row.
 *
 * @returns `Applied` with the notifications (resolved to user ids, actor excluded) and jobs
 *   the caller must enqueue in the same transaction; or a refusal: the table's ("unknown",
 *   "forbidden", "illegal", "guard", incl. code "seats-full" with `conflicts` dates and
 *   "assignee-not-coordinator"), "not-found" (no such request within scope) or "conflict"
 *   (code "stale": the status/version changed since the actor saw it).
 * @throws Error when approving outside READ COMMITTED; TypeError/RangeError from `decide`
 *   on programming errors; the driver's errors.
 */
export async function applyTransition(tx: Tx, input: ApplyInput): Promise<ApplyResult> {
  const now = input.now ?? new Date();
  const data = input.data ?? {};
  const where: Prisma.RequestWhereInput = { id: input.requestId, ...(input.scope ?? {}) };
  const row = await tx.request.findFirst({ where, select: rowSelect });
  if (!row) return { ok: false, reason: "not-found", code: "not-found" };
  if (
    row.status !== input.expectedStatus ||
    (input.expectedVersion !== undefined && row.version !== input.expectedVersion)
  ) {
    return { ok: false, reason: "conflict", code: "stale" };
  }

  const responseTimeDays = row.opportunity.centre.responseTimeDays;
  const stay: DateRange = { start: isoFromDate(row.startDate), end: isoFromDate(row.endDate) };
  const decision = decide(input.expectedStatus, input.action, input.actor, {
    today: isoDateOfInstant(now),
    now,
    stay,
    finalStay: data.finalStay ?? null,
    reason: data.reason ?? null,
    body: data.body ?? null,
    assigneeId: data.assigneeId ?? null,
    clock: clockFromRow(row, responseTimeDays, now),
    reminderSentAt: row.reminderSentAt,
  });
  if (!decision.ok) return decision;
  const action = decision.action;

  const update: Prisma.RequestUncheckedUpdateManyInput = { status: decision.to, version: { increment: 1 } };
  const eventData: Record<string, unknown> = {};

  if (action === "assign") {
    const assignee = await tx.user.findFirst({
      where: {
        id: data.assigneeId,
        OR: [{ coordinatorOf: { some: { centreId: row.opportunity.centreId } } }, { roles: { has: "ADMIN" } }],
      },
      select: { id: true },
    });
    if (!assignee) return { ok: false, reason: "guard", code: "assignee-not-coordinator" };
    update.assigneeId = assignee.id;
    eventData.assigneeId = assignee.id;
  }

  let newStay = stay;
  if (decision.to === "APPROVED" && decision.from !== "APPROVED") {
    newStay = { start: data.finalStay!.start, end: data.finalStay!.end };
    const refusal = await reserveSeats(tx, row, newStay);
    if (refusal) return refusal;
    update.startDate = dateFromIso(newStay.start);
    update.endDate = dateFromIso(newStay.end);
    update.decidedAt = now;
    eventData.finalStay = newStay;
    if (newStay.start !== stay.start || newStay.end !== stay.end) eventData.requestedStay = stay;
  }
  if (action === "decline") {
    update.declineReason = data.reason!.trim();
    update.decidedAt = now;
    eventData.reason = update.declineReason;
  }
  if (action === "cancel") {
    update.cancelReason = data.reason!.trim();
    eventData.reason = update.cancelReason;
  }
  if (action === "remind") update.reminderSentAt = now;

  let clock: StoredClock = { dueAt: row.dueAt, pausedAt: row.pausedAt };
  const fx = decision.effects;
  if (fx.clock === "pause") {
    clock = { dueAt: row.dueAt, pausedAt: now };
    update.pausedAt = now;
  } else if ((fx.clock === "resume" || fx.clock === "stop") && row.pausedAt) {
    clock = resumeClock(clock, now);
    update.dueAt = clock.dueAt;
    update.pausedAt = null;
  }

  // Compare-and-swap: the status (and version) the actor saw, within the caller's scope.
  const cas: Prisma.RequestWhereInput = {
    ...where,
    status: input.expectedStatus,
    ...(input.expectedVersion !== undefined ? { version: input.expectedVersion } : {}),
  };
  const { count } = await tx.request.updateMany({ where: cas, data: update });
  if (count === 0) return { ok: false, reason: "conflict", code: "stale" };

  // An approved stay that ends early takes its letters with it (decision 0030).
  if (decision.from === "APPROVED" && (action === "cancel" || action === "withdraw")) {
    await revokeLettersOfEndedStay(tx, { requestId: row.id, reason: action, actorId: input.actorId, now });
  }

  // A request that is no longer waiting for a decision takes its referees' pending links with it (decision 0037).
  if (!isOpen(decision.to)) await revokeRefereeLinks(tx, row.id);

  let messageId: string | null = null;
  if (fx.message && data.body) {
    messageId = await writeMessage(tx, row.id, input.actorId, fx.message, data.body, data.attachmentId);
    eventData.messageId = messageId;
  }
  const event = await tx.requestEvent.create({
    data: {
      requestId: row.id,
      actorId: input.actorId,
      actorKind: input.actor,
      action,
      fromStatus: input.expectedStatus,
      toStatus: decision.to,
      ...(Object.keys(eventData).length ? { data: eventData as Prisma.InputJsonObject } : {}),
    },
    select: { id: true },
  });

  const version = row.version + 1;
  const assigneeId = (update.assigneeId as string | undefined) ?? row.assigneeId;
  return {
    ok: true,
    requestId: row.id,
    action,
    from: decision.from,
    to: decision.to,
    version,
    eventId: event.id,
    messageId,
    notifications: await notifications(tx, decision, {
      requestId: row.id,
      eventId: event.id,
      version,
      messageId,
      applicantId: row.applicantId,
      assigneeId,
      centreId: row.opportunity.centreId,
      actorId: input.actorId,
    }),
    jobs: jobs(
      fx,
      row.id,
      clock,
      responseTimeDays,
      now,
      row.reminderSentAt ?? (action === "remind" ? now : null),
      newStay,
    ),
    cancelJobs: fx.unschedule.map((kind) => `${kind}:${row.id}`),
  };
}

/**
 * Records the submission of a request the caller has just created (status SUBMITTED,
 * `dueAt` from `startClock`): the "submit" audit event, and what to enqueue (receipt to the
 * applicant, "request-new" to the centre's coordinators, the remind and expire jobs).
 * @returns as `applyTransition`; "not-found" if the request is missing, "illegal" if it is
 *   no longer SUBMITTED.
 */
export async function recordSubmission(tx: Tx, input: { requestId: string; now?: Date }): Promise<ApplyResult> {
  const now = input.now ?? new Date();
  const row = await tx.request.findUnique({ where: { id: input.requestId }, select: rowSelect });
  if (!row) return { ok: false, reason: "not-found", code: "not-found" };
  if (row.status !== "SUBMITTED") return { ok: false, reason: "illegal", code: "wrong-state" };
  const decision = decide(NEW, "submit", "APPLICANT");
  if (!decision.ok) return decision;
  const event = await tx.requestEvent.create({
    data: {
      requestId: row.id,
      actorId: row.applicantId,
      actorKind: "APPLICANT",
      action: "submit",
      fromStatus: null,
      toStatus: "SUBMITTED",
    },
    select: { id: true },
  });
  const stay = { start: isoFromDate(row.startDate), end: isoFromDate(row.endDate) };
  return {
    ok: true,
    requestId: row.id,
    action: "submit",
    from: NEW,
    to: "SUBMITTED",
    version: row.version,
    eventId: event.id,
    messageId: null,
    notifications: await notifications(tx, decision, {
      requestId: row.id,
      eventId: event.id,
      version: row.version,
      messageId: null,
      applicantId: row.applicantId,
      assigneeId: row.assigneeId,
      centreId: row.opportunity.centreId,
      actorId: null, // the applicant does get their own receipt
    }),
    jobs: jobs(decision.effects, row.id, row, row.opportunity.centre.responseTimeDays, now, row.reminderSentAt, stay),
    cancelJobs: [],
  };
}

/** Locks the capacity row, counts approved stays, and refuses when `stay` does not fit. */
async function reserveSeats(tx: Tx, row: Row, stay: DateRange): Promise<Refused | null> {
  const [{ level }] = await tx.$queryRaw<{ level: string }[]>`SELECT current_setting('transaction_isolation') AS level`;
  if (level !== "read committed") throw new Error(`approving needs READ COMMITTED isolation, not ${level}`);

  let seats: number;
  let cohort: { seats: number; range: DateRange } | null = null;
  if (row.cohortId) {
    const locked = await tx.$queryRaw<{ seats: number; startDate: Date; endDate: Date }[]>`
      SELECT "seats", "startDate", "endDate" FROM "Cohort" WHERE "id" = ${row.cohortId} FOR UPDATE`;
    if (!locked.length) throw new Error(`cohort ${row.cohortId} of request ${row.id} does not exist`);
    cohort = {
      seats: locked[0].seats,
      range: { start: isoFromDate(locked[0].startDate), end: isoFromDate(locked[0].endDate) },
    };
    seats = 0; // unused for cohort requests
  } else {
    const locked = await tx.$queryRaw<{ seats: number }[]>`
      SELECT "seats" FROM "Opportunity" WHERE "id" = ${row.opportunityId} FOR UPDATE`;
    if (!locked.length) throw new Error(`opportunity ${row.opportunityId} of request ${row.id} does not exist`);
    seats = locked[0].seats;
  }

  const approved = await tx.request.findMany({
    where: {
      opportunityId: row.opportunityId,
      status: "APPROVED",
      id: { not: row.id },
      cohortId: row.cohortId,
      ...(row.cohortId ? {} : { startDate: { lte: dateFromIso(stay.end) }, endDate: { gte: dateFromIso(stay.start) } }),
    },
    select: { startDate: true, endDate: true, cohortId: true },
  });
  const check = checkApproval({
    seats,
    approved: approved.map((a) => ({
      start: isoFromDate(a.startDate),
      end: isoFromDate(a.endDate),
      cohortId: a.cohortId,
    })),
    candidate: { ...stay, cohortId: row.cohortId },
    cohort,
  });
  return check.ok ? null : { ok: false, reason: "guard", code: "seats-full", conflicts: check.conflicts };
}

async function writeMessage(
  tx: Tx,
  requestId: string,
  authorId: string | null,
  kind: MessageKind,
  body: string,
  attachmentId?: string,
) {
  const message = await tx.message.create({
    data: { requestId, authorId, kind, body: body.trim(), ...(attachmentId ? { attachmentId } : {}) },
    select: { id: true },
  });
  return message.id;
}

interface Who {
  requestId: string;
  eventId: string;
  version: number;
  messageId: string | null;
  applicantId: string | null;
  assigneeId: string | null;
  centreId: string;
  actorId: string | null;
}

/** Resolves each notification's recipient to user ids ("coordinators": assignee, else all). */
async function notifications(tx: Tx, decision: Allowed, who: Who): Promise<NotificationToEnqueue[]> {
  const out: NotificationToEnqueue[] = [];
  let coordinators: string[] | undefined;
  for (const spec of decision.effects.notify) {
    let userIds: string[];
    if (spec.to === "applicant") userIds = who.applicantId ? [who.applicantId] : [];
    else if (spec.to === "assignee") userIds = who.assigneeId ? [who.assigneeId] : [];
    else if (who.assigneeId) userIds = [who.assigneeId];
    else {
      coordinators ??= (
        await tx.centreCoordinator.findMany({
          where: { centreId: who.centreId },
          select: { userId: true },
          orderBy: { userId: "asc" },
        })
      ).map((c) => c.userId);
      userIds = coordinators;
    }
    for (const userId of userIds) {
      // Nobody is mailed about their own move, except the confirmation that is about it.
      if (userId === who.actorId && spec.kind !== "request-withdrawal-confirmed") continue;
      out.push({
        kind: spec.kind,
        userId,
        ...(spec.ics ? { ics: spec.ics } : {}),
        idempotencyKey: `${spec.kind}:${who.eventId}:${userId}`,
        payload: { requestId: who.requestId, eventId: who.eventId, version: who.version, messageId: who.messageId },
      });
    }
  }
  return out;
}

/** Concrete jobs: remind at the reminder instant (unless sent), expire at dueAt, complete the day after the stay (00:00 UTC). */
function jobs(
  fx: Effects,
  requestId: string,
  clock: StoredClock,
  responseTimeDays: number,
  now: Date,
  reminderSentAt: Date | null,
  stay: DateRange,
): JobToEnqueue[] {
  const state = clockFromRow(clock, responseTimeDays, now);
  const out: JobToEnqueue[] = [];
  for (const kind of fx.schedule) {
    let runAt: Date;
    if (kind === "remind") {
      if (reminderSentAt) continue;
      runAt = state.reminderAt;
    } else if (kind === "expire") runAt = state.dueAt;
    else runAt = dateFromIso(addDays(stay.end as IsoDate, 1));
    out.push({ name: `request-${kind}`, uniqueKey: `${kind}:${requestId}`, runAt, payload: { requestId } });
  }
  return out;
}
