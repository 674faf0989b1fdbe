/**
 * Issue 17's message templates through real Request objects: a coordinator creates, edits
 * and deletes the centre's templates on /coordinator/centres/:slug/templates (EN and IT);
 * an unknown placeholder, a missing field or a name taken twice is a field error and
 * nothing is written; another centre's coordinator gets 404 for the page, for each template
 * and for every post, and nothing changes; on /inbox/:id a chosen template fills the reply
 * or ask-for-information box with its placeholders resolved, and another centre's template
 * is 404.
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/coordinator_.centres.$slug.templates";
import { loader as requestLoader } from "~/routes/inbox.$id/route";
import { prisma } from "~/platform/db.server";
import { createRequest } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  createApplicant,
  createCoordinator,
  errorsOf,
  get,
  location,
  multipart,
  post,
  status,
  type SignedIn,
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";
import { formatRange } from "~/platform/date-format";

withWrittenExampleDatesFromToday();

const PAGE = "/coordinator/centres/cnao/templates";
const save = (who: SignedIn, fields: Record<string, string>, slug = "cnao") =>
  post(action, `/coordinator/centres/${slug}/templates`, multipart({ intent: "save", ...fields }), {
    cookie: who.cookie,
    params: { slug },
  });
const page = (who: SignedIn, query = "", slug = "cnao") =>
  get(loader, `/coordinator/centres/${slug}/templates${query}`, { cookie: who.cookie, params: { slug } });
type Page = { templates: { id: string; name: string; language: string; body: string }[] };

describe("the templates page", () => {
  it("creates, lists, edits and deletes templates in English and Italian", async () => {
    const me = await createCoordinator("cnao");
    const en = "Dear {applicant_name}, thank you for asking about {opportunity} on {dates}.";
    expect(location(await save(me, { name: "Thanks", language: "en", body: en }))).toBe(`${PAGE}?done=saved`);
    const it = "Gentile {applicant_name}, grazie per la richiesta di {opportunity} ({dates}).";
    expect(location(await save(me, { name: "Grazie", language: "it", body: it }))).toBe(`${PAGE}?done=saved`);
    const list = body<Page>(await page(me)).templates;
    expect(list.map((m) => [m.name, m.language, m.body])).toEqual([
      ["Thanks", "en", en],
      ["Grazie", "it", it],
    ]);
    const [thanks] = list;

    const edited = await page(me, `?edit=${thanks!.id}`);
    expect(body<{ editing: { id: string } }>(edited).editing.id).toBe(thanks!.id);
    expect(
      location(
        await save(me, { id: thanks!.id, name: "Thanks (short)", language: "en", body: "Thanks, {applicant_name}." }),
      ),
    ).toBe(`${PAGE}?done=saved`);
    expect((await prisma.messageTemplate.findUniqueOrThrow({ where: { id: thanks!.id } })).name).toBe("Thanks (short)");

    const del = await post(action, PAGE, multipart({ intent: "delete", id: thanks!.id }), {
      cookie: me.cookie,
      params: { slug: "cnao" },
    });
    expect(location(del)).toBe(`${PAGE}?done=deleted`);
    expect(await prisma.messageTemplate.count()).toBe(1);
  });

  it("an unknown placeholder, a missing field or a name taken twice is a field error; nothing is written", async () => {
    const me = await createCoordinator("cnao");
    const bad = await save(me, { name: "Typo", language: "en", body: "Dear {applicant}, see you on {dates}." });
    expect(status(bad)).toBe(400);
    expect(errorsOf(bad).body).toEqual(["inbox:templates.unknownPlaceholder"]);
    const missing = await save(me, { name: "", language: "fr", body: "" });
    expect(status(missing)).toBe(400);
    expect(errorsOf(missing)).toMatchObject({
      name: ["inbox:templates.nameRequired"],
      language: ["inbox:templates.languageRequired"],
      body: ["inbox:templates.bodyRequired"],
    });
    expect(await prisma.messageTemplate.count()).toBe(0);
    await save(me, { name: "Thanks", language: "en", body: "Thanks." });
    const twice = await save(me, { name: "Thanks", language: "en", body: "Thanks again." });
    expect(status(twice)).toBe(409);
    expect(errorsOf(twice).name).toEqual(["inbox:templates.nameTaken"]);
    // The same name in the other language is another template.
    expect(location(await save(me, { name: "Thanks", language: "it", body: "Grazie." }))).toBe(`${PAGE}?done=saved`);
    expect(await prisma.messageTemplate.count()).toBe(2);
  });

  it("another centre's coordinator gets 404 for the page, the template and every post; nothing changes", async () => {
    const me = await createCoordinator("cnao");
    const outsider = await createCoordinator("ieo", "Olga Outsider");
    await save(me, { name: "Thanks", language: "en", body: "Thanks, {applicant_name}." });
    const mine = await prisma.messageTemplate.findFirstOrThrow();
    expect(status(await page(outsider))).toBe(404);
    expect(status(await save(outsider, { name: "Mine now", language: "en", body: "x" }))).toBe(404);
    // Through their own centre's page, CNAO's template is not theirs either.
    expect(status(await page(outsider, `?edit=${mine.id}`, "ieo"))).toBe(404);
    expect(status(await save(outsider, { id: mine.id, name: "Mine now", language: "en", body: "x" }, "ieo"))).toBe(404);
    const del = await post(action, "/coordinator/centres/ieo/templates", multipart({ intent: "delete", id: mine.id }), {
      cookie: outsider.cookie,
      params: { slug: "ieo" },
    });
    expect(status(del)).toBe(404);
    expect(await prisma.messageTemplate.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
      name: "Thanks",
      centreId: mine.centreId,
    });
    expect(await prisma.messageTemplate.count()).toBe(1);
    const applicant = await createApplicant();
    expect(status(await page(applicant))).toBe(403);
  });
});

describe("a template in a request's reply boxes", () => {
  it("fills the message and ask-for-information boxes with the placeholders resolved; another centre's template is 404", async () => {
    const o = await cnaoObservership();
    const me = await createCoordinator("cnao");
    const applicant = await createApplicant({ name: "Amina Okafor" });
    const start = onDay("2027-02-01");
    const end = onDay("2027-02-12");
    const r = await createRequest({ applicantId: applicant.id, opportunityId: o.id, start, end });
    await save(me, {
      name: "Dates",
      language: "it",
      body: "Gentile {applicant_name}, per {opportunity} nei giorni {dates}: {x}",
    });
    // {x} is refused, so that template does not exist; save a valid one.
    await save(me, {
      name: "Dates",
      language: "it",
      body: "Gentile {applicant_name}, per {opportunity} nei giorni {dates}.",
    });
    const tpl = await prisma.messageTemplate.findFirstOrThrow();
    const titleIt = (await prisma.opportunity.findUniqueOrThrow({ where: { id: o.id } })).titleIt;

    type ReqPage = {
      templates: { id: string; name: string }[];
      template: { id: string; for: string; body: string } | null;
    };
    const plain = body<ReqPage>(
      await get(requestLoader, `/inbox/${r.id}`, { cookie: me.cookie, params: { id: r.id } }),
    );
    expect(plain.templates.map((m) => m.name)).toEqual(["Dates"]);
    expect(plain.template).toBeNull();

    for (const target of ["message", "request-info"]) {
      const filled = body<ReqPage>(
        await get(requestLoader, `/inbox/${r.id}?template=${tpl.id}&for=${target}`, {
          cookie: me.cookie,
          params: { id: r.id },
        }),
      );
      expect(filled.template).toEqual({
        id: tpl.id,
        for: target,
        body: `Gentile Amina Okafor, per ${titleIt} nei giorni ${formatRange({ start, end }, "it")}.`,
      });
    }

    const ieo = await createCoordinator("ieo", "Olga Outsider");
    const theirs = await post(
      action,
      "/coordinator/centres/ieo/templates",
      multipart({ intent: "save", name: "Theirs", language: "en", body: "Hello {applicant_name}." }),
      { cookie: ieo.cookie, params: { slug: "ieo" } },
    );
    expect(location(theirs)).toBe("/coordinator/centres/ieo/templates?done=saved");
    const other = await prisma.messageTemplate.findFirstOrThrow({ where: { name: "Theirs" } });
    expect(
      status(
        await get(requestLoader, `/inbox/${r.id}?template=${other.id}&for=message`, {
          cookie: me.cookie,
          params: { id: r.id },
        }),
      ),
    ).toBe(404);
  });
});
