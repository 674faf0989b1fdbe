/**
 * Data retention (issue 13, part 5; decision 0023). The daily job `retention-sweep`:
 *
 * 1. Documents of requests that ended are deleted after legal-config `retention`'s period:
 *    `documentsMonthsAfterEnd` months after a DECLINED, WITHDRAWN, CANCELLED or EXPIRED
 *    request ended (its last move into that status), `documentsMonthsAfterStay` months after
 *    the last day of an APPROVED or COMPLETED stay. "Documents" are the CV, the copies of
 *    the wallet documents sent with the request (RequestDocument, issue 16), the referees'
 *    recommendation letters (Referee, decision 0037) and the files attached to the request's
 *    messages. `noticeDays` before, the applicant is e-mailed once
 *    (outbox kind `documents-removal`, idempotency key per request); the deletion never comes
 *    sooner than `noticeDays` after that mail. The request keeps `filesRemovedAt` and a
 *    SYSTEM timeline event `files-removed`; the audit log records `retention.files_removed`.
 * 2. Idle accounts are warned, then anonymised (app/accounts/inactive-accounts.server.ts).
 *
 * Every function takes `now` (tests pass a fake clock). Idempotent: a second run the same
 * day finds nothing to do.
 */
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { sweepInactiveAccounts, type InactiveSweep } from "~/accounts/inactive-accounts.server";
import type { RequestStatus } from "~/generated/prisma/enums";
import { appUrl, enqueueEmail, kickOutbox } from "~/notifications/outbox.server";
import { recordAudit } from "~/platform/audit.server";
import { isoDateOfInstant } from "~/platform/calendar";
import { prisma } from "~/platform/db.server";
import { enqueueJob, registerJob } from "~/platform/jobs.server";
import { legalConfig, type LegalConfig } from "~/platform/legal-config";
import { getStorage } from "~/platform/storage.server";

export const RETENTION_JOB = "retention-sweep";

const ENDED: RequestStatus[] = ["DECLINED", "WITHDRAWN", "CANCELLED", "EXPIRED"];
const STAYED: RequestStatus[] = ["APPROVED", "COMPLETED"];

type Rules = LegalConfig["retention"];

/** What one sweep did (counts of requests and accounts). */
export interface RetentionSummary extends InactiveSweep {
  noticesSent: number;
  requestsCleared: number;
  filesRemoved: number;
}

interface Candidate {
  id: string;
  status: RequestStatus;
  endDate: Date;
  applicantId: string | null;
  filesNoticeSentAt: Date | null;
  events: { createdAt: Date }[];
}

/**
 * When the documents of a request become due for deletion, by the rules alone: months after
 * the end (last move into its final status) or after the stay's last day (UTC), or null
 * when the request is still open.
 */
export function documentsDueAt(request: Candidate, rules: Rules = legalConfig.retention): Date | null {
  if (STAYED.includes(request.status)) {
    // The stay's last day is inclusive: the period runs from the day after.
    return addMonths(addDays(request.endDate, 1), rules.documentsMonthsAfterStay);
  }
  if (ENDED.includes(request.status)) {
    const ended = request.events[0]?.createdAt;
    return ended ? addMonths(ended, rules.documentsMonthsAfterEnd) : null;
  }
  return null;
}

