/**
 * The e-mail module core: the outbox written in the caller's transaction, the worker
 * sending through the real Resend SDK to a local stand-in (RESEND_BASE_URL), retries with
 * backoff, permanent failures, idempotency keys, and the demo mailbox /dev/emails (who may
 * read it: tests/integration/notifications/demo-mailbox.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loader as emailHtmlLoader } from "~/routes/dev.emails.$id.html";
import { loader as devEmailsLoader } from "~/routes/dev.emails._index";
import { prisma } from "~/platform/db.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { callLoader } from "../../utils/http";
import { createUser } from "../../factories/accounts";
import { startResendStandIn, type ResendStandIn } from "../../stand-ins/resend";

let standIn: ResendStandIn;

beforeAll(async () => {
  standIn = await startResendStandIn();
});
afterAll(async () => {
  await standIn.close();
});
afterEach(() => {
  delete process.env.PONTE_DEMO;
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  standIn.reset();
});

function useStandIn() {
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = standIn.url;
}

async function queueVerification(key = "verify-email:t1", locale = "en", userId: string | null = null) {
  await prisma.$transaction((tx) =>
    enqueueEmail(tx, {
      kind: "verify-email",
      userId,
      to: "amina@example.org",
      locale,
      payload: { name: "Amina", url: "http://localhost:3000/verify-email?token=secretsecretsecretsecretsecret12" },
      idempotencyKey: key,
    }),
  );
}

describe("enqueueEmail", () => {
  it("writes in the caller's transaction: a rollback leaves no mail", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, {
          kind: "password-changed",
          to: "amina@example.org",
          locale: "en",
          payload: { name: "A", resetUrl: "u" },
          idempotencyKey: "k",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.notification.count()).toBe(0);
  });

  it("ignores a repeated idempotency key and refuses a non-canonical address", async () => {
    await queueVerification("same");
    await queueVerification("same");
    expect(await prisma.notification.count()).toBe(1);
    await expect(
      prisma.$transaction((tx) =>
        enqueueEmail(tx, {
          kind: "password-changed",
          to: "Amina@Example.org",
          locale: "en",
          payload: { name: "A", resetUrl: "u" },
          idempotencyKey: "x",
        }),
      ),
    ).rejects.toThrow(/canonical/);
  });
});

describe("processOutbox without RESEND_API_KEY", () => {
  it("holds mail for /dev/emails, which shows recipient, subject, links and the HTML", async () => {
    await queueVerification();
    expect((await processOutbox()).held).toBe(1);
    const row = await prisma.notification.findFirstOrThrow();
    expect(row.status).toBe("HELD");
    expect(standIn.attempts).toHaveLength(0);

    // The demo mailbox exists in demo mode only (on PostgreSQL it is off unless asked for).
    process.env.PONTE_DEMO = "1";
    const page = await callLoader(devEmailsLoader, "/dev/emails", { context: { socketAddress: "127.0.0.1" } });
    expect(page.mails[0]).toMatchObject({
      to: "amina@example.org",
      subject: "Confirm your e-mail address for Ponte",
      status: "HELD",
    });
    expect(page.mails[0].links).toContain("http://localhost:3000/verify-email?token=secretsecretsecretsecretsecret12");
    expect(page.mails[0].text).toContain("Confirm my address");

    const html = (await callLoader(emailHtmlLoader, `/dev/emails/${row.id}/html`, {
      params: { id: row.id },
      context: { socketAddress: "::1" },
    })) as Response;
    expect(html.headers.get("Content-Type")).toContain("text/html");
    expect(await html.text()).toContain(
      'href="http://localhost:3000/verify-email?token=secretsecretsecretsecretsecret12"',
    );
  });
});

describe("processOutbox with Resend", () => {
  it("sends once with the idempotency key, in the notification's language, then blanks the link", async () => {
    useStandIn();
    await queueVerification("verify-email:abc", "it");
    const run = await processOutbox();
    expect(run.sent).toBe(1);
    expect(standIn.attempts).toHaveLength(1);
    const [mail] = standIn.emails;
    expect(mail).toMatchObject({
      idempotencyKey: "verify-email:abc",
      from: "Ponte <no-reply@ponte.example>",
      to: ["amina@example.org"],
      subject: "Confermi il Suo indirizzo e-mail per Ponte",
    });
    expect(mail.html).toContain("secretsecretsecretsecretsecret12");
    expect(mail.text).toContain("Conferma il mio indirizzo");
    const row = await prisma.notification.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", providerId: standIn.emails[0].id, attempts: 1 });
    expect((row.payload as { url: unknown }).url).toBeNull();
    // Nothing is sent twice.
    await processOutbox();
    expect(standIn.attempts).toHaveLength(1);
  });

  it("retries a server error with backoff and the same key, then succeeds", async () => {
    useStandIn();
    await queueVerification("verify-email:retry");
    standIn.failNext(1, { status: 500, body: { statusCode: 500, name: "internal_server_error", message: "boom" } });
    const first = await processOutbox();
    expect(first.retried).toBe(1);
    let row = await prisma.notification.findFirstOrThrow();
    expect(row.status).toBe("PENDING");
    expect(row.lastError).toContain("500");
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(25_000);
    expect((await processOutbox()).claimed).toBe(0); // not due yet

    await prisma.notification.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(Date.now() - 1) } });
    await processOutbox();
    row = await prisma.notification.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 2 });
    expect(standIn.attempts).toEqual([
      { idempotencyKey: "verify-email:retry", status: 500 },
      { idempotencyKey: "verify-email:retry", status: 200 },
    ]);
  });

  it("honours retry-after on 429, retries network errors, and treats a missing id as a failure", async () => {
    useStandIn();
    await queueVerification("a");
    standIn.failNext(1, {
      status: 429,
      body: { statusCode: 429, name: "rate_limit_exceeded", message: "slow down" },
      headers: { "retry-after": "120" },
    });
    await processOutbox();
    const row = await prisma.notification.findFirstOrThrow();
    expect(row.status).toBe("PENDING");
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(110_000);

    await prisma.notification.deleteMany();
    await queueVerification("b");
    standIn.failNext(1, { status: 200, body: {} });
    await processOutbox();
    expect((await prisma.notification.findFirstOrThrow()).status).toBe("PENDING");

    await prisma.notification.deleteMany();
    await queueVerification("c");
    process.env.RESEND_BASE_URL = "http://127.0.0.1:1";
    await processOutbox();
    expect((await prisma.notification.findFirstOrThrow()).status).toBe("PENDING");
  });

  it("fails for good on a permanent 4xx and after the last attempt", async () => {
    useStandIn();
    await queueVerification("bad");
    standIn.failNext(1, {
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." },
    });
    expect((await processOutbox()).failed).toBe(1);
    const row = await prisma.notification.findFirstOrThrow();
    expect(row.status).toBe("FAILED");
    expect((row.payload as { url: unknown }).url).toBeNull();

    await prisma.notification.deleteMany();
    await queueVerification("tired");
    await prisma.notification.updateMany({ data: { attempts: 7 } });
    standIn.failNext(1, { status: 503, body: { statusCode: 503, name: "unavailable", message: "down" } });
    await processOutbox();
    expect((await prisma.notification.findFirstOrThrow()).status).toBe("FAILED");
  });

  it("reclaims a mail whose sender died mid-send, and suppresses undeliverable addresses", async () => {
    useStandIn();
    await queueVerification("stale");
    await prisma.notification.updateMany({
      data: { status: "SENDING", lockedUntil: new Date(Date.now() - 1000), attempts: 1 },
    });
    await processOutbox();
    expect((await prisma.notification.findFirstOrThrow()).status).toBe("SENT");

    const user = await createUser({ email: "gone@example.org" });
    await prisma.user.update({ where: { id: user.id }, data: { emailUndeliverableAt: new Date() } });
    await queueVerification("suppressed", "en", user.id);
    await processOutbox();
    expect((await prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: "suppressed" } })).status).toBe(
      "SUPPRESSED",
    );
    expect(standIn.attempts).toHaveLength(1);
  });

  it("sends each mail once when passes overlap", async () => {
    useStandIn();
    for (let i = 0; i < 5; i++) await queueVerification(`k${i}`);
    await Promise.all([processOutbox(), processOutbox(), processOutbox()]);
    expect(standIn.attempts).toHaveLength(5);
    expect(new Set(standIn.emails.map((m) => m.idempotencyKey)).size).toBe(5);
  });
});
