/** Hand-made taxonomy and small builders for the ranker's unit tests. */
import type { IsoDate, MatchOpportunity, MatchProfile, Occupancy, TaxonomyTopic } from "../../../app/matching/types";

/**
 * oncology
 *   radiotherapy
 *     hadron-therapy
 *       carbon-ion-radiotherapy
 *       proton-therapy
 *     brachytherapy
 *   surgical-oncology
 * cardiology
 *   interventional-cardiology
 *   cardiac-imaging
 * simulation
 *   surgical-simulation
 *   nursing-simulation
 */
export const TAXONOMY: TaxonomyTopic[] = [
  { id: "oncology", parentId: null },
  { id: "radiotherapy", parentId: "oncology" },
  { id: "hadron-therapy", parentId: "radiotherapy" },
  { id: "carbon-ion-radiotherapy", parentId: "hadron-therapy" },
  { id: "proton-therapy", parentId: "hadron-therapy" },
  { id: "brachytherapy", parentId: "radiotherapy" },
  { id: "surgical-oncology", parentId: "oncology" },
  { id: "cardiology", parentId: null },
  { id: "interventional-cardiology", parentId: "cardiology" },
  { id: "cardiac-imaging", parentId: "cardiology" },
  { id: "simulation", parentId: null },
  { id: "surgical-simulation", parentId: "simulation" },
  { id: "nursing-simulation", parentId: "simulation" },
];

export const TODAY: IsoDate = "2027-03-01";

/** An opportunity anyone can take, open all of 2027, 2 seats, stays of 5–10 days. */
export function opportunity(id: string, overrides: Partial<MatchOpportunity> = {}): MatchOpportunity {
  return {
    id,
    centreId: "centre-1",
    type: "OBSERVERSHIP",
    title: `Observership ${id}`,
    description: "A visit to the unit.",
    topicIds: [],
    languages: [{ code: "en", level: "B2" }],
    professions: [],
    careerStages: [],
    seats: 2,
    minDays: 5,
    maxDays: 10,
    deadline: null,
    windows: [{ start: "2027-01-01", end: "2027-12-31" }],
    cohorts: [],
    ...overrides,
  };
}

/** A physician, early career, English C1, free in March and April 2027. */
export function profile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  return {
    profession: "PHYSICIAN",
    careerStage: "EARLY_CAREER",
    languages: [{ code: "en", level: "C1" }],
    interests: [{ topicId: "radiotherapy", weight: "CORE" }],
    statement: "",
    stayTypes: [],
    windows: [{ start: "2027-03-02", end: "2027-04-30" }],
    ...overrides,
  };
}

export function occupancy(
  byDay: Record<string, Record<IsoDate, number>> = {},
  byCohort: Record<string, number> = {},
): Occupancy {
  return {
    byDay: new Map(Object.entries(byDay).map(([id, days]) => [id, new Map(Object.entries(days))])),
    byCohort: new Map(Object.entries(byCohort)),
  };
}

export const EMPTY_OCCUPANCY = occupancy();

/** Every date from `start` to `end` inclusive mapped to `count`. */
export function days(start: IsoDate, end: IsoDate, count: number): Record<IsoDate, number> {
  const out: Record<IsoDate, number> = {};
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${end}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out[d.toISOString().slice(0, 10)] = count;
  }
  return out;
}
