/**
 * The seed data files hold together: every fact is sourced, references resolve, dates are
 * well-formed, the taxonomy is a tree, and unconfirmed claims from the brochure are absent.
 */
import { describe, expect, it } from "vitest";
import { centres } from "../../../prisma/data/catalogue";
import { readTaxonomy } from "../../../prisma/seed";
import { resolveYearlySchedule } from "~/catalogue/example-dates";
import { isMonthDay, rangeLength } from "~/platform/calendar";

const taxonomy = readTaxonomy();
const topicKeys = new Set(taxonomy.topics.map((t) => t.key));
const opportunities = centres.flatMap((c) => c.opportunities.map((o) => ({ ...o, centre: c.slug })));

describe("eligibility of the examples", () => {
  it("lets doctoral students take every opportunity whose career stages include doctoral candidates (issue 14)", () => {
    const shutOut = opportunities.filter(
      (o) =>
        o.careerStages.includes("DOCTORAL_CANDIDATE") &&
        o.professions.length > 0 &&
        !o.professions.includes("DOCTORAL_STUDENT"),
    );
    expect(shutOut.map((o) => o.key)).toEqual([]);
  });
});

describe("taxonomy.json", () => {
  it("has 150 to 400 topics with unique keys, forming a tree 3 to 5 levels deep", () => {
    expect(taxonomy.topics.length).toBeGreaterThanOrEqual(150);
    expect(taxonomy.topics.length).toBeLessThanOrEqual(400);
    expect(topicKeys.size).toBe(taxonomy.topics.length);
    const byKey = new Map(taxonomy.topics.map((t) => [t.key, t]));
    let maxDepth = 0;
    for (const t of taxonomy.topics) {
      if (t.parentKey) expect(byKey.has(t.parentKey), t.key).toBe(true);
      let depth = 1;
      let cur = t;
      const seen = new Set([t.key]);
      while (cur.parentKey) {
        cur = byKey.get(cur.parentKey)!;
        expect(seen.has(cur.key), `cycle at ${t.key}`).toBe(false);
        seen.add(cur.key);
        depth++;
      }
      maxDepth = Math.max(maxDepth, depth);
      expect(t.labelEn.trim()).not.toBe("");
      expect(t.labelIt.trim()).not.toBe("");
    }
    expect(maxDepth).toBeGreaterThanOrEqual(3);
    expect(maxDepth).toBeLessThanOrEqual(5);
  });

  it("puts carbon-ion and proton therapy under radiotherapy and CAR-T under adoptive immunotherapy", () => {
    const parentOf = (k: string) => taxonomy.topics.find((t) => t.key === k)?.parentKey;
    const ancestors = (k: string) => {
      const out: string[] = [];
      for (let p = parentOf(k); p; p = parentOf(p)) out.push(p);
      return out;
    };
    expect(ancestors("carbon-ion-radiotherapy")).toContain("radiotherapy");
    expect(ancestors("proton-therapy")).toContain("radiotherapy");
    expect(ancestors("car-t-cell-therapy")).toContain("adoptive-immunotherapy");
  });

  it("gives descriptor UIs only in MeSH's D-number form", () => {
    for (const t of taxonomy.topics) if (t.meshUi) expect(t.meshUi).toMatch(/^D\d{6}(\d{3})?$/);
  });
});

describe("catalogue.ts", () => {
  it("has the required centres with stable slugs", () => {
    const slugs = centres.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of ["cnao", "niguarda", "istituto-nazionale-tumori", "ieo", "humanitas", "policlinico-milano", "papa-giovanni-xxiii", "san-raffaele", "sr-tiget", "pavia-neuroscience"]) {
      expect(slugs).toContain(s);
    }
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const c of centres) if (c.parentSlug) expect(slugs).toContain(c.parentSlug);
  });

  it("backs every fact with at least one of the centre's sources", () => {
    for (const c of centres) {
      const ns = new Set(c.sources.map((s) => s.n));
      expect(c.facts.length, c.slug).toBeGreaterThan(0);
      for (const f of c.facts) {
        expect(f.sources.length, `${c.slug}: ${f.en}`).toBeGreaterThan(0);
        for (const n of f.sources) expect(ns.has(n), `${c.slug} [${n}]`).toBe(true);
      }
      for (const s of c.sources) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it("does not state the brochure's unconfirmed claims as facts", () => {
    const text = (slug: string) => {
      const c = centres.find((x) => x.slug === slug)!;
      return [c.descriptionEn, ...c.facts.map((f) => f.en)].join(" ").toLowerCase();
    };
    expect(text("humanitas")).not.toMatch(/proton/);
    expect(text("ieo")).not.toMatch(/car-t/);
    // The 2018 VAD was a first in Italy only (15 earlier implants in Europe).
    expect(text("niguarda")).toMatch(/first[^.]*in italy/);
    expect(text("niguarda")).not.toMatch(/(world|europe)'?s first|first[^.]*(in the world|worldwide|european)/);
    for (const slug of ["niguarda", "cnao", "papa-giovanni-xxiii"]) expect(centres.find((c) => c.slug === slug)!.irccs).toBeNull();
    for (const c of centres) if (c.slug !== "istituto-nazionale-tumori") expect(c.languages, c.slug).toEqual([]);
  });

  it("gives every example opportunity known topics and well-formed dates and stays", () => {
    const keys = opportunities.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of opportunities) {
      for (const t of o.topics) expect(topicKeys.has(t), `${o.key}: ${t}`).toBe(true);
      expect(o.minDays).toBeGreaterThan(0);
      expect(o.minDays).toBeLessThanOrEqual(o.maxDays);
      expect(o.seats).toBeGreaterThan(0);
      // Yearly dates (MM-DD): real days of the year, each range within one year.
      const ranges = [...(o.windows ?? []), ...(o.cohorts ?? [])];
      expect(ranges.length, o.key).toBeGreaterThan(0);
      for (const r of ranges) {
        expect(isMonthDay(r.start) && isMonthDay(r.end), o.key).toBe(true);
        expect(r.start <= r.end, o.key).toBe(true);
      }
      if (o.deadline !== undefined) expect(isMonthDay(o.deadline), o.key).toBe(true);
      for (const w of resolveYearlySchedule(o, "2026-12-06").windows) {
        expect(rangeLength(w), o.key).toBeGreaterThanOrEqual(o.minDays);
      }
      expect((o.questions ?? []).length).toBeLessThanOrEqual(5);
    }
  });

  it("has 3 to 6 opportunities per hospital and some that require Italian (none at CNAO)", () => {
    // Lombardy's hospitals; partners abroad have one or two examples (issue 19).
    for (const c of centres.filter((x) => !x.country && ["IRCCS_HOSPITAL", "PUBLIC_HOSPITAL", "RESEARCH_INSTITUTE", "DEPARTMENT_NETWORK"].includes(x.kind))) {
      expect(c.opportunities.length, c.slug).toBeGreaterThanOrEqual(3);
      expect(c.opportunities.length, c.slug).toBeLessThanOrEqual(6);
    }
    expect(opportunities.filter((o) => o.languages.some((l) => l.code === "it")).length).toBeGreaterThanOrEqual(6);
    expect(opportunities.filter((o) => o.centre === "cnao").some((o) => o.languages.some((l) => l.code === "it"))).toBe(false);
  });
});
