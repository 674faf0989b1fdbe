/**
 * Recommendation letters from referees (issue 16 part 2; decision 0037), the database side.
 *
 * The applicant names referees on /requests/:id/referees after sending the request (at most
 * the opportunity's `lettersRequired`, one per address, never their own). Each referee gets
 * the `referee-invitation` mail with a single-use link /referee?token=…: 160 random bits,
 * only the SHA-256 stored (`Referee.tokenHash`, app/accounts/token.server.ts), working
 * `REFEREE_LINK_DAYS` (30) days while the request is open. Uploading the letter (a PDF
 * judged by its bytes, at most 5 MB) clears the hash in a compare-and-swap, so the link
 * works once even when two uploads race; a request leaving the open states clears every
 * pending hash (`revokeRefereeLinks`, called by apply.server.ts). A letter is the request's
 * own file: coordinators download it, the applicant only sees received/pending.
 *
 * Every query of the applicant's is scoped by `applicantId` in its `where`.
 */
import crypto from "node:crypto";
import { addDays } from "date-fns";
import { generateToken, hashToken } from "~/accounts/token.server";
import type { Prisma } from "~/generated/prisma/client";
import { appUrl, enqueueEmail, kickOutbox } from "~/notifications/outbox.server";
import { isoDateOfInstant } from "~/platform/calendar";
import { prisma } from "~/platform/db.server";
import { enqueueJob, registerJob } from "~/platform/jobs.server";
import { getStorage } from "~/platform/storage.server";
import type { UploadedPdf } from "~/platform/uploads.server";
import { lettersRequired, REFEREE_LINK_DAYS, REFEREE_REMINDER_DAYS, type RefereeFields } from "./referees";
import { OPEN_STATES } from "./transitions";

const OPEN = [...OPEN_STATES];

/** A Prisma interactive-transaction client. */
type Tx = Prisma.TransactionClient;
/** A `where` on Request that limits what the caller may see (the applicant's own, the coordinator's centres). */
type RequestScope = Prisma.RequestWhereInput;

/** One referee as the applicant's and the coordinators' pages show them (instants ISO 8601 UTC). */
export interface RefereeView {
  id: string;
  name: string;
  email: string;
  locale: string;
  invitedAt: string;
  resent: boolean;
  receivedAt: string | null;
  /** Whether the link may still be used (pending, unexpired, request open). */
  linkLive: boolean;
  /** The letter's file (coordinators only; null for the applicant and when not received or removed). */
  file: { id: string; filename: string; size: number } | null;
}

/**
 * The referees of a request within `scope`, oldest first, with the letters the opportunity
 * asks for. `withFiles` only for coordinators. @returns null when the request is not in scope.
 */
