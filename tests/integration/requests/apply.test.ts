/**
 * The database side of request moves (app/requests/apply.server.ts) on the real database:
 * compare-and-swap conflicts, concurrent approvals of the last seat, seats on edge dates and
 * cohorts, the response clock pausing in INFO_REQUESTED, audit events, messages, recipients.
 *
 * PGlite has one connection, so there the concurrent transactions run one after the other;
 * on PostgreSQL (TEST_DATABASE_URL, as in CI) they really overlap and only the row lock
 * keeps the seats right.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { isoFromDate } from "~/platform/dates";
import { applyTransition, recordSubmission, type ApplyInput, type ApplyResult } from "~/requests/apply.server";
import { DAY_MS } from "~/requests/clock";
import { occupancyByDay } from "~/requests/seats";
import { httpStatus } from "~/requests/transitions";
import { createUser } from "../../factories/accounts";
import { createOpportunity, createRequest } from "../../factories/requests";

const NOW = new Date("2030-01-10T09:00:00.000Z");
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

const createApplicant = () => createUser({ roles: ["APPLICANT"] });
const createCoordinator = (centreSlug: string) => createUser({ roles: ["COORDINATOR"], centreSlugs: [centreSlug] });

function move(input: ApplyInput): Promise<ApplyResult> {
  return prisma.$transaction((tx) => applyTransition(tx, input));
}

function approve(
  requestId: string,
  coordinatorId: string,
  start: string,
  end: string,
  expectedStatus: ApplyInput["expectedStatus"] = "IN_REVIEW",
) {
  return move({
    requestId,
    expectedStatus,
    action: "approve",
    actor: "COORDINATOR",
    actorId: coordinatorId,
    data: { finalStay: { start, end } },
    now: NOW,
  });
}

async function setup({
  seats = 1,
  cohorts,
}: { seats?: number; cohorts?: { key: string; start: string; end: string; seats: number }[] } = {}) {
  const opportunity = await createOpportunity({ seats, cohorts });
  const coordinator = await createCoordinator(opportunity.centreSlug);
  return { opportunity, coordinator };
}

async function inReview(opportunityId: string, start: string, end: string, cohortId: string | null = null) {
  const applicant = await createApplicant();
  const request = await createRequest({
    applicantId: applicant.id,
    opportunityId,
    start,
    end,
    status: "IN_REVIEW",
    cohortId,
    submittedAt: NOW,
  });
  return { applicant, request };
}

async function approvedStays(opportunityId: string) {
  const rows = await prisma.request.findMany({
    where: { opportunityId, status: "APPROVED", cohortId: null },
    select: { startDate: true, endDate: true },
  });
  return rows.map((r) => ({ start: isoFromDate(r.startDate), end: isoFromDate(r.endDate) }));
}

describe("compare-and-swap", () => {
  it("two approvals of one request: one wins, the other is a 409 conflict", async () => {
    const { opportunity, coordinator } = await setup({ seats: 5 });
    const other = await createCoordinator(opportunity.centreSlug);
    const { request } = await inReview(opportunity.id, "2030-03-01", "2030-03-05");

    const first = await approve(request.id, coordinator.id, "2030-03-01", "2030-03-05");
    const second = await approve(request.id, other.id, "2030-03-02", "2030-03-06");
    expect(first).toMatchObject({ ok: true, from: "IN_REVIEW", to: "APPROVED", version: 1 });
    expect(second).toEqual({ ok: false, reason: "conflict", code: "stale" });
    expect(httpStatus(second)).toBe(409);

    // Concurrently too.
    const { request: r2 } = await inReview(opportunity.id, "2030-04-01", "2030-04-05");
    const both = await Promise.all([
      approve(r2.id, coordinator.id, "2030-04-01", "2030-04-05"),
      approve(r2.id, other.id, "2030-04-01", "2030-04-05"),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toEqual({ ok: false, reason: "conflict", code: "stale" });

    const row = await prisma.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "APPROVED", version: 1, decidedAt: NOW });
    expect(isoFromDate(row.startDate)).toBe("2030-03-01");
    const events = await prisma.requestEvent.findMany({ where: { requestId: request.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "approve",
      actorId: coordinator.id,
      actorKind: "COORDINATOR",
      fromStatus: "IN_REVIEW",
      toStatus: "APPROVED",
    });
  });

  it("the update itself is the compare-and-swap: a status change while waiting for the seat lock loses", async () => {
    const { opportunity, coordinator } = await setup({ seats: 1 });
    const { request } = await inReview(opportunity.id, "2030-03-01", "2030-03-05");
    let result: Promise<ApplyResult> | undefined;
    await prisma.$transaction(async (tx) => {
      // Hold the opportunity's lock; on PostgreSQL the approval reads IN_REVIEW, then waits here.
      await tx.$queryRaw`SELECT id FROM "Opportunity" WHERE id = ${opportunity.id} FOR UPDATE`;
      result = approve(request.id, coordinator.id, "2030-03-01", "2030-03-05");
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.request.update({ where: { id: request.id }, data: { status: "WITHDRAWN", version: { increment: 1 } } });
    });
    expect(await result).toEqual({ ok: false, reason: "conflict", code: "stale" });
    expect(await prisma.request.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } })).toEqual({
      status: "WITHDRAWN",
    });
    expect(await prisma.requestEvent.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("expectedVersion makes the check stricter; scope hides other people's requests (404)", async () => {
    const { opportunity, coordinator } = await setup({ seats: 5 });
    const { request, applicant } = await inReview(opportunity.id, "2030-03-01", "2030-03-05");
    const stale = await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      expectedVersion: 3,
      action: "note",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { body: "x" },
      now: NOW,
    });
    expect(stale).toEqual({ ok: false, reason: "conflict", code: "stale" });

    const stranger = await createApplicant();
    const hidden = await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "withdraw",
      actor: "APPLICANT",
      actorId: stranger.id,
      scope: { applicantId: stranger.id },
      now: NOW,
    });
    expect(hidden).toEqual({ ok: false, reason: "not-found", code: "not-found" });
    expect(httpStatus(hidden)).toBe(404);

    const own = await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "withdraw",
      actor: "APPLICANT",
      actorId: applicant.id,
      scope: { applicantId: applicant.id },
      now: NOW,
    });
    expect(own).toMatchObject({ ok: true, to: "WITHDRAWN" });
    // Table refusals pass through unchanged.
    const forbidden = await move({
      requestId: request.id,
      expectedStatus: "WITHDRAWN",
      action: "approve",
      actor: "APPLICANT",
      actorId: applicant.id,
      now: NOW,
    });
    expect(httpStatus(forbidden)).toBe(403);
    const unknown = await move({
      requestId: request.id,
      expectedStatus: "WITHDRAWN",
      action: "delete",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      now: NOW,
    });
    expect(httpStatus(unknown)).toBe(400);
    const illegal = await move({
      requestId: request.id,
      expectedStatus: "WITHDRAWN",
      action: "approve",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      now: NOW,
      data: { finalStay: { start: "2030-03-01", end: "2030-03-05" } },
    });
    expect(httpStatus(illegal)).toBe(409);
  });
});

describe("seats", () => {
  it("concurrent approvals of the last seat: exactly one wins, 20 times", async () => {
    const { opportunity, coordinator } = await setup({ seats: 2 });
    const other = await createCoordinator(opportunity.centreSlug);
    for (let round = 0; round < 20; round++) {
      const month = String((round % 12) + 1).padStart(2, "0");
      const year = 2031 + Math.floor(round / 12);
      const d = (day: number) => `${year}-${month}-${String(day).padStart(2, "0")}`;
      // One seat of two already taken on days 5–9; two candidates want day 9.
      const { request: taken } = await inReview(opportunity.id, d(5), d(9));
      expect(await approve(taken.id, coordinator.id, d(5), d(9))).toMatchObject({ ok: true });
      const { request: a } = await inReview(opportunity.id, d(1), d(9));
      const { request: b } = await inReview(opportunity.id, d(9), d(12));
      const results = await Promise.all([
        approve(a.id, coordinator.id, d(1), d(9)),
        approve(b.id, other.id, d(9), d(12)),
      ]);
      const winners = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      expect(winners).toHaveLength(1);
      expect(losers).toEqual([{ ok: false, reason: "guard", code: "seats-full", conflicts: [d(9)] }]);
      expect(httpStatus(losers[0]!)).toBe(409);
      const stays = await approvedStays(opportunity.id);
      for (const taken of occupancyByDay(stays, { start: d(1), end: d(12) }).values())
        expect(taken).toBeLessThanOrEqual(2);
    }
    expect(await prisma.request.count({ where: { opportunityId: opportunity.id, status: "APPROVED" } })).toBe(40);
  });

  it("counts inclusive edge dates: ending the day another starts overlaps, adjacent does not; final dates count", async () => {
    const { opportunity, coordinator } = await setup({ seats: 1 });
    const { request: first } = await inReview(opportunity.id, "2030-03-01", "2030-03-10");
    expect(await approve(first.id, coordinator.id, "2030-03-01", "2030-03-10")).toMatchObject({ ok: true });

    const { request: touching } = await inReview(opportunity.id, "2030-03-10", "2030-03-15");
    expect(await approve(touching.id, coordinator.id, "2030-03-10", "2030-03-15")).toEqual({
      ok: false,
      reason: "guard",
      code: "seats-full",
      conflicts: ["2030-03-10"],
    });
    // The coordinator moves the final dates one day later: adjacent, so it fits.
    const moved = await approve(touching.id, coordinator.id, "2030-03-11", "2030-03-16");
    expect(moved).toMatchObject({ ok: true });
    const row = await prisma.request.findUniqueOrThrow({ where: { id: touching.id } });
    expect([isoFromDate(row.startDate), isoFromDate(row.endDate)]).toEqual(["2030-03-11", "2030-03-16"]);
    const event = await prisma.requestEvent.findFirstOrThrow({ where: { requestId: touching.id } });
    expect(event.data).toEqual({
      finalStay: { start: "2030-03-11", end: "2030-03-16" },
      requestedStay: { start: "2030-03-10", end: "2030-03-15" },
    });

    // A withdrawn approval frees its days.
    const { request: later } = await inReview(opportunity.id, "2030-03-05", "2030-03-06");
    expect(await approve(later.id, coordinator.id, "2030-03-05", "2030-03-06")).toMatchObject({
      ok: false,
      code: "seats-full",
    });
    const applicantId = (await prisma.request.findUniqueOrThrow({ where: { id: first.id } })).applicantId!;
    expect(
      await move({
        requestId: first.id,
        expectedStatus: "APPROVED",
        action: "withdraw",
        actor: "APPLICANT",
        actorId: applicantId,
        now: NOW,
      }),
    ).toMatchObject({ ok: true });
    expect(await approve(later.id, coordinator.id, "2030-03-05", "2030-03-06")).toMatchObject({ ok: true });
  });

  it("counts cohort seats per cohort, apart from the daily seats", async () => {
    const { opportunity, coordinator } = await setup({
      seats: 1,
      cohorts: [{ key: "spring", start: "2030-04-06", end: "2030-04-08", seats: 1 }],
    });
    const cohortId = opportunity.cohortIds.spring!;
    const { request: c1 } = await inReview(opportunity.id, "2030-04-06", "2030-04-08", cohortId);
    const { request: c2 } = await inReview(opportunity.id, "2030-04-06", "2030-04-08", cohortId);
    const { request: daily } = await inReview(opportunity.id, "2030-04-06", "2030-04-08");
    const [r1, r2] = await Promise.all([
      approve(c1.id, coordinator.id, "2030-04-06", "2030-04-08"),
      approve(c2.id, coordinator.id, "2030-04-06", "2030-04-08"),
    ]);
    expect([r1, r2].filter((r) => r.ok)).toHaveLength(1);
    expect([r1, r2].find((r) => !r.ok)).toEqual({
      ok: false,
      reason: "guard",
      code: "seats-full",
      conflicts: ["2030-04-06", "2030-04-07", "2030-04-08"],
    });
    // The cohort's visitor does not use the opportunity's daily seat.
    expect(await approve(daily.id, coordinator.id, "2030-04-06", "2030-04-08")).toMatchObject({ ok: true });
  });

  it.runIf(onPostgres)("refuses to approve outside READ COMMITTED (PostgreSQL)", async () => {
    const { opportunity, coordinator } = await setup({ seats: 1 });
    const { request } = await inReview(opportunity.id, "2030-03-01", "2030-03-05");
    await expect(
      prisma.$transaction(
        (tx) =>
          applyTransition(tx, {
            requestId: request.id,
            expectedStatus: "IN_REVIEW",
            action: "approve",
            actor: "COORDINATOR",
            actorId: coordinator.id,
            data: { finalStay: { start: "2030-03-01", end: "2030-03-05" } },
            now: NOW,
          }),
        { isolationLevel: "RepeatableRead" },
      ),
    ).rejects.toThrow(/READ COMMITTED/);
  });
});

describe("the response clock", () => {
  it("pauses in INFO_REQUESTED: dueAt moves forward by exactly the paused time; expiry waits for it", async () => {
    const { opportunity, coordinator } = await setup({ seats: 1 });
    const applicant = await createApplicant();
    const t0 = new Date("2030-01-01T08:00:00.000Z");
    const days = opportunity.responseTimeDays;
    const request = await createRequest({
      applicantId: applicant.id,
      opportunityId: opportunity.id,
      start: "2030-06-01",
      end: "2030-06-05",
      submittedAt: t0,
      status: "IN_REVIEW",
    });
    expect(request.dueAt.getTime()).toBe(t0.getTime() + days * DAY_MS);
    const at = (d: number) => new Date(t0.getTime() + d * DAY_MS);
    const sys = (action: string, expectedStatus: ApplyInput["expectedStatus"], now: Date) =>
      move({ requestId: request.id, expectedStatus, action, actor: "SYSTEM", actorId: null, now });

    const asked = await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "request-info",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { body: "Please send your CV." },
      now: at(5),
    });
    expect(asked).toMatchObject({
      ok: true,
      to: "INFO_REQUESTED",
      jobs: [],
      cancelJobs: [`remind:${request.id}`, `expire:${request.id}`],
    });
    expect(await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      pausedAt: at(5),
      dueAt: request.dueAt,
    });

    // Long after the original due instant: still paused, nothing expires or reminds.
    expect(await sys("expire", "INFO_REQUESTED", at(days + 3))).toEqual({ ok: false, reason: "guard", code: "paused" });
    expect(await sys("remind", "INFO_REQUESTED", at(days + 3))).toEqual({ ok: false, reason: "guard", code: "paused" });

    const pausedMs = 7 * DAY_MS + 3_600_123;
    const resumeAt = new Date(at(5).getTime() + pausedMs);
    const answered = await move({
      requestId: request.id,
      expectedStatus: "INFO_REQUESTED",
      action: "answer",
      actor: "APPLICANT",
      actorId: applicant.id,
      data: { body: "Attached." },
      now: resumeAt,
    });
    const newDue = new Date(request.dueAt.getTime() + pausedMs);
    expect(answered).toMatchObject({
      ok: true,
      to: "IN_REVIEW",
      jobs: [
        {
          name: "request-remind",
          uniqueKey: `remind:${request.id}`,
          runAt: new Date(newDue.getTime() - (days * DAY_MS) / 2),
          payload: { requestId: request.id },
        },
        {
          name: "request-expire",
          uniqueKey: `expire:${request.id}`,
          runAt: newDue,
          payload: { requestId: request.id },
        },
      ],
    });
    expect(await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      pausedAt: null,
      dueAt: newDue,
      status: "IN_REVIEW",
    });

    // The reminder at half, once.
    const reminderAt = new Date(newDue.getTime() - (days * DAY_MS) / 2);
    expect(await sys("remind", "IN_REVIEW", new Date(reminderAt.getTime() - 1))).toEqual({
      ok: false,
      reason: "guard",
      code: "not-due",
    });
    expect(await sys("remind", "IN_REVIEW", reminderAt)).toMatchObject({
      ok: true,
      to: "IN_REVIEW",
      notifications: [{ kind: "request-reminder", userId: coordinator.id }],
    });
    expect(await sys("remind", "IN_REVIEW", new Date(reminderAt.getTime() + 1))).toEqual({
      ok: false,
      reason: "guard",
      code: "reminded",
    });

    // A second pause after the reminder: the answer reschedules only the expiry (the reminder went out once).
    const ask2 = new Date(reminderAt.getTime() + 1000);
    await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "request-info",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { body: "One more thing." },
      now: ask2,
    });
    const answer2 = new Date(ask2.getTime() + 3_600_000);
    const finalDue = new Date(newDue.getTime() + 3_600_000);
    expect(
      await move({
        requestId: request.id,
        expectedStatus: "INFO_REQUESTED",
        action: "answer",
        actor: "APPLICANT",
        actorId: applicant.id,
        data: { body: "Done." },
        now: answer2,
      }),
    ).toMatchObject({ ok: true, jobs: [{ name: "request-expire", runAt: finalDue }] });

    expect(await sys("expire", "IN_REVIEW", new Date(finalDue.getTime() - 1))).toEqual({
      ok: false,
      reason: "guard",
      code: "not-due",
    });
    const expired = await sys("expire", "IN_REVIEW", finalDue);
    expect(expired).toMatchObject({
      ok: true,
      to: "EXPIRED",
      notifications: [{ kind: "request-expired", userId: applicant.id }],
    });

    const messages = await prisma.message.findMany({
      where: { requestId: request.id },
      orderBy: { createdAt: "asc" },
      select: { kind: true, body: true, authorId: true },
    });
    expect(messages).toEqual([
      { kind: "INFO_REQUEST", body: "Please send your CV.", authorId: coordinator.id },
      { kind: "ANSWER", body: "Attached.", authorId: applicant.id },
      { kind: "INFO_REQUEST", body: "One more thing.", authorId: coordinator.id },
      { kind: "ANSWER", body: "Done.", authorId: applicant.id },
    ]);
    const events = await prisma.requestEvent.findMany({
      where: { requestId: request.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, toStatus: true, actorKind: true },
    });
    expect(events.map((e) => `${e.action}:${e.toStatus}:${e.actorKind}`)).toEqual([
      "request-info:INFO_REQUESTED:COORDINATOR",
      "answer:IN_REVIEW:APPLICANT",
      "remind:IN_REVIEW:SYSTEM",
      "request-info:INFO_REQUESTED:COORDINATOR",
      "answer:IN_REVIEW:APPLICANT",
      "expire:EXPIRED:SYSTEM",
    ]);
    expect((await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).version).toBe(6);
  });

  it("a decline while paused closes the pause", async () => {
    const { opportunity, coordinator } = await setup({ seats: 1 });
    const { request } = await inReview(opportunity.id, "2030-06-01", "2030-06-05");
    await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "request-info",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { body: "?" },
      now: NOW,
    });
    const declined = await move({
      requestId: request.id,
      expectedStatus: "INFO_REQUESTED",
      action: "decline",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { reason: " No answer. " },
      now: new Date(NOW.getTime() + DAY_MS),
    });
    expect(declined).toMatchObject({ ok: true, to: "DECLINED" });
    expect(await prisma.request.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      pausedAt: null,
      declineReason: "No answer.",
      dueAt: new Date(request.dueAt.getTime() + DAY_MS),
    });
  });
});

describe("what the caller enqueues", () => {
  it("resolves recipients: all coordinators until someone is assigned, then the assignee; never the actor", async () => {
    const { opportunity, coordinator } = await setup({ seats: 2 });
    const colleague = await createCoordinator(opportunity.centreSlug);
    const applicant = await createApplicant();
    const request = await createRequest({
      applicantId: applicant.id,
      opportunityId: opportunity.id,
      start: "2030-05-01",
      end: "2030-05-03",
      submittedAt: NOW,
    });

    const submitted = await prisma.$transaction((tx) => recordSubmission(tx, { requestId: request.id, now: NOW }));
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    const coordinatorIds = [coordinator.id, colleague.id].sort();
    expect(submitted.notifications.map((n) => `${n.kind}>${n.userId}`)).toEqual([
      `request-received>${applicant.id}`,
      ...coordinatorIds.map((id) => `request-new>${id}`),
    ]);
    expect(submitted.notifications[0]!.idempotencyKey).toBe(`request-received:${submitted.eventId}:${applicant.id}`);
    expect(submitted.jobs.map((j) => [j.uniqueKey, j.runAt.toISOString()])).toEqual([
      [`remind:${request.id}`, new Date(NOW.getTime() + (opportunity.responseTimeDays * DAY_MS) / 2).toISOString()],
      [`expire:${request.id}`, request.dueAt.toISOString()],
    ]);

    const stranger = await createApplicant();
    expect(
      await move({
        requestId: request.id,
        expectedStatus: "SUBMITTED",
        action: "assign",
        actor: "COORDINATOR",
        actorId: coordinator.id,
        data: { assigneeId: stranger.id },
        now: NOW,
      }),
    ).toEqual({ ok: false, reason: "guard", code: "assignee-not-coordinator" });

    // Assigning oneself mails nobody (the actor never gets their own move's mail).
    const self = await move({
      requestId: request.id,
      expectedStatus: "SUBMITTED",
      action: "assign",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { assigneeId: coordinator.id },
      now: NOW,
    });
    expect(self).toMatchObject({ ok: true, to: "IN_REVIEW", notifications: [] });

    const assigned = await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "assign",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { assigneeId: colleague.id },
      now: NOW,
    });
    expect(assigned).toMatchObject({
      ok: true,
      to: "IN_REVIEW",
      notifications: [{ kind: "request-assigned", userId: colleague.id }],
    });

    const fromApplicant = await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "message",
      actor: "APPLICANT",
      actorId: applicant.id,
      data: { body: "Hello" },
      now: NOW,
    });
    expect(fromApplicant).toMatchObject({
      ok: true,
      notifications: [{ kind: "request-message", userId: colleague.id }],
    });
    if (fromApplicant.ok) expect(fromApplicant.notifications[0]!.payload.messageId).toBe(fromApplicant.messageId);

    const note = await move({
      requestId: request.id,
      expectedStatus: "IN_REVIEW",
      action: "note",
      actor: "ADMIN",
      actorId: coordinator.id,
      data: { body: "internal" },
      now: NOW,
    });
    expect(note).toMatchObject({ ok: true, notifications: [] });
    expect(
      await prisma.requestEvent.findFirstOrThrow({ where: { requestId: request.id, action: "note" } }),
    ).toMatchObject({ actorKind: "ADMIN" });

    const approved = await approve(request.id, colleague.id, "2030-05-01", "2030-05-03");
    expect(approved).toMatchObject({
      ok: true,
      version: 5,
      notifications: [{ kind: "request-approved", userId: applicant.id, ics: "request", payload: { version: 5 } }],
      jobs: [{ uniqueKey: `complete:${request.id}`, runAt: new Date("2030-05-04T00:00:00.000Z") }],
      cancelJobs: [`remind:${request.id}`, `expire:${request.id}`],
    });
  });
});
