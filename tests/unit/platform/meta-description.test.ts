/** The pages' meta descriptions (app/platform/meta-description.ts). */
import { describe, expect, it } from "vitest";
import { deepestMetaDescription, META_DESCRIPTION_MAX, metaDescription } from "~/platform/meta-description";

describe("metaDescription", () => {
  it("keeps a short text whole, white space collapsed", () => {
    expect(metaDescription("  Carbon-ion\n radiotherapy   at CNAO. ")).toBe("Carbon-ion radiotherapy at CNAO.");
  });

  it("cuts a long text at a word, within the limit, with an ellipsis", () => {
    const text = `${"Observation of treatment planning and delivery, ".repeat(6)}end.`;
    const out = metaDescription(text);
    expect(out.length).toBeLessThanOrEqual(META_DESCRIPTION_MAX);
    expect(out).toMatch(/ delivery…$|planning…$|Observation of…$|treatment…$|and…$|of…$/);
    expect(text.startsWith(out.slice(0, -1))).toBe(true);
    expect(out).not.toMatch(/[,\s]…$/);
  });

  it("cuts a text without spaces at the limit", () => {
    const out = metaDescription("x".repeat(400));
    expect(out).toBe(`${"x".repeat(META_DESCRIPTION_MAX - 1)}…`);
  });
});

describe("deepestMetaDescription", () => {
  it("takes the deepest route's description and skips routes without one", () => {
    expect(
      deepestMetaDescription([
        { data: { metaDescription: "root" } },
        { data: { metaDescription: "centre" } },
        { data: { title: "no description" } },
        { data: undefined },
      ]),
    ).toBe("centre");
    expect(deepestMetaDescription([{ data: { metaDescription: "  " } }, { data: null }])).toBeNull();
  });
});
