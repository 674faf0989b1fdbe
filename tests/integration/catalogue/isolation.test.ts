/**
 * Tenant isolation of the coordinators' tools: a coordinator of another centre gets 404 on
 * every page and every post (save, publish, close, back to draft, topic search, list
 * intents, centre details, new opportunity), and nothing changes; applicants get 403,
 * anonymous visitors a redirect to log in; admins may act on any centre. Also the
 * coordinator's centre page: its opportunities, and saving description, languages and
 * response time (with field errors for bad input).
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as centreAction, loader as centreLoader } from "~/routes/coordinator_.centres.$slug._index";
import { action as newAction, loader as newLoader } from "~/routes/coordinator_.centres.$slug.opportunities.new";
import { action as editAction, loader as editLoader } from "~/routes/coordinator_.opportunities.$id._index";
import { loader as calendarLoader } from "~/routes/coordinator_.opportunities.$id.calendar";
import { loader as homeLoader } from "~/routes/coordinator";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, thrownResponse } from "../../utils/http";
import {
  asAdmin,
  asApplicant,
  asCoordinator,
  createTestCentre,
  errorsOf,
  opportunityForm,
  removeTestCentres,
  snapshot,
  toForm,
} from "./helpers";

afterEach(removeTestCentres);

/** Every page and post of the coordinator tools, for `cookie`, on the CNAO opportunity `id`. */
function attempts(cookie: string | null, id: string, version: string) {
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  const opp = { params: { id }, headers };
  const centre = { params: { slug: "cnao" }, headers };
  const save = toForm({ ...opportunityForm({ seats: 99, titleEn: "Hijacked" }), version });
  return {
    "GET centre": () => callLoader(centreLoader, "/coordinator/centres/cnao", centre),
    "POST centre details": () =>
      callAction(
        centreAction,
        "/coordinator/centres/cnao",
        { descriptionEn: "Hijacked", descriptionIt: "Dirottato", responseTimeDays: "5" },
        centre,
      ),
    "GET new opportunity": () => callLoader(newLoader, "/coordinator/centres/cnao/opportunities/new", centre),
    "POST new opportunity": () =>
      callAction(newAction, "/coordinator/centres/cnao/opportunities/new", toForm(opportunityForm()), centre),
    "GET edit": () => callLoader(editLoader, `/coordinator/opportunities/${id}`, opp),
    "POST save": () => callAction(editAction, `/coordinator/opportunities/${id}`, save, opp),
    "POST topic search": () =>
      callAction(
        editAction,
        `/coordinator/opportunities/${id}`,
        { ...save, intent: "search-topics", topicQuery: "proton" },
        opp,
      ),
    "POST list intent": () =>
      callAction(
        editAction,
        `/coordinator/opportunities/${id}`,
        { ...save, __intent__: JSON.stringify({ type: "insert", payload: { name: "windows" } }) },
        opp,
      ),
    "POST publish": () => callAction(editAction, `/coordinator/opportunities/${id}`, { intent: "publish" }, opp),
    "POST close": () => callAction(editAction, `/coordinator/opportunities/${id}`, { intent: "close" }, opp),
    "POST draft": () => callAction(editAction, `/coordinator/opportunities/${id}`, { intent: "draft" }, opp),
    "GET calendar": () => callLoader(calendarLoader, `/coordinator/opportunities/${id}/calendar`, opp),
  };
}

async function cnaoOpportunity() {
  // A seeded CNAO opportunity (never changed by these tests: every attempt must fail).
  const o = await prisma.opportunity.findFirstOrThrow({
    where: { centre: { slug: "cnao" }, status: "PUBLISHED" },
    orderBy: { seedKey: "asc" },
  });
  return { id: o.id, version: o.updatedAt.toISOString() };
}

async function state(id: string) {
  return {
    opportunity: await snapshot(id),
    centre: await prisma.centre.findUniqueOrThrow({ where: { slug: "cnao" } }),
    count: await prisma.opportunity.count(),
    audit: await prisma.auditEvent.count(),
  };
}

