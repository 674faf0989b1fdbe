/**
 * Admins' centre tools (/admin/centres…): list, create a centre with sources and sourced
 * facts, edit its facts and sources; bad input (a fact citing a missing source, http
 * website, malformed ROR ID, parent cycle, taken slug) is a field error that changes
 * nothing; only admins get in.
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as editAction, loader as editLoader } from "~/routes/admin.centres.$slug";
import { loader as listLoader } from "~/routes/admin.centres._index";
import { action as newAction, loader as newLoader } from "~/routes/admin.centres.new";
import { loader as publicLoader } from "~/routes/centres.$slug";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { asAdmin, asCoordinator, createTestCentre, errorsOf, removeTestCentres, toForm } from "./helpers";

afterEach(removeTestCentres);

function centreForm(overrides: Record<string, unknown> = {}) {
  return {
    slug: "test-new-clinic",
    name: "Example Research Clinic",
    nameIt: "Clinica di ricerca di esempio",
    kind: "RESEARCH_INSTITUTE",
    city: "Bergamo",
    address: "Via Esempio 1, Bergamo",
    website: "https://clinic.example.org",
    irccs: "unconfirmed",
    rorId: "",
    parentId: "",
    descriptionEn: "A research clinic in Bergamo.",
    descriptionIt: "Una clinica di ricerca a Bergamo.",
    sources: [
      { n: 1, url: "https://clinic.example.org/about", title: "About the clinic", date: "2025-11", kind: "official" },
      { n: 2, url: "http://news.example.org/clinic", title: "Local news", date: "", kind: "press" },
    ],
    facts: [
      { textEn: "Founded in 1990.", textIt: "Fondata nel 1990.", sources: "1" },
      { textEn: "Has 40 beds.", textIt: "Ha 40 posti letto.", sources: "1, 2" },
    ],
    ...overrides,
  };
}

const create = (cookie: string, form = centreForm()) =>
  callAction(newAction, "/admin/centres/new", toForm(form), { headers: { Cookie: cookie } });
const save = (cookie: string, slug: string, form: Record<string, unknown>) =>
  callAction(editAction, `/admin/centres/${slug}`, toForm(form), { params: { slug }, headers: { Cookie: cookie } });

describe("admin centres", () => {
  it("only admins get in", async () => {
    const { cookie } = await asCoordinator("cnao");
    const headers = { Cookie: cookie };
    expect((await thrownResponse(() => callLoader(listLoader, "/admin/centres", { headers }))).status).toBe(403);
    expect((await thrownResponse(() => callLoader(newLoader, "/admin/centres/new", { headers }))).status).toBe(403);
    expect((await thrownResponse(() => create(cookie))).status).toBe(403);
    expect(
      (await thrownResponse(() => callLoader(editLoader, "/admin/centres/cnao", { params: { slug: "cnao" }, headers })))
        .status,
    ).toBe(403);
    expect((await thrownResponse(() => save(cookie, "cnao", centreForm()))).status).toBe(403);
    expect(await prisma.centre.count({ where: { slug: "test-new-clinic" } })).toBe(0);
  });

  it("creates a centre with its sources and sourced facts; it appears in the list and on its public page", async () => {
    const { cookie, user } = await asAdmin();
    const res = (await create(cookie)) as Response;
    expect(res.status, JSON.stringify(errorsOf(res))).toBe(302);
    expect(res.headers.get("Location")).toBe("/admin/centres/test-new-clinic?notice=created");
    const centre = await prisma.centre.findUniqueOrThrow({
      where: { slug: "test-new-clinic" },
      include: { facts: { orderBy: { position: "asc" } }, sources: { orderBy: { n: "asc" } } },
    });
    expect(centre).toMatchObject({
      name: "Example Research Clinic",
      kind: "RESEARCH_INSTITUTE",
      irccs: null,
      rorId: null,
      parentId: null,
      languages: [],
      responseTimeDays: 21,
    });
    expect(centre.sources.map((s) => [s.n, s.url, s.date, s.kind])).toEqual([
      [1, "https://clinic.example.org/about", "2025-11", "official"],
      [2, "http://news.example.org/clinic", null, "press"],
    ]);
    expect(centre.facts.map((f) => [f.position, f.textEn, f.sourceNs])).toEqual([
      [1, "Founded in 1990.", [1]],
      [2, "Has 40 beds.", [1, 2]],
    ]);
    expect(await prisma.auditEvent.findFirst({ where: { action: "centre.create", subject: centre.id } })).toMatchObject(
      { actorId: user.id },
    );

    const list = await callLoader(listLoader, "/admin/centres", { headers: { Cookie: cookie } });
    expect(list.data.centres.find((c) => c.slug === "test-new-clinic")).toMatchObject({
      facts: 2,
      sources: 2,
      opportunities: 0,
    });
    const page = await callLoader(publicLoader, "/centres/test-new-clinic", { params: { slug: "test-new-clinic" } });
    expect(page.centre.facts).toEqual([
      { text: "Founded in 1990.", sources: [1] },
      { text: "Has 40 beds.", sources: [1, 2] },
    ]);

    // The same slug again is a field error.
    const again = await create(cookie);
    expect(statusOf(again)).toBe(409);
    expect(errorsOf(again).slug).toEqual(["admin:centres.validation.slugTaken"]);
  });

  it("edits a centre's facts, sources, IRCCS status, ROR ID and parent", async () => {
    const { cookie } = await asAdmin();
    const parent = await createTestCentre("parent");
    const child = await createTestCentre("child");
    const page = await callLoader(editLoader, `/admin/centres/${child.slug}`, {
      params: { slug: child.slug },
      headers: { Cookie: cookie },
    });
    const form = page.data.defaultValue as Record<string, unknown>;
    expect(form).toMatchObject({ irccs: "unconfirmed", sources: [], facts: [] });
    expect(page.data.parents.map((p) => p.id)).toContain(parent.id);
    expect(page.data.parents.map((p) => p.id)).not.toContain(child.id);

    const res = (await save(cookie, child.slug, {
      ...form,
      irccs: "yes",
      rorId: "ror.org/00wjc7c48",
      parentId: parent.id,
      website: "https://child.example.org",
      sources: [
        { n: 3, url: "https://example.org/irccs", title: "Ministry list", date: "2024-05-01", kind: "official" },
      ],
      facts: [{ textEn: "Recognised as an IRCCS.", textIt: "Riconosciuto come IRCCS.", sources: "3" }],
    })) as Response;
    expect(res.status, JSON.stringify(errorsOf(res))).toBe(302);
    const after = await prisma.centre.findUniqueOrThrow({
      where: { id: child.id },
      include: { facts: true, sources: true },
    });
    expect(after).toMatchObject({
      irccs: true,
      rorId: "https://ror.org/00wjc7c48",
      parentId: parent.id,
      website: "https://child.example.org",
    });
    expect(after.facts.map((f) => f.sourceNs)).toEqual([[3]]);
    expect(after.sources.map((s) => s.n)).toEqual([3]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "centre.update", subject: child.id } });
    expect((event.data as { changed: string[] }).changed.sort()).toEqual([
      "facts",
      "irccs",
      "parentId",
      "rorId",
      "sources",
      "website",
    ]);

    // The parent may not now become a child of its child.
    const parentPage = await callLoader(editLoader, `/admin/centres/${parent.slug}`, {
      params: { slug: parent.slug },
      headers: { Cookie: cookie },
    });
    expect(parentPage.data.parents.map((p) => p.id)).not.toContain(child.id);
    const cycle = await save(cookie, parent.slug, {
      ...(parentPage.data.defaultValue as Record<string, unknown>),
      parentId: child.id,
    });
    expect(errorsOf(cycle).parentId).toEqual(["admin:centres.validation.parentInvalid"]);
    expect((await prisma.centre.findUniqueOrThrow({ where: { id: parent.id } })).parentId).toBeNull();
  });

  it("a fact citing a missing source, and other bad input, are field errors that change nothing", async () => {
    const { cookie } = await asAdmin();
    const centre = await createTestCentre("edited", {
      sources: { create: [{ n: 1, url: "https://example.org/a", title: "A" }] },
      facts: { create: [{ position: 1, textEn: "Fact.", textIt: "Fatto.", sourceNs: [1] }] },
    });
    const before = await prisma.centre.findUniqueOrThrow({
      where: { id: centre.id },
      include: { facts: true, sources: true },
    });
    const page = await callLoader(editLoader, `/admin/centres/${centre.slug}`, {
      params: { slug: centre.slug },
      headers: { Cookie: cookie },
    });
    const form = page.data.defaultValue as Record<string, unknown>;
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { facts: [{ textEn: "Fact.", textIt: "Fatto.", sources: "1, 4" }] },
        "facts[0].sources",
        "admin:centres.validation.factSourceMissing",
      ],
      [{ sources: [] }, "facts[0].sources", "admin:centres.validation.factSourceMissing"],
      [
        { facts: [{ textEn: "Fact.", textIt: "Fatto.", sources: "one" }] },
        "facts[0].sources",
        "admin:centres.validation.factSourcesInvalid",
      ],
      [
        { facts: [{ textEn: "Fact.", textIt: "Fatto.", sources: "" }] },
        "facts[0].sources",
        "admin:centres.validation.factSourcesRequired",
      ],
      [
        {
          sources: [
            { n: 1, url: "https://example.org/a", title: "A" },
            { n: 1, url: "https://example.org/b", title: "B" },
          ],
        },
        "sources[1].n",
        "admin:centres.validation.sourceNumberTwice",
      ],
      [
        { sources: [{ n: 1, url: "javascript:alert(1)", title: "A" }] },
        "sources[0].url",
        "admin:centres.validation.urlInvalid",
      ],
      [
        { sources: [{ n: 1, url: "https://example.org/a", title: "A", date: "May 2024" }] },
        "sources[0].date",
        "admin:centres.validation.sourceDateInvalid",
      ],
      [{ website: "http://insecure.example.org" }, "website", "admin:centres.validation.websiteHttps"],
      [{ rorId: "https://ror.org/00wjc7c49" }, "rorId", "admin:centres.validation.rorInvalid"],
      [{ irccs: "maybe" }, "irccs", "admin:centres.validation.irccsRequired"],
      [{ kind: "SPA" }, "kind", "admin:centres.validation.kindRequired"],
      [{ name: "n".repeat(201) }, "name", "coordinator:validation.tooLong"],
      [
        { facts: [{ textEn: "f".repeat(1_001), textIt: "Fatto.", sources: "1" }] },
        "facts[0].textEn",
        "coordinator:validation.tooLong",
      ],
    ];
    for (const [override, field, message] of cases) {
      const res = await save(cookie, centre.slug, { ...form, ...override });
      expect(statusOf(res), field).toBe(400);
      expect(errorsOf(res)[field], `${field}: ${JSON.stringify(errorsOf(res))}`).toContain(message);
    }
    // Errors come together: a missing source is named even while other fields are wrong too.
    const together = await save(cookie, centre.slug, {
      ...form,
      website: "http://x.example.org",
      facts: [{ textEn: "F.", textIt: "F.", sources: "2" }],
    });
    expect(errorsOf(together)).toMatchObject({
      website: ["admin:centres.validation.websiteHttps"],
      "facts[0].sources": ["admin:centres.validation.factSourceMissing"],
    });
    const slugs: [string, string][] = [
      ["Bad Slug", "admin:centres.validation.slugInvalid"],
      ["new", "admin:centres.validation.slugReserved"],
    ];
    for (const [slug, message] of slugs)
      expect(errorsOf(await create(cookie, centreForm({ slug }))).slug).toEqual([message]);
    expect(
      await prisma.centre.findUniqueOrThrow({ where: { id: centre.id }, include: { facts: true, sources: true } }),
    ).toEqual(before);
  });

  it("a save from a page loaded before someone else's save is refused as stale", async () => {
    const { cookie } = await asAdmin();
    const centre = await createTestCentre("stale");
    const page = await callLoader(editLoader, `/admin/centres/${centre.slug}`, {
      params: { slug: centre.slug },
      headers: { Cookie: cookie },
    });
    const form = page.data.defaultValue as Record<string, unknown>;
    expect(((await save(cookie, centre.slug, { ...form, city: "Pavia" })) as Response).status).toBe(302);
    const stale = await save(cookie, centre.slug, { ...form, city: "Como" });
    expect(statusOf(stale)).toBe(409);
    expect((await prisma.centre.findUniqueOrThrow({ where: { id: centre.id } })).city).toBe("Pavia");
  });
});
