/**
 * Every reason and exclusion code the ranker emits has an English and an
 * Italian string, and each string's placeholders are filled by the params the
 * ranker gives (after the UI maps `…Key` params to labels).
 */
import { createInstance, type i18n as I18n } from "i18next";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildMatchIndex, explainExclusion, rankOpportunities } from "../../../app/matching/ranker";
import type { Reason } from "../../../app/matching/types";
import { days, EMPTY_OCCUPANCY, occupancy, opportunity, profile, TAXONOMY, TODAY } from "./helpers";

const load = (lng: string) =>
  JSON.parse(readFileSync(new URL(`../../../app/locales/${lng}/matching.json`, import.meta.url), "utf8")) as object;

let i18n: I18n;
beforeAll(async () => {
  i18n = createInstance();
  await i18n.init({
    lng: "en",
    fallbackLng: false,
    ns: ["matching"],
    defaultNS: "matching",
    resources: { en: { matching: load("en") }, it: { matching: load("it") } },
    interpolation: { escapeValue: false },
  });
});

/** What the UI does: `…Key` params become labels under the name without `Key`, weight becomes context. */
function render(reason: Reason, group: "reason" | "exclusion", lng: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    values[name] = value;
    if (name.endsWith("Key")) values[name.slice(0, -3)] = `«${value}»`;
  }
  const options: Record<string, unknown> = { ...values, lng };
  if (typeof reason.params.weight === "string") options.context = reason.params.weight;
  const key = `${group}.${reason.code.replace(/^exclusion\./, "")}`;
  expect(i18n.exists(key, { lng }), `${lng}: ${key}`).toBe(true);
  return i18n.t(key, options) as string;
}

/** One result or exclusion of every kind. */
function collect(): { reasons: Reason[]; exclusions: Reason[] } {
  const opps = [
    opportunity("exact", { topicIds: ["radiotherapy"], type: "CLINICAL_VISIT", deadline: "2027-03-01" }),
    opportunity("narrower", { topicIds: ["hadron-therapy"], deadline: "2027-03-02", title: "Synchrotron" }),
    opportunity("broader", { topicIds: ["oncology"], deadline: "2027-03-10" }),
    opportunity("related", { topicIds: ["brachytherapy"], languages: [{ code: "it", level: "B1" }] }),
    opportunity("cohort", {
      topicIds: ["radiotherapy"],
      windows: [],
      cohorts: [{ id: "c1", start: "2027-03-10", end: "2027-03-20", seats: 3 }],
    }),
    opportunity("nurses", { topicIds: ["radiotherapy"], professions: ["NURSE"] }),
    opportunity("students", { topicIds: ["radiotherapy"], careerStages: ["STUDENT"] }),
    opportunity("german", { topicIds: ["radiotherapy"], languages: [{ code: "de", level: "B2" }] }),
    opportunity("closed", { topicIds: ["radiotherapy"], deadline: "2027-02-01" }),
    opportunity("heart", { topicIds: ["cardiology"] }),
    opportunity("full", { topicIds: ["radiotherapy"], seats: 1 }),
  ];
  const who = profile({
    interests: [
      { topicId: "radiotherapy", weight: "CORE" },
      { topicId: "hadron-therapy", weight: "ALSO" },
      { topicId: "proton-therapy", weight: "ALSO" },
    ],
    languages: [
      { code: "en", level: "C1" },
      { code: "it", level: "B2" },
    ],
    stayTypes: ["CLINICAL_VISIT"],
    statement: "synchrotron",
  });
  const occ = occupancy({ full: days("2027-03-01", "2027-04-30", 1) });
  const index = buildMatchIndex(opps, TAXONOMY);
  const reasons = rankOpportunities(index, who, occ, TODAY).flatMap((r) => r.reasons);
  const exclusions = ["nurses", "students", "german", "closed", "heart", "full", "gone", "exact"].map(
    (id) => explainExclusion(index, who, occ, TODAY, id, { exclude: new Set(["exact"]) })!,
  );
  exclusions.push(explainExclusion(index, profile({ interests: [] }), EMPTY_OCCUPANCY, TODAY, "exact")!);
  return { reasons, exclusions };
}

