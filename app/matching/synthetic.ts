/**
 * Deterministic synthetic data for the ranker's tests and benchmark: a
 * taxonomy-shaped topic tree, centres that specialise in subtrees, their
 * opportunities, seat occupancy and applicant profiles. Same seed, same data.
 * Not used by the app at run time.
 */
import type { CareerStage, CefrLevel, OpportunityType, Profession } from "../../prisma/data/types";
import { fromDayNumber, toDayNumber, type DateRange, type IsoDate } from "~/platform/calendar";
import type { MatchOpportunity, MatchProfile, Occupancy, TaxonomyTopic } from "./types";

/** A small seeded PRNG (mulberry32): uniform floats in [0, 1). */
export interface Rng {
  next(): number;
  /** Whole number in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer when `items` is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Creates a PRNG from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, count) => {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

const PREFIXES = [
  "cardio",
  "neuro",
  "onco",
  "haemato",
  "immuno",
  "nephro",
  "gastro",
  "pneumo",
  "dermato",
  "endocrino",
  "radio",
  "paediatric ",
  "geriatric ",
  "ortho",
  "ophthalmo",
  "oto",
  "uro",
  "gynaeco",
  "psycho",
  "patho",
  "pharmaco",
  "toxico",
  "micro",
  "nano",
  "bio",
  "cyto",
  "histo",
  "angio",
  "osteo",
  "myo",
];
const STEMS = [
  "logy",
  "surgery",
  "imaging",
  "therapy",
  "genetics",
  "diagnostics",
  "physiology",
  "informatics",
  "metabolism",
  "rehabilitation",
  "oncology",
  "biology",
  "chemistry",
  "mechanics",
  "endoscopy",
  "transplantation",
  "epidemiology",
  "simulation",
  "robotics",
  "pharmacology",
];
const FILLER = (
  "patients clinical team training protocol ward weeks research data trial outcomes hospital laboratory " +
  "department visit observe participate multidisciplinary meetings rounds supervision mentor project methods " +
  "analysis cohort follow imaging samples techniques procedures theatre outpatient inpatient consultant " +
  "registry quality safety care pathway translational biobank sequencing statistics publication seminar " +
  "journal club case discussion hands practice skills assessment scenario debriefing faculty fellowship " +
  "international visitors programme centre unit service network national regional lombardy milan pavia " +
  "bergamo brescia monza varese innovation technology devices engineering workflow guidelines evidence"
).split(" ");
const SYLLABLES = ["ka", "lo", "ne", "ri", "tu", "sa", "mi", "po", "de", "va", "zo", "gi", "fe", "ru", "bo", "ce"];

const TYPES: readonly OpportunityType[] = [
  "OBSERVERSHIP",
  "CLINICAL_VISIT",
  "JOINT_RESEARCH",
  "DOCTORAL_EXCHANGE",
  "SIMULATION_PROGRAMME",
];
const TYPE_WORDS: Record<OpportunityType, string> = {
  OBSERVERSHIP: "Observership",
  CLINICAL_VISIT: "Clinical visit",
  JOINT_RESEARCH: "Joint research",
  DOCTORAL_EXCHANGE: "Doctoral exchange",
  SIMULATION_PROGRAMME: "Simulation programme",
};
const PROFESSIONS: readonly Profession[] = [
  "PHYSICIAN",
  "SURGEON",
  "NURSE",
  "RESEARCHER",
  "DOCTORAL_STUDENT",
  "BIOMEDICAL_ENGINEER",
  "OTHER",
];
const STAGES: readonly CareerStage[] = ["STUDENT", "DOCTORAL_CANDIDATE", "RESIDENT", "EARLY_CAREER", "ESTABLISHED"];
const LEVELS: readonly CefrLevel[] = ["A1", "A2", "B1", "B2", "C1", "C2"];

/** A topic with the words the generator writes about it. */
export interface SyntheticTopic extends TaxonomyTopic {
  label: string;
  keywords: string[];
  depth: number;
}

export interface SyntheticCentre {
  id: string;
  /** Depth-1 topics whose subtrees the centre works in. */
  specialities: string[];
}

export interface SyntheticCatalogue {
  /** First day of the generated year; benchmarks rank "today" a few weeks later. */
  start: IsoDate;
  taxonomy: SyntheticTopic[];
  centres: SyntheticCentre[];
  opportunities: MatchOpportunity[];
  occupancy: Occupancy;
}

export interface SyntheticOptions {
  seed: number;
  /** Number of centres (e.g. 20 … 2,000). */
  centres: number;
  /** Number of opportunities (e.g. 100 … 50,000). */
  opportunities: number;
  /** First day of the year the windows cover (default 2027-01-01). */
  start?: IsoDate;
  /** Children per node at each depth (default [5, 4, 4, 2]: 5 roots, 265 topics, depth 4). */
  branching?: readonly number[];
}

function pseudoWord(rng: Rng): string {
  let w = "";
  const n = rng.int(3, 4);
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return w;
}

/**
 * A topic tree shaped like the MeSH-based taxonomy: roots, then `branching[d]`
 * children per node at depth d. Ids are `t-<path>`, e.g. `t-2-0-3`.
 */
export function syntheticTaxonomy(rng: Rng, branching: readonly number[] = [5, 4, 4, 2]): SyntheticTopic[] {
  const labels = new Set<string>();
  const topics: SyntheticTopic[] = [];
  const newLabel = (): string => {
    for (;;) {
      const label = rng.pick(PREFIXES) + rng.pick(STEMS);
      if (!labels.has(label)) {
        labels.add(label);
        return label;
      }
      if (labels.size >= PREFIXES.length * STEMS.length) return `${label} ${pseudoWord(rng)}`;
    }
  };
  const grow = (parent: SyntheticTopic | null, depth: number): void => {
    const count = branching[depth];
    if (count === undefined) return;
    for (let k = 0; k < count; k++) {
      const id = parent === null ? `t-${k}` : `${parent.id}-${k}`;
      const topic: SyntheticTopic = {
        id,
        parentId: parent?.id ?? null,
        label: newLabel(),
        keywords: [pseudoWord(rng), pseudoWord(rng)],
        depth,
      };
      topics.push(topic);
      grow(topic, depth + 1);
    }
  };
  grow(null, 0);
  return topics;
}

function subtreeOf(taxonomy: readonly SyntheticTopic[], rootId: string): SyntheticTopic[] {
  return taxonomy.filter((t) => t.id === rootId || t.id.startsWith(`${rootId}-`));
}

function words(rng: Rng, topics: readonly SyntheticTopic[], count: number, topicShare: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (topics.length > 0 && rng.chance(topicShare)) {
      const t = rng.pick(topics);
      out.push(rng.chance(0.5) ? t.label : rng.pick(t.keywords));
    } else {
      out.push(rng.pick(FILLER));
    }
  }
  return out.join(" ");
}

