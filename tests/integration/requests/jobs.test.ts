/**
 * The request jobs on the job runner, with an injected clock: the reminder at half the
 * response time, expiry when it runs out, no expiry while INFO_REQUESTED (the clock pauses
 * and the due date moves by the paused time), completion the day after an approved stay,
 * idempotence, and the one background loop that also sends the outbox.
 */
import { describe, expect, it } from "vitest";
import { registerBackgroundJobs, startBackgroundWork } from "~/background.server";
import { performMove, writeMoveEffects } from "~/requests/workflow.server";
import { prisma } from "~/platform/db.server";
import { enqueueJob, runDueJobs } from "~/platform/jobs.server";
import { recordSubmission } from "~/requests/apply.server";
import { DAY_MS } from "~/requests/clock";
import { createRequest } from "../../factories/requests";
import { cnaoObservership, createApplicant, createCoordinator } from "../../factories/request-flow";

const T0 = new Date("2026-12-01T09:00:00.000Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);

let clock = T0;
registerBackgroundJobs({ now: () => clock });

/** Runs the due jobs as of `now` (claim and handlers see the same instant). */
function runAt(now: Date) {
  clock = now;
  return runDueJobs({ now });
}

async function submitted() {
  const o = await cnaoObservership();
  const applicant = await createApplicant();
  const coordinator = await createCoordinator("cnao");
  const r = await createRequest({
    applicantId: applicant.id,
    opportunityId: o.id,
    start: "2027-02-01",
    end: "2027-02-12",
    submittedAt: T0,
  });
  await prisma.$transaction(async (tx) => {
    const result = await recordSubmission(tx, { requestId: r.id, now: T0 });
    if (!result.ok) throw new Error(result.code);
    await writeMoveEffects(tx, result);
  });
  return { id: r.id, applicant, coordinator };
}

const statusOf = async (id: string) => (await prisma.request.findUniqueOrThrow({ where: { id } })).status;

describe("request jobs", () => {
  it("remind at half the response time (once), expire when it runs out", async () => {
    const { id, coordinator, applicant } = await submitted();
    expect(await runAt(at(10.4))).toBe(0);
    expect(await runAt(at(10.5))).toBe(1);
    expect(await prisma.request.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SUBMITTED",
      reminderSentAt: at(10.5),
    });
    expect(
      await prisma.notification.findMany({ where: { kind: "request-reminder" }, select: { userId: true } }),
    ).toEqual([{ userId: coordinator.id }]);
    expect(await runAt(at(20.9))).toBe(0);
    expect(await runAt(at(21))).toBe(1);
    expect(await statusOf(id)).toBe("EXPIRED");
    expect(
      await prisma.notification.findMany({ where: { kind: "request-expired" }, select: { userId: true } }),
    ).toEqual([{ userId: applicant.id }]);
    expect(await prisma.job.findMany({ select: { status: true, uniqueKey: true } })).toEqual([
      { status: "DONE", uniqueKey: null },
      { status: "DONE", uniqueKey: null },
    ]);
    const events = await prisma.requestEvent.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => `${e.action}:${e.actorKind}`)).toEqual([
      "submit:APPLICANT",
      "remind:SYSTEM",
      "expire:SYSTEM",
    ]);
  });

  it("never expires while INFO_REQUESTED: the clock pauses and the due date moves by the paused time", async () => {
    const { id, coordinator, applicant } = await submitted();
    expect(
      (
        await performMove({
          requestId: id,
          expectedStatus: "SUBMITTED",
          action: "open",
          actor: "COORDINATOR",
          actorId: coordinator.id,
          now: at(2),
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await performMove({
          requestId: id,
          expectedStatus: "IN_REVIEW",
          action: "request-info",
          actor: "COORDINATOR",
          actorId: coordinator.id,
          data: { body: "CV?" },
          now: at(5),
        })
      ).ok,
    ).toBe(true);
    expect(await prisma.job.count({ where: { status: "PENDING" } })).toBe(0);
    expect(await runAt(at(40))).toBe(0);
    expect(await statusOf(id)).toBe("INFO_REQUESTED");

    // A stray expire job (e.g. from before the pause) finds the clock paused and does nothing.
    await enqueueJob(prisma, {
      name: "request-expire",
      payload: { requestId: id },
      runAt: at(21),
      uniqueKey: `expire:${id}`,
    });
    expect(await runAt(at(40))).toBe(1);
    expect(await statusOf(id)).toBe("INFO_REQUESTED");

    // Paused from day 5 to day 30: 25 days; due on day 21 + 25 = 46; the reminder at 46 − 10.5.
    expect(
      (
        await performMove({
          requestId: id,
          expectedStatus: "INFO_REQUESTED",
          action: "answer",
          actor: "APPLICANT",
          actorId: applicant.id,
          data: { body: "Sent." },
          now: at(30),
        })
      ).ok,
    ).toBe(true);
    expect(await prisma.request.findUniqueOrThrow({ where: { id } })).toMatchObject({ dueAt: at(46), pausedAt: null });
    const jobs = await prisma.job.findMany({ where: { status: "PENDING" }, orderBy: { runAt: "asc" } });
    expect(jobs.map((j) => [j.name, j.runAt])).toEqual([
      ["request-remind", at(35.5)],
      ["request-expire", at(46)],
    ]);
    expect(await runAt(at(35.5))).toBe(1);
    expect(await runAt(at(45.9))).toBe(0);
    expect(await statusOf(id)).toBe("IN_REVIEW");
    expect(await runAt(at(46))).toBe(1);
    expect(await statusOf(id)).toBe("EXPIRED");
  });

  it("a job that runs before its time (the clock moved) is re-armed at the new due instant", async () => {
    const { id } = await submitted();
    await prisma.request.update({ where: { id }, data: { dueAt: at(30) } });
    expect(await runAt(at(10.5))).toBe(1); // the reminder scheduled for day 10.5 is now due on day 19.5
    expect(await prisma.job.findFirstOrThrow({ where: { uniqueKey: `remind:${id}` } })).toMatchObject({
      status: "PENDING",
      runAt: at(19.5),
    });
    expect(await runAt(at(21))).toBe(2); // the reminder, and the expire job scheduled for day 21
    expect(await prisma.request.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SUBMITTED",
      reminderSentAt: at(21),
    });
    expect(await prisma.job.findFirstOrThrow({ where: { uniqueKey: `expire:${id}` } })).toMatchObject({
      status: "PENDING",
      runAt: at(30),
    });
    expect(await runAt(at(30))).toBe(1);
    expect(await statusOf(id)).toBe("EXPIRED");
  });

  it("completes an approved stay the day after its last day; a decided request's jobs are gone", async () => {
    const { id, coordinator } = await submitted();
    expect(
      (
        await performMove({
          requestId: id,
          expectedStatus: "SUBMITTED",
          action: "approve",
          actor: "COORDINATOR",
          actorId: coordinator.id,
          data: { finalStay: { start: "2027-02-01", end: "2027-02-12" } },
          now: at(3),
        })
      ).ok,
    ).toBe(true);
    expect(await prisma.job.findMany({ select: { name: true, runAt: true } })).toEqual([
      { name: "request-complete", runAt: new Date("2027-02-13T00:00:00.000Z") },
    ]);
    expect(await runAt(new Date("2027-02-12T23:59:59.000Z"))).toBe(0);
    expect(await runAt(new Date("2027-02-13T00:00:00.000Z"))).toBe(1);
    expect(await statusOf(id)).toBe("COMPLETED");
    // Running it again (a second worker, a retry) changes nothing.
    await enqueueJob(prisma, {
      name: "request-complete",
      payload: { requestId: id },
      runAt: new Date("2027-02-13T00:00:00.000Z"),
    });
    expect(await runAt(new Date("2027-02-14T00:00:00.000Z"))).toBe(1);
    expect(await prisma.requestEvent.count({ where: { requestId: id, action: "complete" } })).toBe(1);
    expect(await prisma.job.count({ where: { status: { not: "DONE" } } })).toBe(0);
  });

  it("the one background loop runs due jobs and sends the outbox", async () => {
    const { id } = await submitted();
    await prisma.job.updateMany({ data: { runAt: new Date(Date.now() - 1000) } });
    await prisma.request.update({ where: { id }, data: { dueAt: new Date(Date.now() - 1000) } });
    clock = new Date();
    const stop = startBackgroundWork({ intervalMs: 20 });
    try {
      for (let i = 0; i < 100 && (await statusOf(id)) !== "EXPIRED"; i++) await new Promise((r) => setTimeout(r, 20));
      for (let i = 0; i < 100 && (await prisma.notification.count({ where: { status: "PENDING" } })) > 0; i++)
        await new Promise((r) => setTimeout(r, 20));
    } finally {
      await stop();
    }
    registerBackgroundJobs({ now: () => clock });
    expect(await statusOf(id)).toBe("EXPIRED");
    // No RESEND_API_KEY in tests: the worker keeps mails for /dev/emails.
    expect(await prisma.notification.count({ where: { status: "PENDING" } })).toBe(0);
    expect(await prisma.notification.count({ where: { status: "HELD" } })).toBeGreaterThan(0);
  });
});
