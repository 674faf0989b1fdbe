/**
 * The retention job with a fake clock (issue 13, part 5; decision 0023): documents of an
 * ended request are deleted 12 months after its end and those of an approved stay 12 months
 * after the stay; the applicant is e-mailed once a week before; the request keeps a note and
 * a timeline event; the audit log records each removal; idle accounts are warned, then
 * anonymised, unless they sign in.
 */
import { addDays, addMonths } from "date-fns";
import { describe, expect, it } from "vitest";
import { registerBackgroundJobs } from "~/background.server";
import { recordSignIn } from "~/accounts/user.server";
import { prisma } from "~/platform/db.server";
import { runDueJobs } from "~/platform/jobs.server";
import { getStorage } from "~/platform/storage.server";
import { legalConfig } from "~/platform/legal-config";
import { runRetention, scheduleRetention } from "~/requests/retention.server";
import { createRequest } from "../../factories/requests";
import { cnaoObservership, createApplicant, PDF, withTempUploads } from "../../factories/request-flow";
import { createUser, outbox } from "../../factories/accounts";

withTempUploads();
const rules = legalConfig.retention;
const T0 = new Date("2026-12-01T09:00:00.000Z");

/** A request in `status` since T0 (its last move), with a CV and a message attachment. */
async function endedRequest(status: "DECLINED" | "APPROVED", stay = { start: "2027-02-01", end: "2027-02-12" }) {
  const o = await cnaoObservership();
  const applicant = await createApplicant();
  const storage = getStorage();
  const cvKey = await storage.put(PDF);
  const letterKey = await storage.put(PDF);
  const cv = await prisma.storedFile.create({
    data: {
      ownerId: applicant.id,
      storageKey: cvKey,
      filename: "cv.pdf",
      contentType: "application/pdf",
      size: PDF.length,
      sha256: "x",
    },
  });
  const letter = await prisma.storedFile.create({
    data: {
      ownerId: applicant.id,
      storageKey: letterKey,
      filename: "letter.pdf",
      contentType: "application/pdf",
      size: PDF.length,
      sha256: "y",
    },
  });
  const r = await createRequest({
    applicantId: applicant.id,
    opportunityId: o.id,
    start: stay.start,
    end: stay.end,
    status,
    submittedAt: addDays(T0, -10),
    extra: { cvFileId: cv.id },
  });
  await prisma.message.create({
    data: { requestId: r.id, authorId: applicant.id, kind: "MESSAGE", body: "Attached.", attachmentId: letter.id },
  });
  await prisma.requestEvent.create({
    data: {
      requestId: r.id,
      actorKind: "COORDINATOR",
      action: status === "DECLINED" ? "decline" : "approve",
      fromStatus: "IN_REVIEW",
      toStatus: status,
      createdAt: T0,
    },
  });
  return { request: r, applicant, keys: [cvKey, letterKey] };
}

async function exists(key: string) {
  return getStorage()
    .get(key)
    .then(
      () => true,
      () => false,
    );
}

