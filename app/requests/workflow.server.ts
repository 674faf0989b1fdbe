/**
 * Performing request moves: `applyTransition` (app/requests/apply.server.ts) decides and
 * updates inside a transaction; this module writes what it returns in that same
 * transaction — the e-mails (transactional outbox, `enqueueEmail`) and the jobs (remind,
 * expire, complete) — and handles an optional PDF attachment's bytes around it.
 *
 * Rule (docs/architecture.md, "Requests: an explicit state machine"): the state change,
 * its audit event, its e-mails and its jobs commit together or not at all.
 *
 * E-mail kinds are the workflow's `NOTIFICATION_KINDS`, one template each in emails/
 * (their payload type, `RequestMailData`, is checked against `RequestEmailPayload` in
 * app/notifications/outbox.server.ts). A mail that cannot be rendered or sent is recorded on its
 * notification by the worker and never affects the move.
 */
import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { appUrl, enqueueEmail, kickOutbox, type RequestEmailPayload } from "~/notifications/outbox.server";
import { isoFromDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { cancelJobs, upsertJob } from "~/platform/jobs.server";
import { getStorage } from "~/platform/storage.server";
import type { UploadedPdf } from "~/platform/uploads.server";
import { applyTransition, type Applied, type ApplyInput, type ApplyResult, type Tx } from "~/requests/apply.server";
import { movesFor } from "~/requests/transitions";

const contextSelect = {
  applicantId: true,
  startDate: true,
  endDate: true,
  dueAt: true,
  declineReason: true,
  cancelReason: true,
  cohort: { select: { name: true } },
  applicant: { select: { name: true } },
  opportunity: { select: { titleEn: true, titleIt: true, centre: { select: { name: true, nameIt: true } } } },
} satisfies Prisma.RequestSelect;

/**
 * Writes the effects of an applied move inside `tx`: cancels and (re)schedules its jobs,
 * and enqueues one e-mail per notification (recipient's stored address and language).
 */
export async function writeMoveEffects(tx: Tx, applied: Applied): Promise<void> {
  await cancelJobs(tx, applied.cancelJobs);
  for (const job of applied.jobs) await upsertJob(tx, job);
  if (!applied.notifications.length) return;

  const request = await tx.request.findUniqueOrThrow({ where: { id: applied.requestId }, select: contextSelect });
  const message = applied.messageId
    ? await tx.message.findUnique({ where: { id: applied.messageId }, select: { body: true } })
    : null;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(applied.notifications.map((n) => n.userId))] } },
    select: { id: true, email: true, locale: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const reason =
    applied.action === "decline" ? request.declineReason : applied.action === "cancel" ? request.cancelReason : null;

  for (const n of applied.notifications) {
    const user = byId.get(n.userId);
    if (!user) continue;
    const it = user.locale === "it";
    const payload: RequestEmailPayload = {
      requestId: applied.requestId,
      eventId: n.payload.eventId,
      version: n.payload.version,
      ics: n.ics ?? null,
      url: appUrl(n.userId === request.applicantId ? `/requests/${applied.requestId}` : `/inbox/${applied.requestId}`),
      opportunityTitle: it ? request.opportunity.titleIt : request.opportunity.titleEn,
      centreName: it ? request.opportunity.centre.nameIt : request.opportunity.centre.name,
      applicantName: request.applicant?.name ?? null,
      startDate: isoFromDate(request.startDate),
      endDate: isoFromDate(request.endDate),
      cohortName: request.cohort?.name ?? null,
      dueAt: request.dueAt.toISOString(),
      reason,
      messageBody: message?.body ?? null,
      messageId: applied.messageId,
    };
    await enqueueEmail(tx, {
      kind: n.kind,
      userId: user.id,
      to: user.email,
      locale: user.locale ?? "en",
      payload,
      idempotencyKey: n.idempotencyKey,
    });
  }
}

/** Thrown inside the transaction to roll back a refused move (and anything written before it). */
class Refusal extends Error {
  constructor(readonly result: Exclude<ApplyResult, Applied>) {
    super(`refused: ${result.reason}/${result.code}`);
  }
}

