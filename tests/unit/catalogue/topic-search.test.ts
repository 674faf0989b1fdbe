/** The topic picker's search (app/catalogue/topic-search.ts) on the real taxonomy file. */
import { describe, expect, it } from "vitest";
import { readTaxonomy } from "../../../prisma/seed";
import { foldForSearch, searchTopics } from "~/catalogue/topic-search";

const topics = readTaxonomy().topics.map((t) => ({
  id: t.key,
  parentId: t.parentKey,
  labelEn: t.labelEn,
  labelIt: t.labelIt,
  synonymsEn: t.synonymsEn,
  synonymsIt: t.synonymsIt,
}));
const ids = (q: string, language = "en") => searchTopics(topics, q, language).map((h) => h.id);

describe("topic search", () => {
  it("folds case, accents and punctuation", () => {
    expect(foldForSearch("  Realtà-Virtuale  ")).toBe("realta virtuale");
    expect(foldForSearch("CAR-T")).toBe("car t");
  });

  it("finds English labels, label first", () => {
    expect(ids("carbon ion")[0]).toBe("carbon-ion-radiotherapy");
    expect(ids("proton")[0]).toBe("proton-therapy");
  });

  it("finds Italian labels and synonyms, whatever the UI language", () => {
    expect(ids("adroterapia")).toContain("heavy-ion-radiotherapy");
    expect(ids("radiomica")).toContain("radiomics");
    expect(ids("Protonterapia", "it")[0]).toBe("proton-therapy");
  });

  it("is accent- and punctuation-insensitive", () => {
    expect(ids("realta virtuale")).toContain("virtual-reality-simulation");
    expect(ids("CAR T")).toContain("car-t-cell-therapy");
    expect(ids("car-t")).toContain("car-t-cell-therapy");
  });

  it("labels hits in the UI language with their parent, and says which synonym matched", () => {
    const [hit] = searchTopics(topics, "CIRT", "it");
    expect(hit).toMatchObject({
      id: "carbon-ion-radiotherapy",
      label: "Terapia con ioni carbonio",
      parentLabel: "Adroterapia",
      matched: "CIRT",
    });
  });

  it("returns nothing for an empty query and at most 20 hits", () => {
    expect(ids("  ")).toEqual([]);
    expect(searchTopics(topics, "a", "en").length).toBeLessThanOrEqual(20);
  });
});
