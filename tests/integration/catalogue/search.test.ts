/**
 * Search that finds what people type (issue 15, decision 0027), through the real loaders of
 * /opportunities and /centres on the run's database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): real queries in English and Italian, with and without accents and
 * hyphens, each with the seeded opportunity (by seedKey) or centre (by slug) it must return
 * first; the documents follow edits (triggers); bad input finds something or nothing,
 * never an error.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loader as opportunitiesLoader } from "~/routes/opportunities._index";
import { loader as centresLoader } from "~/routes/centres._index";
import { prisma } from "~/platform/db.server";
import { callLoader } from "../../utils/http";
import { removeTestCentres } from "./helpers";

const EN = { "Accept-Language": "en-GB,en;q=0.9" };
const IT = { "Accept-Language": "it-IT,it;q=0.9" };

/** [what is typed, the seedKey of the opportunity that must come first]. */
const OPPORTUNITY_QUERIES: [string, string][] = [
  ["carbon ion", "cnao-carbon-ion-observership"],
  ["Carbon-Ion", "cnao-carbon-ion-observership"],
  ["ioni carbonio", "cnao-carbon-ion-observership"],
  ["cardiology", "niguarda-vad-observership"],
  ["cardiologia", "niguarda-vad-observership"],
  ["cardiac surgery", "niguarda-heart-transplant-observership"],
  ["heart transplant", "niguarda-heart-transplant-observership"],
  ["trapianto di cuore", "niguarda-heart-transplant-observership"],
  ["protonterapia", "ieo-proton-therapy-observership"],
  ["proton therapy CNAO", "cnao-proton-therapy-clinical-visit"],
  ["CAR T", "papa-giovanni-cell-factory-joint-research"],
  ["car-t leukaemia", "papa-giovanni-car-t-all-clinical-visit"],
  ["leucemia", "papa-giovanni-car-t-all-clinical-visit"],
  ["simulazione", "mangiagalli-simulation-team-training"],
  ["neurochirurgia", "besta-neurosim-neurosurgical-simulation"],
  ["neurosurgery", "besta-neurosim-neurosurgical-simulation"],
  ["gene therapy", "sr-tiget-ada-scid-gene-therapy-joint-research"],
  ["terapia genica", "sr-tiget-ada-scid-gene-therapy-joint-research"],
  ["CNAO", "cnao-particle-therapy-doctoral-exchange"],
  ["BNCT", "cnao-bnct-joint-research"],
  ["adroterapia", "cnao-carbon-ion-observership"],
  ["hadron therapy", "cnao-bnct-joint-research"],
  ["ictus", "pavia-neuroscience-stroke-unit-observership"],
  ["stroke", "pavia-neuroscience-stroke-unit-observership"],
  ["radiomica", "ieo-radiomics-joint-research"],
  ["epilessia", "mondino-epilepsy-clinical-visit"],
  ["cefalea", "mondino-headache-observership"],
  ["ecografia", "pavia-skills-lab-ultrasound-simulation"],
  ["ultrasound", "pavia-skills-lab-ultrasound-simulation"],
  ["dissezione", "unibs-anatomy-student-elective"],
  ["sarcomi", "int-sarcoma-observership"],
  ["diabete", "san-raffaele-diabetes-clinical-visit"],
  ["geriatria", "policlinico-geriatrics-clinical-visit"],
  ["emergenza urgenza", "niguarda-emergency-care-clinical-visit"],
  ["emergenza-urgenza", "niguarda-emergency-care-clinical-visit"],
  ["pronto soccorso", "papa-giovanni-emergency-nursing-visit"],
  ["alta fedelta", "luzzatto-critical-care-simulation-course"],
  ["alta fedeltà", "luzzatto-critical-care-simulation-course"],
  ["ALTA FEDELTÀ", "luzzatto-critical-care-simulation-course"],
  ["IEO", "ieo-proton-therapy-observership"],
  ['"heart transplantation"', "niguarda-heart-transplant-observership"],
  ["stroke OR epilepsy", "pavia-neuroscience-stroke-unit-observership"],
];

