/**
 * Requests, the applicant's side and what both sides share: the request form's reads and
 * its submission, the applicant's list and request page, the centre's median response time,
 * and file downloads. Authorization is the `scope` in each query's `where` (house style):
 * `applicantScope` for an applicant's own requests, `inboxScope` (app/requests/inbox.server.ts)
 * for a coordinator's centres. A request outside the scope is simply not found.
 *
 * Calendar dates are `YYYY-MM-DD`, inclusive (`@db.Date`); instants are UTC.
 */
import { data } from "@remix-run/node";
import type { Prisma, RequestStatus } from "~/generated/prisma/client";
import { requireUser, type AuthUser } from "~/accounts/auth.server";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import { publicOpportunityWhere } from "~/catalogue/visibility.server";
import { prisma } from "~/platform/db.server";
import type { RequestFormValue } from "~/requests/request-validation";
import { recordSubmission } from "~/requests/apply.server";
import { startClock } from "~/requests/clock";
import { OPEN_STATES, STATES } from "~/requests/transitions";
import { writeMoveEffects } from "./workflow.server";
import {
  discardSnapshot,
  prepareSnapshot,
  sentDocumentSelect,
  writeSnapshot,
  type WalletUpload,
} from "./wallet.server";
import { kickOutbox } from "~/notifications/outbox.server";

/** A `where` that limits requests to what one user may see and act on. */
export type RequestScope = Prisma.RequestWhereInput;

/**
 * The signed-in applicant on a request's own routes (page, files, calendar).
 * @throws a redirect to /login when signed out; 404 for users without the APPLICANT role
 *   (as for someone else's request, so nothing tells them the request exists).
 */
export async function requireApplicant(request: Request): Promise<AuthUser> {
  const user = await requireUser(request);
  if (!user.roles.includes("APPLICANT")) throw data("Not found", { status: 404 });
  return user;
}

/** An applicant's own requests. */
export function applicantScope(userId: string): RequestScope {
  return { applicantId: userId };
}

/** True when `value` is a request status (e.g. a posted `expectedStatus`). */
export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === "string" && (STATES as readonly string[]).includes(value);
}

/** Statuses that hold (or may soon hold) the applicant's dates: a second request must not overlap them. */
const ACTIVE_STATES: RequestStatus[] = [...OPEN_STATES, "APPROVED"];

/** A double submit without a form key is recognised this long after the first. */
const DOUBLE_SUBMIT_MS = 10 * 60_000;

// ─── The request form ───────────────────────────────────────────────────────

/** A published opportunity with what the request form shows and checks; null when unknown or unpublished. */
export async function getOpportunityForRequest(opportunityId: string) {
  const o = await prisma.opportunity.findFirst({
    where: { id: opportunityId, ...publicOpportunityWhere() },
    select: {
      id: true,
      type: true,
      titleEn: true,
      titleIt: true,
      isExample: true,
      minDays: true,
      maxDays: true,
      deadline: true,
      seats: true,
      professions: true,
      careerStages: true,
      languages: { select: { code: true, minLevel: true }, orderBy: { code: "asc" } },
      centre: { select: { slug: true, name: true, nameIt: true, country: true, responseTimeDays: true } },
      windows: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
      cohorts: {
        select: { id: true, name: true, startDate: true, endDate: true, seats: true },
        orderBy: { startDate: "asc" },
      },
      questions: { select: { id: true, textEn: true, textIt: true }, orderBy: { position: "asc" } },
      requiredDocuments: true,
      recommendationLetters: true,
      vaccines: true,
      otherDocument: true,
    },
  });
  if (!o) return null;
  return {
    ...o,
    deadline: o.deadline ? isoFromDate(o.deadline) : null,
    windows: o.windows.map((w) => ({ start: isoFromDate(w.startDate), end: isoFromDate(w.endDate) })),
    cohorts: o.cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      start: isoFromDate(c.startDate),
      end: isoFromDate(c.endDate),
      seats: c.seats,
    })),
  };
}

export type OpportunityForRequest = NonNullable<Awaited<ReturnType<typeof getOpportunityForRequest>>>;

