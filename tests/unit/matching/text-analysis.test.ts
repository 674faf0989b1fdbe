/** Statement relevance: stems, stop words and filler, the person's own words, Italian statements. */
import { describe, expect, it } from "vitest";
import { buildMatchIndex, rankOpportunities } from "../../../app/matching/ranker";
import { analyse, detectLanguage, statementTerms } from "../../../app/matching/text-analysis";
import type { MatchResult } from "../../../app/matching/types";
import { TAXONOMY, TODAY, occupancy, opportunity, profile } from "./helpers";

const quoted = (r: MatchResult | undefined) =>
  String(r?.reasons.find((x) => x.code === "text.related")?.params.terms ?? "");

const TAXONOMY_NAMED = TAXONOMY.map((t) =>
  t.id === "proton-therapy"
    ? { ...t, names: { en: ["Proton Therapy", "proton beam therapy"], it: ["Protonterapia", "terapia protonica"] } }
    : t,
);

describe("text analysis", () => {
  it("tells Italian from English by stop words, and stems each in its language", () => {
    expect(detectLanguage("Lavoro in un reparto di cardiologia con i pazienti")).toBe("it");
    expect(detectLanguage("I work with the patients of a cardiology ward")).toBe("en");
    expect(analyse("cardiologists", "en")[0]).toMatchObject({ stem: "cardiologist", surface: "cardiologists" });
    expect(analyse("cardiologi", "it")[0]?.stem).toBe(analyse("cardiologia", "it")[0]?.stem);
  });

  it("drops stop words and the catalogue's filler", () => {
    const terms = statementTerms("I observe what is delivered up in the centre programme on carbon ions", null);
    expect([...terms.surface.values()]).toEqual(["carbon", "ions"]);
  });
});

describe("text reasons", () => {
  const opps = [
    opportunity("cardio", {
      title: "Cardiologists' programme",
      description: "Cardiologists observe what is delivered up at the centre: echocardiography for cardiologists.",
      topicIds: ["cardiology"],
    }),
    opportunity("proton", {
      title: "Proton therapy observership",
      description: "Proton therapy of paediatric tumours.",
      topicIds: ["proton-therapy"],
    }),
    opportunity("plain", { topicIds: ["cardiology"] }),
  ];

  it("quotes the words as the person wrote them, in their order, never filler", () => {
    const index = buildMatchIndex(opps, TAXONOMY_NAMED);
    const who = profile({
      interests: [{ topicId: "cardiology", weight: "CORE" }],
      statement: "Echocardiography is what I do as a cardiologist; I observe it delivered up at my centre programme.",
    });
    const results = rankOpportunities(index, who, occupancy(), TODAY);
    expect(quoted(results.find((r) => r.opportunityId === "cardio"))).toBe("echocardiography, cardiologist");
  });

  it("matches an Italian statement to English text through the taxonomy's Italian names", () => {
    const index = buildMatchIndex(opps, TAXONOMY_NAMED);
    const who = profile({
      interests: [{ topicId: "oncology", weight: "ALSO" }],
      statement: "Sono radioterapista e mi interessa la protonterapia pediatrica.",
    });
    const proton = rankOpportunities(index, who, occupancy(), TODAY).find((r) => r.opportunityId === "proton");
    expect(proton?.parts.text).toBeGreaterThan(0);
    expect(quoted(proton)).toBe("protonterapia");
    const without = buildMatchIndex(opps, TAXONOMY);
    const unbridged = rankOpportunities(without, who, occupancy(), TODAY).find((r) => r.opportunityId === "proton");
    expect(unbridged?.parts.text ?? 0).toBe(0);
  });
});