describe("matching translations", () => {
  it("cover every reason and exclusion code in English and Italian, with every placeholder filled", () => {
    const { reasons, exclusions } = collect();
    const codes = new Set([...reasons, ...exclusions].map((r) => r.code));
    expect([...codes].sort()).toEqual([
      "dates.cohort",
      "dates.free",
      "deadline.soon",
      "exclusion.careerStage",
      "exclusion.dates",
      "exclusion.deadline",
      "exclusion.hidden",
      "exclusion.language",
      "exclusion.noInterests",
      "exclusion.profession",
      "exclusion.relevance",
      "exclusion.unknown",
      "language.ok",
      "text.related",
      "topic.broader",
      "topic.exact",
      "topic.narrower",
      "topic.related",
      "type.wanted",
    ]);
    for (const lng of ["en", "it"]) {
      for (const reason of reasons) {
        const text = render(reason, "reason", lng);
        expect(text, `${lng} ${reason.code}`).not.toMatch(/\{\{|\}\}|reason\./);
      }
      for (const reason of exclusions) {
        const text = render(reason, "exclusion", lng);
        expect(text, `${lng} ${reason.code}`).not.toMatch(/\{\{|\}\}|exclusion\./);
      }
    }
  });

  it("speak of the applicant, never to them, when a coordinator reads them (the about.* wording, app/matching/match-text.ts)", () => {
    const { reasons, exclusions } = collect();
    const secondPerson = { en: /\b(you|your|yours)\b/i, it: /\b(tuo|tuoi|tua|tue|parli|cerchi|ti)\b/i };
    for (const lng of ["en", "it"] as const) {
      for (const [group, list] of [
        ["reason", reasons],
        ["exclusion", exclusions],
      ] as const) {
        for (const reason of list) {
          const code = reason.code.replace(/^exclusion\./, "");
          const values: Record<string, unknown> = { lng };
          for (const [name, value] of Object.entries(reason.params)) {
            values[name] = value;
            if (name.endsWith("Key")) values[name.slice(0, -3)] = `«${value}»`;
          }
          if (typeof reason.params.weight === "string") values.context = reason.params.weight;
          const text = i18n.t([`about.${group}.${code}`, `${group}.${code}`], values) as string;
          expect(text, `${lng} ${reason.code}: ${text}`).not.toMatch(secondPerson[lng]);
          expect(text, `${lng} ${reason.code}`).not.toMatch(/\{\{|\}\}|reason\.|exclusion\./);
        }
      }
    }
  });

  it("reads naturally for the examples of the brief", () => {
    const t = (lng: string) =>
      i18n.t("reason.topic.narrower", {
        lng,
        context: "core",
        oppTopic: lng === "en" ? "Carbon-ion radiotherapy" : "Radioterapia con ioni carbonio",
        profileTopic: lng === "en" ? "Radiotherapy" : "Radioterapia",
      });
    expect(t("en")).toBe("Carbon-ion radiotherapy is a kind of Radiotherapy, one of your core interests");
    expect(t("it")).toBe("Radioterapia con ioni carbonio rientra in Radioterapia, uno dei Suoi interessi principali");
    expect(i18n.t("reason.dates.free", { lng: "en", start: "2 March", end: "13 March" })).toBe(
      "Seats free 2 March–13 March",
    );
    expect(i18n.t("reason.deadline.soon", { lng: "en", count: 0, deadline: "1 March" })).toBe(
      "Today is the last day to apply (1 March)",
    );
    expect(i18n.t("reason.deadline.soon", { lng: "it", count: 3, deadline: "4 marzo" })).toBe(
      "Mancano 3 giorni alla scadenza delle candidature (4 marzo)",
    );
  });

  it("has the same keys in both languages", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const en = keys(load("en")).filter((k) => !k.endsWith("_many"));
    const it_ = keys(load("it")).filter((k) => !k.endsWith("_many"));
    expect(it_.sort()).toEqual(en.sort());
  });
});
