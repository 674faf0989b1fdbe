/** The Resend stand-in behaves as the real SDK expects (so the e-mail tests mean something). */
import { Resend } from "resend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startResendStandIn, type ResendStandIn } from "../../stand-ins/resend";

describe("Resend stand-in through the real SDK", () => {
  let standIn: ResendStandIn;
  let resend: Resend;
  beforeAll(async () => {
    standIn = await startResendStandIn();
    resend = new Resend("re_test_key", { baseUrl: standIn.url });
  });
  afterAll(() => standIn.close());

  const mail = { from: "Ponte <no-reply@ponte.example>", to: ["a@example.org"], subject: "Hello", text: "Hi", html: "<p>Hi</p>" };

  it("accepts a mail and returns an id", async () => {
    standIn.reset();
    const { data, error } = await resend.emails.send(mail);
    expect(error).toBeNull();
    expect(data?.id).toBe(standIn.emails[0].id);
  });

  it("sends one mail per idempotency key", async () => {
    standIn.reset();
    const a = await resend.emails.send(mail, { idempotencyKey: "k1" });
    const b = await resend.emails.send(mail, { idempotencyKey: "k1" });
    expect(a.data?.id).toBe(b.data?.id);
    expect(standIn.emails).toHaveLength(1);
    const c = await resend.emails.send({ ...mail, subject: "Other" }, { idempotencyKey: "k1" });
    expect(c.error?.name).toBe("invalid_idempotent_request");
  });

  it("answers scripted 429s with retry-after, and validation errors, as errors not exceptions", async () => {
    standIn.reset();
    standIn.failNext(1, { status: 429, headers: { "retry-after": "2" }, body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" } });
    const limited = await resend.emails.send(mail);
    expect(limited.data).toBeNull();
    expect(limited.error?.name).toBe("rate_limit_exceeded");
    expect(limited.headers?.["retry-after"]).toBe("2");
    const invalid = await resend.emails.send({ ...mail, to: ["not-an-address"] });
    expect(invalid.error?.name).toBe("validation_error");
    expect(standIn.emails).toHaveLength(0);
  });
});
