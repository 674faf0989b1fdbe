/** Public catalogue pages on the seeded database: rows, filters, 400/404 paths. */
import { describe, expect, it } from "vitest";
import { loader as homeLoader } from "~/routes/_index";
import { loader as centresLoader } from "~/routes/centres._index";
import { loader as centreLoader } from "~/routes/centres.$slug";
import { loader as opportunitiesLoader } from "~/routes/opportunities._index";
import { loader as opportunityLoader } from "~/routes/opportunities.$id";
import { prisma } from "~/platform/db.server";
import { addDays } from "~/platform/calendar";
import { callLoader, thrownResponse } from "../../utils/http";
import { createTestCentre, removeTestCentres } from "./helpers";

const REQUIRED_SLUGS = [
  "cnao",
  "niguarda",
  "istituto-nazionale-tumori",
  "ieo",
  "humanitas",
  "policlinico-milano",
  "papa-giovanni-xxiii",
  "san-raffaele",
  "sr-tiget",
  "pavia-neuroscience",
];

describe("/", () => {
  it("shows counts that match the database and the featured centres", async () => {
    const data = await callLoader(homeLoader, "/");
    expect(data.counts.centres).toBe(await prisma.centre.count());
    // Real programmes only; the examples shown beside them are counted apart (decision 0026).
    expect(data.counts.opportunities).toBe(
      await prisma.opportunity.count({ where: { status: "PUBLISHED", isExample: false } }),
    );
    expect(data.counts.examples).toBe(
      await prisma.opportunity.count({ where: { status: "PUBLISHED", isExample: true } }),
    );
    expect(data.featured.map((c) => c.slug).sort()).toEqual([...REQUIRED_SLUGS].sort());
  });

  it("answers in Italian when the browser asks for it", async () => {
    const en = await callLoader(homeLoader, "/", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    const it = await callLoader(homeLoader, "/", { headers: { "Accept-Language": "it-IT,it;q=0.9,en;q=0.5" } });
    expect(en.title).toMatch(/Lombardy/);
    expect(it.title).toMatch(/Lombardia/);
  });
});

describe("/centres", () => {
  it("lists every seeded centre, including the required ones, simulation centres and universities", async () => {
    const data = await callLoader(centresLoader, "/centres");
    const slugs = data.centres.map((c) => c.slug);
    expect(slugs).toHaveLength(await prisma.centre.count());
    for (const slug of REQUIRED_SLUGS) expect(slugs).toContain(slug);
    expect(data.centres.some((c) => c.kind === "SIMULATION_CENTRE")).toBe(true);
    expect(data.centres.some((c) => c.kind === "UNIVERSITY")).toBe(true);
  });

  it("filters by city", async () => {
    const data = await callLoader(centresLoader, "/centres?city=Pavia");
    expect(data.centres.length).toBeGreaterThan(0);
    expect(data.centres.every((c) => c.city === "Pavia")).toBe(true);
    expect(data.centres.map((c) => c.slug)).toContain("cnao");
    expect(data.centres.map((c) => c.slug)).not.toContain("niguarda");
  });

  it("filters by kind", async () => {
    const data = await callLoader(centresLoader, "/centres?kind=SIMULATION_CENTRE");
    expect(data.centres.length).toBe(await prisma.centre.count({ where: { kind: "SIMULATION_CENTRE" } }));
    expect(data.centres.every((c) => c.kind === "SIMULATION_CENTRE")).toBe(true);
  });

  it("filters by topic including narrower topics", async () => {
    const carbon = await callLoader(centresLoader, "/centres?topic=carbon-ion-radiotherapy");
    expect(carbon.centres.map((c) => c.slug)).toContain("cnao");
    expect(carbon.centres.map((c) => c.slug)).not.toContain("sr-tiget");
    // radiotherapy is broader than carbon-ion radiotherapy: CNAO must still match.
    const radio = await callLoader(centresLoader, "/centres?topic=radiotherapy");
    expect(radio.centres.map((c) => c.slug)).toContain("cnao");
    expect(radio.centres.length).toBeGreaterThanOrEqual(carbon.centres.length);
  });

  it("shows a malformed kind or an unknown topic as field errors, the other filters kept", async () => {
    const data = await callLoader(centresLoader, "/centres?kind=CASTLE&topic=no-such-topic&city=Pavia");
    expect(data.errors).toEqual({ kind: "filters.error.invalid", topic: "filters.error.invalid" });
    expect(data.filters).toEqual({ city: "Pavia" });
    expect(data.centres.every((c) => c.city === "Pavia")).toBe(true);
  });

  it("the list, its topics, the filter menus and the home page's counts follow an edit at once (kept per catalogue revision)", async () => {
    const before = await callLoader(centresLoader, "/centres?city=Testville");
    const home = await callLoader(homeLoader, "/");
    const topic = await prisma.topic.findFirstOrThrow({ where: { depth: { gt: 0 } }, orderBy: { id: "desc" } });
    try {
      const centre = await createTestCentre("kept-centre");
      await prisma.centre.update({ where: { id: centre.id }, data: { city: "Testville" } });
      const created = await callLoader(centresLoader, "/centres?city=Testville");
      expect(created.centres.map((c) => c.slug)).toEqual([...before.centres.map((c) => c.slug), "test-kept-centre"]);
      expect(created.options.cities).toContain("Testville");
      expect((await callLoader(homeLoader, "/")).counts.centres).toBe(home.counts.centres + 1);
      // A centre's topics move the revision too (their own trigger), so the card and the menu follow.
      await prisma.centreTopic.create({ data: { centreId: centre.id, topicId: topic.id } });
      const tagged = await callLoader(centresLoader, "/centres?city=Testville");
      expect(tagged.centres.find((c) => c.slug === "test-kept-centre")?.topics).toEqual([topic.labelEn]);
      expect(tagged.options.topics.some((t) => t.id === topic.id)).toBe(true);
    } finally {
      await removeTestCentres();
    }
    const after = await callLoader(centresLoader, "/centres?city=Testville");
    expect(after.centres.map((c) => c.slug)).toEqual(before.centres.map((c) => c.slug));
    expect((await callLoader(homeLoader, "/")).counts.centres).toBe(home.counts.centres);
  });

  it("ignores empty and unknown parameters", async () => {
    const data = await callLoader(centresLoader, "/centres?city=&kind=&utm_source=x");
    expect(data.centres).toHaveLength(await prisma.centre.count());
  });
});

describe("/centres/:slug", () => {
  it("shows facts with their source links and the opportunities", async () => {
    const { centre } = await callLoader(centreLoader, "/centres/cnao", { params: { slug: "cnao" } });
    expect(centre.name).toMatch(/CNAO|Adroterapia/);
    expect(centre.facts.length).toBeGreaterThan(0);
    const ns = new Set(centre.sources.map((s) => s.n));
    for (const fact of centre.facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const n of fact.sources) expect(ns.has(n)).toBe(true);
    }
    for (const s of centre.sources) expect(s.url).toMatch(/^https?:\/\//);
    expect(centre.opportunities.length).toBeGreaterThanOrEqual(3);
    expect(centre.opportunities.every((o) => o.isExample)).toBe(true);
  });

  it("lists a centre's first 20 opportunities, counts them all, and still finds a real one beyond the twentieth", async () => {
    const centre = await createTestCentre("many");
    const base = {
      centreId: centre.id,
      type: "OBSERVERSHIP" as const,
      status: "PUBLISHED" as const,
      descriptionEn: "A test opportunity.",
      descriptionIt: "Un'opportunità di prova.",
      seats: 1,
      minDays: 1,
      maxDays: 5,
    };
    try {
      await prisma.opportunity.createMany({
        data: Array.from({ length: 25 }, (_, i) => ({
          ...base,
          isExample: true,
          titleEn: `Example ${String(i).padStart(2, "0")}`,
          titleIt: `Esempio ${String(i).padStart(2, "0")}`,
        })),
      });
      await prisma.opportunity.create({ data: { ...base, titleEn: "Zz real programme", titleIt: "Zz programma" } });
      const { centre: page } = await callLoader(centreLoader, "/centres/test-many", { params: { slug: "test-many" } });
      expect(page.opportunities).toHaveLength(20);
      expect(page.opportunities[0]!.title).toBe("Example 00");
      expect(page.opportunityCount).toBe(26);
      expect(page.hasRealProgrammes).toBe(true);
    } finally {
      await removeTestCentres();
    }
  });

  it("does not present unconfirmed facts: CNAO's IRCCS status is shown as not confirmed", async () => {
    const { centre } = await callLoader(centreLoader, "/centres/cnao", { params: { slug: "cnao" } });
    expect(centre.irccs).toBeNull();
    const ieo = await callLoader(centreLoader, "/centres/ieo", { params: { slug: "ieo" } });
    expect(ieo.centre.irccs).toBe(true);
  });

  it("gives 404 for an unknown or malformed slug", async () => {
    expect(
      (await thrownResponse(() => callLoader(centreLoader, "/centres/atlantis", { params: { slug: "atlantis" } })))
        .status,
    ).toBe(404);
    expect(
      (await thrownResponse(() => callLoader(centreLoader, "/centres/%00", { params: { slug: "\u0000" } }))).status,
    ).toBe(404);
  });
});

describe("/opportunities", () => {
  it("lists published opportunities 20 a page with a correct total", async () => {
    const first = await callLoader(opportunitiesLoader, "/opportunities");
    expect(first.items.length).toBeLessThanOrEqual(20);
    expect(first.total).toBeGreaterThan(20);
    const second = await callLoader(opportunitiesLoader, "/opportunities?page=2");
    const ids1 = new Set(first.items.map((o) => o.id));
    expect(second.items.some((o) => ids1.has(o.id))).toBe(false);
    expect(second.pageCount).toBe(Math.ceil(first.total / 20));
  });

  it("the total, the topics and the filter form's centres and languages follow an edit at once (kept per catalogue revision)", async () => {
    const before = await callLoader(opportunitiesLoader, "/opportunities?type=SIMULATION_PROGRAMME");
    expect(before.options.languages).not.toContain("de");
    expect(before.options.centres.some((c) => c.slug === "test-kept")).toBe(false);
    const centre = await createTestCentre("kept");
    const topic = await prisma.topic.findFirstOrThrow({ where: { depth: { gt: 0 } }, orderBy: { id: "desc" } });
    const unused = !before.options.topics.some((t) => t.id === topic.id);
    try {
      await prisma.opportunity.create({
        data: {
          centreId: centre.id,
          type: "SIMULATION_PROGRAMME",
          status: "PUBLISHED",
          titleEn: "Kept-count simulation course",
          titleIt: "Corso di simulazione per il conteggio",
          descriptionEn: "A test opportunity.",
          descriptionIt: "Un'opportunità di prova.",
          seats: 1,
          minDays: 1,
          maxDays: 5,
          languages: { create: [{ code: "de", minLevel: "B2" }] },
          topics: { create: [{ topicId: topic.id }] },
          windows: { create: [{ startDate: new Date("2099-01-01"), endDate: new Date("2099-02-01") }] },
        },
      });
      const after = await callLoader(opportunitiesLoader, "/opportunities?type=SIMULATION_PROGRAMME");
      expect(after.total).toBe(before.total + 1);
      expect(after.options.languages).toContain("de");
      expect(after.options.centres.some((c) => c.slug === "test-kept")).toBe(true);
      expect(after.options.topics.some((t) => t.id === topic.id)).toBe(true);
      if (unused) expect(before.options.topics.some((t) => t.id === topic.id)).toBe(false);
    } finally {
      await removeTestCentres();
    }
    const again = await callLoader(opportunitiesLoader, "/opportunities?type=SIMULATION_PROGRAMME");
    expect(again.total).toBe(before.total);
    expect(again.options.languages).not.toContain("de");
  });

  it("filters by type", async () => {
    const data = await callLoader(opportunitiesLoader, "/opportunities?type=SIMULATION_PROGRAMME");
    expect(data.total).toBeGreaterThan(0);
    expect(data.items.every((o) => o.type === "SIMULATION_PROGRAMME")).toBe(true);
  });

  it("filters by topic including narrower topics", async () => {
    const data = await callLoader(opportunitiesLoader, "/opportunities?topic=heavy-ion-radiotherapy");
    expect(data.items.some((o) => o.centre.slug === "cnao")).toBe(true);
    const rows = await prisma.opportunity.findMany({
      where: { id: { in: data.items.map((o) => o.id) } },
      select: { topics: { select: { topic: { select: { id: true, parentId: true } } } } },
    });
    for (const r of rows) {
      expect(
        r.topics.some(
          (t) =>
            ["heavy-ion-radiotherapy", "proton-therapy", "carbon-ion-radiotherapy"].includes(t.topic.id) ||
            t.topic.parentId === "heavy-ion-radiotherapy",
        ),
      ).toBe(true);
    }
  });

  it("filters by centre", async () => {
    const data = await callLoader(opportunitiesLoader, "/opportunities?centre=ieo");
    expect(data.total).toBeGreaterThan(0);
    expect(data.items.every((o) => o.centre.slug === "ieo")).toBe(true);
  });

  it("filters by language: English only never shows an opportunity that requires Italian", async () => {
    const all = await callLoader(opportunitiesLoader, "/opportunities?language=en&page=1");
    let items = [...all.items];
    for (let page = 2; page <= all.pageCount; page++) {
      items = items.concat((await callLoader(opportunitiesLoader, `/opportunities?language=en&page=${page}`)).items);
    }
    expect(items.length).toBe(all.total);
    expect(items.every((o) => o.languages.every((l) => l.code === "en"))).toBe(true);
    const requiringItalian = await prisma.opportunity.count({
      where: { status: "PUBLISHED", languages: { some: { code: "it" } } },
    });
    expect(requiringItalian).toBeGreaterThan(0);
  });

  it("filters by date window (overlap, inclusive)", async () => {
    // A month from the start of the next open window, wherever the seed placed the windows.
    const next = await prisma.opportunityWindow.findFirstOrThrow({
      where: { endDate: { gte: new Date() }, opportunity: { status: "PUBLISHED" } },
      orderBy: { startDate: "asc" },
    });
    const from = next.startDate.toISOString().slice(0, 10);
    const to = addDays(from, 30);
    const data = await callLoader(opportunitiesLoader, `/opportunities?from=${from}&to=${to}`);
    expect(data.total).toBeGreaterThan(0);
    for (const o of data.items) {
      expect(o.ranges.some((r) => r.start <= to && r.end >= from)).toBe(true);
    }
  });

  it.each([
    ["type=HOLIDAY", "type", "filters.error.invalid"],
    ["page=0", "page", "filters.error.invalid"],
    ["page=abc", "page", "filters.error.invalid"],
    ["from=2027-02-30", "from", "filters.error.date"],
    ["from=2027-05-01&to=2027-04-01", "to", "filters.error.dateOrder"],
    ["language=english", "language", "filters.error.invalid"],
    ["topic=nope", "topic", "filters.error.invalid"],
    ["centre=../../etc", "centre", "filters.error.invalid"],
    ["type=OBSERVERSHIP&type=CLINICAL_VISIT", "type", "filters.error.repeated"],
  ])("answers %s with the page, a field error on %s and the other filters kept", async (qs, field, key) => {
    const others = field === "centre" ? "&q=carbon" : "&centre=cnao&q=carbon";
    const data = await callLoader(opportunitiesLoader, `/opportunities?${qs}${others}`);
    expect(data.errors).toEqual({ [field]: key });
    expect(data.filters).toMatchObject(field === "centre" ? { q: "carbon" } : { centre: "cnao", q: "carbon" });
    if (field === "page") expect(data.filters.page).toBe(1);
    else expect(data.filters).not.toHaveProperty(field);
  });
});

describe("/opportunities/:id", () => {
  it("shows a published opportunity", async () => {
    const o = await prisma.opportunity.findFirstOrThrow({ where: { status: "PUBLISHED", centre: { slug: "cnao" } } });
    const data = await callLoader(opportunityLoader, `/opportunities/${o.id}`, { params: { id: o.id } });
    expect(data.opportunity.id).toBe(o.id);
    expect(data.opportunity.isExample).toBe(true);
    expect(data.opportunity.centre.slug).toBe("cnao");
  });

  it("gives 404 for unknown ids and for drafts", async () => {
    expect(
      (await thrownResponse(() => callLoader(opportunityLoader, "/opportunities/nope", { params: { id: "nope" } })))
        .status,
    ).toBe(404);
    const o = await prisma.opportunity.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const draft = await prisma.opportunity.create({
      data: {
        centreId: o.centreId,
        type: "OBSERVERSHIP",
        status: "DRAFT",
        titleEn: "Draft",
        titleIt: "Bozza",
        descriptionEn: "d",
        descriptionIt: "d",
        seats: 1,
        minDays: 1,
        maxDays: 2,
      },
    });
    expect(
      (
        await thrownResponse(() =>
          callLoader(opportunityLoader, `/opportunities/${draft.id}`, { params: { id: draft.id } }),
        )
      ).status,
    ).toBe(404);
  });
});
