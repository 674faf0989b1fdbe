/**
 * The partner search's two-sided matching (app/collaborations/matching.ts) on a small tree:
 * exact, narrower, broader and related topics give the matching domain's reason codes;
 * unrelated proposals and roots-only kinship are left out; "also" interests count half;
 * the proposer's own proposal never fits itself.
 */
import { describe, expect, it } from "vitest";
import { collaborationTree, fitOf, rankProposals, similarProposals } from "~/collaborations/matching";

const tree = collaborationTree([
  { id: "therapeutics", parentId: null },
  { id: "radiotherapy", parentId: "therapeutics" },
  { id: "heavy-ion", parentId: "radiotherapy" },
  { id: "carbon-ion", parentId: "heavy-ion" },
  { id: "proton", parentId: "heavy-ion" },
  { id: "surgery", parentId: "therapeutics" },
  { id: "neoplasms", parentId: null },
  { id: "sarcoma", parentId: "neoplasms" },
]);

describe("fitOf", () => {
  it("names the relation of each interest to the proposal's topics", () => {
    const code = (topics: string[], interest: string) =>
      fitOf(tree, topics, [{ topicId: interest, weight: "CORE" }])?.reasons[0]?.code ?? null;
    expect(code(["carbon-ion"], "carbon-ion")).toBe("topic.exact");
    expect(code(["carbon-ion"], "radiotherapy")).toBe("topic.narrower");
    expect(code(["radiotherapy"], "carbon-ion")).toBe("topic.broader");
    expect(code(["proton"], "carbon-ion")).toBe("topic.related");
    // Sharing only a root of the tree (therapeutics) is no reason.
    expect(code(["surgery"], "carbon-ion")).toBeNull();
    expect(code(["sarcoma"], "carbon-ion")).toBeNull();
  });

  it("gives the params the matching texts need", () => {
    const fit = fitOf(tree, ["proton"], [{ topicId: "carbon-ion", weight: "ALSO" }]);
    expect(fit?.reasons).toEqual([
      {
        code: "topic.related",
        params: { oppTopicKey: "proton", profileTopicKey: "carbon-ion", weight: "also", sharedTopicKey: "heavy-ion" },
      },
    ]);
    const narrower = fitOf(tree, ["carbon-ion"], [{ topicId: "radiotherapy", weight: "CORE" }]);
    expect(narrower?.reasons[0]?.params.levels).toBe(2);
  });
});

describe("rankProposals", () => {
  it("ranks by the best relation per interest, core before also, and leaves the unrelated out", () => {
    const proposals = [
      { id: "unrelated", topicIds: ["sarcoma"] },
      { id: "related", topicIds: ["proton"] },
      { id: "exact", topicIds: ["carbon-ion"] },
      { id: "also-exact", topicIds: ["surgery"] },
    ];
    const ranked = rankProposals(tree, proposals, [
      { topicId: "carbon-ion", weight: "CORE" },
      { topicId: "surgery", weight: "ALSO" },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(["exact", "also-exact", "related"]);
    expect(ranked[0]!.score).toBe(3);
    expect(ranked[1]!.score).toBe(1.5);
  });

  it("matches a proposal against the others, never itself", () => {
    const mine = { id: "mine", topicIds: ["carbon-ion"] };
    const similar = similarProposals(tree, mine, [mine, { id: "other", topicIds: ["heavy-ion"] }]);
    expect(similar.map((s) => s.id)).toEqual(["other"]);
    expect(similar[0]!.reasons[0]!.code).toBe("topic.broader");
  });
});
