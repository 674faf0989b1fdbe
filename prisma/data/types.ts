/**
 * Shapes of the seed data files in prisma/data/.
 *
 * Calendar dates are ISO 8601 strings `YYYY-MM-DD`; every date range is inclusive
 * of both ends. The example opportunities' dates are YEARLY (`MM-DD`, no year), resolved
 * to their next occurrence on the day the seed runs (app/catalogue/example-dates.ts), and
 * rolled forward by a daily job once passed, so the demo never runs out of open examples. Language codes are ISO 639-1, levels are CEFR (A1…C2).
 */

export type CentreKind =
  | "IRCCS_HOSPITAL"
  | "PUBLIC_HOSPITAL"
  | "RESEARCH_INSTITUTE"
  | "UNIVERSITY"
  | "SIMULATION_CENTRE"
  | "DEPARTMENT_NETWORK";

export type OpportunityType =
  | "OBSERVERSHIP"
  | "CLINICAL_VISIT"
  | "JOINT_RESEARCH"
  | "DOCTORAL_EXCHANGE"
  | "SIMULATION_PROGRAMME";

export type Profession =
  | "PHYSICIAN"
  | "SURGEON"
  | "NURSE"
  | "RESEARCHER"
  | "DOCTORAL_STUDENT"
  | "BIOMEDICAL_ENGINEER"
  | "MEDICAL_PHYSICIST"
  | "RADIOGRAPHER"
  | "RADIATION_THERAPIST"
  | "PHARMACIST"
  | "MIDWIFE"
  | "PHYSIOTHERAPIST"
  | "PSYCHOLOGIST"
  | "LABORATORY_SCIENTIST"
  | "OTHER";

export type CareerStage = "STUDENT" | "DOCTORAL_CANDIDATE" | "RESIDENT" | "EARLY_CAREER" | "ESTABLISHED";

export type CefrLevel = "A1" | "A2" | "B1" | "B2" | "C1" | "C2";

/** A public source, numbered within its centre as in the research notes ([1], [2], …). */
export interface SourceSeed {
  n: number;
  url: string;
  /** Short human title, e.g. "Fondazione CNAO (English site)". */
  title: string;
  /** Date the source shows, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, if any. */
  date?: string;
  /** "press", "aggregator", "wikipedia", "official", "mirror", … */
  kind?: string;
}

/** One confirmed fact, in English and Italian, with the numbers of its sources (never empty). */
export interface FactSeed {
  en: string;
  it: string;
  sources: number[];
}

/** Every year from `start` to `end` (`MM-DD`, inclusive; an end before the start is in the next year). */
export interface DateRangeSeed {
  start: string;
  end: string;
}

export interface CohortSeed extends DateRangeSeed {
  /** Stable within its opportunity without the year, e.g. "spring" (seeded as "spring-2027"). */
  key: string;
  /** Without the year, e.g. "Spring" (seeded as "Spring 2027"). */
  name: string;
  seats: number;
}

export interface OpportunitySeed {
  /** Stable, unique across the catalogue, lowercase-hyphenated, e.g. "cnao-carbon-ion-observership". */
  key: string;
  type: OpportunityType;
  titleEn: string;
  titleIt: string;
  descriptionEn: string;
  descriptionIt: string;
  /** Taxonomy topic keys (prisma/data/taxonomy.json). */
  topics: string[];
  /** Languages the visitor must speak, with the minimum CEFR level. */
  languages: { code: string; level: CefrLevel }[];
  /** Eligible professions; empty means any. */
  professions: Profession[];
  /** Eligible career stages; empty means any. */
  careerStages: CareerStage[];
  /** Visitors on site on any single day (for cohort opportunities, see each cohort's seats). */
  seats: number;
  minDays: number;
  maxDays: number;
  /** Yearly date windows in which a stay may fall (inclusive); absent or empty when cohorts are used. */
  windows?: DateRangeSeed[];
  cohorts?: CohortSeed[];
  /** Last day to apply (inclusive), yearly `MM-DD`, if any. */
  deadline?: string;
  /** Up to five questions for applicants. */
  questions?: { en: string; it: string }[];
}

