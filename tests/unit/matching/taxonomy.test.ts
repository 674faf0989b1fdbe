import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "../../../app/matching/ranker";
import { ancestorsOf, buildTopicTree } from "../../../app/matching/taxonomy";
import { opportunity, TAXONOMY } from "./helpers";

describe("topic tree", () => {
  it("knows parents, depths and ancestors", () => {
    const tree = buildTopicTree(TAXONOMY);
    const carbon = tree.indexById.get("carbon-ion-radiotherapy")!;
    expect(tree.depth[carbon]).toBe(3);
    expect(ancestorsOf(tree, carbon).map((i) => tree.ids[i])).toEqual(["hadron-therapy", "radiotherapy", "oncology"]);
    expect(tree.children[tree.indexById.get("hadron-therapy")!]!.map((i) => tree.ids[i])).toEqual([
      "carbon-ion-radiotherapy",
      "proton-therapy",
    ]);
  });

  it("rejects duplicates, unknown parents and cycles", () => {
    expect(() =>
      buildTopicTree([
        { id: "a", parentId: null },
        { id: "a", parentId: null },
      ]),
    ).toThrow(/Duplicate/);
    expect(() => buildTopicTree([{ id: "a", parentId: "b" }])).toThrow(/unknown parent/);
    expect(() =>
      buildTopicTree([
        { id: "a", parentId: "b" },
        { id: "b", parentId: "a" },
      ]),
    ).toThrow(/cycle/);
  });
});

describe("topic IDF", () => {
  it("counts an opportunity once for its topics and each of their ancestors", () => {
    const index = buildMatchIndex(
      [
        opportunity("a", { topicIds: ["carbon-ion-radiotherapy", "proton-therapy"] }),
        opportunity("b", { topicIds: ["radiotherapy"] }),
        opportunity("c", { topicIds: ["cardiology"] }),
        opportunity("d", { topicIds: [] }),
      ],
      TAXONOMY,
    );
    const df = (id: string) => index.documentFrequency[index.tree.indexById.get(id)!];
    expect([df("carbon-ion-radiotherapy"), df("hadron-therapy"), df("radiotherapy"), df("oncology")]).toEqual([
      1, 1, 2, 2,
    ]);
    expect(df("cardiology")).toBe(1);
    expect(df("brachytherapy")).toBe(0);
    const idf = (id: string) => index.idf[index.tree.indexById.get(id)!];
    expect(idf("carbon-ion-radiotherapy")).toBeCloseTo(Math.log(1 + 4 / 1), 12);
    expect(idf("oncology")).toBeCloseTo(Math.log(1 + 4 / 2), 12);
    expect(idf("brachytherapy")).toBe(0);
  });
});