/** The applicant's active (open or approved) request for this opportunity overlapping `stay`, if any. */
export async function findOverlappingRequest(
  db: Prisma.TransactionClient,
  {
    applicantId,
    opportunityId,
    start,
    end,
  }: { applicantId: string; opportunityId: string; start: string; end: string },
) {
  return db.request.findFirst({
    where: {
      applicantId,
      opportunityId,
      status: { in: ACTIVE_STATES },
      startDate: { lte: dateFromIso(end) },
      endDate: { gte: dateFromIso(start) },
    },
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      cohortId: true,
      submittedAt: true,
      submitKey: true,
    },
    orderBy: { submittedAt: "asc" },
  });
}

export type SubmitOutcome =
  | { status: "created"; requestId: string }
  /** The same form (or an identical request moments ago) was already submitted: show that one. */
  | { status: "existing"; requestId: string }
  /** Another active request of this applicant overlaps these dates. */
  | { status: "overlap"; requestId: string }
  /** A chosen wallet document is not (or no longer) the applicant's: nothing was written. */
  | { status: "documents-changed" };

/**
 * Creates a request from a validated form: copies the chosen wallet documents (and the new
 * upload, which also goes into the wallet) under new keys, then in one transaction (the
 * applicant's row locked, so their submissions run one at a time) checks for a double
 * submit (same `submitKey`, or without one an identical request in the last 10 minutes)
 * and for an overlapping active request, writes the Request (clock started), its documents'
 * snapshot (app/requests/wallet.server.ts), its answers, the "submit" audit event, its
 * e-mails and jobs. The copies are deleted again unless a request was created.
 * @param questionIds the opportunity's question ids in form order (answers[i] ↔ questionIds[i]).
 * @throws Error when the cohort is unknown (the caller validated it); database errors.
 */