/** A PDF to attach to the move's message, stored only when the move goes ahead. */
export interface MoveAttachment extends UploadedPdf {
  ownerId: string;
}

/**
 * Performs one move in its own transaction with its effects (see module docs); a
 * coordinator's answer to a new request is `open` then the move (`movesFor`), both or
 * neither. With an
 * `attachment` (message-like actions only), the bytes are stored first, the StoredFile row
 * is written in the transaction, and the bytes are deleted again if the move is refused or
 * the transaction fails.
 * @returns as `applyTransition`; nothing is written when it refuses.
 * @throws the database's errors (after removing stored bytes).
 */
export async function performMove(input: ApplyInput & { attachment?: MoveAttachment | null }): Promise<ApplyResult> {
  const { attachment, ...move } = input;
  const storage = getStorage();
  const storageKey = attachment ? await storage.put(attachment.bytes) : null;
  try {
    const result = await prisma.$transaction(async (tx) => {
      let attachmentId: string | undefined;
      if (attachment && storageKey) {
        attachmentId = (await createStoredFile(tx, { ...attachment, storageKey })).id;
      }
      const applied = await performMoveIn(tx, {
        ...move,
        data: { ...move.data, ...(attachmentId ? { attachmentId } : {}) },
      });
      if (!applied.ok) throw new Refusal(applied);
      return applied;
    });
    kickOutbox();
    return result;
  } catch (error) {
    if (storageKey) await storage.delete(storageKey).catch(() => {});
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

/**
 * One move and its effects inside the caller's transaction `tx`: a coordinator's answer to
 * a new request is `open` then the move (transitions.ts `movesFor`). Used by `performMove`
 * and by the confirmation of an allocation round (app/requests/rounds.server.ts), which
 * makes many moves in one transaction.
 * @returns as `applyTransition`; on a refusal the caller must roll `tx` back (the `open`
 *   step may already be written).
 */
export async function performMoveIn(tx: Tx, move: ApplyInput): Promise<ApplyResult> {
  const steps = movesFor(move.expectedStatus, move.action, move.actor);
  let expected = { status: move.expectedStatus, version: move.expectedVersion };
  if (steps.length === 2) {
    const opened = await applyTransition(tx, { ...move, action: steps[0], data: {} });
    if (!opened.ok) return opened;
    await writeMoveEffects(tx, opened);
    expected = { status: opened.to, version: opened.version };
  }
  const applied = await applyTransition(tx, {
    ...move,
    expectedStatus: expected.status,
    expectedVersion: expected.version,
  });
  if (!applied.ok) return applied;
  await writeMoveEffects(tx, applied);
  return applied;
}

/** The StoredFile row of bytes already put in storage under `storageKey` (a PDF unless `contentType` says otherwise). */
export async function createStoredFile(
  tx: Tx,
  file: { ownerId: string; filename: string; bytes: Uint8Array; storageKey: string; contentType?: string },
): Promise<{ id: string }> {
  return tx.storedFile.create({
    data: {
      ownerId: file.ownerId,
      storageKey: file.storageKey,
      filename: file.filename,
      contentType: file.contentType ?? "application/pdf",
      size: file.bytes.byteLength,
      sha256: crypto.createHash("sha256").update(file.bytes).digest("hex"),
    },
    select: { id: true },
  });
}

/**
 * A system move (a job): reads the request's current status and applies `action` from it.
 * @returns the result; refusals such as "not-due", "paused" or "illegal" mean nothing to do.
 */
export async function performSystemMove(
  requestId: string,
  action: "remind" | "expire" | "complete",
  now: Date,
): Promise<ApplyResult> {
  const current = await prisma.request.findUnique({ where: { id: requestId }, select: { status: true } });
  if (!current) return { ok: false, reason: "not-found", code: "not-found" };
  return performMove({ requestId, expectedStatus: current.status, action, actor: "SYSTEM", actorId: null, now });
}
