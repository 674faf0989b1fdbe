/** Place names as Italians write them on Italian pages (issue 13, part 7). */
import { describe, expect, it } from "vitest";
import { placeName } from "~/catalogue/place-names";

describe("placeName", () => {
  it("gives the Italian name and the province code on Italian pages", () => {
    expect(placeName("Milan", "it")).toBe("Milano");
    expect(placeName("Rozzano (Milan)", "it")).toBe("Rozzano (MI)");
    expect(placeName("Lombardy", "it")).toBe("Lombardia");
    expect(placeName("Mantua", "it")).toBe("Mantova");
    expect(placeName("Seriate (Bergamo)", "it")).toBe("Seriate (BG)");
    expect(placeName("Pavia", "it")).toBe("Pavia");
    expect(placeName("Bergamo", "it")).toBe("Bergamo");
  });

  it("leaves the stored English name on English pages and unknown places as they are", () => {
    expect(placeName("Milan", "en")).toBe("Milan");
    expect(placeName("Rozzano (Milan)", "en")).toBe("Rozzano (Milan)");
    expect(placeName("Lugano", "it")).toBe("Lugano");
  });
});