describe("documents of ended requests", () => {
  it("are announced once a week before, then deleted 12 months after the end, leaving a note", async () => {
    const { request, applicant, keys } = await endedRequest("DECLINED");
    const due = addMonths(T0, rules.documentsMonthsAfterEnd);

    // Nothing happens until a week before.
    expect(await runRetention(addDays(due, -rules.noticeDays - 1))).toMatchObject({ noticesSent: 0, filesRemoved: 0 });
    expect(await outbox("documents-removal")).toHaveLength(0);

    // A week before: one notice, files still there; a second run does not send another.
    const week = addDays(due, -rules.noticeDays);
    expect(await runRetention(week)).toMatchObject({ noticesSent: 1, filesRemoved: 0 });
    expect(await runRetention(addDays(week, 1))).toMatchObject({ noticesSent: 0, filesRemoved: 0 });
    const mails = await outbox("documents-removal");
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ userId: applicant.id, toEmail: applicant.email });
    expect(mails[0].payload).toMatchObject({
      files: ["cv.pdf", "letter.pdf"],
      removalDate: due.toISOString().slice(0, 10),
    });
    for (const key of keys) expect(await exists(key)).toBe(true);

    // On the day: the files go, the request stays with a note, the audit log records it.
    expect(await runRetention(due)).toMatchObject({ requestsCleared: 1, filesRemoved: 2 });
    for (const key of keys) expect(await exists(key)).toBe(false);
    const row = await prisma.request.findUniqueOrThrow({
      where: { id: request.id },
      include: { messages: true, events: { where: { action: "files-removed" } } },
    });
    expect(row.filesRemovedAt).toEqual(due);
    expect(row.cvFileId).toBeNull();
    expect(row.messages[0]).toMatchObject({ body: "Attached.", attachmentId: null });
    expect(row.events).toHaveLength(1);
    expect(await prisma.storedFile.count({ where: { ownerId: applicant.id } })).toBe(0);
    const audit = await prisma.auditEvent.findMany({
      where: { action: "retention.files_removed", subject: request.id },
    });
    expect(audit).toHaveLength(1);
    expect(await runRetention(addDays(due, 1))).toMatchObject({ requestsCleared: 0, noticesSent: 0 });
    expect(await outbox("documents-removal")).toHaveLength(1);
  });

  it("of an approved stay are kept until 12 months after its last day, and never before the notice has run", async () => {
    const { request, keys } = await endedRequest("APPROVED");
    const due = addMonths(new Date("2027-02-13T00:00:00Z"), rules.documentsMonthsAfterStay);
    // 12 months after the approval is not enough: the stay counts.
    expect(await runRetention(addMonths(T0, 13))).toMatchObject({ noticesSent: 0 });
    // The job did not run in the notice week: the notice goes out on the day, the deletion a week later.
    expect(await runRetention(due)).toMatchObject({ noticesSent: 1, filesRemoved: 0 });
    expect(await runRetention(addDays(due, rules.noticeDays - 1))).toMatchObject({ filesRemoved: 0 });
    expect(await runRetention(addDays(due, rules.noticeDays))).toMatchObject({ filesRemoved: 2 });
    for (const key of keys) expect(await exists(key)).toBe(false);
    expect((await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).filesRemovedAt).not.toBeNull();
  });

  it("leave open requests alone, and run as a daily job", async () => {
    const o = await cnaoObservership();
    const applicant = await createApplicant();
    const key = await getStorage().put(PDF);
    const cv = await prisma.storedFile.create({
      data: {
        ownerId: applicant.id,
        storageKey: key,
        filename: "cv.pdf",
        contentType: "application/pdf",
        size: PDF.length,
        sha256: "x",
      },
    });
    await createRequest({
      applicantId: applicant.id,
      opportunityId: o.id,
      start: "2027-02-01",
      end: "2027-02-12",
      extra: { cvFileId: cv.id },
    });
    const { keys } = await endedRequest("DECLINED");
    const later = addYears(T0, 5);
    let clock = later;
    registerBackgroundJobs({ now: () => clock });
    await scheduleRetention(later);
    await runDueJobs({ now: later });
    clock = addDays(later, 8);
    await scheduleRetention(clock);
    await runDueJobs({ now: clock });
    expect(await exists(key)).toBe(true);
    for (const k of keys) expect(await exists(k)).toBe(false);
    const next = await prisma.job.findFirst({
      where: { name: "retention-sweep", status: "PENDING" },
      orderBy: { runAt: "desc" },
    });
    expect(next?.runAt.toISOString()).toBe(
      new Date(Date.UTC(clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate() + 1, 3, 30)).toISOString(),
    );
  });
});

function addYears(d: Date, years: number) {
  return addMonths(d, 12 * years);
}

describe("idle accounts", () => {
  it("are warned after 3 years without a sign-in, then anonymised; a sign-in in between keeps them", async () => {
    const idle = await createUser({ email: "idle@example.org" });
    const back = await createUser({ email: "back@example.org" });
    const admin = await createUser({ email: "admin@example.org", roles: ["ADMIN"] });
    const recent = await createUser({ email: "recent@example.org" });
    const old = addMonths(T0, -rules.inactiveAccountMonths);
    await prisma.user.updateMany({
      where: { id: { in: [idle.id, back.id, admin.id] } },
      data: { lastSignInAt: addDays(old, -1) },
    });
    await prisma.user.update({ where: { id: recent.id }, data: { lastSignInAt: addDays(old, 60) } });

    expect(await runRetention(T0)).toMatchObject({ warned: 2, anonymised: 0 });
    const warnings = await outbox("account-inactive");
    expect(warnings.map((m) => m.toEmail).sort()).toEqual(["back@example.org", "idle@example.org"]);
    expect(await runRetention(addDays(T0, 1))).toMatchObject({ warned: 0, anonymised: 0 });

    await recordSignIn(back.id, addDays(T0, 2));
    expect(await runRetention(addDays(T0, rules.inactiveWarningDays))).toMatchObject({ warned: 0, anonymised: 1 });
    expect(await prisma.user.findUnique({ where: { id: idle.id } })).toBeNull();
    for (const u of [back, admin, recent]) expect(await prisma.user.findUnique({ where: { id: u.id } })).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "retention.account_anonymised", subject: idle.id } })).toBe(
      1,
    );
    expect(await prisma.auditEvent.count({ where: { action: "retention.account_warned" } })).toBe(2);
  });
});
