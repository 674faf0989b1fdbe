/**
 * Two-sided matching of collaboration proposals by topic, with reasons (pure, no I/O).
 *
 * - A person's profile interests against a proposal's topics ("Fits your interests"): the
 *   reasons use the matching domain's codes and params (`topic.exact`, `topic.narrower`,
 *   `topic.broader`, `topic.related`, with `oppTopicKey`, `profileTopicKey`, `weight`,
 *   `levels`, `sharedTopicKey`: app/matching/types.ts), so they are worded by the same
 *   `matching:reason.topic.*` texts as the opportunity matches.
 * - A proposal against other proposals (shown to its proposer): the same codes, where the
 *   "profile" side is the proposer's own proposal (weight "core").
 *
 * Relations between a proposal topic P and an interest I in the taxonomy tree: exact
 * (P = I), narrower (P lies below I), broader (P lies above I), related (P and I share an
 * ancestor that is not a root of the tree, e.g. two kinds of the same cancer). Scores:
 * exact 3, narrower 2, broader 1.5, related 1; an "also" interest counts half. A proposal's
 * score is the best relation per interest, summed; it shows its best three reasons.
 */
import { ancestorsOf, buildTopicTree, type TopicTree } from "~/matching";
import type { Reason } from "~/matching";

export type { TopicTree };

const SCORES = { exact: 3, narrower: 2, broader: 1.5, related: 1 } as const;
const MAX_REASONS = 3;

/** A weighted interest: a topic key and "CORE" or "ALSO" (Profile interests). */
export interface WeightedTopic {
  topicId: string;
  weight: "CORE" | "ALSO";
}

/** A proposal as the matcher sees it. */
export interface MatchableProposal {
  id: string;
  topicIds: readonly string[];
}

/** One proposal's fit: score (> 0) and its best reasons, best first. */
export interface ProposalFit {
  id: string;
  score: number;
  reasons: Reason[];
}

/** Builds the tree the matcher walks from taxonomy rows `{id, parentId}`. @throws RangeError like buildTopicTree. */
export function collaborationTree(topics: readonly { id: string; parentId: string | null }[]): TopicTree {
  return buildTopicTree(topics);
}

/** How topic `p` relates to interest `i` (tree indices), or null when unrelated. */
function relate(
  tree: TopicTree,
  p: number,
  i: number,
): { code: string; score: number; levels?: number; shared?: number } | null {
  if (p === i) return { code: "topic.exact", score: SCORES.exact };
  const pUp = ancestorsOf(tree, p);
  const below = pUp.indexOf(i);
  if (below !== -1) return { code: "topic.narrower", score: SCORES.narrower, levels: below + 1 };
  const iUp = ancestorsOf(tree, i);
  const above = iUp.indexOf(p);
  if (above !== -1) return { code: "topic.broader", score: SCORES.broader, levels: above + 1 };
  const shared = pUp.find((a) => iUp.includes(a));
  if (shared !== undefined && tree.depth[shared]! > 0) return { code: "topic.related", score: SCORES.related, shared };
  return null;
}

/**
 * The fit of one proposal's topics for `interests`: the best relation per interest (score
 * summed, reasons best first, at most three), or null when no topic relates.
 */
export function fitOf(tree: TopicTree, topicIds: readonly string[], interests: readonly WeightedTopic[]) {
  const best: { score: number; reason: Reason }[] = [];
  for (const interest of interests) {
    const i = tree.indexById.get(interest.topicId);
    if (i === undefined) continue;
    const factor = interest.weight === "CORE" ? 1 : 0.5;
    let top: { score: number; reason: Reason } | null = null;
    for (const topicId of topicIds) {
      const p = tree.indexById.get(topicId);
      if (p === undefined) continue;
      const r = relate(tree, p, i);
      if (!r || (top && top.score >= r.score * factor)) continue;
      const params: Record<string, string | number> = {
        oppTopicKey: topicId,
        profileTopicKey: interest.topicId,
        weight: interest.weight === "CORE" ? "core" : "also",
      };
      if (r.levels !== undefined) params.levels = r.levels;
      if (r.shared !== undefined) params.sharedTopicKey = tree.ids[r.shared]!;
      top = { score: r.score * factor, reason: { code: r.code, params } };
    }
    if (top) best.push(top);
  }
  if (!best.length) return null;
  best.sort((a, b) => b.score - a.score);
  return {
    score: best.reduce((sum, b) => sum + b.score, 0),
    reasons: best.slice(0, MAX_REASONS).map((b) => b.reason),
  };
}

/**
 * Ranks `proposals` for a person with profile `interests` (best first; ties by the input
 * order, which callers give newest first). Proposals with no related topic are left out.
 */
export function rankProposals(
  tree: TopicTree,
  proposals: readonly MatchableProposal[],
  interests: readonly WeightedTopic[],
): ProposalFit[] {
  const out: (ProposalFit & { order: number })[] = [];
  proposals.forEach((p, order) => {
    const fit = fitOf(tree, p.topicIds, interests);
    if (fit) out.push({ id: p.id, ...fit, order });
  });
  return out.sort((a, b) => b.score - a.score || a.order - b.order).map(({ order: _order, ...fit }) => fit);
}

/**
 * Other proposals that fit `proposal` (its topics taken as core interests), best first;
 * `proposal` itself is left out.
 */
export function similarProposals(
  tree: TopicTree,
  proposal: MatchableProposal,
  others: readonly MatchableProposal[],
): ProposalFit[] {
  const interests = proposal.topicIds.map((topicId) => ({ topicId, weight: "CORE" as const }));
  return rankProposals(
    tree,
    others.filter((o) => o.id !== proposal.id),
    interests,
  );
}
