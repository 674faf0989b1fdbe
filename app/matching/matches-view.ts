/**
 * The /matches page as its loader hands it to the browser (pure types, safe in the browser):
 * each result's card with its score parts, reasons in words and earliest stay, the near
 * misses in words, and the hidden opportunities. Built by matches-view.server.ts.
 */
import type { OpportunityType, PartName } from "./types";

/** An opportunity as a card shows it: title and centre in the UI language, deadline formatted. */
export interface MatchCardOpportunity {
  id: string;
  type: OpportunityType;
  title: string;
  isExample: boolean;
  deadline: { iso: string; text: string } | null;
  centre: { slug: string; name: string; city: string };
}

/** One ranked result: its card, score and parts, reasons in words and the earliest stay with a free seat. */
export interface MatchResultView {
  opportunity: MatchCardOpportunity;
  score: number;
  parts: Record<PartName, number>;
  reasons: string[];
  earliest: { start: string; range: string; length: string };
}

/** One cause of near misses in words ("2 opportunities need Italian"), keyed for React. */
export interface ExcludedLine {
  key: string;
  text: string;
}

/** Everything /matches shows that is built from a ranking, in the UI language. */
export interface MatchesView {
  /** "You gave no dates: matched on …" in words, or null when the profile gives dates. */
  horizon: string | null;
  results: MatchResultView[];
  excluded: ExcludedLine[];
  /** Why the list is empty, in words, and where to change it; null when there are results. */
  empty: { text: string; link: string; linkText: string } | null;
  hidden: MatchCardOpportunity[];
}
