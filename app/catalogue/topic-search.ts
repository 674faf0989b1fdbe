/**
 * Searching the interest taxonomy by what people type (pure, no I/O): English and Italian
 * labels and synonyms, case- and accent-insensitive, punctuation-insensitive ("CAR T" finds
 * "CAR-T", "adroterapia" finds "Hadron therapy", "radiomica" finds "Radiomics").
 */

/** What the search needs of a topic. */
export interface SearchableTopic {
  id: string;
  parentId: string | null;
  labelEn: string;
  labelIt: string;
  synonymsEn: string[];
  synonymsIt: string[];
}

/** One hit, labelled in the UI language. */
export interface TopicHit {
  id: string;
  label: string;
  /** The parent topic's label (context for short or ambiguous labels), or null for a root. */
  parentLabel: string | null;
  /** The synonym or other-language label that matched, when the label itself did not. */
  matched: string | null;
}

/** Lower case, accents removed, anything but letters and digits turned into single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How well `name` matches `query` (both folded): 3 whole/prefix, 2 word prefix, 1 inside, 0 none. */
function closeness(name: string, query: string): number {
  if (name.startsWith(query)) return 3;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 1;
  return 0;
}

/**
 * Topics matching `query`, best first: a match on the UI-language label beats one on the
 * other language's label, which beats a synonym; within each, a prefix beats a word prefix,
 * which beats a substring; ties by shallower topic, then label. Empty query → [].
 * @param language "en" or "it": the label language of the hits.
 */
export function searchTopics(
  topics: readonly SearchableTopic[],
  query: string,
  language: string,
  { limit = 20 }: { limit?: number } = {},
): TopicHit[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const byId = new Map(topics.map((t) => [t.id, t]));
  const it = language === "it";
  const depthOf = (t: SearchableTopic) => {
    let d = 0;
    for (let p = t.parentId; p && d < 50; p = byId.get(p)?.parentId ?? null) d += 1;
    return d;
  };
  const scored: { hit: TopicHit; score: number; depth: number }[] = [];
  for (const t of topics) {
    const own = it ? t.labelIt : t.labelEn;
    const other = it ? t.labelEn : t.labelIt;
    const synonyms = it ? [...t.synonymsIt, ...t.synonymsEn] : [...t.synonymsEn, ...t.synonymsIt];
    let score = closeness(foldForSearch(own), q) * 100;
    let matched: string | null = null;
    if (score === 0) {
      const c = closeness(foldForSearch(other), q);
      if (c > 0) {
        score = c * 10;
        matched = other;
      }
    }
    if (score === 0) {
      for (const s of synonyms) {
        const c = closeness(foldForSearch(s), q);
        if (c > score) {
          score = c;
          matched = s;
        }
      }
    }
    if (score === 0) continue;
    const parent = t.parentId ? byId.get(t.parentId) : undefined;
    scored.push({
      hit: { id: t.id, label: own, parentLabel: parent ? (it ? parent.labelIt : parent.labelEn) : null, matched },
      score,
      depth: depthOf(t),
    });
  }
  scored.sort((a, b) => b.score - a.score || a.depth - b.depth || a.hit.label.localeCompare(b.hit.label));
  return scored.slice(0, limit).map((s) => s.hit);
}
