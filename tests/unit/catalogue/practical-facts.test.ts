/** The practical facts' pure rules (app/catalogue/practical-facts.ts and the form schema). */
import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { createOpportunitySchema } from "~/catalogue/opportunity-validation";
import { formatFee, missingPracticalFacts, NO_FACTS, parseAmount, practicalView } from "~/catalogue/practical-facts";

describe("money", () => {
  it("reads amounts in minor units of the currency, refusing signs and extra decimals", () => {
    expect(parseAmount("150", "EUR")).toBe(15000);
    expect(parseAmount("150,5", "EUR")).toBe(15050);
    expect(parseAmount("1 200.00", "EUR")).toBe(120000);
    expect(parseAmount("500", "JPY")).toBe(500);
    expect(parseAmount("1.5", "JPY")).toBeNull();
    expect(parseAmount("-3", "EUR")).toBe("negative");
    expect(parseAmount("abc", "EUR")).toBeNull();
  });

  it("formats the fee in the page's language", () => {
    expect(formatFee(120000, "EUR", "en")).toBe("€1,200.00");
    expect(formatFee(120000, "EUR", "it")).toMatch(/^1\.200,00\s€$/);
    expect(formatFee(null, "EUR", "en")).toBeNull();
  });
});

describe("what must be stated before publishing", () => {
  it("lists each missing required fact; a paid fee needs its amount and currency", () => {
    expect(missingPracticalFacts(NO_FACTS)).toEqual([
      "feeKind",
      "visitorScope",
      "documents",
      "visaLetter",
      "contactName",
      "contactEmail",
    ]);
    expect(
      missingPracticalFacts({
        ...NO_FACTS,
        feeKind: "PAID",
        visitorScope: "RESEARCH_WORK",
        requiredDocuments: ["CV"],
        visaLetter: false,
        contactName: "A",
        contactEmail: "a@b.example",
      }),
    ).toEqual(["feeKind"]);
  });

  it("the form: 'other' needs a name, currencies are ISO 4217, required facts only when asked", () => {
    const schema = (requirePractical: boolean) => createOpportunitySchema({ today: "2026-12-01", requirePractical });
    const errors = (fields: Record<string, string>, required = false) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      const s = parseWithZod(form, { schema: schema(required) });
      return s.status === "error" ? (s.error ?? {}) : {};
    };
    expect(errors({ "documents[0]": "OTHER" }).otherDocument).toEqual(["coordinator:validation.otherDocumentName"]);
    expect(errors({ feeCurrency: "EURO" }).feeCurrency).toEqual(["coordinator:validation.currencyInvalid"]);
    expect(errors({}).feeKind).toBeUndefined();
    expect(errors({}, true).feeKind).toEqual(["coordinator:validation.practicalRequired"]);
  });
});

describe("the page's view", () => {
  it("never invents a fact: unstated facts are null, the contact is hidden unless asked for", () => {
    const view = practicalView({ ...NO_FACTS, contactName: "Dr A", contactEmail: "a@b.example" }, "en", false);
    expect(view).toMatchObject({ fee: null, visitorScope: null, documents: [], visaLetter: null, contact: "hidden" });
    expect(practicalView({ ...NO_FACTS, contactName: "Dr A" }, "en", true).contact).toEqual({
      name: "Dr A",
      role: null,
      email: null,
    });
  });
});
