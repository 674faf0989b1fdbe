/**
 * /webhooks/resend: signatures checked the Standard Webhooks way (Svix headers as Resend
 * sends them, or webhook-* headers) before anything changes; delivered, bounced and
 * complained events update the notification, each event once; a hard bounce or a complaint
 * marks the address undeliverable, shows its owner a banner and stops further mail.
 */
import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { prisma } from "~/platform/db.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { createApplicant } from "../../factories/request-flow";
import { callLoader } from "../../utils/http";
import { postWebhook, resendEvent, setUpResendStandIn, WEBHOOK_SECRET } from "./helpers";

const resend = setUpResendStandIn();

function useSecret() {
  process.env.RESEND_WEBHOOK_SECRET = WEBHOOK_SECRET;
}

async function sentMail(userId: string | null, to: string, key = "pc:1") {
  resend.use();
  await prisma.$transaction((tx) =>
    enqueueEmail(tx, {
      kind: "password-changed",
      userId,
      to,
      locale: "en",
      payload: { name: "Amina", resetUrl: "http://localhost:3000/forgot-password" },
      idempotencyKey: key,
    }),
  );
  await processOutbox();
  return prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: key } });
}

describe("signatures", () => {
  it("answers 503 without a configured secret, 401 for missing, wrong or stale signatures, and changes nothing", async () => {
    const n = await sentMail(null, "amina@example.org");
    const event = resendEvent("email.delivered", n.providerId!);
    delete process.env.RESEND_WEBHOOK_SECRET;
    expect((await postWebhook(event)).status).toBe(503);
    useSecret();
    try {
      const otherSecret = `whsec_${Buffer.from("another-secret-another-secret!!").toString("base64")}`;
      expect((await postWebhook(event, { secret: otherSecret })).status).toBe(401);
      expect((await postWebhook(event, { signature: "v1,bm90IGEgc2lnbmF0dXJl" })).status).toBe(401);
      expect((await postWebhook(event, { timestamp: new Date(Date.now() - 10 * 60_000) })).status).toBe(401);
      const unsigned = await postWebhook(event, { signature: "" });
      expect(unsigned.status).toBe(401);
      expect(await prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({ status: "SENT", deliveredAt: null });
      expect(await prisma.webhookEvent.count()).toBe(0);
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
    }
  });

  it("accepts Svix and webhook-* headers; applies each event once", async () => {
    const n = await sentMail(null, "amina@example.org");
    useSecret();
    try {
      const first = await postWebhook(resendEvent("email.delivered", n.providerId!), { id: "msg_delivered_1" });
      expect(first).toMatchObject({ status: 200, body: { outcome: "applied" } });
      const row = await prisma.notification.findUniqueOrThrow({ where: { id: n.id } });
      expect(row.status).toBe("DELIVERED");
      expect(row.deliveredAt?.toISOString()).toBe("2027-01-10T10:00:00.000Z");
      const again = await postWebhook(resendEvent("email.delivered", n.providerId!), { id: "msg_delivered_1", prefix: "webhook" });
      expect(again).toMatchObject({ status: 200, body: { outcome: "duplicate" } });
      const other = await postWebhook(resendEvent("email.opened", n.providerId!), { prefix: "webhook" });
      expect(other).toMatchObject({ status: 200, body: { outcome: "ignored" } });
      const stranger = await postWebhook(resendEvent("email.delivered", "not-a-ponte-mail"));
      expect(stranger).toMatchObject({ status: 200, body: { outcome: "unknown-email" } });
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
    }
  });
});

describe("bounces and complaints", () => {
  it("a hard bounce marks the address undeliverable, shows the banner and stops further mail, even essential mail", async () => {
    const applicant = await createApplicant();
    const n = await sentMail(applicant.id, applicant.email);
    useSecret();
    try {
      const res = await postWebhook(
        resendEvent("email.bounced", n.providerId!, {
          bounce: { type: "Permanent", subType: "General", message: "550 5.1.1 The email account does not exist." },
        }),
      );
      expect(res.status).toBe(200);
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
    }
    const row = await prisma.notification.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.status).toBe("BOUNCED");
    expect(row.lastError).toContain("550 5.1.1");
    const user = await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } });
    expect(user.emailUndeliverableAt?.toISOString()).toBe("2027-01-10T10:00:00.000Z");

    const root = await callLoader(rootLoader, "/", { headers: { Cookie: applicant.cookie } });
    expect(root.user?.undeliverableEmail).toBe(applicant.email);

    const later = await sentMail(applicant.id, applicant.email, "pc:2");
    expect(later.status).toBe("SUPPRESSED");
    expect(resend.standIn.emails.filter((m) => m.to[0] === applicant.email)).toHaveLength(1);
  });

  it("a soft bounce is noted and changes nothing else; a complaint stops mail like a hard bounce", async () => {
    const applicant = await createApplicant();
    const n = await sentMail(applicant.id, applicant.email);
    useSecret();
    try {
      await postWebhook(resendEvent("email.delivered", n.providerId!));
      await postWebhook(
        resendEvent("email.bounced", n.providerId!, { bounce: { type: "Transient", subType: "MailboxFull", message: "Mailbox full" } }),
      );
      let row = await prisma.notification.findUniqueOrThrow({ where: { id: n.id } });
      expect(row.status).toBe("DELIVERED");
      expect(row.lastError).toBe("soft bounce: Transient/MailboxFull: Mailbox full");
      expect((await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).emailUndeliverableAt).toBeNull();

      await postWebhook(resendEvent("email.complained", n.providerId!));
      row = await prisma.notification.findUniqueOrThrow({ where: { id: n.id } });
      expect(row.status).toBe("COMPLAINED");
      expect((await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).emailUndeliverableAt).not.toBeNull();
      // A late "delivered" never hides the complaint.
      await postWebhook(resendEvent("email.delivered", n.providerId!));
      expect((await prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("COMPLAINED");
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
    }
  });

  it("finds the mail by its notification tag when the event arrives before the worker recorded Resend's id", async () => {
    const applicant = await createApplicant();
    const n = await sentMail(applicant.id, applicant.email);
    await prisma.notification.update({ where: { id: n.id }, data: { providerId: null } });
    useSecret();
    try {
      const res = await postWebhook(resendEvent("email.delivered", "re_email_1", { tags: { kind: "password-changed", notification: n.id } }));
      expect(res.body.outcome).toBe("applied");
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
    }
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({ status: "DELIVERED", providerId: "re_email_1" });
  });

  it("a bounce of an old address does not mark the account's new one", async () => {
    const applicant = await createApplicant();
    const n = await sentMail(applicant.id, applicant.email);
    await prisma.user.update({ where: { id: applicant.id }, data: { email: `new-${applicant.email}` } });
    useSecret();
    try {
      await postWebhook(resendEvent("email.bounced", n.providerId!, { bounce: { type: "Permanent", subType: "General", message: "gone" } }));
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
    }
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("BOUNCED");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).emailUndeliverableAt).toBeNull();
  });
});
