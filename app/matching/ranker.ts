/**
 * The matching ranker: pure code, explainable (docs/architecture.md, "Matching:
 * pure code, explainable"). Data in, ranked list out; no I/O, no clock.
 *
 * Two steps, so that a request costs a few milliseconds at regional scale:
 * - `buildMatchIndex(opportunities, taxonomy)` once per catalogue change:
 *   topic tree, topic IDF, the MiniSearch full-text index, normalised dates.
 * - `rankOpportunities(index, profile, occupancy, today, options)` per request.
 *
 * Hard constraints (an opportunity failing one is dropped), checked in this order:
 * hidden by the applicant → profession → career stage (empty list = any; a
 * profile without one fails a restricted opportunity) → languages (each at the
 * CEFR level asked, A1 < A2 < B1 < B2 < C1 < C2) → deadline (last day to apply,
 * inclusive: dropped when deadline < today) → relevance (a shared or related
 * topic, or a text part of at least `textRelevanceMin` on its own) → dates (a
 * free stay, see `earliestWindow`).
 *
 * Score = topics + text + type + dates + deadline, each part rounded to 3
 * decimals (`MATCH_WEIGHTS` holds every constant):
 * - topics: for each interest, its best match among the opportunity's topics,
 *   summed over interests. A match is
 *   interest weight (CORE 1, ALSO 0.5) × closeness × IDF(shared topic), where
 *   closeness is 1 for the same topic, 0.5^k for a topic k levels broader or
 *   narrower (k ≤ 3), 0.2 for a sibling and 0.1 for a sibling's child or a
 *   parent's sibling (nothing further); the shared topic is the nearer common
 *   ancestor-or-self of the two (the broader one of a broader/narrower pair), and
 *   IDF(t) = ln(1 + N / df(t)), where df(t) counts the opportunities tagged with
 *   t or any topic below it (so broad topics weigh less; the same topic always
 *   beats a broader or narrower one for the same interest).
 *   Generic tags: a tag with one of the applicant's interests strictly below it
 *   that the opportunity does not cover (no tag the same as, or narrower than,
 *   that interest) is generic for this applicant, and every match through it is
 *   multiplied by `genericTag` (0.5): an opportunity tagged only "Simulation
 *   Training" counts little for someone who asked for "Patient Simulation". So,
 *   for one interest: same topic > narrower > broader (generic) > sibling >
 *   sibling's child or parent's sibling. Adding one of an opportunity's own
 *   topics as an interest never makes its tags generic (it covers it), so the
 *   score stays monotone.
 * - text: MiniSearch BM25+ score s of the statement against title (boost 2) and
 *   description, normalised as 1.5 × s / (s_max + 8), s_max the best score of this
 *   search: below 1.5, and low when even the best match is weak. Words are
 *   analysed by `text-analysis.ts`: lower case, accents folded, English and Italian
 *   stop words and catalogue filler dropped, Snowball stems (the statement in its
 *   language, each opportunity word under its English and Italian stem), topic
 *   names bridging Italian and English; statement stems of 5+ letters also match
 *   longer stems they begin (prefix). Only the statement's most distinctive
 *   terms are searched (`selectQueryTerms`); reasons quote the words as written.
 * - type: 1 when the opportunity's type is one the applicant wants; 0 otherwise
 *   and when the applicant has no preference.
 * - dates: 1 × (longest feasible stay, capped at maxDays) / maxDays; 1 for a cohort.
 * - deadline: 0.25 × (14 − days left) / 14 when 0…14 days are left to apply.
 *
 * Order: score desc; on equal scores the more specific match first (topics part
 * desc), then the one covering more of the applicant's core interests (their
 * best match the same or a narrower topic, as the reasons show); then earliest window start asc, then opportunityId
 * asc (UTF-16 code-unit order, locale-independent).
 *
 * Dates: a profile without availability windows is matched on the catalogue's
 * own horizon, every open window and cohort (from today to the last day any of
 * them ends, see `catalogueHorizon`), never an arbitrary year.
 *
 * Cost: the hard constraints and topic/text parts are a few array reads per
 * opportunity; the dates check (occupancy) is the costly one, so with a `limit`
 * it runs best-bound-first and stops early (same result as checking all).
 */
import MiniSearch, { type SearchResult } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { fromDayNumber, tryToDayNumber } from "~/platform/calendar";
import { CEFR_LEVELS } from "./eligibility";
import { buildTopicTree, type TopicTree } from "./taxonomy";
import { buildNameBridge, documentTerms, statementTerms, type NameBridge } from "./text-analysis";
import type {
  CefrLevel,
  DateRange,
  IsoDate,
  MatchOpportunity,
  MatchProfile,
  MatchResult,
  Occupancy,
  PartName,
  Reason,
  RankOptions,
  TaxonomyTopic,
} from "./types";

/** Every constant of the scoring formula (see the module comment). */
export const MATCH_WEIGHTS = Object.freeze({
  /** Multiplier of an interest by its weight. */
  interest: Object.freeze({ CORE: 1, ALSO: 0.5 }),
  /** Closeness of a topic `k` levels broader or narrower: levelDecay^k, for k ≤ maxLevels. */
  levelDecay: 0.5,
  /**
   * Factor of every match through a tag that is generic for the applicant (one of
   * their interests lies strictly below it, uncovered by the opportunity). Above 0.4,
   * so that a broader tag one level up (0.5 × 0.5) still beats a sibling (0.2), and two
   * levels up (0.25 × 0.5) a parent's sibling (0.1).
   */
  genericTag: 0.5,
  maxLevels: 3,
  /** Closeness of a sibling (path of 2 steps through a shared parent). */
  sibling: 0.2,
  /** Closeness of a sibling's child or a parent's sibling (path of 3 steps). */
  relatedThreeSteps: 0.1,
  /** Upper bound of the text part. */
  text: 1.5,
  /**
   * Without a shared or related topic, the text part must reach this to make an
   * opportunity relevant: a statement sharing only common words ("patients",
   * "centre", "follow up") with a description is no reason a clinician would
   * accept. Weaker text matches still add to topic-relevant opportunities.
   */
  textRelevanceMin: 0.2,
  /** Saturation constant K of the text part: text × s / (s_max + K). */
  textSaturation: 8,
  /** MiniSearch boost of the title over the description. */
  titleBoost: 2,
  /** At most this many distinct statement terms are considered, in order of appearance. */
  maxQueryTerms: 64,
  /**
   * Of those, the rarest in the catalogue are searched first, until their
   * postings (opportunity–field pairs containing them) would exceed a budget of
   * half the number of opportunities, kept within [min, max]. Common words
   * barely move BM25 but dominate its cost and match everything.
   */
  textPostingsBudget: Object.freeze({ perOpportunity: 0.5, min: 200, max: 4000 }),
  /** Query terms at least this long also match longer terms they begin (MiniSearch `prefix`). */
  prefixMinLength: 7,
  /** Part for a wanted stay type. */
  type: 1,
  /** Part for dates when the longest stay offered fits. */
  dates: 1,
  /** Part for a deadline today (decreasing linearly to 0 at `deadlineSoonDays`). */
  deadline: 0.25,
  deadlineSoonDays: 14,
  /** Applicant windows are cut to end at most this many days after today. */
  maxHorizonDays: 3650,
  /** Topic reasons listed per result at most. */
  maxTopicReasons: 6,
  /** Text terms named in `text.related` at most. */
  maxTextTerms: 5,
  /**
   * A statement word found in the text of more than this share of the catalogue's
   * opportunities is not quoted as a reason (it still counts in the text part).
   */
  reasonMaxShare: 0.25,
});