function randomWindow(rng: Rng, first: number, last: number, minLength: number, maxLength: number): DateRange {
  const length = rng.int(minLength, maxLength);
  const start = rng.int(first, Math.max(first, last - length + 1));
  return { start: fromDayNumber(start), end: fromDayNumber(start + length - 1) };
}

/**
 * A whole synthetic catalogue. Opportunities: ~85% with 1–3 windows through
 * the year and per-day seats (1–4), ~15% with 1–4 cohorts; most ask for English
 * B2, some for Italian; ~40% restrict professions, ~30% career stages; ~60% have
 * a deadline spread over the year. Occupancy books random stays, so some days
 * are full.
 */
export function syntheticCatalogue(options: SyntheticOptions): SyntheticCatalogue {
  const rng = createRng(options.seed);
  const start = options.start ?? "2027-01-01";
  const day0 = toDayNumber(start);
  const taxonomy = syntheticTaxonomy(rng, options.branching);
  const areas = taxonomy.filter((t) => t.depth === 1);
  const subtrees = new Map(areas.map((a) => [a.id, subtreeOf(taxonomy, a.id)]));

  const centres: SyntheticCentre[] = [];
  for (let c = 0; c < options.centres; c++) {
    centres.push({
      id: `centre-${String(c).padStart(4, "0")}`,
      specialities: rng.sample(areas, rng.int(1, 2)).map((a) => a.id),
    });
  }

  const opportunities: MatchOpportunity[] = [];
  const byDay = new Map<string, Map<IsoDate, number>>();
  const byCohort = new Map<string, number>();
  for (let i = 0; i < options.opportunities; i++) {
    // Skewed: a few large centres publish many opportunities.
    const centre = centres[Math.floor(rng.next() ** 2 * centres.length)]!;
    const pool = centre.specialities.flatMap((id) => subtrees.get(id)!);
    const topics = rng.sample(pool, rng.int(1, 4));
    if (rng.chance(0.1)) topics.push(rng.pick(taxonomy));
    const type = rng.pick(TYPES);
    const id = `opp-${String(i).padStart(5, "0")}`;
    const main = topics[0]!;

    const languageRoll = rng.next();
    const languages =
      languageRoll < 0.78
        ? [{ code: "en", level: "B2" as CefrLevel }]
        : languageRoll < 0.88
          ? [{ code: "it", level: rng.pick(["B1", "B2"] as const) }]
          : languageRoll < 0.95
            ? [
                { code: "en", level: "B2" as CefrLevel },
                { code: "it", level: "B1" as CefrLevel },
              ]
            : [];

    const minDays = rng.pick([1, 5, 7, 14]);
    const maxDays = minDays + rng.pick([0, 7, 14, 30, 60, 90]);
    const seats = rng.int(1, 4);
    const windows: DateRange[] = [];
    const cohorts: MatchOpportunity["cohorts"] = [];
    if (rng.chance(0.15)) {
      let cursor = day0 + rng.int(0, 60);
      const count = rng.int(1, 4);
      for (let k = 0; k < count; k++) {
        const length = rng.int(5, 30);
        cohorts.push({
          id: `${id}-c${k}`,
          start: fromDayNumber(cursor),
          end: fromDayNumber(cursor + length - 1),
          seats: rng.int(4, 20),
        });
        cursor += length + rng.int(14, 90);
      }
    } else {
      const count = rng.int(1, 3);
      for (let k = 0; k < count; k++) windows.push(randomWindow(rng, day0, day0 + 364, 30, 120));
    }

    opportunities.push({
      id,
      centreId: centre.id,
      type,
      title: `${TYPE_WORDS[type]} in ${main.label} ${rng.chance(0.5) ? rng.pick(main.keywords) : ""}`.trim(),
      description: words(rng, topics, rng.int(40, 80), 0.25),
      topicIds: topics.map((t) => t.id),
      languages,
      professions: rng.chance(0.4) ? rng.sample(PROFESSIONS, rng.int(1, 3)) : [],
      careerStages: rng.chance(0.3) ? rng.sample(STAGES, rng.int(1, 3)) : [],
      seats,
      minDays,
      maxDays,
      deadline: rng.chance(0.6) ? fromDayNumber(day0 + rng.int(0, 364)) : null,
      windows,
      cohorts,
    });

    // Occupancy: book random stays; with few seats some days fill up.
    if (windows.length > 0 && rng.chance(0.6)) {
      const days = new Map<IsoDate, number>();
      const bookings = rng.int(1, 8);
      for (let b = 0; b < bookings; b++) {
        const w = rng.pick(windows);
        const ws = toDayNumber(w.start);
        const we = toDayNumber(w.end);
        const length = Math.min(we - ws + 1, rng.int(minDays, maxDays));
        const s = rng.int(ws, we - length + 1);
        const visitors = rng.int(1, seats);
        for (let d = s; d < s + length; d++) {
          const iso = fromDayNumber(d);
          days.set(iso, Math.min(seats, (days.get(iso) ?? 0) + visitors));
        }
      }
      byDay.set(id, days);
    }
    for (const c of cohorts) if (rng.chance(0.5)) byCohort.set(c.id, rng.int(0, c.seats));
  }

  return { start, taxonomy, centres, opportunities, occupancy: { byDay, byCohort } };
}

