/**
 * The wallet's pure rules (app/requests/wallet.ts): which wallet types meet an opportunity's
 * required documents, which are missing or expire before the stay ends, and the wallet
 * form's field errors.
 */
import { describe, expect, it } from "vitest";
import { sniffDocument } from "~/platform/uploads.server";
import { createWalletFieldsSchema, missingWalletTypes, requiredWalletTypes } from "~/requests/wallet";

describe("required documents in wallet types", () => {
  it("asks for both licence and good standing, never for referees' letters", () => {
    expect(requiredWalletTypes(["LICENCE_GOOD_STANDING", "RECOMMENDATION_LETTERS", "CV"])).toEqual([
      "CV",
      "LICENCE_REGISTRATION",
      "GOOD_STANDING",
    ]);
  });

  it("lists what is missing or expires before the last day (inclusive)", () => {
    const docs = [
      { type: "CV" as const, expiresOn: null },
      { type: "HEALTH_INSURANCE" as const, expiresOn: "2027-02-11" },
    ];
    expect(missingWalletTypes(["CV", "HEALTH_INSURANCE"], docs, "2027-02-12")).toEqual(["HEALTH_INSURANCE"]);
    expect(missingWalletTypes(["CV", "HEALTH_INSURANCE"], docs, "2027-02-11")).toEqual([]);
    expect(missingWalletTypes(["CV", "HEALTH_INSURANCE", "PASSPORT_ID"], docs)).toEqual(["PASSPORT_ID"]);
  });
});

describe("the wallet form", () => {
  const schema = createWalletFieldsSchema("2026-12-01");
  it("needs a known type, a name with OTHER, and an expiry not in the past", () => {
    const issues = (v: Record<string, string>) =>
      schema.safeParse(v).error?.issues.map((i) => [i.path[0], i.message]) ?? [];
    expect(issues({ type: "SELFIE" })).toEqual([["type", "requests:wallet.validation.typeUnknown"]]);
    expect(issues({ type: "OTHER" })).toEqual([["name", "requests:wallet.validation.nameRequired"]]);
    expect(issues({ type: "PASSPORT_ID", expiresOn: "2026-11-30" })).toEqual([
      ["expiresOn", "requests:wallet.validation.expired"],
    ]);
    expect(schema.parse({ type: "CV", name: "ignored", expiresOn: "2026-12-01" })).toEqual({
      type: "CV",
      name: null,
      expiresOn: "2026-12-01",
    });
  });
});

describe("judging a document by its bytes", () => {
  it("knows PDF, JPEG and PNG, and nothing else", () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(sniffDocument(new TextEncoder().encode("%PDF-1.7"))).toBe("application/pdf");
    expect(sniffDocument(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffDocument(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(sniffDocument(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffDocument(new TextEncoder().encode("<html>"))).toBeNull();
  });
});
