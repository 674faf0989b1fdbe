/**
 * The referees' pure rules (decision 0037): how many letters an opportunity asks for, and the referee
 * form (not the applicant's own address,
 * canonical addresses, English or Italian).
 */
import { describe, expect, it } from "vitest";
import { createRefereeSchema, lettersRequired } from "~/requests/referees";

describe("lettersRequired", () => {
  it("counts letters only when the opportunity lists recommendation letters", () => {
    expect(lettersRequired({ requiredDocuments: ["CV"], recommendationLetters: 3 })).toBe(0);
    expect(lettersRequired({ requiredDocuments: ["CV", "RECOMMENDATION_LETTERS"], recommendationLetters: 2 })).toBe(2);
    expect(lettersRequired({ requiredDocuments: ["RECOMMENDATION_LETTERS"], recommendationLetters: null })).toBe(0);
    expect(lettersRequired({ requiredDocuments: ["RECOMMENDATION_LETTERS"], recommendationLetters: 9 })).toBe(5);
  });
});

describe("the referee form", () => {
  const schema = createRefereeSchema("amina@example.org");
  it("takes a name, a canonical address and a language", () => {
    const r = schema.safeParse({ name: " Prof. Rossi ", email: "Rossi@Example.ORG", locale: "it" });
    expect(r.success && r.data).toEqual({ name: "Prof. Rossi", email: "rossi@example.org", locale: "it" });
  });
  it("refuses the applicant's own address, however it is typed, and other languages", () => {
    const own = schema.safeParse({ name: "Me", email: "AMINA@example.org", locale: "en" });
    expect(own.success).toBe(false);
    expect(own.error?.issues[0]?.message).toBe("requests:referees.validation.ownEmail");
    expect(schema.safeParse({ name: "X", email: "x@example.org", locale: "fr" }).success).toBe(false);
    expect(schema.safeParse({ name: "", email: "x@example.org", locale: "en" }).success).toBe(false);
  });
});