/**
 * A plausible applicant: 1–3 CORE and 0–4 ALSO interests around one area, a
 * 20–80-word statement about them, English (mostly B2+), sometimes Italian,
 * 0–2 wanted stay types, and 1–2 windows after `today` (30% flexible: none).
 */
export function syntheticProfile(rng: Rng, catalogue: SyntheticCatalogue, today: IsoDate): MatchProfile {
  const areas = catalogue.taxonomy.filter((t) => t.depth === 1);
  const area = rng.pick(areas);
  const pool = subtreeOf(catalogue.taxonomy, area.id);
  const core = rng.sample(pool, rng.int(1, 3));
  const also = rng.sample(rng.chance(0.7) ? pool : catalogue.taxonomy, rng.int(0, 4));
  const interests = [
    ...core.map((t) => ({ topicId: t.id, weight: "CORE" as const })),
    ...also.map((t) => ({ topicId: t.id, weight: "ALSO" as const })),
  ];
  const languages: MatchProfile["languages"] = [];
  if (rng.chance(0.92)) languages.push({ code: "en", level: rng.pick(["B1", "B2", "C1", "C2"] as const) });
  if (rng.chance(0.3)) languages.push({ code: "it", level: rng.pick(LEVELS) });
  if (rng.chance(0.1)) languages.push({ code: rng.pick(["de", "fr", "es"]), level: rng.pick(LEVELS) });
  const t0 = toDayNumber(today);
  const windows: DateRange[] = [];
  if (rng.chance(0.7)) {
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) windows.push(randomWindow(rng, t0 + 7, t0 + 300, 14, 90));
  }
  return {
    profession: rng.pick(PROFESSIONS),
    careerStage: rng.pick(STAGES),
    languages,
    interests,
    statement: words(rng, [...core, ...also], rng.int(20, 80), 0.35),
    stayTypes: rng.chance(0.5) ? [] : rng.sample(TYPES, rng.int(1, 2)),
    windows,
  };
}