/** The requests that still hold documents, with what `documentsDueAt` needs. */
async function requestsWithFiles(): Promise<Candidate[]> {
  const rows = await prisma.request.findMany({
    where: {
      filesRemovedAt: null,
      status: { in: [...ENDED, ...STAYED] },
      OR: [
        { cvFileId: { not: null } },
        { documents: { some: {} } },
        { referees: { some: { fileId: { not: null } } } },
        { messages: { some: { attachmentId: { not: null } } } },
      ],
    },
    select: {
      id: true,
      status: true,
      endDate: true,
      applicantId: true,
      filesNoticeSentAt: true,
      events: {
        where: { toStatus: { not: null } },
        select: { createdAt: true, toStatus: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  });
  return rows.map((r) => ({ ...r, events: r.events.filter((e) => e.toStatus === r.status) }));
}

/** The request's files: the CV, the documents sent and the message attachments (id, key, name). */
async function filesOf(requestId: string) {
  const request = await prisma.request.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      cvFile: { select: { id: true, storageKey: true, filename: true } },
      documents: {
        select: { file: { select: { id: true, storageKey: true, filename: true } } },
        orderBy: { position: "asc" },
      },
      messages: {
        where: { attachmentId: { not: null } },
        select: { attachment: { select: { id: true, storageKey: true, filename: true } } },
      },
      referees: {
        where: { fileId: { not: null } },
        select: { file: { select: { id: true, storageKey: true, filename: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const files = [
    request.cvFile,
    ...request.documents.map((d) => d.file),
    ...request.referees.map((r) => r.file),
    ...request.messages.map((m) => m.attachment),
  ].filter((f): f is { id: string; storageKey: string; filename: string } => f !== null);
  return [...new Map(files.map((f) => [f.id, f])).values()];
}

/** E-mails the applicant once that the documents go on `removalAt`. @returns true when a mail was queued. */
async function sendNotice(requestId: string, removalAt: Date, now: Date): Promise<boolean> {
  const files = await filesOf(requestId);
  return prisma.$transaction(async (tx) => {
    const r = await tx.request.findUniqueOrThrow({
      where: { id: requestId },
      select: {
        filesNoticeSentAt: true,
        applicant: { select: { id: true, email: true, name: true, locale: true, emailUndeliverableAt: true } },
        opportunity: { select: { titleEn: true, titleIt: true, centre: { select: { name: true, nameIt: true } } } },
      },
    });
    if (r.filesNoticeSentAt) return false;
    await tx.request.update({ where: { id: requestId }, data: { filesNoticeSentAt: now }, select: { id: true } });
    if (!r.applicant) return false;
    const it = r.applicant.locale === "it";
    await enqueueEmail(tx, {
      kind: "documents-removal",
      userId: r.applicant.id,
      to: r.applicant.email,
      locale: r.applicant.locale ?? "en",
      payload: {
        url: appUrl(`/requests/${requestId}`),
        opportunityTitle: (it ? r.opportunity.titleIt : null) || r.opportunity.titleEn,
        centreName: (it ? r.opportunity.centre.nameIt : null) || r.opportunity.centre.name,
        files: files.map((f) => f.filename),
        removalDate: isoDateOfInstant(removalAt),
      },
      idempotencyKey: `documents-removal:${requestId}`,
    });
    return true;
  });
}

/**
 * Deletes a request's files (rows in one transaction with the note, then the bytes; the sent
 * documents' rows go with their files). @returns how many.
 */
async function removeFiles(requestId: string, now: Date): Promise<number> {
  const files = await filesOf(requestId);
  await prisma.$transaction(async (tx) => {
    const ids = files.map((f) => f.id);
    await tx.request.update({
      where: { id: requestId },
      data: { filesRemovedAt: now, cvFileId: null },
      select: { id: true },
    });
    await tx.message.updateMany({ where: { requestId, attachmentId: { in: ids } }, data: { attachmentId: null } });
    await tx.storedFile.deleteMany({ where: { id: { in: ids } } });
    await tx.requestEvent.create({
      data: {
        requestId,
        actorKind: "SYSTEM",
        action: "files-removed",
        data: { files: files.length },
        createdAt: now,
      },
    });
    await recordAudit(
      { actorId: null, action: "retention.files_removed", subject: requestId, data: { files: files.length } },
      tx,
    );
  });
  const storage = getStorage();
  for (const f of files) {
    await storage.delete(f.storageKey).catch((error: unknown) => {
      console.error(`Retention: the file ${f.storageKey} could not be removed from storage:`, error);
    });
  }
  return files.length;
}

/**
 * Runs the retention rules once at `now`: notices, document deletions, idle accounts.
 * @returns what it did.
 */
export async function runRetention(
  now: Date = new Date(),
  rules: Rules = legalConfig.retention,
): Promise<RetentionSummary> {
  const summary: RetentionSummary = { noticesSent: 0, requestsCleared: 0, filesRemoved: 0, warned: 0, anonymised: 0 };
  for (const request of await requestsWithFiles()) {
    const due = documentsDueAt(request, rules);
    if (!due) continue;
    const noticeAt = addDays(due, -rules.noticeDays);
    if (now < noticeAt) continue;
    if (!request.filesNoticeSentAt) {
      // Told late (a first run on old data): the deletion waits the full notice period.
      const removalAt = new Date(Math.max(due.getTime(), addDays(now, rules.noticeDays).getTime()));
      if (request.applicantId && (await sendNotice(request.id, removalAt, now))) summary.noticesSent += 1;
      if (request.applicantId) continue;
    }
    const removalAt = request.filesNoticeSentAt
      ? new Date(Math.max(due.getTime(), addDays(request.filesNoticeSentAt, rules.noticeDays).getTime()))
      : due;
    if (now < removalAt) continue;
    summary.filesRemoved += await removeFiles(request.id, now);
    summary.requestsCleared += 1;
  }
  const accounts = await sweepInactiveAccounts(now, rules);
  summary.warned = accounts.warned;
  summary.anonymised = accounts.anonymised;
  kickOutbox();
  return summary;
}

/** 03:30 UTC of the day after `now`: when the next daily sweep runs. */
export function nextRetentionAt(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3, 30));
}

/** Schedules a sweep at `runAt` (default now), once per UTC day. @returns true when a job was added. */
export async function scheduleRetention(runAt: Date = new Date()): Promise<boolean> {
  return enqueueJob(prisma, { name: RETENTION_JOB, uniqueKey: `${RETENTION_JOB}:${isoDateOfInstant(runAt)}`, runAt });
}

/** Registers the daily sweep: it runs the rules, then schedules the next day's run. */
export function registerRetentionJob(now: () => Date = () => new Date()): void {
  registerJob(RETENTION_JOB, async () => {
    const at = now();
    await runRetention(at);
    await scheduleRetention(nextRetentionAt(at));
  });
}
