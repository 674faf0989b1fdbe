/** Message templates' placeholders (issue 17, decision 0039): found, checked and filled in. */
import { describe, expect, it } from "vitest";
import { fillTemplate, TemplateSchema, unknownPlaceholders } from "~/requests/message-templates";

const facts = {
  applicantName: "Amina Okafor",
  opportunityTitle: "Carbon-ion observership",
  stay: { start: "2027-02-01", end: "2027-02-12" },
};

describe("message templates", () => {
  it("names the unknown placeholders once each, in order", () => {
    expect(unknownPlaceholders("{applicant_name} {name} {dates} {} {name} {Dates}")).toEqual(["name", "", "Dates"]);
    expect(unknownPlaceholders("no braces, {{not one}} is")).toEqual(["not one"]);
  });

  it("fills the placeholders in the template's language and leaves other text alone", () => {
    // formatRange's dash and spacing are the runtime's (ICU); the words are what matter here.
    expect(fillTemplate("Dear {applicant_name}: {opportunity}, {dates}.", facts, "en")).toMatch(
      /^Dear Amina Okafor: Carbon-ion observership, 1\s?–\s?12 Feb 2027\.$/,
    );
    expect(fillTemplate("Gentile {applicant_name}, {dates}", facts, "it")).toMatch(
      /^Gentile Amina Okafor, 0?1\s?–\s?12 feb 2027$/,
    );
    // A name that itself looks like a placeholder is not filled in again.
    expect(fillTemplate("{applicant_name}", { ...facts, applicantName: "{dates}" }, "en")).toBe("{dates}");
  });

  it("an unknown placeholder is an error on the body", () => {
    const r = TemplateSchema.safeParse({ name: "x", language: "en", body: "Hi {first_name}" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["body", "inbox:templates.unknownPlaceholder"],
    ]);
    expect(TemplateSchema.safeParse({ name: " x ", language: "it", body: "Ciao {applicant_name}" }).data).toEqual({
      name: "x",
      language: "it",
      body: "Ciao {applicant_name}",
    });
  });
});