describe("tenant isolation", () => {
  it("a coordinator of another centre gets 404 on every page and post, and nothing changes", async () => {
    const { cookie } = await asCoordinator("niguarda");
    const { id, version } = await cnaoOpportunity();
    const before = await state(id);
    for (const [name, run] of Object.entries(attempts(cookie, id, version))) {
      expect((await thrownResponse(run)).status, name).toBe(404);
    }
    expect(await state(id)).toEqual(before);
  });

  it("an unknown or malformed id or slug is a 404 too", async () => {
    const { cookie } = await asCoordinator("cnao");
    const headers = { Cookie: cookie };
    expect(
      (
        await thrownResponse(() =>
          callLoader(editLoader, "/coordinator/opportunities/nope", { params: { id: "nope" }, headers }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrownResponse(() =>
          callLoader(editLoader, "/coordinator/opportunities/a%20b", { params: { id: "a b" }, headers }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrownResponse(() =>
          callLoader(centreLoader, "/coordinator/centres/Bad", { params: { slug: "Bad" }, headers }),
        )
      ).status,
    ).toBe(404);
  });

  it("an applicant gets 403 and a visitor is sent to log in, on every page and post", async () => {
    const { cookie } = await asApplicant();
    const { id, version } = await cnaoOpportunity();
    const before = await state(id);
    for (const [name, run] of Object.entries(attempts(cookie, id, version))) {
      expect((await thrownResponse(run)).status, name).toBe(403);
    }
    for (const [name, run] of Object.entries(attempts(null, id, version))) {
      const thrown = await thrownResponse(run);
      expect(thrown.status, name).toBe(302);
    }
    expect(await state(id)).toEqual(before);
  });

  it("a coordinator of two centres reaches both; an admin reaches any", async () => {
    const { cookie } = await asCoordinator("niguarda", "cnao");
    const { id } = await cnaoOpportunity();
    expect(
      (
        await callLoader(editLoader, `/coordinator/opportunities/${id}`, {
          params: { id },
          headers: { Cookie: cookie },
        })
      ).data.id,
    ).toBe(id);
    const admin = await asAdmin();
    expect(
      (
        await callLoader(calendarLoader, `/coordinator/opportunities/${id}/calendar`, {
          params: { id },
          headers: { Cookie: admin.cookie },
        })
      ).data.id,
    ).toBe(id);
    expect(
      (
        await callLoader(centreLoader, "/coordinator/centres/cnao", {
          params: { slug: "cnao" },
          headers: { Cookie: admin.cookie },
        })
      ).data.slug,
    ).toBe("cnao");
  });
});

describe("the coordinator's centre page", () => {
  it("links from /coordinator, lists every opportunity of the centre, and saves description, languages and response time", async () => {
    const centre = await createTestCentre("clinic");
    const { cookie, user } = await asCoordinator(centre.slug);
    const home = await callLoader(homeLoader, "/coordinator", { headers: { Cookie: cookie } });
    expect(home.centres.map((c) => c.slug)).toEqual([centre.slug]);

    const created = (await callAction(
      newAction,
      `/coordinator/centres/${centre.slug}/opportunities/new`,
      toForm(opportunityForm()),
      {
        params: { slug: centre.slug },
        headers: { Cookie: cookie },
      },
    )) as Response;
    expect(created.status).toBe(302);
    const page = await callLoader(centreLoader, `/coordinator/centres/${centre.slug}`, {
      params: { slug: centre.slug },
      headers: { Cookie: cookie },
    });
    expect(page.data.opportunities).toHaveLength(1);
    expect(page.data.opportunities[0]).toMatchObject({ status: "DRAFT", approved: 0 });
    expect(page.data.defaultValue).toEqual({
      descriptionEn: "A centre created by a test.",
      descriptionIt: "Un centro creato da un test.",
      languages: ["it"],
      responseTimeDays: "21",
    });

    const saved = (await callAction(
      centreAction,
      `/coordinator/centres/${centre.slug}`,
      toForm({
        descriptionEn: "  New description.  ",
        descriptionIt: "Nuova descrizione.",
        languages: ["IT", "en"],
        responseTimeDays: 14,
      }),
      { params: { slug: centre.slug }, headers: { Cookie: cookie } },
    )) as Response;
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/coordinator/centres/${centre.slug}?saved=1`);
    expect(
      await prisma.centre.findUniqueOrThrow({
        where: { id: centre.id },
        select: { descriptionEn: true, languages: true, responseTimeDays: true },
      }),
    ).toEqual({
      descriptionEn: "New description.",
      languages: ["it", "en"],
      responseTimeDays: 14,
    });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "centre.update", subject: centre.id } });
    expect(event.actorId).toBe(user.id);
    expect((event.data as { changed: string[] }).changed.sort()).toEqual([
      "descriptionEn",
      "descriptionIt",
      "languages",
      "responseTimeDays",
    ]);
  });

  it("bad centre details are field errors and change nothing", async () => {
    const centre = await createTestCentre("clinic");
    const { cookie } = await asCoordinator(centre.slug);
    const before = await prisma.centre.findUniqueOrThrow({ where: { id: centre.id } });
    const post = (form: Record<string, unknown>) =>
      callAction(
        centreAction,
        `/coordinator/centres/${centre.slug}`,
        toForm({ descriptionEn: "Ok", descriptionIt: "Ok", languages: ["en"], responseTimeDays: 10, ...form }),
        {
          params: { slug: centre.slug },
          headers: { Cookie: cookie },
        },
      );
    expect(errorsOf(await post({ responseTimeDays: 0 })).responseTimeDays).toEqual([
      "coordinator:validation.responseDaysRange",
    ]);
    expect(errorsOf(await post({ responseTimeDays: 91 })).responseTimeDays).toEqual([
      "coordinator:validation.responseDaysRange",
    ]);
    expect(errorsOf(await post({ responseTimeDays: "soon" })).responseTimeDays).toEqual([
      "coordinator:validation.notANumber",
    ]);
    expect(errorsOf(await post({ languages: ["xx"] }))["languages[0]"]).toEqual([
      "coordinator:validation.languageInvalid",
    ]);
    expect(errorsOf(await post({ languages: ["en", "en"] }))["languages[1]"]).toEqual([
      "coordinator:validation.languageTwice",
    ]);
    expect(errorsOf(await post({ descriptionEn: "x".repeat(4_001) })).descriptionEn).toEqual([
      "coordinator:validation.tooLong",
    ]);
    expect(errorsOf(await post({ descriptionIt: "   " })).descriptionIt).toEqual(["coordinator:validation.required"]);
    expect(await prisma.centre.findUniqueOrThrow({ where: { id: centre.id } })).toEqual(before);
  });
});
