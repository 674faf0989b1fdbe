/**
 * Events suggested on /matches (issue 18, part 2), through the /matches loader with real
 * Requests on the seeded catalogue: upcoming published events on the person's interests
 * (narrower topics included) in a language they speak, with reasons in their language; an
 * event during an approved stay at its centre is suggested and pointed out first ("while you
 * are at CNAO"), even off their interests; drafts, events in languages they do not speak,
 * events off their interests and started events are not.
 */
import { describe, expect, it } from "vitest";
import { loader as matchesLoader } from "~/routes/matches/route";
import { prisma } from "~/platform/db.server";
import { callLoader } from "../../utils/http";
import { sessionCookie } from "../../factories/accounts";
import { createApplicantWithProfile, seededOpportunityIds } from "../../factories/profiles";
import { createRequest } from "../../factories/requests";

const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** A real (not example) event at `centre`, `days` from now, 10:00–12:00 UTC. */
async function event(
  fields: { title: string; topic: string; languages: string[]; days: number; centre?: string },
  status: "PUBLISHED" | "DRAFT" = "PUBLISHED",
) {
  const centre = await prisma.centre.findUniqueOrThrow({ where: { slug: fields.centre ?? "cnao" } });
  const start = new Date(`${isoIn(fields.days)}T10:00:00Z`);
  const row = await prisma.event.create({
    data: {
      kind: "WORKSHOP",
      status,
      titleEn: fields.title,
      titleIt: `${fields.title} (it)`,
      descriptionEn: "Test.",
      descriptionIt: "Prova.",
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 3600_000),
      city: centre.city,
      languages: fields.languages,
      centres: { create: { centreId: centre.id, lead: true } },
      topics: { create: { topicId: fields.topic } },
    },
    select: { id: true },
  });
  return row.id;
}

async function suggestions(userId: string, language?: string) {
  const res = await callLoader(matchesLoader, "/matches", {
    headers: { Cookie: await sessionCookie(userId), ...(language ? { "Accept-Language": language } : {}) },
  });
  return res.data.events;
}

describe("/matches suggests events", () => {
  it("on the person's interests (narrower topics too) and languages, with reasons; an event during an approved stay first", async () => {
    const proton = await prisma.topic.findUniqueOrThrow({ where: { id: "proton-therapy" } });
    const broader = proton.parentId!;
    const user = await createApplicantWithProfile({
      languages: [{ code: "en", level: "C1" }],
      interests: [{ topicId: broader, weight: "CORE" }],
    });
    const onTopic = await event({
      title: "Proton planning workshop",
      topic: "proton-therapy",
      languages: ["en", "it"],
      days: 60,
    });
    const italianOnly = await event({ title: "Solo italiano", topic: "proton-therapy", languages: ["it"], days: 61 });
    const draft = await event({ title: "Draft", topic: "proton-therapy", languages: ["en"], days: 62 }, "DRAFT");
    const offTopic = await event({ title: "Obstetrics day", topic: "obstetrics", languages: ["en"], days: 63 });
    const started = await event({ title: "Already started", topic: "proton-therapy", languages: ["en"], days: 0 });
    await prisma.event.update({ where: { id: started }, data: { startsAt: new Date(Date.now() - 3600_000) } });
    // An approved stay at CNAO from day 20 to day 40, and an off-topic event at CNAO on day 25.
    const duringStay = await event({ title: "CNAO seminar", topic: "obstetrics", languages: ["en"], days: 25 });
    const ids = await seededOpportunityIds();
    await createRequest({
      applicantId: user.id,
      opportunityId: ids.get("cnao-carbon-ion-observership")!,
      start: isoIn(20),
      end: isoIn(40),
      status: "APPROVED",
    });

    const list = await suggestions(user.id);
    const mine = list.filter((e: { isExample: boolean }) => !e.isExample);
    expect(mine.map((e: { id: string }) => e.id)).toEqual([duringStay, onTopic]);
    for (const id of [italianOnly, draft, offTopic, started])
      expect(list.map((e: { id: string }) => e.id)).not.toContain(id);

    const [stay, topic] = mine;
    expect(stay.duringStay).toBe(true);
    const cnao = await prisma.centre.findUniqueOrThrow({ where: { slug: "cnao" } });
    expect(stay.reasons[0], stay.reasons[0]).toSatisfy((r: string) => r.startsWith(`While you are at ${cnao.name} (`));
    const broaderLabel = (await prisma.topic.findUniqueOrThrow({ where: { id: broader } })).labelEn;
    expect(topic.duringStay).toBe(false);
    expect(topic.reasons).toEqual([
      `${proton.labelEn} is a kind of ${broaderLabel}, one of your core interests`,
      "In English, which you speak",
    ]);

    // In Italian, formal register.
    await prisma.user.update({ where: { id: user.id }, data: { locale: "it" } });
    const italian = (await suggestions(user.id)).filter((e: { isExample: boolean }) => !e.isExample);
    expect(italian[0].reasons[0]).toMatch(/^Durante il Suo soggiorno presso /);
    expect(italian[1].reasons.at(-1)).toBe("In inglese, che Lei parla");
    expect(italian[1].title).toBe("Proton planning workshop (it)");
  });

  it("suggests nothing off the person's interests when they have no stay", async () => {
    const user = await createApplicantWithProfile({
      languages: [{ code: "en", level: "C1" }],
      interests: [{ topicId: "gene-therapy", weight: "ALSO" }],
    });
    const off = await event({ title: "Proton day", topic: "proton-therapy", languages: ["en"], days: 30 });
    const on = await event({
      title: "Gene day",
      topic: "gene-therapy",
      languages: ["en"],
      days: 31,
      centre: "sr-tiget",
    });
    const list = (await suggestions(user.id)).map((e: { id: string }) => e.id);
    expect(list).toContain(on);
    expect(list).not.toContain(off);
  });
});