export async function listReferees(
  scope: RequestScope,
  requestId: string,
  { withFiles, now = new Date() }: { withFiles: boolean; now?: Date },
) {
  const r = await prisma.request.findFirst({
    where: { id: requestId, ...scope },
    select: {
      status: true,
      opportunity: {
        select: {
          requiredDocuments: true,
          recommendationLetters: true,
          titleEn: true,
          titleIt: true,
          centre: { select: { name: true, nameIt: true } },
        },
      },
      referees: {
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          invitedAt: true,
          resentAt: true,
          receivedAt: true,
          tokenHash: true,
          tokenExpiresAt: true,
          file: { select: { id: true, filename: true, size: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!r) return null;
  const open = (OPEN as string[]).includes(r.status);
  const referees: RefereeView[] = r.referees.map((x) => ({
    id: x.id,
    name: x.name,
    email: x.email,
    locale: x.locale,
    invitedAt: x.invitedAt.toISOString(),
    resent: x.resentAt !== null,
    receivedAt: x.receivedAt?.toISOString() ?? null,
    linkLive: open && !x.receivedAt && x.tokenHash !== null && x.tokenExpiresAt > now,
    file: withFiles ? x.file : null,
  }));
  const o = r.opportunity;
  return {
    required: lettersRequired(o),
    open,
    referees,
    opportunity: {
      titleEn: o.titleEn,
      titleIt: o.titleIt || o.titleEn,
      centreName: o.centre.name,
      centreNameIt: o.centre.nameIt || o.centre.name,
    },
  };
}

export type RefereeOutcome =
  | { status: "ok"; id: string }
  | { status: "not-found" }
  | { status: "closed" }
  | { status: "full" }
  | { status: "duplicate" }
  | { status: "own-email" }
  | { status: "received" }
  | { status: "already-resent" };

/** A fresh link for `refereeId`: the hash and expiry to store, the URL to mail. */
function newLink(now: Date) {
  const token = generateToken();
  return {
    token,
    tokenHash: hashToken(token),
    tokenExpiresAt: addDays(now, REFEREE_LINK_DAYS),
    url: appUrl("/referee", { token }),
  };
}

/** Writes the invitation (or reminder) mail of one referee into the outbox inside `tx`. */
async function enqueueRefereeMail(
  tx: Tx,
  kind: "referee-invitation" | "referee-reminder",
  refereeId: string,
  link: { url: string; tokenExpiresAt: Date },
  idempotencyKey: string,
) {
  const x = await tx.referee.findUniqueOrThrow({
    where: { id: refereeId },
    select: {
      name: true,
      email: true,
      locale: true,
      request: {
        select: {
          applicant: { select: { name: true } },
          opportunity: { select: { titleEn: true, titleIt: true, centre: { select: { name: true, nameIt: true } } } },
        },
      },
    },
  });
  const it = x.locale === "it";
  const o = x.request.opportunity;
  await enqueueEmail(tx, {
    kind,
    userId: null,
    to: x.email,
    locale: x.locale,
    payload: {
      refereeName: x.name,
      applicantName: x.request.applicant?.name ?? "",
      opportunityTitle: (it ? o.titleIt : null) || o.titleEn,
      centreName: (it ? o.centre.nameIt : null) || o.centre.name,
      url: link.url,
      // The last day the link works (its expiry instant is exclusive).
      lastDay: isoDateOfInstant(new Date(link.tokenExpiresAt.getTime() - 1)),
    },
    idempotencyKey,
  });
}

/** Locks the applicant's request and reads what the referee rules need; null when not theirs. */
async function lockRequest(tx: Tx, applicantId: string, requestId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Request" WHERE "id" = ${requestId} AND "applicantId" = ${applicantId} FOR UPDATE`;
  return tx.request.findFirst({
    where: { id: requestId, applicantId },
    select: {
      status: true,
      applicant: { select: { email: true } },
      opportunity: { select: { requiredDocuments: true, recommendationLetters: true } },
      referees: { select: { id: true, email: true, receivedAt: true, resentAt: true } },
    },
  });
}

type LockedRequest = NonNullable<Awaited<ReturnType<typeof lockRequest>>>;

/**
 * The prelude of the moves on one named referee: in one transaction, locks the applicant's
 * request, finds referee `refereeId` on it and runs `move` when the request is open and no
 * letter has come; kicks the outbox after an "ok". Refused before `move` (in this order):
 * "not-found" (request not theirs, or referee not on it), "closed", "received".
 */
async function lockOpenReferee(
  applicantId: string,
  requestId: string,
  refereeId: string,
  move: (tx: Tx, r: LockedRequest, referee: LockedRequest["referees"][number]) => Promise<RefereeOutcome>,
): Promise<RefereeOutcome> {
  const outcome = await prisma.$transaction(async (tx): Promise<RefereeOutcome> => {
    const r = await lockRequest(tx, applicantId, requestId);
    if (!r) return { status: "not-found" };
    const referee = r.referees.find((x) => x.id === refereeId);
    if (!referee) return { status: "not-found" };
    if (!(OPEN as string[]).includes(r.status)) return { status: "closed" };
    if (referee.receivedAt) return { status: "received" };
    return move(tx, r, referee);
  });
  if (outcome.status === "ok") kickOutbox();
  return outcome;
}

/**
 * Inside `tx`: a new referee of request `requestId` with a fresh link, their invitation
 * queued (key `referee-invitation:<id>`) and `action` on the request's timeline.
 * @returns the referee's id.
 */
async function inviteReferee(
  tx: Prisma.TransactionClient,
  applicantId: string,
  requestId: string,
  fields: RefereeFields,
  now: Date,
  action: "referee-added" | "referee-replaced",
): Promise<string> {
  const link = newLink(now);
  const row = await tx.referee.create({
    data: {
      requestId,
      name: fields.name,
      email: fields.email,
      locale: fields.locale,
      tokenHash: link.tokenHash,
      tokenExpiresAt: link.tokenExpiresAt,
      invitedAt: now,
    },
    select: { id: true },
  });
  await enqueueRefereeMail(tx, "referee-invitation", row.id, link, `referee-invitation:${row.id}`);
  await tx.requestEvent.create({
    data: { requestId, actorId: applicantId, actorKind: "APPLICANT", action, createdAt: now },
  });
  return row.id;
}

/**
 * Names a referee on the applicant's open request and queues their invitation (one
 * transaction, the request row locked). Refused: "closed" (request not open), "full" (as
 * many referees as letters asked for), "duplicate", "own-email".
 */
export async function addReferee(
  applicantId: string,
  requestId: string,
  fields: RefereeFields,
  now: Date = new Date(),
): Promise<RefereeOutcome> {
  const outcome = await prisma.$transaction(async (tx): Promise<RefereeOutcome> => {
    const r = await lockRequest(tx, applicantId, requestId);
    if (!r) return { status: "not-found" };
    if (!(OPEN as string[]).includes(r.status)) return { status: "closed" };
    if (r.applicant?.email === fields.email) return { status: "own-email" };
    if (r.referees.some((x) => x.email === fields.email)) return { status: "duplicate" };
    if (r.referees.length >= lettersRequired(r.opportunity)) return { status: "full" };
    return { status: "ok", id: await inviteReferee(tx, applicantId, requestId, fields, now, "referee-added") };
  });
  if (outcome.status === "ok") kickOutbox();
  return outcome;
}

/**
 * Sends a pending referee's invitation again, once, with a new link (the old one stops
 * working; the new one works REFEREE_LINK_DAYS from now). Refused: "received",
 * "already-resent", "closed".
 */
export async function resendRefereeInvitation(
  applicantId: string,
  requestId: string,
  refereeId: string,
  now: Date = new Date(),
): Promise<RefereeOutcome> {
  return lockOpenReferee(applicantId, requestId, refereeId, async (tx, _r, x) => {
    if (x.resentAt) return { status: "already-resent" };
    const link = newLink(now);
    await tx.referee.update({
      where: { id: x.id },
      data: { tokenHash: link.tokenHash, tokenExpiresAt: link.tokenExpiresAt, resentAt: now, invitedAt: now },
      select: { id: true },
    });
    await enqueueRefereeMail(tx, "referee-invitation", x.id, link, `referee-invitation:${x.id}:resent`);
    return { status: "ok", id: x.id };
  });
}

/**
 * Replaces a pending referee by another (the old one's link stops working; the new one is
 * invited). Refused: "received", "duplicate", "own-email", "closed".
 */
export async function replaceReferee(
  applicantId: string,
  requestId: string,
  refereeId: string,
  fields: RefereeFields,
  now: Date = new Date(),
): Promise<RefereeOutcome> {
  return lockOpenReferee(applicantId, requestId, refereeId, async (tx, r, old) => {
    if (r.applicant?.email === fields.email) return { status: "own-email" };
    if (r.referees.some((x) => x.id !== refereeId && x.email === fields.email)) return { status: "duplicate" };
    await tx.referee.delete({ where: { id: old.id }, select: { id: true } });
    return { status: "ok", id: await inviteReferee(tx, applicantId, requestId, fields, now, "referee-replaced") };
  });
}

/** What the referee's page shows about a usable link. */
export interface RefereeLink {
  refereeName: string;
  applicantName: string;
  opportunityTitleEn: string;
  opportunityTitleIt: string;
  centreName: string;
  centreNameIt: string;
  expiresAt: string;
}

function usableWhere(token: string, now: Date) {
  return {
    tokenHash: hashToken(token),
    receivedAt: null,
    tokenExpiresAt: { gt: now },
    request: { status: { in: OPEN } },
  };
}

/** The referee behind a raw token when the link is usable at `now`; null when unknown, used, expired or the request ended. */
export async function findRefereeLink(token: string, now: Date = new Date()): Promise<RefereeLink | null> {
  const x = await prisma.referee.findFirst({
    where: usableWhere(token, now),
    select: {
      name: true,
      tokenExpiresAt: true,
      request: {
        select: {
          applicant: { select: { name: true } },
          opportunity: {
            select: { titleEn: true, titleIt: true, centre: { select: { name: true, nameIt: true } } },
          },
        },
      },
    },
  });
  if (!x) return null;
  const o = x.request.opportunity;
  return {
    refereeName: x.name,
    applicantName: x.request.applicant?.name ?? "",
    opportunityTitleEn: o.titleEn,
    opportunityTitleIt: o.titleIt || o.titleEn,
    centreName: o.centre.name,
    centreNameIt: o.centre.nameIt || o.centre.name,
    expiresAt: x.tokenExpiresAt.toISOString(),
  };
}

/** The link could not be used (unknown, used, expired, request ended): the transaction rolls back. */
class LinkUnusable extends Error {}

/**
 * Stores a referee's letter through their link: the bytes first, then in one transaction the
 * StoredFile (owned by the applicant, so account erasure removes it) and the referee row,
 * whose `tokenHash` is cleared in a compare-and-swap. @returns false when the link is not
 * usable (nothing is kept).
 */
export async function receiveRefereeLetter(token: string, file: UploadedPdf, now: Date = new Date()): Promise<boolean> {
  const storage = getStorage();
  const storageKey = await storage.put(file.bytes);
  let kept = false;
  try {
    await prisma.$transaction(async (tx) => {
      const x = await tx.referee.findFirst({
        where: usableWhere(token, now),
        select: { id: true, requestId: true, request: { select: { applicantId: true } } },
      });
      if (!x) throw new LinkUnusable();
      const stored = await tx.storedFile.create({
        data: {
          ownerId: x.request.applicantId,
          storageKey,
          filename: file.filename,
          contentType: "application/pdf",
          size: file.bytes.byteLength,
          sha256: crypto.createHash("sha256").update(file.bytes).digest("hex"),
        },
        select: { id: true },
      });
      const { count } = await tx.referee.updateMany({
        where: { id: x.id, ...usableWhere(token, now) },
        data: { receivedAt: now, tokenHash: null, fileId: stored.id },
      });
      if (count !== 1) throw new LinkUnusable();
      await tx.requestEvent.create({
        data: { requestId: x.requestId, actorKind: "SYSTEM", action: "referee-letter-received", createdAt: now },
      });
    });
    kept = true;
    return true;
  } catch (error) {
    if (error instanceof LinkUnusable) return false;
    throw error;
  } finally {
    if (!kept) await storage.delete(storageKey).catch(() => {});
  }
}

/**
 * Ends every pending referee link of a request (inside the move's transaction, when the
 * request leaves the open states: withdrawn, declined, cancelled, expired, approved).
 */
export async function revokeRefereeLinks(tx: Tx, requestId: string): Promise<void> {
  await tx.referee.updateMany({ where: { requestId, receivedAt: null }, data: { tokenHash: null } });
}

/** A received letter's file for a coordinator in `scope`; null when missing or not theirs. */
export async function getRefereeLetterFile(scope: RequestScope, requestId: string, refereeId: string) {
  const x = await prisma.referee.findFirst({
    where: { id: refereeId, requestId, request: scope },
    select: { file: { select: { id: true, filename: true, storageKey: true, size: true, contentType: true } } },
  });
  return x?.file ?? null;
}

// ─── The one reminder ───────────────────────────────────────────────────────

export const REFEREE_REMINDER_JOB = "referee-reminders";

/**
 * E-mails each referee who has not uploaded, once, `REFEREE_REMINDER_DAYS` after their
 * (last) invitation, while the request is open and the link still works. The reminder
 * carries a new link (the hash is all that is stored, so the old link cannot be mailed
 * again) that keeps the old one's expiry. `reminderSentAt` is set in a compare-and-swap in
 * the same transaction as the outbox row, whose idempotency key is per referee.
 * @returns how many reminders were written.
 */
export async function sendRefereeReminders(now: Date = new Date()): Promise<number> {
  const due = await prisma.referee.findMany({
    where: {
      receivedAt: null,
      reminderSentAt: null,
      tokenHash: { not: null },
      tokenExpiresAt: { gt: now },
      invitedAt: { lte: addDays(now, -REFEREE_REMINDER_DAYS) },
      request: { status: { in: OPEN } },
    },
    select: { id: true, tokenExpiresAt: true },
    orderBy: { invitedAt: "asc" },
    take: 1000,
  });
  let sent = 0;
  for (const x of due) {
    const token = generateToken();
    const done = await prisma.$transaction(async (tx) => {
      const { count } = await tx.referee.updateMany({
        where: { id: x.id, receivedAt: null, reminderSentAt: null, tokenHash: { not: null } },
        data: { reminderSentAt: now, tokenHash: hashToken(token) },
      });
      if (count !== 1) return false;
      const link = { url: appUrl("/referee", { token }), tokenExpiresAt: x.tokenExpiresAt };
      await enqueueRefereeMail(tx, "referee-reminder", x.id, link, `referee-reminder:${x.id}`);
      return true;
    });
    if (done) sent += 1;
  }
  if (sent) kickOutbox();
  return sent;
}

/** Schedules a run of the reminders at `runAt` (at most one per UTC day). */
export async function scheduleRefereeReminders(runAt: Date = new Date()): Promise<boolean> {
  return enqueueJob(prisma, {
    name: REFEREE_REMINDER_JOB,
    uniqueKey: `${REFEREE_REMINDER_JOB}:${isoDateOfInstant(runAt)}`,
    runAt,
  });
}

/** Registers the daily job (06:30 UTC): it writes the due reminders, then schedules the next day's run. */
export function registerRefereeRemindersJob(now: () => Date = () => new Date()): void {
  registerJob(REFEREE_REMINDER_JOB, async () => {
    const at = now();
    await sendRefereeReminders(at);
    const next = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1, 6, 30));
    await scheduleRefereeReminders(next);
  });
}
