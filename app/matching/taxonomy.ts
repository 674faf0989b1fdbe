/**
 * The interest taxonomy as a compact tree (pure, no I/O): integer topic
 * indices, parents, depths and children, for the ranker's per-request walks.
 */
import type { TaxonomyTopic } from "./types";

export interface TopicTree {
  /** Topic keys by index. */
  readonly ids: readonly string[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Parent index, -1 for a root. */
  readonly parent: Int32Array;
  /** 0 for a root. */
  readonly depth: Int32Array;
  readonly children: readonly (readonly number[])[];
}

/**
 * Builds the tree from `{id, parentId}` rows in any order. Children keep the
 * input order.
 * @throws RangeError on an empty or duplicate id, a parent missing from the
 *   list, or a cycle.
 */
export function buildTopicTree(topics: readonly TaxonomyTopic[]): TopicTree {
  const ids: string[] = [];
  const indexById = new Map<string, number>();
  for (const topic of topics) {
    if (typeof topic.id !== "string" || topic.id === "") throw new RangeError("Taxonomy topic with an empty id");
    if (indexById.has(topic.id)) throw new RangeError(`Duplicate taxonomy topic: ${topic.id}`);
    indexById.set(topic.id, ids.length);
    ids.push(topic.id);
  }
  const n = ids.length;
  const parent = new Int32Array(n).fill(-1);
  const children: number[][] = Array.from({ length: n }, () => []);
  topics.forEach((topic, i) => {
    if (topic.parentId === null) return;
    const p = indexById.get(topic.parentId);
    if (p === undefined) throw new RangeError(`Taxonomy topic ${topic.id} has unknown parent ${topic.parentId}`);
    parent[i] = p;
    children[p]!.push(i);
  });
  // Depths by walking down from the roots; a node never reached sits on a cycle.
  const depth = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    if (parent[i] === -1) {
      depth[i] = 0;
      stack.push(i);
    }
  }
  while (stack.length > 0) {
    const i = stack.pop()!;
    for (const c of children[i]!) {
      depth[c] = depth[i]! + 1;
      stack.push(c);
    }
  }
  const stuck = depth.indexOf(-1);
  if (stuck !== -1) throw new RangeError(`Taxonomy has a cycle through ${ids[stuck]}`);
  return { ids, indexById, parent, depth, children };
}

/** Indices of `topic`'s ancestors, nearest first (parent, grandparent, …). */
export function ancestorsOf(tree: TopicTree, topic: number): number[] {
  const out: number[] = [];
  for (let a = tree.parent[topic]!; a !== -1; a = tree.parent[a]!) out.push(a);
  return out;
}
