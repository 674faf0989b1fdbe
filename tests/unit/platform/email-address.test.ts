/** The canonical e-mail form and the shared field schemas (app/platform/email-address.ts, validation.ts). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalEmail, hasCompatibilityCharacters, maskEmail } from "~/platform/email-address";
import { EmailSchema, NameSchema, NewPasswordSchema, PASSWORD_MAX } from "~/accounts/validation";

describe("canonicalEmail", () => {
  it("trims, lower-cases and NFC-normalises", () => {
    expect(canonicalEmail("  Anna.Rossi@Example.ORG \n")).toBe("anna.rossi@example.org");
    const decomposed = "Jose\u0301@Example.org"; // e + combining acute
    const composed = "jos\u00e9@example.org";
    expect(canonicalEmail(decomposed)).toBe(composed);
  });

  it("is idempotent for every string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => canonicalEmail(canonicalEmail(s)) === canonicalEmail(s)),
    );
  });

  it("maps every spelling differing only in case, spaces or composition to one form", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}@[a-z]{1,8}\.[a-z]{2,3}$/), fc.boolean(), (address, pad) => {
        const variant = `${pad ? "  " : ""}${address.toUpperCase()}${pad ? "\t" : ""}`;
        return canonicalEmail(variant) === address;
      }),
    );
  });

  it("spots compatibility characters and masks addresses", () => {
    expect(hasCompatibilityCharacters("ａnna@example.org")).toBe(true);
    expect(hasCompatibilityCharacters("anna@example.org")).toBe(false);
    expect(maskEmail("anna@example.org")).toBe("a***@example.org");
  });
});

describe("EmailSchema", () => {
  it("returns the canonical form of a valid address", () => {
    expect(EmailSchema.parse(" Anna@Example.org ")).toBe("anna@example.org");
    expect(EmailSchema.parse("josé@exämple.it")).toBe("josé@exämple.it");
  });

  it.each([
    "",
    "anna",
    "anna@",
    "@example.org",
    "anna@example",
    "an na@example.org",
    "anna@@example.org",
    "a..b@example.org",
    "ａnna@example.org",
  ])("refuses %j", (value) => {
    expect(EmailSchema.safeParse(value).success).toBe(false);
  });

  it("refuses addresses over 254 characters before any other check", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(200)}.org`;
    const r = EmailSchema.safeParse(long);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("accounts:validation.emailTooLong");
    expect(EmailSchema.safeParse("x".repeat(100_000)).success).toBe(false);
  });
});

describe("NewPasswordSchema and NameSchema", () => {
  it("wants 10 to 128 code points", () => {
    expect(NewPasswordSchema.safeParse("123456789").success).toBe(false);
    expect(NewPasswordSchema.safeParse("a".repeat(10)).success).toBe(true);
    expect(NewPasswordSchema.safeParse("é".repeat(PASSWORD_MAX)).success).toBe(true);
    expect(NewPasswordSchema.safeParse("a".repeat(PASSWORD_MAX + 1)).success).toBe(false);
  });

  it("trims names and refuses empty, long and control-character names", () => {
    expect(NameSchema.parse("  Amina Okafor ")).toBe("Amina Okafor");
    expect(NameSchema.safeParse("   ").success).toBe(false);
    expect(NameSchema.safeParse("a".repeat(101)).success).toBe(false);
    expect(NameSchema.safeParse("Bad\u0000Name").success).toBe(false);
  });
});
