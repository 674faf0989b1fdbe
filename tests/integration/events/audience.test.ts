/**
 * An event's audience (issue 18 part 1): the professions and career stages it is for, from the
 * profile's own vocabularies, optional. Through the routes with real Requests on the real
 * database: the coordinator's form stores and shows them back, refuses codes outside the
 * vocabularies with a field error (writing nothing), the event page lists them ("Everyone"
 * when empty), and /matches does not suggest an event whose audience leaves out the person's
 * profession or career stage.
 */
import { describe, expect, it } from "vitest";
import { action as newAction } from "~/routes/coordinator_.centres.$slug.events.new";
import { action as manageAction, loader as manageLoader } from "~/routes/coordinator_.events.$id";
import { loader as eventLoader } from "~/routes/events.$id";
import { loader as matchesLoader } from "~/routes/matches/route";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, statusOf } from "../../utils/http";
import { sessionCookie } from "../../factories/accounts";
import { createApplicantWithProfile } from "../../factories/profiles";
import { asCoordinator, day, errorsOf, toForm } from "../catalogue/helpers";

function eventForm(overrides: Record<string, unknown> = {}) {
  return {
    kind: "COURSE",
    titleEn: "Neonatal resuscitation course",
    titleIt: "Corso di rianimazione neonatale",
    descriptionEn: "Hands-on.",
    descriptionIt: "Pratico.",
    topics: ["proton-therapy"],
    startDate: day(0),
    startTime: "09:00",
    endDate: day(0),
    endTime: "17:00",
    venue: "Simulation centre",
    city: "Pavia",
    languages: ["en"],
    feeKind: "FREE",
    ...overrides,
  };
}

const create = (cookie: string, form: Record<string, unknown>) =>
  callAction(newAction, "/coordinator/centres/cnao/events/new", toForm(form), {
    params: { slug: "cnao" },
    headers: { Cookie: cookie },
  });

async function publishedId(cookie: string, form: Record<string, unknown>) {
  const res = (await create(cookie, form)) as Response;
  expect(res.status).toBe(302);
  const id = /\/coordinator\/events\/([a-z0-9]+)/.exec(res.headers.get("Location") ?? "")![1];
  const pub = await callAction(
    manageAction,
    `/coordinator/events/${id}`,
    { intent: "publish" },
    {
      params: { id },
      headers: { Cookie: cookie },
    },
  );
  expect(statusOf(pub)).toBe(302);
  return id;
}

describe("an event's audience", () => {
  it("is stored from the form, shown back in the form and on the event page; empty means everyone", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await publishedId(cookie, eventForm({ professions: ["NURSE", "MIDWIFE"], careerStages: ["RESIDENT"] }));
    const row = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(row.professions.sort()).toEqual(["MIDWIFE", "NURSE"]);
    expect(row.careerStages).toEqual(["RESIDENT"]);
    const manage = await callLoader(manageLoader, `/coordinator/events/${id}`, {
      params: { id },
      headers: { Cookie: cookie },
    });
    expect(manage.data.value.professions.sort()).toEqual(["MIDWIFE", "NURSE"]);
    expect(manage.data.value.careerStages).toEqual(["RESIDENT"]);
    const page = await callLoader(eventLoader, `/events/${id}`, { params: { id } });
    expect(page.data.event.professions.sort()).toEqual(["MIDWIFE", "NURSE"]);
    expect(page.data.event.careerStages).toEqual(["RESIDENT"]);

    // Editing to no audience: open to everyone.
    const form = { ...manage.data.value, professions: [], careerStages: [] };
    const saved = await callAction(manageAction, `/coordinator/events/${id}`, toForm(form), {
      params: { id },
      headers: { Cookie: cookie },
    });
    expect(statusOf(saved)).toBe(302);
    const after = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(after.professions).toEqual([]);
    expect(after.careerStages).toEqual([]);
  });

  it("refuses codes outside the profile's vocabularies with a field error and writes nothing", async () => {
    const { cookie } = await asCoordinator("cnao");
    const title = "Refused audience";
    const res = await create(cookie, eventForm({ titleEn: title, professions: ["PILOT"], careerStages: ["RETIRED"] }));
    expect(statusOf(res)).toBe(400);
    const errors = errorsOf(res);
    expect(errors["professions[0]"] ?? errors.professions).toEqual(["events:validation.audienceInvalid"]);
    expect(errors["careerStages[0]"] ?? errors.careerStages).toEqual(["events:validation.audienceInvalid"]);
    expect(await prisma.event.count({ where: { titleEn: title } })).toBe(0);
  });

  it("keeps /matches from suggesting an event whose audience leaves out the person's profession or career stage", async () => {
    const { cookie } = await asCoordinator("cnao");
    const user = await createApplicantWithProfile({
      profession: "PHYSICIAN",
      careerStage: "EARLY_CAREER",
      languages: [{ code: "en", level: "C1" }],
      interests: [{ topicId: "proton-therapy", weight: "CORE" }],
    });
    const open = await publishedId(cookie, eventForm({ titleEn: "Open to all" }));
    const forPhysicians = await publishedId(
      cookie,
      eventForm({ titleEn: "For physicians", professions: ["PHYSICIAN", "NURSE"] }),
    );
    const forNurses = await publishedId(cookie, eventForm({ titleEn: "For nurses", professions: ["NURSE"] }));
    const forStudents = await publishedId(cookie, eventForm({ titleEn: "For students", careerStages: ["STUDENT"] }));
    const res = await callLoader(matchesLoader, "/matches", { headers: { Cookie: await sessionCookie(user.id) } });
    const ids = res.data.events.map((e: { id: string }) => e.id);
    expect(ids).toContain(open);
    expect(ids).toContain(forPhysicians);
    expect(ids).not.toContain(forNurses);
    expect(ids).not.toContain(forStudents);
  });
});
