/**
 * Partner institutions abroad as hosts (issue 19, part 1): the admin centre forms create and
 * edit them (country required, never Italy; a centre in Lombardy keeps no country; ROR IDs
 * checked with their check digits), the public catalogue lists Lombardy and abroad apart and
 * filters by region and country, and a partner's coordinator publishes an opportunity and
 * approves a request in the inbox with the same routes as a Lombardy centre's.
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as editAction, loader as editLoader } from "~/routes/admin.centres.$slug";
import { action as newAction } from "~/routes/admin.centres.new";
import { loader as centresLoader } from "~/routes/centres._index";
import { loader as centreLoader } from "~/routes/centres.$slug";
import { loader as opportunitiesLoader } from "~/routes/opportunities._index";
import { action as newOpportunityAction } from "~/routes/coordinator_.centres.$slug.opportunities.new";
import { action as opportunityAction } from "~/routes/coordinator_.opportunities.$id._index";
import { action as requestAction } from "~/routes/requests.new/route";
import { action as inboxAction } from "~/routes/inbox.$id/route";
import { prisma } from "~/platform/db.server";
import { seedDatabase } from "../../../prisma/seed";
import { callAction, callLoader, statusOf } from "../../utils/http";
import {
  createApplicant,
  createCoordinator,
  location,
  multipart,
  post,
  walletFor,
  withTempUploads,
} from "../../factories/request-flow";
import { asAdmin, bodyOf, day, errorsOf, opportunityForm, removeTestCentres, toForm } from "./helpers";

afterEach(removeTestCentres);
withTempUploads();

const EN = { "Accept-Language": "en" };
const IT = { "Accept-Language": "it" };

function partnerForm(overrides: Record<string, unknown> = {}) {
  return {
    slug: "test-partner-lyon",
    name: "Example Partner Hospital",
    nameIt: "Ospedale partner di esempio",
    kind: "PUBLIC_HOSPITAL",
    location: "abroad",
    country: "fr",
    city: "Lyon",
    irccs: "unconfirmed",
    rorId: "https://ror.org/00wjc7c48",
    descriptionEn: "A partner hospital abroad.",
    descriptionIt: "Un ospedale partner all'estero.",
    sources: [{ n: 1, url: "https://partner.example.org/about", title: "About" }],
    facts: [{ textEn: "Founded in 1990.", textIt: "Fondato nel 1990.", sources: "1" }],
    ...overrides,
  };
}

const create = (cookie: string, form: Record<string, unknown>) =>
  callAction(newAction, "/admin/centres/new", toForm(form), { headers: { Cookie: cookie } });
const save = (cookie: string, slug: string, form: Record<string, unknown>) =>
  callAction(editAction, `/admin/centres/${slug}`, toForm(form), { params: { slug }, headers: { Cookie: cookie } });

describe("partner institutions abroad in the admin centre forms", () => {
  it("creates a partner abroad with its country; the edit form shows it; back in Lombardy the country goes", async () => {
    const { cookie } = await asAdmin();
    const res = (await create(cookie, partnerForm())) as Response;
    expect(res.status, JSON.stringify(errorsOf(res))).toBe(302);
    const centre = await prisma.centre.findUniqueOrThrow({ where: { slug: "test-partner-lyon" } });
    expect(centre).toMatchObject({ country: "FR", city: "Lyon", rorId: "https://ror.org/00wjc7c48" });

    const page = await callLoader(editLoader, "/admin/centres/test-partner-lyon", {
      params: { slug: "test-partner-lyon" },
      headers: { Cookie: cookie, ...IT },
    });
    expect(page.data.defaultValue).toMatchObject({ location: "abroad", country: "FR" });
    // The countries as codes in Italian order (the form names them): Francia, not Italia.
    expect(page.data.countries.split(" ")).toContain("FR");
    expect(page.data.countries.split(" ")).not.toContain("IT");
    expect(page.data.countries).not.toContain("Francia");

    // A centre in Lombardy keeps no country, whatever the form sent.
    const back = await save(cookie, "test-partner-lyon", { ...page.data.defaultValue, location: "lombardy" });
    expect(statusOf(back)).toBe(302);
    expect((await prisma.centre.findUniqueOrThrow({ where: { id: centre.id } })).country).toBeNull();
  });

  it("refuses a partner abroad without a country, in Italy, with an unknown country or a bad ROR ID (nothing written)", async () => {
    const { cookie } = await asAdmin();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ country: "" }, "country", "admin:centres.validation.countryRequired"],
      [{ country: "it" }, "country", "admin:centres.validation.countryNotAbroad"],
      [{ country: "XX" }, "country", "admin:centres.validation.countryInvalid"],
      [{ country: "France" }, "country", "admin:centres.validation.countryInvalid"],
      [{ location: "moon" }, "location", "admin:centres.validation.locationInvalid"],
      // One character mistyped: the check digits catch it (ISO 7064 Mod 97-10).
      [{ rorId: "https://ror.org/00wjc7d48" }, "rorId", "admin:centres.validation.rorInvalid"],
    ];
    for (const [override, field, message] of cases) {
      const res = await create(cookie, partnerForm(override));
      expect(statusOf(res), field).toBe(400);
      expect(errorsOf(res)[field], `${field}: ${JSON.stringify(errorsOf(res))}`).toEqual([message]);
    }
    // The country error comes with the other fields' errors.
    expect(errorsOf(await create(cookie, partnerForm({ country: "", kind: "SPA" })))).toMatchObject({
      country: ["admin:centres.validation.countryRequired"],
      kind: ["admin:centres.validation.kindRequired"],
    });
    expect(await prisma.centre.count({ where: { slug: "test-partner-lyon" } })).toBe(0);
  });
});

describe("the public catalogue, Lombardy and abroad", () => {
  it("lists centres in two groups and filters them by region and country", async () => {
    const all = await callLoader(centresLoader, "/centres", { headers: EN });
    const abroad = all.centres.filter((c) => c.country);
    expect(abroad.map((c) => c.slug).sort()).toEqual(["cern", "gsi-darmstadt", "hit-heidelberg"]);
    expect(all.centres.find((c) => c.slug === "cnao")?.country).toBeNull();
    expect(all.options.countries).toEqual([
      { code: "DE", name: "Germany" },
      { code: "CH", name: "Switzerland" },
    ]);

    const german = await callLoader(centresLoader, "/centres?country=de", { headers: IT });
    expect(german.centres.map((c) => c.slug).sort()).toEqual(["gsi-darmstadt", "hit-heidelberg"]);
    expect(german.centres[0].countryName).toBe("Germania");
    const lombardy = await callLoader(centresLoader, "/centres?region=lombardy", { headers: EN });
    expect(lombardy.centres.length).toBe(all.centres.length - 3);
    expect(lombardy.centres.every((c) => c.country === null)).toBe(true);
    const onlyAbroad = await callLoader(centresLoader, "/centres?region=abroad", { headers: EN });
    expect(onlyAbroad.centres).toHaveLength(3);
    // A malformed filter is a field error and is left out.
    const bad = await callLoader(centresLoader, "/centres?region=mars&country=Germany", { headers: EN });
    expect(Object.keys(bad.errors).sort()).toEqual(["country", "region"]);
    expect(bad.centres).toHaveLength(all.centres.length);

    const cern = await callLoader(centreLoader, "/centres/cern", { params: { slug: "cern" }, headers: IT });
    expect(cern.centre.country).toBe("Svizzera");
  });

  it("lists Lombardy's opportunities first, then the partners', and filters them by region and country", async () => {
    const all = await callLoader(opportunitiesLoader, "/opportunities?page=1", { headers: EN });
    const regions = all.items.map((o) => o.centre.country !== null);
    expect(regions.indexOf(true) === -1 || regions.slice(regions.indexOf(true)).every(Boolean)).toBe(true);
    expect(all.options.countries.map((c) => c.code).sort()).toEqual(["CH", "DE"]);

    const abroad = await callLoader(opportunitiesLoader, "/opportunities?region=abroad", { headers: EN });
    expect(abroad.total).toBe(3);
    expect(abroad.items.map((o) => o.centre.slug)).toEqual(["cern", "gsi-darmstadt", "hit-heidelberg"]);
    expect(abroad.items.every((o) => o.isExample)).toBe(true);
    const swiss = await callLoader(opportunitiesLoader, "/opportunities?country=CH", { headers: IT });
    expect(swiss.items.map((o) => o.centre)).toMatchObject([{ slug: "cern", countryName: "Svizzera" }]);
    const lombardy = await callLoader(opportunitiesLoader, "/opportunities?region=lombardy", { headers: EN });
    expect(lombardy.total).toBe(all.total - 3);
    // With a search text too, Lombardy's come first (the page's groups stay whole across pages).
    const searched = await callLoader(opportunitiesLoader, "/opportunities?q=carbon", { headers: EN });
    const abroadAt = searched.items.map((o) => o.centre.country !== null);
    expect(abroadAt).toContain(true);
    expect(abroadAt.slice(abroadAt.indexOf(true)).every(Boolean)).toBe(true);
  });
});

describe("a partner's coordinator", () => {
  it("publishes an opportunity and approves a request in the inbox, as a Lombardy centre's coordinator does", async () => {
    const { cookie } = await asAdmin();
    expect(statusOf(await create(cookie, partnerForm()))).toBe(302);
    const coordinator = await createCoordinator("test-partner-lyon");

    const created = (await callAction(
      newOpportunityAction,
      "/coordinator/centres/test-partner-lyon/opportunities/new",
      toForm(opportunityForm({ deadline: day(5), windows: [{ start: day(10), end: day(39) }] })),
      { params: { slug: "test-partner-lyon" }, headers: { Cookie: coordinator.cookie } },
    )) as Response;
    expect(created.status, JSON.stringify(bodyOf(created))).toBe(302);
    const opportunityId = /\/coordinator\/opportunities\/([a-z0-9]+)/.exec(created.headers.get("Location")!)![1];
    const published = await callAction(
      opportunityAction,
      `/coordinator/opportunities/${opportunityId}`,
      { intent: "publish" },
      { params: { id: opportunityId }, headers: { Cookie: coordinator.cookie } },
    );
    expect(statusOf(published)).toBe(302);
    const listed = await callLoader(opportunitiesLoader, "/opportunities?country=FR", { headers: EN });
    expect(listed.items.map((o) => o.id)).toEqual([opportunityId]);

    // A Lombardy professional (home centre Niguarda): partners abroad are theirs to request (part 2).
    const applicant = await createApplicant();
    const niguarda = await prisma.centre.findUniqueOrThrow({ where: { slug: "niguarda" }, select: { id: true } });
    await prisma.profile.update({ where: { userId: applicant.id }, data: { homeCentreId: niguarda.id } });
    const sent = await post(
      requestAction,
      `/requests/new?opportunity=${opportunityId}`,
      multipart({
        motivation: "I would like to see your proton planning.",
        startDate: day(12),
        endDate: day(20),
        "answers[0]": "",
        documents: await walletFor(applicant, opportunityId),
      }),
      { cookie: applicant.cookie },
    );
    const requestId = /^\/requests\/([^?]+)\?done=submitted$/.exec(location(sent) ?? "")?.[1];
    expect(requestId, JSON.stringify(bodyOf(sent))).toBeTruthy();

    const approved = await post(inboxAction, `/inbox/${requestId}`, multipart({ intent: "approve" }), {
      cookie: coordinator.cookie,
      params: { id: requestId! },
    });
    expect(location(approved)).toBe(`/inbox/${requestId}?done=approve`);
    expect(await prisma.request.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "APPROVED" });
    const mails = await prisma.notification.findMany({ where: { userId: applicant.id }, select: { kind: true } });
    expect(mails.map((m) => m.kind)).toContain("request-approved");
  });
});

describe("the seeded partners abroad", () => {
  it("carry only CNAO's sourced statement, one example opportunity each, and seeding again adds nothing", async () => {
    const partners = await prisma.centre.findMany({
      where: { country: { not: null } },
      orderBy: { slug: "asc" },
      select: {
        slug: true,
        country: true,
        website: true,
        rorId: true,
        irccs: true,
        facts: { select: { textEn: true, sourceNs: true } },
        sources: { select: { n: true, url: true } },
        opportunities: { select: { seedKey: true, isExample: true, status: true } },
      },
    });
    expect(partners.map((p) => [p.slug, p.country])).toEqual([
      ["cern", "CH"],
      ["gsi-darmstadt", "DE"],
      ["hit-heidelberg", "DE"],
    ]);
    for (const p of partners) {
      expect(p).toMatchObject({ website: null, rorId: null, irccs: null });
      expect(p.sources).toEqual([{ n: 1, url: "https://fondazionecnao.it/en/partnerships" }]);
      expect(p.facts).toHaveLength(1);
      expect(p.facts[0].sourceNs).toEqual([1]);
      expect(p.opportunities.length).toBeGreaterThanOrEqual(1);
      for (const o of p.opportunities) expect(o).toMatchObject({ isExample: true, status: "PUBLISHED" });
      expect(seedKeys(p.opportunities).every((k) => k.startsWith(p.slug.split("-")[0]))).toBe(true);
    }
    await prisma.appMeta.deleteMany({ where: { key: "seed.hash" } });
    expect(await seedDatabase(prisma)).toMatchObject({ skipped: false, centresCreated: 0, opportunitiesCreated: 0 });
  });
});

const seedKeys = (os: { seedKey: string | null }[]) => os.map((o) => o.seedKey ?? "");
