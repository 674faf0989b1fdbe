/** The fit label and the parts as shares (app/matching/fit-label.ts; thresholds in decision 0021). */
import { describe, expect, it } from "vitest";
import { FIT_THRESHOLDS, fitLevel, formatShare } from "../../../app/matching/fit-label";

describe("fit label", () => {
  it("reads Excellent from 4.5, Good from 2.5, Possible below", () => {
    expect(FIT_THRESHOLDS).toEqual({ excellent: 4.5, good: 2.5 });
    expect(fitLevel(8.39)).toBe("excellent");
    expect(fitLevel(4.5)).toBe("excellent");
    expect(fitLevel(4.499)).toBe("good");
    expect(fitLevel(2.5)).toBe("good");
    expect(fitLevel(2.499)).toBe("possible");
    expect(fitLevel(0)).toBe("possible");
  });

  it("shows each part as a share of the whole, in the page's language", () => {
    expect(formatShare(3.068, 6.28, "en")).toBe("49%");
    expect(formatShare(1, 6.28, "it")).toMatch(/^16\s?%$/);
    expect(formatShare(1, 0, "en")).toBe("0%");
  });
});
