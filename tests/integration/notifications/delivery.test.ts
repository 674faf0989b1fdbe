/**
 * The outbox end to end, with the real Resend SDK against the local stand-in: one mail per
 * state change with double submits and two workers; nothing for a rolled-back change;
 * 429 and 5xx retried and then delivered once; a validation error failing at once and
 * never blocking the move; a worker dying mid-send losing nothing and sending nothing twice;
 * preferences, undeliverable addresses, unsubscribe headers, the daily digest.
 */
import { describe, expect, it } from "vitest";
import { writeMoveEffects } from "~/requests/workflow.server";
import { prisma } from "~/platform/db.server";
import { registerDigestJob } from "~/notifications/digest.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { runDueJobs } from "~/platform/jobs.server";
import { processOutbox, runOutboxPass } from "~/notifications/mail-worker.server";
import { applyTransition } from "~/requests/apply.server";
import { createApplicant, createCoordinator } from "../../factories/request-flow";
import { coordinatorMove, makeDue, sendRequest, setUpResendStandIn } from "./helpers";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

const resend = setUpResendStandIn();

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("one mail per state change", () => {
  it("a double submit and two workers send the receipt and the centre's mail once each", async () => {
    resend.use();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const key = "d".repeat(24);
    const ids = await Promise.all([sendRequest(applicant, { submitKey: key }), sendRequest(applicant, { submitKey: key })]);
    expect(ids[0]).toBe(ids[1]);
    expect(await sendRequest(applicant, { submitKey: key })).toBe(ids[0]);
    expect(await prisma.notification.count()).toBe(2);

    const runs = await Promise.all([runOutboxPass(), runOutboxPass()]);
    expect(runs[0].sent + runs[1].sent).toBe(2);
    await processOutbox();
    const mails = resend.standIn.emails;
    expect(mails.map((m) => m.to[0]).sort()).toEqual([applicant.email, coordinator.email].sort());
    expect(new Set(mails.map((m) => m.idempotencyKey)).size).toBe(2);
    expect(resend.standIn.attempts).toHaveLength(2);
    expect(await prisma.notification.count({ where: { status: "SENT" } })).toBe(2);
  });

  it("two coordinators approving at once: one approval, one mail", async () => {
    resend.use();
    const a = await createCoordinator("cnao", "Chiara Conti");
    const b = await createCoordinator("cnao", "Marco Rossi");
    const applicant = await createApplicant();
    const id = await sendRequest(applicant);
    await processOutbox();
    resend.standIn.reset();
    const finalStay = { start: onDay("2027-02-01"), end: onDay("2027-02-12") };
    const results = await Promise.all([
      coordinatorMove(id, a.id, "approve", { finalStay }),
      coordinatorMove(id, b.id, "approve", { finalStay }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    await Promise.all([runOutboxPass(), runOutboxPass()]);
    expect(resend.standIn.emails.filter((m) => m.subject.startsWith("Your request was approved"))).toHaveLength(1);
    expect(await prisma.notification.count({ where: { kind: "request-approved" } })).toBe(1);
  });

  it("many mails, several concurrent workers: each goes out exactly once", async () => {
    resend.use();
    for (let i = 0; i < 12; i++) {
      await prisma.$transaction((tx) =>
        enqueueEmail(tx, {
          kind: "password-changed",
          to: `p${i}@example.org`,
          locale: i % 2 ? "it" : "en",
          payload: { name: `P${i}`, resetUrl: "http://localhost:3000/forgot-password" },
          idempotencyKey: `pc:${i}`,
        }),
      );
    }
    await Promise.all([runOutboxPass({ limit: 3 }), runOutboxPass({ limit: 3 }), runOutboxPass({ limit: 3 }), runOutboxPass({ limit: 3 })]);
    await Promise.all([runOutboxPass(), runOutboxPass()]);
    expect(resend.standIn.attempts).toHaveLength(12);
    expect(new Set(resend.standIn.emails.map((m) => m.idempotencyKey)).size).toBe(12);
  });
});

describe("a rolled-back change", () => {
  it("sends nothing", async () => {
    resend.use();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const id = await sendRequest(applicant);
    await processOutbox();
    const before = resend.standIn.attempts.length;
    await expect(
      prisma.$transaction(async (tx) => {
        const applied = await applyTransition(tx, {
          requestId: id,
          expectedStatus: "SUBMITTED",
          action: "decline",
          actor: "COORDINATOR",
          actorId: coordinator.id,
          data: { reason: "No seats." },
        });
        if (!applied.ok) throw new Error("refused");
        await writeMoveEffects(tx, applied);
        expect(await tx.notification.count({ where: { kind: "request-declined" } })).toBe(1);
        throw new Error("the change failed after writing its mail");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.notification.count({ where: { kind: "request-declined" } })).toBe(0);
    expect((await prisma.request.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    await processOutbox();
    expect(resend.standIn.attempts.length).toBe(before);
  });
});

describe("provider trouble", () => {
  it("a 429 (retry-after honoured) and a 503 are retried with the same key, then the mail is delivered once", async () => {
    resend.use();
    const applicant = await createApplicant(); // the centre has no coordinator: one mail, the receipt
    await sendRequest(applicant);
    expect(await prisma.notification.count()).toBe(1);
    resend.standIn.failNext(1, {
      status: 429,
      body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests." },
      headers: { "retry-after": "90" },
    });
    const t0 = Date.now();
    expect((await processOutbox()).retried).toBe(1);
    let row = await prisma.notification.findFirstOrThrow({ where: { kind: "request-received" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/^temporary: 429 rate_limit_exceeded/);
    expect(row.nextAttemptAt.getTime() - t0).toBeGreaterThanOrEqual(90_000);
    expect(row.nextAttemptAt.getTime() - t0).toBeLessThan(100_000 + 5_000);
    expect((await processOutbox()).claimed).toBe(0); // not before retry-after

    await makeDue();
    resend.standIn.failNext(1, { status: 503, body: { statusCode: 503, name: "application_error", message: "Down." } });
    await processOutbox();
    row = await prisma.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(55_000); // 60 s, jittered upwards

    await makeDue();
    await processOutbox();
    row = await prisma.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(resend.standIn.attempts.map((a) => a.status)).toEqual([429, 503, 200]);
    expect(new Set(resend.standIn.attempts.map((a) => a.idempotencyKey))).toEqual(new Set([row.idempotencyKey]));
    expect(resend.standIn.emails).toHaveLength(1);
  });

  it("a network drop after Resend accepted the mail: the retry gets the first answer, no second mail", async () => {
    resend.use();
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        kind: "password-changed",
        to: "amina@example.org",
        locale: "en",
        payload: { name: "Amina", resetUrl: "http://localhost:3000/forgot-password" },
        idempotencyKey: "pc:drop",
      }),
    );
    resend.standIn.failNext(1, { status: 200, acceptThen: "drop" });
    expect((await processOutbox()).retried).toBe(1);
    await makeDue();
    expect((await processOutbox()).sent).toBe(1);
    expect(resend.standIn.emails).toHaveLength(1);
    const row = await prisma.notification.findFirstOrThrow();
    expect(row.providerId).toBe(resend.standIn.emails[0].id);
  });

  it("a validation error fails at once, never touches the approval, and shows for the admins", async () => {
    resend.use();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const id = await sendRequest(applicant);
    await processOutbox();
    resend.standIn.reset();
    const approved = await coordinatorMove(id, coordinator.id, "approve", { finalStay: { start: onDay("2027-02-01"), end: onDay("2027-02-12") } });
    expect(approved.ok).toBe(true);
    resend.standIn.failNext(1, {
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." },
    });
    const run = await processOutbox();
    expect(run.failed).toBe(1);
    const row = await prisma.notification.findFirstOrThrow({ where: { kind: "request-approved" } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toBe("permanent: 422 validation_error: Invalid `to` field.");
    expect((await prisma.request.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
    await makeDue();
    expect((await processOutbox()).claimed).toBe(0);
  });

  it("a template error is recorded and never blocks the change that wrote the mail", async () => {
    resend.use();
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        kind: "request-approved",
        to: "amina@example.org",
        locale: "en",
        payload: { requestId: "r1" } as never,
        idempotencyKey: "broken",
      }),
    );
    expect((await processOutbox()).failed).toBe(1);
    const row = await prisma.notification.findFirstOrThrow();
    expect(row).toMatchObject({ status: "FAILED" });
    expect(row.lastError).toMatch(/^render: payload has no url/);
    expect(resend.standIn.attempts).toHaveLength(0);
  });
});

describe("a worker that dies mid-send", () => {
  async function queue(key: string) {
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        kind: "password-changed",
        to: "amina@example.org",
        locale: "it",
        payload: { name: "Amina", resetUrl: "http://localhost:3000/forgot-password" },
        idempotencyKey: key,
      }),
    );
  }

  it("before reaching Resend: after its lease another worker sends the mail once", async () => {
    resend.use();
    await queue("died-early");
    // The first worker claims the row (SENDING, 2-minute lease) and dies.
    await prisma.$executeRaw`UPDATE "Notification" SET "status" = 'SENDING', "attempts" = 1, "lockedUntil" = now() + interval '2 minutes'`;
    expect((await runOutboxPass()).claimed).toBe(0); // the lease holds
    await prisma.$executeRaw`UPDATE "Notification" SET "lockedUntil" = now() - interval '1 second'`;
    expect((await runOutboxPass()).sent).toBe(1);
    expect(resend.standIn.emails).toHaveLength(1);
    expect(await prisma.notification.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("after Resend took the mail: the next worker gets Resend's first answer, and the dead one writes nothing", async () => {
    resend.use();
    await queue("died-late");
    resend.standIn.failNext(1, { status: 200, acceptThen: "hang" });
    const dying = runOutboxPass(); // reaches Resend, never hears back
    await until(() => resend.standIn.emails.length === 1);
    const claimed = await prisma.notification.findFirstOrThrow();
    expect(claimed.status).toBe("SENDING");

    // Its lease runs out (the process is gone); a new worker takes over.
    await prisma.notification.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await runOutboxPass()).sent).toBe(1);
    const sent = await prisma.notification.findFirstOrThrow();
    expect(sent).toMatchObject({ status: "SENT", attempts: 2, providerId: resend.standIn.emails[0].id });

    // The old connection finally breaks: the dead worker's outcome is ignored.
    resend.standIn.releaseHung();
    await dying;
    expect(await prisma.notification.findFirstOrThrow()).toMatchObject({ status: "SENT", lastError: null });
    expect(resend.standIn.emails).toHaveLength(1);
    expect(resend.standIn.attempts.map((a) => a.idempotencyKey)).toEqual(["died-late", "died-late"]);
  });
});

describe("who gets what", () => {
  it("optional kinds carry List-Unsubscribe headers; decisions do not and cannot be switched off", async () => {
    resend.use();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    await prisma.notificationPreference.create({ data: { userId: applicant.id, kind: "request-approved", enabled: false } });
    const id = await sendRequest(applicant);
    await coordinatorMove(id, coordinator.id, "approve", { finalStay: { start: onDay("2027-02-01"), end: onDay("2027-02-12") } });
    await processOutbox();
    const bySubject = (s: string) => resend.standIn.emails.find((m) => m.subject.startsWith(s))!;
    const receipt = bySubject("Your request to");
    expect(receipt.headers?.["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\?token=[^>]+>$/);
    expect(receipt.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(receipt.text).toContain("Unsubscribe http://localhost:3000/unsubscribe?token=");
    const approval = bySubject("Your request was approved");
    expect(approval.headers?.["List-Unsubscribe"]).toBeUndefined();
    expect(approval.text).not.toContain("/unsubscribe");
    expect(approval.text).toContain("http://localhost:3000/account/notifications");
  });

  it("a kind switched off is SUPPRESSED; an undeliverable address gets nothing, essential or not", async () => {
    resend.use();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    await prisma.notificationPreference.create({ data: { userId: coordinator.id, kind: "request-new", enabled: false } });
    await prisma.user.update({ where: { id: applicant.id }, data: { emailUndeliverableAt: new Date() } });
    const id = await sendRequest(applicant);
    await coordinatorMove(id, coordinator.id, "decline", { reason: "No seats left." });
    const run = await processOutbox();
    expect(run.suppressed).toBe(3);
    const rows = await prisma.notification.findMany({ orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ["request-declined", "SUPPRESSED"],
      ["request-new", "SUPPRESSED"],
      ["request-received", "SUPPRESSED"],
    ]);
    expect(rows[1].lastError).toMatch(/switched off/);
    expect(rows[0].lastError).toMatch(/undeliverable/);
    expect(resend.standIn.attempts).toHaveLength(0);
  });

  it("nothing goes to an account deleted after the mail was written", async () => {
    resend.use();
    const applicant = await createApplicant();
    await sendRequest(applicant);
    await prisma.user.delete({ where: { id: applicant.id } });
    expect((await processOutbox()).suppressed).toBe(1);
    expect(await prisma.notification.findFirstOrThrow()).toMatchObject({ status: "SUPPRESSED", lastError: "suppressed: the account no longer exists" });
    expect(resend.standIn.attempts).toHaveLength(0);
  });

  it("without RESEND_API_KEY the same rules apply and the rest is HELD for /dev/emails", async () => {
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    await prisma.notificationPreference.create({ data: { userId: applicant.id, kind: "request-received", enabled: false } });
    await sendRequest(applicant);
    const run = await processOutbox();
    expect(run).toMatchObject({ held: 1, suppressed: 1 });
    expect(await prisma.notification.findFirstOrThrow({ where: { userId: coordinator.id } })).toMatchObject({ status: "HELD" });
  });
});

describe("the daily digest", () => {
  it("gathers a digest coordinator's mails into one at 07:00 UTC; decisions to applicants are unaffected", async () => {
    resend.use();
    registerDigestJob(); // as app/background.server.ts does
    const coordinator = await createCoordinator("cnao");
    await prisma.user.update({ where: { id: coordinator.id }, data: { digest: true, locale: "it" } });
    const applicant = await createApplicant();
    const first = await sendRequest(applicant);
    const second = await sendRequest(applicant, { start: onDay("2027-03-01"), end: onDay("2027-03-12") });
    await prisma.$transaction(async (tx) => {
      // The applicant writes to the centre (a coordinator mail, gathered too).
      const applied = await applyTransition(tx, {
        requestId: first,
        expectedStatus: "SUBMITTED",
        action: "message",
        actor: "APPLICANT",
        actorId: applicant.id,
        data: { body: "Is accommodation near the centre available?" },
      });
      if (!applied.ok) throw new Error("refused");
      await writeMoveEffects(tx, applied);
    });
    const run = await processOutbox();
    expect(run).toMatchObject({ sent: 2, digested: 3 });
    expect(resend.standIn.emails.map((m) => m.to[0])).toEqual([applicant.email, applicant.email]);

    const jobs = await prisma.job.findMany({ where: { name: "email-digest" } });
    expect(jobs).toHaveLength(1);
    const runAt = jobs[0].runAt;
    expect(runAt.getUTCHours()).toBe(7);
    expect(runAt.getTime()).toBeGreaterThan(Date.now());
    expect(jobs[0].uniqueKey).toBe(`digest:${coordinator.id}:${runAt.toISOString().slice(0, 10)}`);

    expect(await runDueJobs({ now: new Date(runAt.getTime() - 1000) })).toBe(0);
    expect(await runDueJobs({ now: runAt })).toBe(1);
    await processOutbox();
    const digest = resend.standIn.emails.find((m) => m.to[0] === coordinator.email)!;
    expect(digest.subject).toMatch(/^Il Suo riepilogo Ponte del .*: 3 aggiornamenti$/);
    expect(digest.text).toContain(`http://localhost:3000/inbox/${first}`);
    expect(digest.text).toContain(`http://localhost:3000/inbox/${second}`);
    expect(digest.text).toContain("Is accommodation near the centre available?");
    expect(digest.headers?.["List-Unsubscribe"]).toBeTruthy();
    const gathered = await prisma.notification.findMany({ where: { status: "DIGEST" } });
    const digestRow = await prisma.notification.findFirstOrThrow({ where: { kind: "digest" } });
    expect(gathered).toHaveLength(3);
    expect(gathered.every((g) => g.digestId === digestRow.id)).toBe(true);
    expect(digestRow.status).toBe("SENT");

    // Running the job again writes nothing new.
    await prisma.job.updateMany({ where: { name: "email-digest" }, data: { status: "PENDING", runAt } });
    await runDueJobs({ now: runAt });
    expect(await prisma.notification.count({ where: { kind: "digest" } })).toBe(1);
  });
});