/** [what is typed, the slug of the centre that must come first on /centres]. */
const CENTRE_QUERIES: [string, string][] = [
  ["CNAO", "cnao"],
  ["adroterapia", "cnao"],
  ["Niguarda", "niguarda"],
  ["SR-Tiget", "sr-tiget"],
  ["sr tiget", "sr-tiget"],
  ["Ca' Granda", "policlinico-milano"],
  ["ca granda", "policlinico-milano"],
  ["Università degli Studi di Pavia", "unipv"],
  ["universita degli studi pavia", "unipv"],
  ["Università di Pavia", "campus-salute-pavia-clinical-skills-lab"],
  ["Buzzi", "buzzi-paediatric-simulation-centre"],
];

let idBySeedKey: Map<string, string>;
let seedKeyById: Map<string, string>;

beforeAll(async () => {
  const rows = await prisma.opportunity.findMany({
    where: { seedKey: { not: null } },
    select: { id: true, seedKey: true },
  });
  idBySeedKey = new Map(rows.map((r) => [r.seedKey!, r.id]));
  seedKeyById = new Map(rows.map((r) => [r.id, r.seedKey!]));
});

afterEach(removeTestCentres);

async function opportunities(q: string, headers = EN, extra = "") {
  const data = await callLoader(opportunitiesLoader, `/opportunities?q=${encodeURIComponent(q)}${extra}`, { headers });
  return data;
}

async function centres(q: string, headers = EN) {
  return callLoader(centresLoader, `/centres?q=${encodeURIComponent(q)}`, { headers });
}

