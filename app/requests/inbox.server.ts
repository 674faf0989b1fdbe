/**
 * The coordinators' inbox: the requests of their centres only (`inboxScope` in every
 * query's `where`), with filters, search, the sort by the share of the response clock
 * used, counts per state, the request page's data, bulk decline and the CSV export.
 *
 * ADMIN acts as a coordinator on every centre (app/requests/transitions.ts): an admin's
 * scope is all requests.
 */
import { sentDocumentSelect } from "./wallet.server";
import { data } from "@remix-run/node";
import type { Prisma, RequestStatus } from "~/generated/prisma/client";
import { z } from "zod";
import { requireUser } from "~/accounts/auth.server";
import { INBOX_SORTS, type InboxSort } from "~/requests/inbox-sorts";
import { optionalText, pageNumber, parseFilters } from "~/platform/search-params";
import { isoFromDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { responseTimeMs } from "~/requests/clock";
import { seatsOnStay, type SeatSituation } from "~/requests/seats";
import { listApprovedStays } from "~/requests/seats.server";
import { OPEN_STATES, STATES, type Actor } from "~/requests/transitions";
import { userNames, type RequestScope } from "./request.server";
import { performMove } from "./workflow.server";

/** Who acts in the inbox and on which requests. */
export interface InboxActor {
  userId: string;
  actor: Extract<Actor, "COORDINATOR" | "ADMIN">;
  scope: RequestScope;
}

/** The inbox actor of a user with the COORDINATOR or ADMIN role; null for anyone else. */
export function inboxActorOf(user: { id: string; roles: readonly string[] }): InboxActor | null {
  if (user.roles.includes("ADMIN")) return { userId: user.id, actor: "ADMIN", scope: {} };
  if (user.roles.includes("COORDINATOR")) return { userId: user.id, actor: "COORDINATOR", scope: inboxScope(user.id) };
  return null;
}

/**
 * The signed-in user as an inbox actor.
 * @param missing the status for anyone but coordinators and admins: 403 on the inbox list,
 *   404 on a request's own routes (as for a request of another centre).
 * @throws a redirect to /login when signed out; a `missing` response for anyone else.
 */
export async function requireInboxActor(
  request: Request,
  { missing = 403 }: { missing?: 403 | 404 } = {},
): Promise<InboxActor> {
  const actor = inboxActorOf(await requireUser(request));
  if (!actor) throw data(missing === 404 ? "Not found" : null, { status: missing });
  return actor;
}

/** Requests of the centres `userId` coordinates. */
export function inboxScope(userId: string): RequestScope {
  return { opportunity: { centre: { coordinators: { some: { userId } } } } };
}

// ─── Filters ────────────────────────────────────────────────────────────────

export { INBOX_SORTS, type InboxSort };

export interface InboxFilters {
  /** "open" (default), "all" or one status. */
  state: "open" | "all" | RequestStatus;
  opportunityId?: string;
  /** "me", "none" or a user id. */
  assignee?: string;
  /** Assigned to me or to nobody, in SUBMITTED or IN_REVIEW. */
  waitingOnMe?: boolean;
  /** Applicant name or e-mail, case-insensitive substring. */
  q?: string;
  sort: InboxSort;
  /** 1-based. */
  page: number;
}

const InboxQuerySchema = z.object({
  state: z.enum(["open", "all", ...STATES]).default("open"),
  opportunity: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  assignee: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  waiting: z.enum(["me"]).optional(),
  q: optionalText(100),
  sort: z.enum(INBOX_SORTS).default("urgency"),
  page: pageNumber,
});

/**
 * The inbox filters from a URL's query (`state`, `opportunity`, `assignee`, `waiting=me`,
 * `q`, `sort`, `page`), shared by the list and its CSV export. A parameter that does not
 * fit is left out and named in `errors` (field → i18n key; `parseFilters`).
 */
export function parseInboxFilters(url: URL): { filters: InboxFilters; errors: Record<string, string> } {
  const { filters: q, errors } = parseFilters(url, InboxQuerySchema);
  const filters: InboxFilters = {
    state: q.state,
    opportunityId: q.opportunity,
    assignee: q.assignee,
    waitingOnMe: q.waiting === "me",
    q: q.q || undefined,
    sort: q.sort,
    page: q.page,
  };
  return { filters, errors };
}

export const INBOX_PAGE_SIZE = 25;
/** At most this many requests are sorted or exported per query. */
export const INBOX_MAX_ROWS = 10_000;

/** The `where` of a filtered inbox (scope first, then the filters). */
export function inboxWhere(actor: InboxActor, f: Omit<InboxFilters, "sort" | "page">): Prisma.RequestWhereInput {
  const and: Prisma.RequestWhereInput[] = [actor.scope];
  if (f.state === "open") and.push({ status: { in: [...OPEN_STATES] } });
  else if (f.state !== "all") and.push({ status: f.state });
  if (f.opportunityId) and.push({ opportunityId: f.opportunityId });
  if (f.assignee === "me") and.push({ assigneeId: actor.userId });
  else if (f.assignee === "none") and.push({ assigneeId: null });
  else if (f.assignee) and.push({ assigneeId: f.assignee });
  if (f.waitingOnMe) {
    and.push({ status: { in: ["SUBMITTED", "IN_REVIEW"] } });
    and.push({ OR: [{ assigneeId: actor.userId }, { assigneeId: null }] });
  }
  if (f.q) {
    and.push({
      applicant: {
        OR: [{ name: { contains: f.q, mode: "insensitive" } }, { email: { contains: f.q, mode: "insensitive" } }],
      },
    });
  }
  return { AND: and };
}

interface ClockRow {
  id: string;
  status: RequestStatus;
  submittedAt: Date;
  dueAt: Date;
  pausedAt: Date | null;
  opportunity: { centre: { responseTimeDays: number } };
}

/**
 * The share of the response clock already used at `now` (0 at submission, 1 when due;
 * frozen while paused), or null for requests that are no longer open.
 */
export function clockShareUsed(
  r: Pick<ClockRow, "status" | "dueAt" | "pausedAt" | "opportunity">,
  now: Date,
): number | null {
  if (!(OPEN_STATES as readonly string[]).includes(r.status)) return null;
  const total = responseTimeMs(r.opportunity.centre.responseTimeDays);
  const due = r.pausedAt ? r.dueAt.getTime() + Math.max(0, now.getTime() - r.pausedAt.getTime()) : r.dueAt.getTime();
  return 1 - (due - now.getTime()) / total;
}

/** Sorts rows: urgency = open requests by share of the clock used (most first), then the rest newest first. */
function sortRows<R extends ClockRow>(rows: R[], sort: InboxSort, now: Date): R[] {
  const byNewest = (a: R, b: R) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? -1 : 1);
  if (sort === "newest") return rows.sort(byNewest);
  if (sort === "oldest") return rows.sort((a, b) => -byNewest(a, b));
  const share = new Map(rows.map((r) => [r.id, clockShareUsed(r, now)]));
  return rows.sort((a, b) => {
    const sa = share.get(a.id) ?? null;
    const sb = share.get(b.id) ?? null;
    if (sa !== null && sb !== null) return sb - sa || byNewest(a, b);
    if (sa !== null) return -1;
    if (sb !== null) return 1;
    return byNewest(a, b);
  });
}

