/**
 * /contact with real Requests: a valid message goes into the outbox for the operators (with
 * the sender as Reply-To), bad input gets field errors and writes nothing, and the rate
 * limits answer 429 in the page's language. The legal pages' loaders answer in both languages.
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as contactAction, loader as contactLoader } from "~/routes/contact";
import { loader as privacyLoader } from "~/routes/privacy";
import { loader as termsLoader } from "~/routes/terms";
import { loader as accessibilityLoader } from "~/routes/accessibility";
import { buildMail } from "~/notifications/render.server";
import { legalConfig } from "~/platform/legal-config";
import { callAction, callLoader } from "../../utils/http";
import { outbox } from "../../factories/accounts";
import { processOutbox } from "~/notifications/mail-worker.server";
import { startResendStandIn } from "../../stand-ins/resend";

afterEach(() => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
});

const ctx = (clientIp = "198.51.100.20") => ({ context: { clientIp } });
const valid = {
  name: "Amina Okafor",
  email: " Amina@Example.ORG ",
  subject: "Observerships in spring",
  message: "Do the centres in Bergamo take observers in spring?\nThank you.",
};

function errorsOf(value: unknown): Record<string, string[]> | undefined {
  return (value as { data: { result?: { error?: Record<string, string[]> } } }).data.result?.error;
}
function statusOf(value: unknown): number {
  if (value instanceof Response) return value.status;
  return (value as { init: { status?: number } | null }).init?.status ?? 200;
}

describe("/contact", () => {
  it("queues one message to the operators, with the sender as Reply-To, and redirects", async () => {
    const res = await callAction(contactAction, "/contact", valid, ctx());
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).headers.get("Location")).toBe("/contact?sent=1");
    const mails = await outbox("contact-message");
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      toEmail: legalConfig.operators.email,
      userId: null,
      locale: legalConfig.operators.locale,
    });
    // Form bodies carry line breaks as CRLF (HTML spec).
    expect(mails[0].payload).toEqual({
      ...valid,
      email: "amina@example.org",
      message: valid.message.replace("\n", "\r\n"),
    });
    const mail = await buildMail({ ...mails[0], recipientName: null });
    expect(mail.replyTo).toBe("amina@example.org");
    expect(mail.subject).toContain("Observerships in spring");
    expect(mail.text).toContain("Do the centres in Bergamo take observers in spring?");
    const sent = await callLoader(contactLoader, "/contact?sent=1");
    expect(sent.sent).toBe(true);
  });

  it("reaches the operators: the outbox sends the message through Resend, the sender as Reply-To", async () => {
    const standIn = await startResendStandIn();
    try {
      process.env.RESEND_API_KEY = "re_test_key";
      process.env.RESEND_BASE_URL = standIn.url;
      await callAction(contactAction, "/contact", valid, ctx());
      const run = await processOutbox();
      expect(
        standIn.emails.map((m) => [m.to, m.subject]),
        JSON.stringify(run),
      ).toEqual([[[legalConfig.operators.email], expect.stringContaining("Observerships in spring")]]);
    } finally {
      await standIn.close();
    }
  });

  it("answers bad input with field errors and 400, writing nothing", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ ...valid, name: "" }, "name"],
      [{ ...valid, email: "not-an-address" }, "email"],
      [{ ...valid, subject: "  " }, "subject"],
      [{ ...valid, subject: "x".repeat(151) }, "subject"],
      [{ ...valid, message: "" }, "message"],
      [{ ...valid, message: "x".repeat(4001) }, "message"],
    ];
    for (const [form, field] of cases) {
      const res = await callAction(contactAction, "/contact", form, ctx());
      expect(statusOf(res), field).toBe(400);
      expect(Object.keys(errorsOf(res) ?? {}), field).toEqual([field]);
    }
    const { message: _m, ...noMessage } = valid;
    const missing = await callAction(contactAction, "/contact", noMessage, ctx());
    expect(errorsOf(missing)?.message).toEqual(["accounts:validation.required"]);
    expect(await outbox("contact-message")).toHaveLength(0);
  });

  it("rate-limits per client address and per sender address", async () => {
    for (let i = 0; i < 3; i += 1) {
      expect(statusOf(await callAction(contactAction, "/contact", valid, ctx(`198.51.100.${30 + i}`)))).toBe(302);
    }
    const bySender = await callAction(contactAction, "/contact", valid, ctx("198.51.100.40"));
    expect(statusOf(bySender)).toBe(429);
    expect((bySender as { data: { result: { error: Record<string, string[]> } } }).data.result.error[""]).toEqual([
      "legal:contact.rateLimited",
    ]);
    for (let i = 0; i < 5; i += 1) {
      const other = { ...valid, email: `person${i}@example.org` };
      expect(statusOf(await callAction(contactAction, "/contact", other, ctx("198.51.100.50")))).toBe(302);
    }
    const byIp = await callAction(
      contactAction,
      "/contact",
      { ...valid, email: "late@example.org" },
      ctx("198.51.100.50"),
    );
    expect(statusOf(byIp)).toBe(429);
    expect(await outbox("contact-message")).toHaveLength(8);
  });
});

describe("legal pages", () => {
  it("answer in the page's language", async () => {
    const it = { headers: { "Accept-Language": "it" } };
    expect((await callLoader(privacyLoader, "/privacy")).title).toBe("Privacy notice · Ponte");
    expect((await callLoader(privacyLoader, "/privacy", it)).title).toBe("Informativa privacy · Ponte");
    expect((await callLoader(termsLoader, "/terms", it)).title).toBe("Condizioni d'uso · Ponte");
    expect((await callLoader(accessibilityLoader, "/accessibility", it)).title).toBe(
      "Dichiarazione di accessibilità · Ponte",
    );
    expect((await callLoader(contactLoader, "/contact", it)).title).toBe("Contatti · Ponte");
  });
});