/** CEFR order, shared with the request pre-check (eligibility.ts). */
const CEFR: readonly CefrLevel[] = CEFR_LEVELS;

function cefrRank(level: string, where: string): number {
  const rank = CEFR.indexOf(level as CefrLevel);
  if (rank === -1) throw new RangeError(`${where}: unknown CEFR level ${JSON.stringify(level)}`);
  return rank + 1;
}

/** The index's terms are already stemmed (`documentTerms`): split on spaces only, keep as they are. */
const splitTerms = (text: string): string[] => (text === "" ? [] : text.split(" "));
const keepTerm = (term: string): string => term;

interface SearchDoc {
  i: number;
  title: string;
  description: string;
}

interface IndexedCohort {
  id: string;
  start: number;
  end: number;
  seats: number;
}

/** One opportunity, normalised for the per-request loop. */
interface IndexedOpportunity {
  id: string;
  type: string;
  typeIndex: number;
  /** Known topic indices, ascending, no duplicates. */
  topics: Int32Array;
  languageCodes: Int32Array;
  languageLevels: Int8Array;
  /** 0 = any. */
  professionMask: number;
  stageMask: number;
  seats: number;
  minDays: number;
  maxDays: number;
  /** Day number, or null when open. */
  deadline: number | null;
  /** Merged windows as day-number pairs [start0, end0, start1, end1, …]. */
  windows: Int32Array;
  /** Sorted by start, then id. */
  cohorts: IndexedCohort[];
}

/**
 * What `buildMatchIndex` precomputes. Treat it as opaque and immutable; its
 * fields are exposed for tests and diagnostics only.
 */
export interface MatchIndex {
  /** Number of opportunities. */
  readonly size: number;
  readonly tree: TopicTree;
  /** Opportunities tagged with each topic or a topic below it. */
  readonly documentFrequency: Int32Array;
  /** ln(1 + size / df), 0 when df = 0. */
  readonly idf: Float64Array;
  /** Sorted by id. */
  readonly opportunities: readonly IndexedOpportunity[];
  /** The same data as `opportunities`, laid out by position for the per-request loop. */
  readonly hot: HotColumns;
  readonly positionById: ReadonlyMap<string, number>;
  readonly search: MiniSearch<SearchDoc>;
  /** Processed term → number of (opportunity, field) pairs containing it. */
  readonly termPostings: SearchableMap<number>;
  /** Stem → number of opportunities whose text contains it (for leaving common words out of reasons). */
  readonly termOpportunities: ReadonlyMap<string, number>;
  /** Topic names by language, to bridge an Italian statement to English text and back. */
  readonly bridge: NameBridge;
  readonly professionBits: ReadonlyMap<string, number>;
  readonly stageBits: ReadonlyMap<string, number>;
  readonly languageIndex: ReadonlyMap<string, number>;
  /** Lower-case language codes by language index. */
  readonly languageCodes: readonly string[];
  readonly typeIndex: ReadonlyMap<string, number>;
  /** Day number of the last day of any window or cohort; -Infinity for none. */
  readonly lastDay: number;
}

/** Per-opportunity columns (index = position) for the hard constraints and topics. */
interface HotColumns {
  professionMasks: Int32Array;
  stageMasks: Int32Array;
  /** Day number of the deadline; +Infinity when open. */
  deadlines: Float64Array;
  /** Topics of position i: topicFlat[topicOffsets[i] … topicOffsets[i + 1]). */
  topicOffsets: Int32Array;
  topicFlat: Int32Array;
  /** Languages of position i: languageFlat*[languageOffsets[i] … languageOffsets[i + 1]). */
  languageOffsets: Int32Array;
  languageFlatCode: Int32Array;
  languageFlatLevel: Int8Array;
}

function hotColumns(opportunities: readonly IndexedOpportunity[]): HotColumns {
  const n = opportunities.length;
  const topicOffsets = new Int32Array(n + 1);
  const languageOffsets = new Int32Array(n + 1);
  opportunities.forEach((o, i) => {
    topicOffsets[i + 1] = topicOffsets[i]! + o.topics.length;
    languageOffsets[i + 1] = languageOffsets[i]! + o.languageCodes.length;
  });
  const topicFlat = new Int32Array(topicOffsets[n]!);
  const languageFlatCode = new Int32Array(languageOffsets[n]!);
  const languageFlatLevel = new Int8Array(languageOffsets[n]!);
  opportunities.forEach((o, i) => {
    topicFlat.set(o.topics, topicOffsets[i]!);
    languageFlatCode.set(o.languageCodes, languageOffsets[i]!);
    languageFlatLevel.set(o.languageLevels, languageOffsets[i]!);
  });
  return {
    professionMasks: Int32Array.from(opportunities, (o) => o.professionMask),
    stageMasks: Int32Array.from(opportunities, (o) => o.stageMask),
    deadlines: Float64Array.from(opportunities, (o) => o.deadline ?? Infinity),
    topicOffsets,
    topicFlat,
    languageOffsets,
    languageFlatCode,
    languageFlatLevel,
  };
}

function bitFor(bits: Map<string, number>, value: string): number {
  let bit = bits.get(value);
  if (bit === undefined) {
    if (bits.size >= 30) throw new RangeError("More than 30 distinct professions or career stages");
    bit = 1 << bits.size;
    bits.set(value, bit);
  }
  return bit;
}