const clockSelect = {
  id: true,
  status: true,
  submittedAt: true,
  dueAt: true,
  pausedAt: true,
  opportunity: { select: { centre: { select: { responseTimeDays: true } } } },
} satisfies Prisma.RequestSelect;

const rowSelect = {
  ...clockSelect,
  startDate: true,
  endDate: true,
  decidedAt: true,
  cohort: { select: { name: true } },
  applicant: { select: { name: true, email: true } },
  assignee: { select: { id: true, name: true } },
  opportunity: {
    select: {
      id: true,
      titleEn: true,
      titleIt: true,
      centre: { select: { name: true, nameIt: true, responseTimeDays: true } },
    },
  },
} satisfies Prisma.RequestSelect;

type InboxRowData = Prisma.RequestGetPayload<{ select: typeof rowSelect }>;

/** Ids of every matching request in the requested order (at most INBOX_MAX_ROWS). */
async function sortedIds(where: Prisma.RequestWhereInput, sort: InboxSort, now: Date): Promise<string[]> {
  const rows = await prisma.request.findMany({
    where,
    select: clockSelect,
    take: INBOX_MAX_ROWS,
    orderBy: { submittedAt: "desc" },
  });
  return sortRows(rows, sort, now).map((r) => r.id);
}

async function rowsByIds(ids: string[]): Promise<InboxRowData[]> {
  if (!ids.length) return [];
  const rows = await prisma.request.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is InboxRowData => r !== undefined);
}