export async function submitRequest(input: {
  applicantId: string;
  opportunity: Pick<OpportunityForRequest, "id" | "cohorts" | "centre">;
  questionIds: string[];
  value: RequestFormValue;
  /** Wallet document ids to send (the applicant's own; checked again here). */
  documentIds: readonly string[];
  /** A new document from the form, added to the wallet and sent. */
  upload?: WalletUpload | null;
  now?: Date;
}): Promise<SubmitOutcome> {
  const now = input.now ?? new Date();
  const { value, opportunity } = input;
  let start: string;
  let end: string;
  let cohortId: string | null = null;
  if (value.kind === "cohort") {
    const cohort = opportunity.cohorts.find((c) => c.id === value.cohortId);
    if (!cohort) throw new Error(`cohort ${value.cohortId} is not one of opportunity ${opportunity.id}`);
    [start, end, cohortId] = [cohort.start, cohort.end, cohort.id];
  } else {
    [start, end] = [value.startDate, value.endDate];
  }

  const snapshot = await prepareSnapshot(input.applicantId, input.documentIds, input.upload ?? null);
  if (!snapshot) return { status: "documents-changed" };
  let created = false;
  try {
    const outcome = await prisma.$transaction(async (tx): Promise<SubmitOutcome> => {
      await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${input.applicantId} FOR UPDATE`;
      if (value.submitKey) {
        const same = await tx.request.findFirst({
          where: { applicantId: input.applicantId, submitKey: value.submitKey },
          select: { id: true },
        });
        if (same) return { status: "existing", requestId: same.id };
      }
      const overlap = await findOverlappingRequest(tx, {
        applicantId: input.applicantId,
        opportunityId: opportunity.id,
        start,
        end,
      });
      if (overlap) {
        const identical =
          !value.submitKey &&
          overlap.submitKey === null &&
          isoFromDate(overlap.startDate) === start &&
          isoFromDate(overlap.endDate) === end &&
          overlap.cohortId === cohortId &&
          now.getTime() - overlap.submittedAt.getTime() < DOUBLE_SUBMIT_MS;
        return { status: identical ? "existing" : "overlap", requestId: overlap.id };
      }
      const request = await tx.request.create({
        data: {
          applicantId: input.applicantId,
          opportunityId: opportunity.id,
          cohortId,
          startDate: dateFromIso(start),
          endDate: dateFromIso(end),
          motivation: value.motivation,
          submitKey: value.submitKey ?? null,
          submittedAt: now,
          dueAt: startClock(now, opportunity.centre.responseTimeDays).dueAt,
          answers: {
            create: input.questionIds
              .map((questionId, i) => ({ questionId, body: value.answers[i] ?? "" }))
              .filter((a) => a.body !== ""),
          },
        },
        select: { id: true },
      });
      await writeSnapshot(tx, input.applicantId, request.id, snapshot);
      const submitted = await recordSubmission(tx, { requestId: request.id, now });
      if (!submitted.ok) throw new Error(`recording the submission of ${request.id} failed: ${submitted.code}`);
      await writeMoveEffects(tx, submitted);
      return { status: "created", requestId: request.id };
    });
    created = outcome.status === "created";
    if (created) kickOutbox();
    return outcome;
  } catch (error) {
    // Two submits with one key racing past the lock (not possible with it, kept as a net).
    if (value.submitKey && isUniqueViolation(error)) {
      const same = await prisma.request.findFirst({
        where: { applicantId: input.applicantId, submitKey: value.submitKey },
        select: { id: true },
      });
      if (same) return { status: "existing", requestId: same.id };
    }
    throw error;
  } finally {
    if (!created) await discardSnapshot(snapshot);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return Boolean(
    error && typeof error === "object" && "code" in error && (error as { code?: unknown }).code === "P2002",
  );
}

// ─── The applicant's pages ──────────────────────────────────────────────────

/** The applicant's requests, newest first. */
export async function listApplicantRequests(applicantId: string) {
  const rows = await prisma.request.findMany({
    where: applicantScope(applicantId),
    orderBy: { submittedAt: "desc" },
    take: 200,
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      submittedAt: true,
      dueAt: true,
      pausedAt: true,
      cohort: { select: { name: true } },
      opportunity: {
        select: { id: true, titleEn: true, titleIt: true, centre: { select: { name: true, nameIt: true } } },
      },
    },
  });
  return rows.map((r) => ({
    ...r,
    startDate: isoFromDate(r.startDate),
    endDate: isoFromDate(r.endDate),
    submittedAt: r.submittedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    pausedAt: r.pausedAt?.toISOString() ?? null,
  }));
}

/** Audit actions that are internal to the centre and never shown to the applicant. */
const INTERNAL_ACTIONS = ["note", "assign", "remind"];

const fileSelect = { id: true, filename: true, size: true } satisfies Prisma.StoredFileSelect;

/**
 * One of the applicant's own requests with its timeline (state changes, no internal
 * events), its thread (no internal notes: filtered in the query), answers and CV; null
 * when it is not theirs.
 */
export async function getApplicantRequest(applicantId: string, requestId: string) {
  const r = await prisma.request.findFirst({
    where: { id: requestId, ...applicantScope(applicantId) },
    select: {
      id: true,
      status: true,
      version: true,
      startDate: true,
      endDate: true,
      motivation: true,
      submittedAt: true,
      decidedAt: true,
      dueAt: true,
      pausedAt: true,
      declineReason: true,
      cancelReason: true,
      cohort: { select: { name: true } },
      cvFile: { select: fileSelect },
      documents: { select: sentDocumentSelect, orderBy: { position: "asc" } },
      opportunity: {
        select: {
          id: true,
          type: true,
          titleEn: true,
          titleIt: true,
          centre: { select: { id: true, slug: true, name: true, nameIt: true, responseTimeDays: true } },
        },
      },
      answers: { select: { body: true, question: { select: { textEn: true, textIt: true, position: true } } } },
      events: {
        where: { action: { notIn: INTERNAL_ACTIONS } },
        select: { id: true, action: true, fromStatus: true, toStatus: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      messages: {
        where: { kind: { not: "NOTE" } },
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
  const names = await userNames(r.messages.map((m) => m.authorId));
  return {
    ...r,
    startDate: isoFromDate(r.startDate),
    endDate: isoFromDate(r.endDate),
    submittedAt: r.submittedAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    dueAt: r.dueAt.toISOString(),
    pausedAt: r.pausedAt?.toISOString() ?? null,
    answers: r.answers.sort((a, b) => a.question.position - b.question.position),
    // The timeline: the submission and every change of state.
    events: r.events
      .filter((e) => e.action === "submit" || e.fromStatus !== e.toStatus)
      .map((e) => ({ id: e.id, action: e.action, toStatus: e.toStatus, createdAt: e.createdAt.toISOString() })),
    messages: r.messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      mine: m.authorId === applicantId,
      authorName: m.authorId ? (names[m.authorId] ?? null) : null,
      attachment: m.attachment,
    })),
  };
}

/**
 * The centre's median response time so far, in days (one decimal), over its requests
 * decided so far (approved or declined: `submittedAt` → `decidedAt`); null when none.
 */
export async function getCentreMedianResponseDays(centreId: string): Promise<{ days: number | null; decided: number }> {
  const rows = await prisma.$queryRaw<{ median: number | null; decided: number }[]>`
    SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (r."decidedAt" - r."submittedAt"))::float8))::float8 AS "median",
           count(*)::int AS "decided"
      FROM "Request" r JOIN "Opportunity" o ON o."id" = r."opportunityId"
     WHERE o."centreId" = ${centreId} AND r."decidedAt" IS NOT NULL`;
  const row = rows[0];
  const decided = Number(row?.decided ?? 0);
  if (!row || row.median === null || !decided) return { days: null, decided };
  return { days: Math.round((Number(row.median) / 86_400) * 10) / 10, decided };
}

/** The request's status, version and dates (inclusive) when it is within `scope`; null otherwise. */
export async function getRequestState(scope: RequestScope, requestId: string) {
  const r = await prisma.request.findFirst({
    where: { id: requestId, ...scope },
    select: { id: true, status: true, version: true, startDate: true, endDate: true },
  });
  return r ? { ...r, startDate: isoFromDate(r.startDate), endDate: isoFromDate(r.endDate) } : null;
}

/** What the .ics download needs of an approved (or completed) request within `scope`; null otherwise. */
export async function getStayForCalendar(scope: RequestScope, requestId: string) {
  const r = await prisma.request.findFirst({
    where: { id: requestId, ...scope, status: { in: ["APPROVED", "COMPLETED"] } },
    select: {
      id: true,
      version: true,
      startDate: true,
      endDate: true,
      opportunity: {
        select: {
          titleEn: true,
          titleIt: true,
          centre: { select: { name: true, nameIt: true, address: true, city: true } },
        },
      },
    },
  });
  if (!r) return null;
  return { ...r, startDate: isoFromDate(r.startDate), endDate: isoFromDate(r.endDate) };
}

// ─── Files ──────────────────────────────────────────────────────────────────

/**
 * A file of a request within `scope`: its CV (`fileId` "cv"), a document sent with it (the
 * request's own copy, RequestDocument) or a message attachment. Attachments of internal
 * notes only with `includeNotes` (coordinators). Null when the request, the file or the
 * right to see it is missing — all in one query.
 */
export async function getRequestFile(
  scope: RequestScope,
  requestId: string,
  fileId: string,
  { includeNotes }: { includeNotes: boolean },
) {
  const select = {
    id: true,
    filename: true,
    storageKey: true,
    size: true,
    contentType: true,
  } satisfies Prisma.StoredFileSelect;
  if (fileId === "cv") {
    const r = await prisma.request.findFirst({ where: { id: requestId, ...scope }, select: { cvFile: { select } } });
    return r?.cvFile ?? null;
  }
  return prisma.storedFile.findFirst({
    where: {
      id: fileId,
      OR: [
        { sentAs: { requestId, request: scope } },
        {
          attachedTo: {
            some: { requestId, request: scope, ...(includeNotes ? {} : { kind: { not: "NOTE" } }) },
          },
        },
      ],
    },
    select,
  });
}

/** Display names of users by id (authors of messages, actors of events); unknown ids are left out. */
export async function userNames(ids: readonly (string | null)[]): Promise<Record<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return {};
  const users = await prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return Object.fromEntries(users.map((u) => [u.id, u.name]));
}