export interface CentreSeed {
  /** Stable, lowercase-hyphenated. */
  slug: string;
  name: string;
  nameIt: string;
  kind: CentreKind;
  /** Partner institutions abroad only (issue 19): ISO 3166-1 alpha-2, never "IT". Absent: in Lombardy. */
  country?: string;
  city: string;
  address: string | null;
  /** https URL of the official site, or null. */
  website: string | null;
  /** true/false only where a source states it; null = not confirmed. */
  irccs: boolean | null;
  /** Short description built only from confirmed facts. */
  descriptionEn: string;
  descriptionIt: string;
  /** ISO 639-1 codes of working languages, only where a source confirms them; otherwise []. */
  languages: string[];
  /** Taxonomy topic keys the centre is documented for. */
  topics: string[];
  /** ROR ID (https://ror.org/…) only where confirmed; otherwise absent. */
  rorId?: string;
  /** Slug of the centre this one belongs to or sits inside, if any (e.g. sr-tiget → san-raffaele). */
  parentSlug?: string;
  facts: FactSeed[];
  sources: SourceSeed[];
  /** Example opportunities (every one is shown as "example opportunity"). */
  opportunities: OpportunitySeed[];
}

/** One interest topic of the taxonomy, keyed by a stable slug. */
export interface TopicSeed {
  key: string;
  parentKey: string | null;
  labelEn: string;
  labelIt: string;
  synonymsEn: string[];
  synonymsIt: string[];
  /** MeSH tree number where confirmed, else null. */
  meshTreeNumber: string | null;
  /** MeSH descriptor UI (e.g. D009369) only where confirmed, else null. */
  meshUi: string | null;
}

export interface TaxonomyFile {
  /** Version of this file, bumped on every change, e.g. "2026.1". */
  version: string;
  /** The MeSH release the tree numbers follow. */
  meshYear: number;
  topics: TopicSeed[];
}

export type EventKind =
  | "CONFERENCE"
  | "CONGRESS"
  | "COURSE"
  | "WORKSHOP"
  | "SIMULATION_SESSION"
  | "WEBINAR"
  | "OPEN_DAY";

/**
 * An EXAMPLE event (issue 18, part 5): built only on facts of its centres in
 * /work/shared/data/lombardy-catalogue-sources.md, labelled "example event" like the example
 * opportunities. Its date is yearly (`start` as `MM-DD`), resolved to its next occurrence
 * after the seed day (app/catalogue/example-dates.ts) and rolled forward by the daily job.
 */
export interface EventSeed {
  /** Stable, unique, lowercase-hyphenated, e.g. "cnao-particle-therapy-open-day". */
  key: string;
  kind: EventKind;
  titleEn: string;
  titleIt: string;
  descriptionEn: string;
  descriptionIt: string;
  /** Organising centres' slugs, the lead first. */
  centres: string[];
  /** Taxonomy topic keys. */
  topics: string[];
  /** ISO 639-1 codes of the languages spoken. */
  languages: string[];
  /** First day, yearly `MM-DD` (never 02-29). */
  start: string;
  /** How many days it lasts (1 = a one-day event). */
  days: number;
  /** Wall-clock times in Europe/Rome (`HH:MM`) of the first day's start and the last day's end; absent = all-day. */
  times?: { start: string; end: string };
  online: boolean;
  venue: string | null;
  address: string | null;
  city: string | null;
  /** Places; null = unlimited. */
  capacity: number | null;
  /** Registration closes at 23:59 (Europe/Rome) this many days before the first day; absent = until the start. */
  deadlineDaysBefore?: number;
  fee: "FREE" | null;
  /**
   * The sources (URLs, from the research notes) of the facts the example is built on. None of
   * these events is documented as a real recurring event: where one is, its source goes here
   * with `recurring: true`.
   */
  sources: { url: string; recurring?: boolean }[];
}