function toRow(r: InboxRowData, now: Date) {
  return {
    id: r.id,
    status: r.status,
    submittedAt: r.submittedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    paused: r.pausedAt !== null,
    shareUsed: clockShareUsed(r, now),
    startDate: isoFromDate(r.startDate),
    endDate: isoFromDate(r.endDate),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    cohortName: r.cohort?.name ?? null,
    applicant: r.applicant,
    assignee: r.assignee,
    opportunity: r.opportunity,
  };
}

export type InboxRow = ReturnType<typeof toRow>;

/** One page of the filtered, sorted inbox and the number of matching requests. */
export async function listInbox(actor: InboxActor, filters: InboxFilters, now = new Date()) {
  const ids = await sortedIds(inboxWhere(actor, filters), filters.sort, now);
  const pageIds = ids.slice((filters.page - 1) * INBOX_PAGE_SIZE, filters.page * INBOX_PAGE_SIZE);
  const rows = await rowsByIds(pageIds);
  return {
    total: ids.length,
    pageCount: Math.max(1, Math.ceil(ids.length / INBOX_PAGE_SIZE)),
    rows: rows.map((r) => toRow(r, now)),
  };
}

/** Every request matching the filters, in the inbox's order (at most INBOX_MAX_ROWS), for the CSV export. */
export async function exportInbox(actor: InboxActor, filters: Omit<InboxFilters, "page">, now = new Date()) {
  const ids = await sortedIds(inboxWhere(actor, filters), filters.sort, now);
  const rows: InboxRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(...(await rowsByIds(ids.slice(i, i + 500))).map((r) => toRow(r, now)));
  }
  return rows;
}