function dayOf(value: string, where: string): number {
  const day = tryToDayNumber(value);
  if (day === null) throw new RangeError(`${where}: not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return day;
}

/** Sorted, merged (overlapping or adjacent joined) day-number pairs of the ranges. */
function mergedDays(ranges: readonly DateRange[], where: string): Int32Array {
  const pairs = ranges.map((r, k) => {
    const start = dayOf(r.start, `${where} window ${k}`);
    const end = dayOf(r.end, `${where} window ${k}`);
    if (start > end) throw new RangeError(`${where} window ${k} ends before it starts`);
    return [start, end] as const;
  });
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: number[] = [];
  for (const [start, end] of pairs) {
    const n = out.length;
    if (n > 0 && start <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, end);
    else out.push(start, end);
  }
  return Int32Array.from(out);
}

function isWholeNumber(x: unknown, min: number): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= min;
}

/**
 * Precomputes everything that does not depend on the applicant. Input order
 * does not matter (opportunities are indexed sorted by id, so results are
 * identical for any order). Topic keys missing from the taxonomy are ignored.
 * Cost: linear in the catalogue's text; ~1 s for 10,000 opportunities.
 * @throws RangeError on a bad taxonomy (see `buildTopicTree`), a duplicate
 *   opportunity or cohort id, a malformed date, a reversed window or cohort,
 *   seats not a whole number ≥ 0, minDays not ≥ 1, maxDays < minDays, or an
 *   unknown CEFR level.
 */
export function buildMatchIndex(
  opportunities: readonly MatchOpportunity[],
  taxonomy: readonly TaxonomyTopic[],
): MatchIndex {
  const tree = buildTopicTree(taxonomy);
  const sorted = [...opportunities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const positionById = new Map<string, number>();
  const cohortIds = new Set<string>();
  const professionBits = new Map<string, number>();
  const stageBits = new Map<string, number>();
  const languageIndex = new Map<string, number>();
  const typeIndex = new Map<string, number>();
  const topicCount = tree.ids.length;
  const documentFrequency = new Int32Array(topicCount);
  const seen = new Int32Array(topicCount).fill(-1);

  const indexed = sorted.map((o, position): IndexedOpportunity => {
    const where = `Opportunity ${JSON.stringify(o.id)}`;
    if (typeof o.id !== "string" || o.id === "") throw new RangeError("Opportunity with an empty id");
    if (positionById.has(o.id)) throw new RangeError(`Duplicate opportunity id ${JSON.stringify(o.id)}`);
    positionById.set(o.id, position);
    if (!isWholeNumber(o.seats, 0)) throw new RangeError(`${where}: seats must be a whole number >= 0`);
    if (!isWholeNumber(o.minDays, 1)) throw new RangeError(`${where}: minDays must be a whole number >= 1`);
    if (!isWholeNumber(o.maxDays, o.minDays))
      throw new RangeError(`${where}: maxDays must be a whole number >= minDays`);

    const topicSet = new Set<number>();
    for (const key of o.topicIds) {
      const t = tree.indexById.get(key);
      if (t !== undefined) topicSet.add(t);
    }
    const topics = Int32Array.from([...topicSet].sort((a, b) => a - b));
    // Document frequency counts the opportunity once for each topic and ancestor.
    for (const t of topics) {
      for (let a = t; a !== -1 && seen[a] !== position; a = tree.parent[a]!) {
        seen[a] = position;
        documentFrequency[a]! += 1;
      }
    }

    const languages = new Map<number, number>();
    for (const l of o.languages) {
      const code = l.code.toLowerCase();
      let li = languageIndex.get(code);
      if (li === undefined) languageIndex.set(code, (li = languageIndex.size));
      languages.set(li, Math.max(languages.get(li) ?? 0, cefrRank(l.level, where)));
    }
    let professionMask = 0;
    for (const p of o.professions) professionMask |= bitFor(professionBits, p);
    let stageMask = 0;
    for (const s of o.careerStages) stageMask |= bitFor(stageBits, s);
    let ti = typeIndex.get(o.type);
    if (ti === undefined) typeIndex.set(o.type, (ti = typeIndex.size));

    const cohorts = o.cohorts.map((c, k): IndexedCohort => {
      const cw = `${where} cohort ${JSON.stringify(c.id)}`;
      if (typeof c.id !== "string" || c.id === "") throw new RangeError(`${where}: cohort ${k} has an empty id`);
      if (cohortIds.has(c.id)) throw new RangeError(`Duplicate cohort id ${JSON.stringify(c.id)}`);
      cohortIds.add(c.id);
      if (!isWholeNumber(c.seats, 0)) throw new RangeError(`${cw}: seats must be a whole number >= 0`);
      const start = dayOf(c.start, cw);
      const end = dayOf(c.end, cw);
      if (start > end) throw new RangeError(`${cw} ends before it starts`);
      return { id: c.id, start, end, seats: c.seats };
    });
    cohorts.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    return {
      id: o.id,
      type: o.type,
      typeIndex: ti,
      topics,
      languageCodes: Int32Array.from(languages.keys()),
      languageLevels: Int8Array.from(languages.values()),
      professionMask,
      stageMask,
      seats: o.seats,
      minDays: o.minDays,
      maxDays: o.maxDays,
      deadline: o.deadline === null ? null : dayOf(o.deadline, `${where} deadline`),
      windows: mergedDays(o.windows, where),
      cohorts,
    };
  });

  const size = indexed.length;
  let lastDay = -Infinity;
  for (const o of indexed) {
    if (o.windows.length > 0) lastDay = Math.max(lastDay, o.windows[o.windows.length - 1]!);
    for (const c of o.cohorts) lastDay = Math.max(lastDay, c.end);
  }
  const idf = new Float64Array(topicCount);
  for (let t = 0; t < topicCount; t++) {
    const df = documentFrequency[t]!;
    idf[t] = df > 0 ? Math.log(1 + size / df) : 0;
  }

  const search = new MiniSearch<SearchDoc>({
    idField: "i",
    fields: ["title", "description"],
    tokenize: splitTerms,
    processTerm: keepTerm,
    searchOptions: {
      tokenize: splitTerms,
      processTerm: keepTerm,
      boost: { title: MATCH_WEIGHTS.titleBoost },
      prefix: (term: string) => term.length >= MATCH_WEIGHTS.prefixMinLength,
      fuzzy: false,
      combineWith: "OR",
    },
  });
  const docs = sorted.map((o, i) => ({
    i,
    title: documentTerms(o.title).join(" "),
    description: documentTerms(o.description).join(" "),
  }));
  search.addAll(docs);
  const postings = new Map<string, number>();
  const perOpportunity = new Map<string, number>();
  const docTerms = new Set<string>();
  for (const doc of docs) {
    docTerms.clear();
    for (const field of [doc.title, doc.description]) {
      const fieldTerms = new Set(splitTerms(field));
      for (const term of fieldTerms) {
        postings.set(term, (postings.get(term) ?? 0) + 1);
        docTerms.add(term);
      }
    }
    for (const term of docTerms) perOpportunity.set(term, (perOpportunity.get(term) ?? 0) + 1);
  }
  const termPostings = new SearchableMap<number>();
  for (const [term, count] of postings) termPostings.set(term, count);
  const bridge = buildNameBridge(taxonomy.map((t) => t.names ?? { en: [], it: [] }));

  return {
    size,
    tree,
    documentFrequency,
    idf,
    opportunities: indexed,
    hot: hotColumns(indexed),
    positionById,
    search,
    termPostings,
    termOpportunities: perOpportunity,
    bridge,
    professionBits,
    stageBits,
    languageIndex,
    languageCodes: [...languageIndex.keys()],
    typeIndex,
    lastDay,
  };
}

// ---------------------------------------------------------------------------
// Per request

const EXACT = 0;
const NARROWER = 1;
const BROADER = 2;
const RELATED = 3;
const RELATION_CODES = ["topic.exact", "topic.narrower", "topic.broader", "topic.related"] as const;

/** How one taxonomy topic matches one interest ("slot"). */
interface Expansion {
  slot: number;
  value: number;
  relation: number;
  levels: number;
  /** The shared topic (common ancestor-or-self). */
  shared: number;
}

interface Slot {
  topic: number;
  weight: number;
  label: "core" | "also";
}

interface Request {
  index: MatchIndex;
  today: number;
  /** Merged availability as day-number pairs, clipped to start at today. */
  person: Int32Array;
  /** First day of `person`; `fullMark[d - personBase]` is 1 while day d is marked full. */
  personBase: number;
  fullMark: Uint8Array;
  /** Scratch: offsets marked in `fullMark`, to clear them. */
  marked: Int32Array;
  professionBit: number;
  stageBit: number;
  /** CEFR rank by language index (0 = not spoken). */
  languageLevels: Int8Array;
  /** 1 by type index when wanted; null = no preference. */
  wantedTypes: Uint8Array | null;
  slots: Slot[];
  /** Matches by topic index (undefined = the topic matches no interest). */
  expansion: (Expansion[] | undefined)[];
  /** The same, flat: matches of topic t are at [expansionOffsets[t], expansionOffsets[t + 1]). */
  expansionOffsets: Int32Array;
  expansionSlot: Int32Array;
  expansionValue: Float64Array;
  /** Bit flags of each match: CLOSE (same or narrower topic), CORE (of a core interest). */
  expansionFlags: Uint8Array;
  /** Interests strictly below topic t: specificSlot[specificOffsets[t] … specificOffsets[t + 1]). */
  specificOffsets: Int32Array;
  specificSlot: Int32Array;
  /** Raw text score by position (0 = no match), null when the statement is empty. */
  textRaw: Float64Array | null;
  textHits: Map<number, SearchResult>;
  textDenominator: number;
  /** Statement stem → position among the statement's terms (reasons quote in the person's order). */
  statementOrder: ReadonlyMap<string, number>;
  /** Statement stem → the words the person wrote for it. */
  surface: ReadonlyMap<string, string>;
  occupancy: Occupancy;
  exclude: ReadonlySet<string> | undefined;
  /** Scratch: best match per slot for the opportunity being scored. */
  best: Float64Array;
  /** Scratch: 1 per core slot whose best match (so far) is exact or narrower. */
  covered: Uint8Array;
  /** Scratch: 1 per slot the opportunity covers (a tag the same as or narrower than it). */
  close: Uint8Array;
  /** Scratch: each tag's factor (`tagFactors`), grown as needed. */
  factors: Float64Array;
}

/** Why an opportunity is dropped (0 = kept). */
const KEPT = 0;
const X_HIDDEN = 1;
const X_PROFESSION = 2;
const X_STAGE = 3;
const X_LANGUAGE = 4;
const X_DEADLINE = 5;
const X_RELEVANCE = 6;
const X_DATES = 7;
const EXCLUSION_CODES = [
  "",
  "exclusion.hidden",
  "exclusion.profession",
  "exclusion.careerStage",
  "exclusion.language",
  "exclusion.deadline",
  "exclusion.relevance",
  "exclusion.dates",
] as const;

/** Scratch output of `evaluate` for one kept opportunity. */
interface Evaluation {
  topics: number;
  /** Core interests whose best match is exact or a narrower topic, as the reasons show (a tie-break, not a part). */
  core: number;
  text: number;
  type: number;
  dates: number;
  deadline: number;
  score: number;
  start: number;
  end: number;
  /** Index into the opportunity's cohorts, -1 for a stay in its windows. */
  cohort: number;
  /** For X_LANGUAGE: which requirement failed. */
  failedLanguage: number;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function addExpansion(
  expansion: (Expansion[] | undefined)[],
  topic: number,
  slot: number,
  value: number,
  relation: number,
  levels: number,
  shared: number,
): void {
  if (!(value > 0)) return;
  let list = expansion[topic];
  if (list === undefined) expansion[topic] = list = [];
  for (const e of list) {
    if (e.slot === slot) {
      if (value > e.value) Object.assign(e, { value, relation, levels, shared });
      return;
    }
  }
  list.push({ slot, value, relation, levels, shared });
}

/** For every topic within reach of an interest, its best match with that interest. */
function expandInterests(index: MatchIndex, slots: Slot[]): (Expansion[] | undefined)[] {
  const { tree, idf } = index;
  const { levelDecay, maxLevels, sibling, relatedThreeSteps } = MATCH_WEIGHTS;
  const expansion: (Expansion[] | undefined)[] = new Array(tree.ids.length);
  slots.forEach(({ topic: p, weight: w }, s) => {
    addExpansion(expansion, p, s, w * idf[p]!, EXACT, 0, p);
    // Broader: the opportunity's topic is an ancestor; the shared topic is that ancestor.
    for (let a = tree.parent[p]!, k = 1; a !== -1 && k <= maxLevels; a = tree.parent[a]!, k++) {
      addExpansion(expansion, a, s, w * levelDecay ** k * idf[a]!, BROADER, k, a);
    }
    // Narrower: the opportunity's topic is a descendant; the shared topic is the interest.
    let frontier = [p];
    for (let k = 1; k <= maxLevels && frontier.length > 0; k++) {
      const next: number[] = [];
      for (const f of frontier) {
        for (const c of tree.children[f]!) {
          addExpansion(expansion, c, s, w * levelDecay ** k * idf[p]!, NARROWER, k, p);
          next.push(c);
        }
      }
      frontier = next;
    }
    // Related: siblings (2 steps), a sibling's child or a parent's sibling (3 steps).
    const parent = tree.parent[p]!;
    if (parent !== -1) {
      for (const sib of tree.children[parent]!) {
        if (sib === p) continue;
        addExpansion(expansion, sib, s, w * sibling * idf[parent]!, RELATED, 2, parent);
        for (const nephew of tree.children[sib]!) {
          addExpansion(expansion, nephew, s, w * relatedThreeSteps * idf[parent]!, RELATED, 3, parent);
        }
      }
      const grandparent = tree.parent[parent]!;
      if (grandparent !== -1) {
        for (const uncle of tree.children[grandparent]!) {
          if (uncle === parent) continue;
          addExpansion(expansion, uncle, s, w * relatedThreeSteps * idf[grandparent]!, RELATED, 3, grandparent);
        }
      }
    }
  });
  return expansion;
}

const CLOSE = 1;
const CORE_SLOT = 2;

/** For every topic, the interests (slots) strictly below it, flattened by topic. */
function specificInterests(
  index: MatchIndex,
  slots: Slot[],
): { specificOffsets: Int32Array; specificSlot: Int32Array } {
  const { tree } = index;
  const below: number[][] = [];
  slots.forEach(({ topic }, s) => {
    for (let a = tree.parent[topic]!; a !== -1; a = tree.parent[a]!) (below[a] ??= []).push(s);
  });
  const topicCount = tree.ids.length;
  const specificOffsets = new Int32Array(topicCount + 1);
  for (let t = 0; t < topicCount; t++) specificOffsets[t + 1] = specificOffsets[t]! + (below[t]?.length ?? 0);
  const specificSlot = new Int32Array(specificOffsets[topicCount]!);
  for (let t = 0; t < topicCount; t++) specificSlot.set(below[t] ?? [], specificOffsets[t]!);
  return { specificOffsets, specificSlot };
}

/**
 * The factor of each of the opportunity's tags (`genericTag` or 1), in tag order, into
 * `factors`: a tag is generic when an interest strictly below it is not covered by
 * any of the opportunity's tags (the same topic or a narrower one).
 */
function tagFactors(req: Request, tags: ArrayLike<number>, factors: Float64Array): void {
  let anySpecific = false;
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k]!;
    if (req.specificOffsets[t + 1]! > req.specificOffsets[t]!) anySpecific = true;
    factors[k] = 1;
  }
  if (!anySpecific) return;
  const close = req.close;
  const offsets = req.expansionOffsets;
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k]!;
    for (let e = offsets[t]!, last = offsets[t + 1]!; e < last; e++) {
      if ((req.expansionFlags[e]! & CLOSE) !== 0) close[req.expansionSlot[e]!] = 1;
    }
  }
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k]!;
    for (let j = req.specificOffsets[t]!, last = req.specificOffsets[t + 1]!; j < last; j++) {
      if (close[req.specificSlot[j]!] === 0) {
        factors[k] = MATCH_WEIGHTS.genericTag;
        break;
      }
    }
  }
  close.fill(0);
}

/** Distinct known interests, highest weight kept, in taxonomy order. */
function interestSlots(index: MatchIndex, profile: MatchProfile): Slot[] {
  const byTopic = new Map<number, Slot>();
  for (const interest of profile.interests) {
    const topic = index.tree.indexById.get(interest.topicId);
    if (topic === undefined) continue;
    const weight = interest.weight === "CORE" ? MATCH_WEIGHTS.interest.CORE : MATCH_WEIGHTS.interest.ALSO;
    const label = interest.weight === "CORE" ? "core" : "also";
    const current = byTopic.get(topic);
    if (current === undefined || weight > current.weight) byTopic.set(topic, { topic, weight, label });
  }
  return [...byTopic.values()].sort((a, b) => a.topic - b.topic);
}

/**
 * The statement's terms to search: distinct processed terms (the first
 * `maxQueryTerms`), rarest in the catalogue first, while their postings fit
 * `textPostingsBudget` (the rarest one always); terms found nowhere are left out.
 * Exported for tests and diagnostics.
 */
export function selectQueryTerms(index: MatchIndex, statement: string): string[] {
  return queryTerms(index, analyseStatement(index, statement).stems);
}

function analyseStatement(index: MatchIndex, statement: string) {
  return statementTerms(statement, index.bridge, (stem) => index.termOpportunities.has(stem));
}

function queryTerms(index: MatchIndex, stems: readonly string[]): string[] {
  const candidates: { term: string; cost: number; order: number }[] = [];
  const seen = new Set<string>();
  for (const term of stems) {
    if (seen.has(term)) continue;
    seen.add(term);
    let cost = 0;
    if (term.length >= MATCH_WEIGHTS.prefixMinLength) {
      for (const count of index.termPostings.atPrefix(term).values()) cost += count;
    } else {
      cost = index.termPostings.get(term) ?? 0;
    }
    if (cost > 0) candidates.push({ term, cost, order: candidates.length });
    if (seen.size >= MATCH_WEIGHTS.maxQueryTerms) break;
  }
  candidates.sort((a, b) => a.cost - b.cost || a.order - b.order);
  const { perOpportunity, min, max } = MATCH_WEIGHTS.textPostingsBudget;
  const budget = Math.min(max, Math.max(min, perOpportunity * index.size));
  const terms: string[] = [];
  let total = 0;
  for (const c of candidates) {
    if (terms.length > 0 && total + c.cost > budget) break;
    terms.push(c.term);
    total += c.cost;
  }
  return terms;
}

function prepareRequest(
  index: MatchIndex,
  profile: MatchProfile,
  occupancy: Occupancy,
  today: IsoDate,
  options: RankOptions,
  slots: Slot[],
): Request {
  const todayDay = dayOf(today, "today");
  const horizon = options.horizonDays;
  if (horizon !== undefined && !isWholeNumber(horizon, 1)) {
    throw new RangeError("horizonDays must be a whole number >= 1");
  }

  let person: Int32Array;
  if (profile.windows.length === 0) {
    const end =
      horizon === undefined
        ? Math.max(todayDay, Math.min(index.lastDay, todayDay + MATCH_WEIGHTS.maxHorizonDays))
        : todayDay + Math.min(horizon, MATCH_WEIGHTS.maxHorizonDays) - 1;
    person = Int32Array.of(todayDay, end);
  } else {
    const merged = mergedDays(profile.windows, "Profile");
    const clipped: number[] = [];
    const last = todayDay + MATCH_WEIGHTS.maxHorizonDays;
    for (let k = 0; k < merged.length; k += 2) {
      const start = Math.max(merged[k]!, todayDay);
      const end = Math.min(merged[k + 1]!, last);
      if (start <= end) clipped.push(start, end);
    }
    person = Int32Array.from(clipped);
  }

  const languageLevels = new Int8Array(index.languageIndex.size);
  for (const l of profile.languages) {
    const li = index.languageIndex.get(l.code.toLowerCase());
    const rank = cefrRank(l.level, "Profile language");
    if (li !== undefined) languageLevels[li] = Math.max(languageLevels[li]!, rank);
  }

  let wantedTypes: Uint8Array | null = null;
  if (profile.stayTypes.length > 0) {
    wantedTypes = new Uint8Array(index.typeIndex.size);
    for (const t of profile.stayTypes) {
      const ti = index.typeIndex.get(t);
      if (ti !== undefined) wantedTypes[ti] = 1;
    }
  }

  let textRaw: Float64Array | null = null;
  const textHits = new Map<number, SearchResult>();
  let textDenominator = 1;
  const statement = analyseStatement(index, profile.statement);
  const terms = queryTerms(index, statement.stems);
  if (terms.length > 0) {
    textRaw = new Float64Array(index.size);
    let max = 0;
    for (const hit of index.search.search(terms.join(" "))) {
      const position = hit.id as number;
      textRaw[position] = hit.score;
      textHits.set(position, hit);
      if (hit.score > max) max = hit.score;
    }
    textDenominator = max + MATCH_WEIGHTS.textSaturation;
  }

  const expansion = expandInterests(index, slots);
  const topicCount = index.tree.ids.length;
  const expansionOffsets = new Int32Array(topicCount + 1);
  for (let t = 0; t < topicCount; t++) expansionOffsets[t + 1] = expansionOffsets[t]! + (expansion[t]?.length ?? 0);
  const expansionSlot = new Int32Array(expansionOffsets[topicCount]!);
  const expansionValue = new Float64Array(expansionOffsets[topicCount]!);
  const expansionFlags = new Uint8Array(expansionOffsets[topicCount]!);
  for (let t = 0; t < topicCount; t++) {
    (expansion[t] ?? []).forEach((e, k) => {
      expansionSlot[expansionOffsets[t]! + k] = e.slot;
      expansionValue[expansionOffsets[t]! + k] = e.value;
      const close = e.relation === EXACT || e.relation === NARROWER ? CLOSE : 0;
      expansionFlags[expansionOffsets[t]! + k] = close | (slots[e.slot]!.label === "core" ? CORE_SLOT : 0);
    });
  }
  const { specificOffsets, specificSlot } = specificInterests(index, slots);

  return {
    index,
    today: todayDay,
    person,
    personBase: person.length > 0 ? person[0]! : 0,
    fullMark: new Uint8Array(person.length > 0 ? person[person.length - 1]! - person[0]! + 1 : 0),
    marked: new Int32Array(person.length > 0 ? person[person.length - 1]! - person[0]! + 1 : 0),
    professionBit: profile.profession === null ? 0 : (index.professionBits.get(profile.profession) ?? 0),
    stageBit: profile.careerStage === null ? 0 : (index.stageBits.get(profile.careerStage) ?? 0),
    languageLevels,
    wantedTypes,
    slots,
    expansion,
    expansionOffsets,
    expansionSlot,
    expansionValue,
    expansionFlags,
    specificOffsets,
    specificSlot,
    textRaw,
    textHits,
    textDenominator,
    statementOrder: new Map(statement.stems.map((s, k) => [s, k])),
    surface: statement.surface,
    occupancy,
    exclude: options.exclude,
    best: new Float64Array(slots.length),
    covered: new Uint8Array(slots.length),
    close: new Uint8Array(slots.length),
    factors: new Float64Array(16),
  };
}

/**
 * Memo of `tryToDayNumber` for occupancy keys (a year has ~365 distinct dates,
 * parsed again for every opportunity of every request otherwise). A pure
 * function's cache: it cannot change any result.
 */
const dayMemo = new Map<string, number | null>();

function memoDay(iso: string): number | null {
  let day = dayMemo.get(iso);
  if (day === undefined) {
    if (dayMemo.size >= 100_000) dayMemo.clear();
    day = tryToDayNumber(iso);
    dayMemo.set(iso, day);
  }
  return day;
}

/**
 * Marks in `req.fullMark` (offset `req.personBase`) the days within [from, to]
 * on which every seat of the opportunity is taken; returns how many it marked.
 * `clearFullDays` undoes it.
 */
function markFullDays(req: Request, o: IndexedOpportunity, from: number, to: number): number {
  const byDay = req.occupancy.byDay.get(o.id);
  if (byDay === undefined || byDay.size === 0) return 0;
  let marked = 0;
  const { seats } = o;
  const { fullMark, marked: list, personBase } = req;
  // forEach, not for…of: no [key, value] array per entry.
  byDay.forEach((count, iso) => {
    if (count < seats) return;
    const day = memoDay(iso);
    if (day === null || day < from || day > to) return;
    fullMark[day - personBase] = 1;
    list[marked++] = day - personBase;
  });
  return marked;
}

function clearFullDays(req: Request, marked: number): void {
  for (let k = 0; k < marked; k++) req.fullMark[req.marked[k]!] = 0;
}

/**
 * Finds the earliest feasible stay and the dates part's fraction. Writes
 * start/end/cohort into `out` (start = Infinity when none), returns the fraction.
 */
function freeStay(req: Request, o: IndexedOpportunity, out: Evaluation): number {
  const person = req.person;
  let start = Infinity;
  let end = 0;
  let cohort = -1;
  let fraction = 0;

  const w = o.windows;
  if (w.length > 0 && o.seats > 0 && person.length > 0) {
    const marked = markFullDays(
      req,
      o,
      Math.max(person[0]!, w[0]!),
      Math.min(person[person.length - 1]!, w[w.length - 1]!),
    );
    const mark = req.fullMark;
    const base = req.personBase;
    const { minDays, maxDays } = o;
    let longest = 0;
    let i = 0;
    let j = 0;
    // Walk the intersection of the applicant's and the opportunity's windows
    // (both sorted, merged), splitting it at full days into free stretches.
    outer: while (i < person.length && j < w.length) {
      const a = Math.max(person[i]!, w[j]!);
      const b = Math.min(person[i + 1]!, w[j + 1]!);
      if (a <= b) {
        let s = a;
        for (let d = a; d <= b + 1; d++) {
          if (d <= b && (marked === 0 || mark[d - base] === 0)) {
            if (marked === 0) d = b; // no full day: jump to the end of the stretch
            continue;
          }
          const length = d - s; // free stretch [s, d - 1]
          if (length >= minDays) {
            const stay = length < maxDays ? length : maxDays;
            if (start === Infinity) {
              start = s;
              end = s + stay - 1;
            }
            if (stay > longest) longest = stay;
            if (longest === maxDays) break outer;
          }
          s = d + 1;
        }
      }
      if (person[i + 1]! < w[j + 1]!) i += 2;
      else j += 2;
    }
    clearFullDays(req, marked);
    fraction = longest / maxDays;
  }

  // Cohorts are sorted by start: the first feasible one is the earliest. On the
  // same start day a stay in the windows comes first. (Starting today or later
  // is also implied by the windows being clipped to today.)
  for (let k = 0; k < o.cohorts.length && person.length > 0; k++) {
    const c = o.cohorts[k]!;
    if (c.start < req.today || (req.occupancy.byCohort.get(c.id) ?? 0) >= c.seats) continue;
    let inside = false;
    for (let p = 0; p < person.length && !inside; p += 2) inside = person[p]! <= c.start && c.end <= person[p + 1]!;
    if (!inside) continue;
    fraction = 1;
    if (c.start < start) {
      start = c.start;
      end = c.end;
      cohort = k;
    }
    break;
  }

  out.start = start;
  out.end = end;
  out.cohort = cohort;
  return start === Infinity ? 0 : fraction;
}

/**
 * First step for one opportunity: hard constraints except dates, and every
 * part except dates. Returns KEPT or the first failing X_* code.
 */
function screen(req: Request, position: number, out: Evaluation): number {
  const o = req.index.opportunities[position]!;
  const hot = req.index.hot;
  if (req.exclude !== undefined && req.exclude.size > 0 && req.exclude.has(o.id)) return X_HIDDEN;
  const professions = hot.professionMasks[position]!;
  if (professions !== 0 && (professions & req.professionBit) === 0) return X_PROFESSION;
  const stages = hot.stageMasks[position]!;
  if (stages !== 0 && (stages & req.stageBit) === 0) return X_STAGE;
  for (let k = hot.languageOffsets[position]!, end = hot.languageOffsets[position + 1]!; k < end; k++) {
    if (req.languageLevels[hot.languageFlatCode[k]!]! < hot.languageFlatLevel[k]!) {
      out.failedLanguage = k - hot.languageOffsets[position]!;
      return X_LANGUAGE;
    }
  }
  const deadline = hot.deadlines[position]!;
  if (deadline < req.today) return X_DEADLINE;

  // Topics: each interest's best match among the opportunity's topics, summed.
  const best = req.best;
  const covered = req.covered;
  const offsets = req.expansionOffsets;
  const first = hot.topicOffsets[position]!;
  const tags = hot.topicFlat.subarray(first, hot.topicOffsets[position + 1]!);
  const factors = req.factors.length >= tags.length ? req.factors : (req.factors = new Float64Array(tags.length));
  tagFactors(req, tags, factors);
  let touched = false;
  let core = 0;
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k]!;
    const factor = factors[k]!;
    for (let e = offsets[t]!, last = offsets[t + 1]!; e < last; e++) {
      const slot = req.expansionSlot[e]!;
      const value = req.expansionValue[e]! * factor;
      if (value > best[slot]!) {
        best[slot] = value;
        covered[slot] = (req.expansionFlags[e]! & (CLOSE | CORE_SLOT)) === (CLOSE | CORE_SLOT) ? 1 : 0;
        touched = true;
      }
    }
  }
  let topics = 0;
  if (touched) {
    for (let s = 0; s < best.length; s++) {
      topics += best[s]!;
      core += covered[s]!;
      best[s] = 0;
      covered[s] = 0;
    }
  }
  topics = round3(topics);
  const text = req.textRaw === null ? 0 : round3((MATCH_WEIGHTS.text * req.textRaw[position]!) / req.textDenominator);
  if (topics === 0 && text < MATCH_WEIGHTS.textRelevanceMin) return X_RELEVANCE;

  out.topics = topics;
  out.core = core;
  out.text = text;
  out.type = req.wantedTypes !== null && req.wantedTypes[o.typeIndex] === 1 ? MATCH_WEIGHTS.type : 0;
  const daysLeft = deadline - req.today;
  out.deadline =
    daysLeft <= MATCH_WEIGHTS.deadlineSoonDays
      ? round3((MATCH_WEIGHTS.deadline * (MATCH_WEIGHTS.deadlineSoonDays - daysLeft)) / MATCH_WEIGHTS.deadlineSoonDays)
      : 0;
  return KEPT;
}

/** Second step: the dates constraint and part; sets the score. Returns KEPT or X_DATES. */
function dates(req: Request, position: number, out: Evaluation): number {
  const fraction = freeStay(req, req.index.opportunities[position]!, out);
  if (out.start === Infinity) return X_DATES;
  out.dates = round3(MATCH_WEIGHTS.dates * fraction);
  // The order of this sum is relied on by the upper bound in rankOpportunities.
  out.score = out.topics + out.text + out.type + out.dates + out.deadline;
  return KEPT;
}

/** Checks one opportunity and fills `out`; returns KEPT or the first failing X_* code. */
function evaluate(req: Request, position: number, out: Evaluation): number {
  const code = screen(req, position, out);
  return code === KEPT ? dates(req, position, out) : code;
}

function newEvaluation(): Evaluation {
  return {
    topics: 0,
    core: 0,
    text: 0,
    type: 0,
    dates: 0,
    deadline: 0,
    score: 0,
    start: 0,
    end: 0,
    cohort: -1,
    failedLanguage: -1,
  };
}

function topicReasons(req: Request, o: IndexedOpportunity): Reason[] {
  const { tree } = req.index;
  const best: (Expansion & { oppTopic: number })[] = [];
  const factors = new Float64Array(o.topics.length);
  tagFactors(req, o.topics, factors);
  o.topics.forEach((t, k) => {
    for (const e of req.expansion[t] ?? []) {
      const value = e.value * factors[k]!;
      const current = best[e.slot];
      if (current === undefined || value > current.value) best[e.slot] = { ...e, value, oppTopic: t };
    }
  });
  return best
    .filter((e) => e !== undefined)
    .sort((a, b) => b.value - a.value || a.slot - b.slot)
    .slice(0, MATCH_WEIGHTS.maxTopicReasons)
    .map((e) => {
      const slot = req.slots[e.slot]!;
      const params: Record<string, string | number> = {
        oppTopicKey: tree.ids[e.oppTopic]!,
        profileTopicKey: tree.ids[slot.topic]!,
        weight: slot.label,
      };
      if (e.relation === NARROWER || e.relation === BROADER) params.levels = e.levels;
      if (e.relation === RELATED) params.sharedTopicKey = tree.ids[e.shared]!;
      return { code: RELATION_CODES[e.relation]!, params };
    });
}

function buildResult(req: Request, position: number, ev: Evaluation): MatchResult {
  const o = req.index.opportunities[position]!;
  const reasons = topicReasons(req, o);
  if (ev.text > 0) {
    const hit = req.textHits.get(position);
    if (hit !== undefined) {
      const terms = quotedTerms(req, hit);
      if (terms.length > 0) reasons.push({ code: "text.related", params: { terms: terms.join(", ") } });
    }
  }
  if (ev.type > 0) reasons.push({ code: "type.wanted", params: { typeKey: o.type } });
  const languageCodes = req.index.languageCodes;
  for (let k = 0; k < o.languageCodes.length; k++) {
    const li = o.languageCodes[k]!;
    reasons.push({
      code: "language.ok",
      params: {
        languageKey: languageCodes[li]!,
        level: CEFR[o.languageLevels[k]! - 1]!,
        yourLevel: CEFR[req.languageLevels[li]! - 1]!,
      },
    });
  }
  const start = fromDayNumber(ev.start);
  const end = fromDayNumber(ev.end);
  const cohort = ev.cohort === -1 ? undefined : o.cohorts[ev.cohort]!;
  if (cohort === undefined) {
    reasons.push({ code: "dates.free", params: { start, end, days: ev.end - ev.start + 1 } });
  } else {
    reasons.push({ code: "dates.cohort", params: { start, end, cohortId: cohort.id } });
  }
  if (o.deadline !== null && o.deadline - req.today <= MATCH_WEIGHTS.deadlineSoonDays) {
    const days = o.deadline - req.today;
    reasons.push({ code: "deadline.soon", params: { deadline: fromDayNumber(o.deadline), days, count: days } });
  }
  const parts: Record<PartName, number> = {
    topics: ev.topics,
    text: ev.text,
    type: ev.type,
    dates: ev.dates,
    deadline: ev.deadline,
  };
  return {
    opportunityId: o.id,
    score: ev.score,
    parts,
    reasons,
    earliestWindow: cohort === undefined ? { start, end } : { start, end, cohortId: cohort.id },
  };
}

/**
 * The words of the statement a text match quotes: the person's own forms (first written),
 * in their order, without words found in more than `reasonMaxShare` of the catalogue's
 * opportunities (in a catalogue of 10 or more: common there, so no reason), at most
 * `maxTextTerms`.
 */
function quotedTerms(req: Request, hit: SearchResult): string[] {
  const common = Math.max(1, MATCH_WEIGHTS.reasonMaxShare * req.index.size);
  const stems = [...new Set(hit.queryTerms)]
    .filter((s) => (req.index.termOpportunities.get(s) ?? 0) <= common || req.index.size < 10)
    .sort((a, b) => (req.statementOrder.get(a) ?? 0) - (req.statementOrder.get(b) ?? 0));
  const quoted: string[] = [];
  for (const s of stems) {
    const word = req.surface.get(s) ?? s;
    if (!quoted.includes(word)) quoted.push(word);
    if (quoted.length >= MATCH_WEIGHTS.maxTextTerms) break;
  }
  return quoted;
}

/**
 * The dates a profile without availability windows is matched on: from `today`
 * to the last day any window or cohort of the catalogue ends (at most
 * `MATCH_WEIGHTS.maxHorizonDays` ahead); null when nothing is open after today.
 * @throws RangeError on a malformed `today`.
 */
export function catalogueHorizon(index: MatchIndex, today: IsoDate): DateRange | null {
  const day = dayOf(today, "today");
  if (!(index.lastDay >= day)) return null;
  return { start: today, end: fromDayNumber(Math.min(index.lastDay, day + MATCH_WEIGHTS.maxHorizonDays)) };
}

/**
 * True when the profile names no topic of the index's taxonomy, so ranking
 * returns nothing: the UI should prompt for interests.
 */
export function needsInterests(index: MatchIndex, profile: Pick<MatchProfile, "interests">): boolean {
  return !profile.interests.some((i) => index.tree.indexById.has(i.topicId));
}

/**
 * Ranks the index's opportunities for one applicant. Pure: same inputs, same
 * output; `today` (UTC calendar date `YYYY-MM-DD`) replaces the clock.
 *
 * Returns the opportunities the applicant can take, best first (score desc,
 * topics part desc, core interests covered desc, earliest window start asc,
 * opportunityId asc), at most `options.limit`.
 * Returns `[]` when the profile names no known topic (check `needsInterests`).
 * Cost: ~O(opportunities) map lookups plus one MiniSearch query; see
 * scripts/bench-matching.ts.
 * @throws RangeError on a malformed `today`, profile window (bad date or
 *   reversed), CEFR level, `limit` (< 0) or `horizonDays` (< 1).
 */
export function rankOpportunities(
  index: MatchIndex,
  profile: MatchProfile,
  occupancy: Occupancy,
  today: IsoDate,
  options: RankOptions = {},
): MatchResult[] {
  const limit = options.limit ?? Infinity;
  if (!(limit === Infinity || isWholeNumber(limit, 0))) throw new RangeError("limit must be a whole number >= 0");
  const slots = interestSlots(index, profile);
  dayOf(today, "today");
  if (slots.length === 0) return [];
  const req = prepareRequest(index, profile, occupancy, today, options, slots);
  if (limit === 0) return [];

  // Step 1, every opportunity: hard constraints and parts except dates. The
  // dates part is at most MATCH_WEIGHTS.dates, which bounds the final score.
  const n = index.size;
  const ev = newEvaluation();
  const candidates: number[] = [];
  const base = new Float64Array(n); // topics + text + type
  const topicsPart = new Float64Array(n);
  const corePart = new Int32Array(n);
  const deadlinePart = new Float64Array(n);
  const bound = new Float64Array(n);
  for (let position = 0; position < n; position++) {
    if (screen(req, position, ev) !== KEPT) continue;
    candidates.push(position);
    base[position] = ev.topics + ev.text + ev.type;
    topicsPart[position] = ev.topics;
    corePart[position] = ev.core;
    deadlinePart[position] = ev.deadline;
    bound[position] = base[position]! + MATCH_WEIGHTS.dates + ev.deadline;
  }

  // Step 2: dates, the costly check. With a limit, candidates go in order of
  // their bound and stop once no bound can reach the limit-th score: the
  // result is the same as checking them all.
  const score = new Float64Array(n);
  const start = new Float64Array(n);
  const kept: number[] = [];
  const bounded = limit < candidates.length;
  const heap = new MinHeap(bounded ? limit : 0);
  if (bounded) candidates.sort((a, b) => bound[b]! - bound[a]! || a - b);
  for (const position of candidates) {
    if (bounded && heap.size === limit && bound[position]! < heap.min()) break;
    const fraction = freeStay(req, index.opportunities[position]!, ev);
    if (ev.start === Infinity) continue;
    // Same additions, in the same order, as `dates()`.
    score[position] = base[position]! + round3(MATCH_WEIGHTS.dates * fraction) + deadlinePart[position]!;
    start[position] = ev.start;
    kept.push(position);
    if (bounded) heap.offer(score[position]!);
  }
  // Positions follow id order, so `a - b` breaks the last tie by opportunityId.
  kept.sort(
    (a, b) =>
      score[b]! - score[a]! ||
      topicsPart[b]! - topicsPart[a]! ||
      corePart[b]! - corePart[a]! ||
      start[a]! - start[b]! ||
      a - b,
  );

  const count = Math.min(kept.length, limit);
  const results: MatchResult[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const position = kept[r]!;
    evaluate(req, position, ev);
    results[r] = buildResult(req, position, ev);
  }
  return results;
}

/** A fixed-capacity min-heap of numbers that keeps the `capacity` largest offered. */
class MinHeap {
  private readonly items: Float64Array;
  private readonly capacity: number;
  size = 0;
  constructor(capacity: number) {
    this.capacity = capacity;
    this.items = new Float64Array(capacity);
  }
  min(): number {
    return this.items[0]!;
  }
  offer(x: number): void {
    const a = this.items;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (a[parent]! <= x) break;
        a[i] = a[parent]!;
        i = parent;
      }
      a[i] = x;
      return;
    }
    if (x <= a[0]!) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && a[r]! < a[l]! ? r : l;
      if (a[c]! >= x) break;
      a[i] = a[c]!;
      i = c;
    }
    a[i] = x;
  }
}

/**
 * Why one opportunity is not in the applicant's ranking: the first failing
 * hard constraint, in the ranker's order, as an `exclusion.*` reason (see
 * types.ts for codes and params), or null when it would be ranked (it may
 * still fall beyond a `limit`).
 * @throws RangeError as `rankOpportunities`.
 */
export function explainExclusion(
  index: MatchIndex,
  profile: MatchProfile,
  occupancy: Occupancy,
  today: IsoDate,
  opportunityId: string,
  options: RankOptions = {},
): Reason | null {
  const position = index.positionById.get(opportunityId);
  if (position === undefined) return { code: "exclusion.unknown", params: {} };
  const slots = interestSlots(index, profile);
  dayOf(today, "today");
  if (options.exclude?.has(opportunityId)) return { code: EXCLUSION_CODES[X_HIDDEN], params: {} };
  if (slots.length === 0) return { code: "exclusion.noInterests", params: {} };
  const req = prepareRequest(index, profile, occupancy, today, options, slots);
  const ev = newEvaluation();
  const code = evaluate(req, position, ev);
  if (code === KEPT) return null;
  const o = index.opportunities[position]!;
  if (code === X_LANGUAGE) {
    const li = o.languageCodes[ev.failedLanguage]!;
    const yours = req.languageLevels[li]!;
    return {
      code: EXCLUSION_CODES[code],
      params: {
        languageKey: index.languageCodes[li]!,
        level: CEFR[o.languageLevels[ev.failedLanguage]! - 1]!,
        yourLevel: yours === 0 ? "" : CEFR[yours - 1]!,
      },
    };
  }
  if (code === X_DEADLINE) return { code: EXCLUSION_CODES[code], params: { deadline: fromDayNumber(o.deadline!) } };
  return { code: EXCLUSION_CODES[code]!, params: {} };
}