describe("search on /opportunities", () => {
  it("has every expected opportunity in the seed", () => {
    for (const [, key] of OPPORTUNITY_QUERIES) expect(idBySeedKey.has(key), key).toBe(true);
    expect(OPPORTUNITY_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(OPPORTUNITY_QUERIES)("%s → %s first", async (q, key) => {
    for (const headers of [EN, IT]) {
      const data = await opportunities(q, headers);
      expect(data.errors).toEqual({});
      const first = data.items[0];
      expect(
        first && seedKeyById.get(first.id),
        `${q}: ${data.items.map((i) => seedKeyById.get(i.id)).join(", ")}`,
      ).toBe(key);
    }
  });

  it("keeps the other filters, the count and the pages", async () => {
    const all = await opportunities("simulation");
    expect(all.total).toBeGreaterThan(10);
    const nurses = await opportunities("simulation", EN, "&centre=asst-mantova-simulation-centre");
    expect(nurses.items.map((i) => seedKeyById.get(i.id))).toEqual(["asst-mantova-nursing-simulation"]);
    const programmes = await opportunities("simulation", EN, "&type=SIMULATION_PROGRAMME");
    expect(programmes.items.length).toBeGreaterThan(0);
    expect(programmes.items.every((i) => i.type === "SIMULATION_PROGRAMME")).toBe(true);
    const therapy = await opportunities("therapy");
    const page2 = await opportunities("therapy", EN, "&page=2");
    expect(therapy.total).toBe(page2.total);
    if (therapy.total > 20) {
      expect(page2.items.length).toBe(Math.min(20, therapy.total - 20));
      const seen = new Set(therapy.items.map((i) => i.id));
      expect(page2.items.some((i) => seen.has(i.id))).toBe(false);
    }
  });

  it("finds nothing rather than everything for words that are nowhere", async () => {
    const data = await opportunities("xylophone");
    expect(data.total).toBe(0);
    expect(data.items).toEqual([]);
  });

  it("falls back to any word when no opportunity has them all", async () => {
    const data = await opportunities("carbon xylophone");
    expect(seedKeyById.get(data.items[0]?.id ?? "")).toBe("cnao-carbon-ion-observership");
    const excluded = await opportunities("carbon -ion xylophone");
    expect(excluded.total).toBe(0);
  });
});

describe("search on /centres", () => {
  it.each(CENTRE_QUERIES)("%s → %s first", async (q, slug) => {
    const data = await centres(q);
    expect(data.centres[0]?.slug, `${q}: ${data.centres.map((c) => c.slug).join(", ")}`).toBe(slug);
  });
});

describe("search documents follow edits", () => {
  it("an opportunity is found by its new title, its topics and its renamed centre", async () => {
    const centre = await prisma.centre.create({
      data: {
        slug: "test-search-centre",
        name: "Test Quokka Institute",
        nameIt: "Istituto Quokka di prova",
        kind: "PUBLIC_HOSPITAL",
        city: "Lodi",
        descriptionEn: "A test centre.",
        descriptionIt: "Un centro di prova.",
      },
    });
    const opp = await prisma.opportunity.create({
      data: {
        centreId: centre.id,
        type: "OBSERVERSHIP",
        status: "PUBLISHED",
        titleEn: "Wombat observership",
        titleIt: "Observership sul vombato",
        descriptionEn: "Test.",
        descriptionIt: "Prova.",
        seats: 1,
        minDays: 1,
        maxDays: 5,
      },
    });
    const ids = async (q: string) => (await opportunities(q)).items.map((i) => i.id);
    expect(await ids("wombat")).toEqual([opp.id]);
    expect(await ids("vombato")).toEqual([opp.id]);
    expect(await ids("quokka")).toEqual([opp.id]);
    expect(await ids("Lodi")).toEqual([opp.id]);

    await prisma.opportunity.update({ where: { id: opp.id }, data: { titleEn: "Numbat observership" } });
    expect(await ids("wombat")).toEqual([]);
    expect(await ids("numbat")).toEqual([opp.id]);
    expect(await ids("vombato")).toEqual([opp.id]);
    await prisma.opportunity.update({ where: { id: opp.id }, data: { titleIt: "Observership sul numbat" } });
    expect(await ids("vombato")).toEqual([]);

    await prisma.opportunityTopic.createMany({ data: [{ opportunityId: opp.id, topicId: "radiomics" }] });
    expect(await ids("numbat radiomica")).toEqual([opp.id]);
    expect(await ids("radiomica")).toContain(opp.id);
    await prisma.opportunityTopic.deleteMany({ where: { opportunityId: opp.id } });
    expect(await ids("radiomica")).not.toContain(opp.id);

    await prisma.centre.update({
      where: { id: centre.id },
      data: { name: "Test Platypus Institute", nameIt: "Istituto Ornitorinco" },
    });
    expect(await ids("quokka")).toEqual([]);
    expect(await ids("platypus")).toEqual([opp.id]);
    expect((await centres("ornitorinco")).centres.map((c) => c.slug)).toEqual(["test-search-centre"]);
  });

  it("a relabelled topic reaches the opportunities and centres that carry it", async () => {
    const topic = await prisma.topic.findUniqueOrThrow({ where: { id: "radiomics" } });
    try {
      await prisma.topic.update({
        where: { id: "radiomics" },
        data: { synonymsEn: [...topic.synonymsEn, "zebrafishomics"] },
      });
      const data = await opportunities("zebrafishomics");
      expect(data.items.map((i) => seedKeyById.get(i.id))).toContain("ieo-radiomics-joint-research");
    } finally {
      await prisma.topic.update({ where: { id: "radiomics" }, data: { synonymsEn: topic.synonymsEn } });
    }
    expect((await opportunities("zebrafishomics")).total).toBe(0);
  });
});

describe("bad search input", () => {
  const BAD = [
    "carbon & | ! <-> :* ( ) ion",
    "'\"carbon",
    '"""',
    "!!!",
    "&",
    "-",
    "- - -",
    "OR OR OR",
    "( ( (",
    "a:*",
    "\\",
    "%_%",
    '\'; DROP TABLE "Opportunity"; --',
    "the and of",
    "…—–·•",
    "😀 🚑",
    "carbon\u0000ion",
    "x".repeat(10_000),
    "carbon ion ".repeat(1_000),
  ];

  it.each(BAD.map((q) => [q.length > 40 ? `${q.slice(0, 30)}… (${q.length} chars)` : q, q]))(
    "%s → results or an empty list",
    async (_label, q) => {
      for (const load of [opportunities, centres]) {
        const data = (await load(q)) as { errors?: Record<string, string> };
        expect(data).toBeTruthy();
      }
      const data = await opportunities(q);
      expect(Array.isArray(data.items)).toBe(true);
    },
  );

  it("searches the search functions directly with texts the form would refuse", async () => {
    const { searchOpportunities, searchCentres } = await import("~/catalogue/search.server");
    for (const q of BAD) {
      await expect(searchOpportunities(q)).resolves.toBeInstanceOf(Map);
      await expect(searchCentres(q)).resolves.toBeInstanceOf(Map);
    }
    expect(
      (await searchOpportunities("carbon ion ".repeat(1_000))).has(idBySeedKey.get("cnao-carbon-ion-observership")!),
    ).toBe(true);
  });
});
