/**
 * Lombardy professionals as applicants (issue 19, part 2): a profile states its home centre
 * (a centre in Lombardy, checked), matching shows a Lombardy professional the partners abroad
 * and an applicant from abroad Lombardy's centres (PONTE_MOBILITY_DIRECTION, default
 * enforce), and a request across the wrong way is refused with 403 and nothing written.
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as profileAction } from "~/routes/profile/route";
import { action as requestAction } from "~/routes/requests.new/route";
import { getMatchesPage, getOpportunityFit } from "~/matching/matching.server";
import { prisma } from "~/platform/db.server";
import { callAction, statusOf } from "../../utils/http";
import { createUser, sessionCookie } from "../../factories/accounts";
import { setProfile } from "../../factories/profiles";
import { adoptSeeded } from "../../factories/requests";
import {
  errorsOf,
  location,
  multipart,
  post,
  walletFor,
  withTempUploads,
  type SignedIn,
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";
import { todayIso } from "~/platform/dates";

withWrittenExampleDatesFromToday();
withTempUploads();

afterEach(() => {
  delete process.env.PONTE_MOBILITY_DIRECTION;
});

const centreId = async (slug: string) => (await prisma.centre.findUniqueOrThrow({ where: { slug } })).id;
const opportunityId = async (seedKey: string) =>
  (await prisma.opportunity.findUniqueOrThrow({ where: { seedKey } })).id;

/**
 * A nurse (or `profession`) interested in particle therapy; `homeCentre` a slug (a Lombardy
 * professional) or null (from abroad).
 */
async function nurse(homeCentre: string | null, profession: "NURSE" | "PHYSICIAN" = "NURSE") {
  const user = await createUser({ roles: ["APPLICANT"] });
  await setProfile(user.id, {
    profession,
    interests: [
      { topicId: "carbon-ion-radiotherapy", weight: "CORE" },
      { topicId: "proton-therapy", weight: "CORE" },
      { topicId: "nursing", weight: "ALSO" },
    ],
    languages: [{ code: "en", level: "C1" }],
  });
  if (homeCentre)
    await prisma.profile.update({ where: { userId: user.id }, data: { homeCentreId: await centreId(homeCentre) } });
  return { ...user, cookie: await sessionCookie(user.id) };
}

async function matchedCountries(userId: string) {
  const page = await getMatchesPage(userId, { today: todayIso(), show: 200 });
  if (page.status !== "ok") throw new Error(page.status);
  return page.results.map((r) => r.opportunity.centre.country);
}

describe("the home centre on the profile", () => {
  it("is saved when it is a centre in Lombardy and refused (400, nothing saved) when it is a partner abroad or unknown", async () => {
    const user = await createUser({ roles: ["APPLICANT"] });
    const headers = { Cookie: await sessionCookie(user.id) };
    const form = (homeCentreId: string) => ({
      intent: "save",
      profession: "NURSE",
      careerStage: "ESTABLISHED",
      homeCentreId,
      "languages[0].code": "en",
      "languages[0].level": "B2",
    });
    for (const bad of [await centreId("hit-heidelberg"), "nosuchcentre"]) {
      const res = await callAction(profileAction, "/profile", form(bad), { headers });
      expect(statusOf(res)).toBe(400);
      expect(errorsOf(res).homeCentreId).toEqual(["profile:validation.homeCentreInvalid"]);
    }
    expect(await prisma.profile.count({ where: { userId: user.id } })).toBe(0);
    const niguarda = await centreId("niguarda");
    expect(statusOf(await callAction(profileAction, "/profile", form(niguarda), { headers }))).toBe(302);
    expect((await prisma.profile.findUniqueOrThrow({ where: { userId: user.id } })).homeCentreId).toBe(niguarda);
  });
});

describe("matching by direction", () => {
  it("shows a Lombardy professional only partners abroad and an applicant from abroad only Lombardy's centres", async () => {
    const fromNiguarda = await nurse("niguarda");
    const fromAbroad = await nurse(null);
    const lombardyNurse = await matchedCountries(fromNiguarda.id);
    expect(lombardyNurse.length).toBeGreaterThan(0);
    expect(lombardyNurse.every((c) => c !== null)).toBe(true);
    const foreignNurse = await matchedCountries(fromAbroad.id);
    expect(foreignNurse.length).toBeGreaterThan(0);
    expect(foreignNurse.every((c) => c === null)).toBe(true);
    // The opportunity page says why one of the other side is not a match.
    expect(
      await getOpportunityFit(fromNiguarda.id, await opportunityId("cnao-carbon-ion-observership"), todayIso()),
    ).toMatchObject({ status: "excluded", reason: { code: "exclusion.direction" } });

    process.env.PONTE_MOBILITY_DIRECTION = "open";
    const open = await matchedCountries(fromNiguarda.id);
    expect(open.some((c) => c === null) && open.some((c) => c !== null)).toBe(true);
  });
});

/** The seeded CNAO observership asks two questions. */
const CNAO_ANSWERS = { "answers[0]": "Head and neck.", "answers[1]": "" };

describe("requests by direction", () => {
  // The documents the opportunity requires come from the person's wallet (issue 16).
  const send = async (who: SignedIn, id: string, answers: Record<string, string> = {}) =>
    post(
      requestAction,
      `/requests/new?opportunity=${id}`,
      multipart({
        motivation: "I want to see how your team works.",
        startDate: onDay("2027-02-01"),
        endDate: onDay("2027-02-12"),
        documents: await walletFor(who, id),
        ...answers,
      }),
      { cookie: who.cookie },
    );

  it("refuses a Lombardy professional's request to a Lombardy centre (403, nothing written) unless the installation is open", async () => {
    await adoptSeeded("cnao-carbon-ion-observership");
    const cnao = await opportunityId("cnao-carbon-ion-observership");
    // Physicians: CNAO's observership takes no nurses, and the pre-check before sending
    // (issue 16) refuses a profession it does not take.
    const fromNiguarda = await nurse("niguarda", "PHYSICIAN");
    const refused = await send(fromNiguarda, cnao, CNAO_ANSWERS);
    expect(statusOf(refused)).toBe(403);
    expect(errorsOf(refused)[""]).toEqual(["requests:new.blocked.direction"]);
    expect(await prisma.request.count()).toBe(0);

    // An applicant from abroad is welcome at CNAO.
    expect(location(await send(await nurse(null, "PHYSICIAN"), cnao, CNAO_ANSWERS))).toMatch(/^\/requests\/[^?]+\?done=submitted$/);

    process.env.PONTE_MOBILITY_DIRECTION = "open";
    expect(location(await send(fromNiguarda, cnao, CNAO_ANSWERS))).toMatch(/^\/requests\/[^?]+\?done=submitted$/);
  });

  it("refuses an applicant from abroad at a partner abroad and lets a Lombardy professional request it", async () => {
    await adoptSeeded("hit-ion-beam-therapy-clinical-visit");
    const hit = await opportunityId("hit-ion-beam-therapy-clinical-visit");
    const refused = await send(await nurse(null), hit);
    expect(statusOf(refused)).toBe(403);
    expect(errorsOf(refused)[""]).toEqual(["requests:new.blocked.direction"]);
    expect(await prisma.request.count()).toBe(0);
    const sent = await send(await nurse("niguarda"), hit);
    expect(location(sent) ?? JSON.stringify(errorsOf(sent))).toMatch(/^\/requests\/[^?]+\?done=submitted$/);
  });
});