/** Requests per status in the actor's centres (every status present, 0 when none). */
export async function countInboxByState(actor: InboxActor): Promise<Record<RequestStatus, number>> {
  const groups = await prisma.request.groupBy({ by: ["status"], where: actor.scope, _count: { _all: true } });
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/** The opportunities and coordinators the filters offer: those of the actor's centres. */
export async function getInboxFilterOptions(actor: InboxActor) {
  const centreWhere: Prisma.CentreWhereInput =
    actor.actor === "ADMIN"
      ? { opportunities: { some: { requests: { some: {} } } } }
      : { coordinators: { some: { userId: actor.userId } } };
  const [opportunities, coordinators] = await Promise.all([
    prisma.opportunity.findMany({
      where: { centre: centreWhere },
      select: { id: true, titleEn: true, titleIt: true, centre: { select: { name: true } } },
      orderBy: [{ centre: { name: "asc" } }, { titleEn: "asc" }],
      take: 500,
    }),
    prisma.user.findMany({
      where: { coordinatorOf: { some: { centre: centreWhere } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  return { opportunities, coordinators };
}

// ─── One request ────────────────────────────────────────────────────────────

const fileSelect = { id: true, filename: true, size: true } satisfies Prisma.StoredFileSelect;

/** One request of the actor's centres with everything its page shows; null outside the scope. */
export async function getInboxRequest(actor: InboxActor, requestId: string) {
  const r = await prisma.request.findFirst({
    where: { id: requestId, ...actor.scope },
    select: {
      id: true,
      status: true,
      version: true,
      applicantId: true,
      startDate: true,
      endDate: true,
      motivation: true,
      submittedAt: true,
      decidedAt: true,
      dueAt: true,
      pausedAt: true,
      reminderSentAt: true,
      declineReason: true,
      cancelReason: true,
      cohortId: true,
      cohort: { select: { name: true, seats: true, startDate: true, endDate: true } },
      cvFile: { select: fileSelect },
      documents: { select: sentDocumentSelect, orderBy: { position: "asc" } },
      assignee: { select: { id: true, name: true } },
      applicant: {
        select: {
          id: true,
          name: true,
          email: true,
          profile: {
            select: {
              profession: true,
              careerStage: true,
              country: true,
              homeInstitution: true,
              rorId: true,
              orcid: true,
              website: true,
              researchStatement: true,
              languages: { select: { code: true, level: true }, orderBy: [{ position: "asc" }, { code: "asc" }] },
              interests: {
                select: { weight: true, topic: { select: { id: true, labelEn: true, labelIt: true } } },
                orderBy: [{ weight: "asc" }, { topicId: "asc" }],
              },
            },
          },
        },
      },
      opportunity: {
        select: {
          id: true,
          titleEn: true,
          titleIt: true,
          seats: true,
          centreId: true,
          centre: { select: { name: true, nameIt: true, responseTimeDays: true } },
        },
      },
      answers: { select: { body: true, question: { select: { textEn: true, textIt: true, position: true } } } },
      events: {
        select: {
          id: true,
          action: true,
          actorKind: true,
          actorId: true,
          fromStatus: true,
          toStatus: true,
          data: true,
          createdAt: true,
        },
        orderBy: { createdAt: "asc" },
      },
      messages: {
        select: {
          id: true,
          kind: true,
          body: true,
          createdAt: true,
          authorId: true,
          attachment: { select: fileSelect },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!r) return null;
  const names = await userNames([...r.messages.map((m) => m.authorId), ...r.events.map((e) => e.actorId)]);
  return {
    ...r,
    startDate: isoFromDate(r.startDate),
    endDate: isoFromDate(r.endDate),
    submittedAt: r.submittedAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    dueAt: r.dueAt.toISOString(),
    pausedAt: r.pausedAt?.toISOString() ?? null,
    reminderSentAt: r.reminderSentAt?.toISOString() ?? null,
    cohort: r.cohort
      ? {
          name: r.cohort.name,
          seats: r.cohort.seats,
          start: isoFromDate(r.cohort.startDate),
          end: isoFromDate(r.cohort.endDate),
        }
      : null,
    answers: r.answers.sort((a, b) => a.question.position - b.question.position),
    events: r.events.map((e) => ({
      ...e,
      actorName: e.actorId ? (names[e.actorId] ?? null) : null,
      createdAt: e.createdAt.toISOString(),
    })),
    messages: r.messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      fromApplicant: m.authorId !== null && m.authorId === r.applicantId,
      authorName: m.authorId ? (names[m.authorId] ?? null) : null,
      attachment: m.attachment,
    })),
  };
}

/** Coordinators of the centre (the people a request can be assigned to). */
export async function listCentreCoordinators(centreId: string) {
  return prisma.user.findMany({
    where: { coordinatorOf: { some: { centreId } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Seats on the request's dates, counted as the seat calendar counts them (`seatsOnStay`,
 * app/requests/seats.ts, over `listApprovedStays`): the request itself counts when approved.
 */
export async function getSeatSituation(request: {
  opportunityId: string;
  seats: number;
  cohortId: string | null;
  cohortSeats: number | null;
  startDate: string;
  endDate: string;
}): Promise<SeatSituation> {
  const stay = { start: request.startDate, end: request.endDate, cohortId: request.cohortId };
  const approved = await listApprovedStays(request.opportunityId, request.cohortId ? undefined : stay);
  return seatsOnStay({ seats: request.seats, approved, stay, cohortSeats: request.cohortSeats });
}

// ─── Bulk actions ───────────────────────────────────────────────────────────

/** At most this many requests per bulk action. */
export const BULK_MAX = 100;

/** The moves the inbox's bulk menu offers (issue 17). */
export const BULK_ACTIONS = ["assign", "approve", "decline"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * The requests a bulk action would touch, for the bulk decline's confirmation step and the
 * report of refused rows: those of `requestIds` within the actor's scope (at most BULK_MAX),
 * with the applicant's name and the opportunity's titles, by applicant name. Ids outside
 * the scope are simply absent.
 */
export async function listBulkTargets(actor: InboxActor, requestIds: string[]) {
  const ids = [...new Set(requestIds)].slice(0, BULK_MAX);
  const rows = await prisma.request.findMany({
    where: { id: { in: ids }, ...actor.scope },
    select: {
      id: true,
      status: true,
      applicant: { select: { name: true } },
      opportunity: { select: { titleEn: true, titleIt: true } },
    },
  });
  return rows.sort(
    (a, b) => (a.applicant?.name ?? "").localeCompare(b.applicant?.name ?? "") || a.id.localeCompare(b.id),
  );
}

/** The outcome of a bulk action: the ids applied and, per refused id, the refusal code (transitions.ts). */
export interface BulkOutcome {
  applied: string[];
  refused: { id: string; code: string }[];
}

/**
 * Takes `action` on each request of `requestIds` (deduplicated, at most BULK_MAX), in the
 * order given, each in its own transaction from the status it has now (performMove: a
 * request is moved entirely or not at all; a new request is opened first).
 * - assign: to `assigneeId` (a coordinator of the request's centre, else "assignee-not-coordinator");
 * - approve: with the requested dates, refused "seats-full" when a day would be overbooked
 *   (the rows before it in the list may have taken the last seats);
 * - decline: with `reason`.
 * Ids outside the actor's scope are refused "not-found", never touched.
 */
export async function bulkMove(
  actor: InboxActor,
  action: BulkAction,
  requestIds: string[],
  input: { reason?: string; assigneeId?: string },
  now = new Date(),
): Promise<BulkOutcome> {
  const ids = [...new Set(requestIds)].slice(0, BULK_MAX);
  const rows = await prisma.request.findMany({
    where: { id: { in: ids }, ...actor.scope },
    select: { id: true, status: true, startDate: true, endDate: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const outcome: BulkOutcome = { applied: [], refused: [] };
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      outcome.refused.push({ id, code: "not-found" });
      continue;
    }
    const data =
      action === "assign"
        ? { assigneeId: input.assigneeId }
        : action === "decline"
          ? { reason: input.reason }
          : { finalStay: { start: isoFromDate(row.startDate), end: isoFromDate(row.endDate) } };
    const result = await performMove({
      requestId: row.id,
      expectedStatus: row.status,
      action,
      actor: actor.actor,
      actorId: actor.userId,
      data,
      scope: actor.scope,
      now,
    });
    if (result.ok) outcome.applied.push(id);
    else outcome.refused.push({ id, code: result.code });
  }
  return outcome;
}

/**
 * Declines each request (within the actor's scope) with `reason` (`bulkMove`).
 * @returns how many were declined and how many could not be, with each refusal.
 */
export async function bulkDecline(actor: InboxActor, requestIds: string[], reason: string, now = new Date()) {
  const outcome = await bulkMove(actor, "decline", requestIds, { reason }, now);
  return { declined: outcome.applied.length, skipped: outcome.refused.length, refused: outcome.refused };
}
