/**
 * /profile, /resources/topics, /matches and an opportunity's "your fit", called as Remix
 * does (real Requests with a session cookie) on the seeded catalogue. The clock is fixed at
 * TODAY (only `Date` is faked), so the 2027 example windows lie ahead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { action as matchesAction, loader as matchesLoader } from "~/routes/matches/route";
import { loader as opportunityLoader } from "~/routes/opportunities.$id";
import { action as profileAction, loader as profileLoader } from "~/routes/profile/route";
import { loader as topicsLoader } from "~/routes/resources.topics";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { createUser, sessionCookie } from "../../factories/accounts";
import { createApplicantWithProfile, seededOpportunityIds, TODAY } from "../../factories/profiles";
import { withWrittenExampleDates } from "../../factories/example-dates";

// Ranked on the fixed TODAY, against the catalogue's dates as these tests were written (issue 21).
withWrittenExampleDates();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(`${TODAY}T09:00:00Z`) });
});
afterEach(() => {
  vi.useRealTimers();
});

const as = async (userId: string) => ({ headers: { Cookie: await sessionCookie(userId) } });

/** Body and status of a loader/action answer (plain object, data() or Response). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies of several routes, asserted field by field
async function open(value: unknown): Promise<{ status: number; body: any; location?: string | null }> {
  if (value instanceof Response) {
    const text = await value.text();
    return { status: value.status, body: text ? safeJson(text) : null, location: value.headers.get("Location") };
  }
  if (value && typeof value === "object" && "init" in value && "data" in value) {
    return { status: statusOf(value) ?? 200, body: (value as { data: unknown }).data };
  }
  return { status: 200, body: value };
}
const safeJson = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** A complete, valid /profile form. */
function profileForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    intent: "save",
    profession: "PHYSICIAN",
    careerStage: "EARLY_CAREER",
    country: "PT",
    homeInstitution: "Hospital in Porto",
    orcid: "0000-0002-1825-0097",
    rorId: "https://ror.org/03yrm5c26",
    website: "https://example.org/me",
    researchStatement: "Carbon ions and protons.",
    stayTypes: ["OBSERVERSHIP", "CLINICAL_VISIT"],
    "languages[0].code": "pt",
    "languages[0].level": "C2",
    "languages[1].code": "en",
    "languages[1].level": "C1",
    "languages[2].code": "",
    "languages[2].level": "",
    "interests[0].topicId": "carbon-ion-radiotherapy",
    "interests[0].weight": "CORE",
    "interests[1].topicId": "radiomics",
    "interests[1].weight": "ALSO",
    "windows[0].start": "2027-01-04",
    "windows[0].end": "2027-03-31",
    "windows[1].start": "2027-04-01",
    "windows[1].end": "2027-05-31",
    ...overrides,
  };
}

describe("/profile", () => {
  it("is for applicants: the signed-out go to log in, coordinators get a 403", async () => {
    const signedOut = await thrownResponse(() => callLoader(profileLoader, "/profile"));
    expect(signedOut.status).toBe(302);
    const coordinator = await createUser({ roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    expect(
      (await thrownResponse(async () => callLoader(profileLoader, "/profile", await as(coordinator.id)))).status,
    ).toBe(403);
  });

  it("saves a profile in one go and shows it again", async () => {
    const user = await createUser();
    const res = await open(await callAction(profileAction, "/profile", profileForm(), await as(user.id)));
    expect(res).toMatchObject({ status: 302, location: "/profile?saved=1" });
    const saved = await prisma.profile.findUniqueOrThrow({
      where: { userId: user.id },
      select: {
        orcid: true,
        rorId: true,
        country: true,
        stayTypes: true,
        languages: true,
        interests: true,
        windows: true,
      },
    });
    expect(saved).toMatchObject({
      orcid: "0000-0002-1825-0097",
      rorId: "https://ror.org/03yrm5c26",
      country: "PT",
      stayTypes: ["OBSERVERSHIP", "CLINICAL_VISIT"],
    });
    expect(saved.languages).toHaveLength(2);
    expect(saved.interests).toHaveLength(2);
    expect(saved.windows).toHaveLength(2);

    const page = await open(await callLoader(profileLoader, "/profile?saved=1", await as(user.id)));
    expect(page.body.saved).toBe(true);
    expect(page.body.defaultValue).toMatchObject({
      profession: "PHYSICIAN",
      windows: [
        { start: "2027-01-04", end: "2027-03-31" },
        { start: "2027-04-01", end: "2027-05-31" },
      ],
    });
    // Countries and languages come as codes in order; the page names them (reference-lists.ts).
    expect(page.body.countries.split(" ")).toContain("PT");
    expect(page.body.countries).not.toContain("Portugal");
    // Only the chosen topics' labels (not all 332 topics': about 30 KB on every view).
    expect(page.body.topicLabels["carbon-ion-radiotherapy"].label).toBe("Carbon Ion Radiotherapy");
    expect(Object.keys(page.body.topicLabels).length).toBeLessThanOrEqual(5);

    // Saving again replaces the lists (languages, interests, windows) instead of adding to them.
    await callAction(
      profileAction,
      "/profile",
      profileForm({ "interests[1].topicId": "", "interests[1].weight": "" }),
      await as(user.id),
    );
    expect(await prisma.profileInterest.count({ where: { profileId: user.id } })).toBe(1);
  });

  it.each([
    ["an invalid ORCID iD", { orcid: "0000-0002-1825-0098" }, "orcid", "profile:validation.orcidInvalid"],
    [
      "an unknown topic",
      { "interests[1].topicId": "astrology" },
      "interests[1].topicId",
      "profile:validation.topicUnknown",
    ],
    [
      "overlapping windows",
      { "windows[1].start": "2027-03-15" },
      "windows[1].start",
      "profile:validation.windowOverlap",
    ],
    ["a reversed window", { "windows[0].end": "2027-01-01" }, "windows[0].end", "profile:validation.windowReversed"],
    ["a non-http website", { website: "javascript:alert(1)" }, "website", "profile:validation.websiteInvalid"],
    [
      "an over-long statement",
      { researchStatement: "x".repeat(4001) },
      "researchStatement",
      "profile:validation.statementTooLong",
    ],
  ])("answers %s with a field error and saves nothing", async (_label, overrides, field, message) => {
    const user = await createUser();
    const res = await open(await callAction(profileAction, "/profile", profileForm(overrides), await as(user.id)));
    expect(res.status).toBe(400);
    expect(res.body.result.error).toEqual({ [field]: [message] });
    expect(await prisma.profile.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps the languages in the order entered, offers the common and the browser's languages first, names in the page's language", async () => {
    const user = await createUser();
    const form = profileForm({
      profession: "MEDICAL_PHYSICIST",
      "languages[0].code": "pt",
      "languages[0].level": "C2",
      "languages[1].code": "it",
      "languages[1].level": "B1",
      "languages[2].code": "de",
      "languages[2].level": "A2",
    });
    expect(await open(await callAction(profileAction, "/profile", form, await as(user.id)))).toMatchObject({ status: 302 });
    const headers = { ...(await as(user.id)).headers, "Accept-Language": "it-IT,it;q=0.9,ro;q=0.8,en;q=0.5" };
    const page = await open(await callLoader(profileLoader, "/profile", { headers }));
    expect(page.body.defaultValue.languages.map((l: { code: string }) => l.code)).toEqual(["pt", "it", "de"]);
    expect(page.body.defaultValue.profession).toBe("MEDICAL_PHYSICIST");
    expect(page.body.languages.common).toEqual(["en", "it", "fr", "de", "es", "pt", "ro"]);
    // Italian page: the full lists in the order of their Italian names ("Iran" before "Irlanda").
    expect(page.body.languages.all.split(" ").length).toBeGreaterThan(180);
    expect(page.body.languages.all.indexOf("es")).toBeLessThan(page.body.languages.all.indexOf("de")); // Spagnolo, Tedesco
    const countries = page.body.countries.split(" ");
    expect(countries).toContain("TW");
    expect(countries.indexOf("IR")).toBeLessThan(countries.indexOf("IE"));
  });

  it("without JavaScript, searches topics and adds the chosen ones, keeping every other edit", async () => {
    const user = await createUser();
    const searched = await open(
      await callAction(
        profileAction,
        "/profile",
        profileForm({ intent: "search-topics", topicQuery: "adroterapia", homeInstitution: "Edited" }),
        await as(user.id),
      ),
    );
    expect(searched.status).toBe(200);
    expect(searched.body.topicHits.map((h: { id: string }) => h.id)).toContain("heavy-ion-radiotherapy");
    expect(searched.body.result.initialValue.homeInstitution).toBe("Edited");
    // Enter in the search box submits through the hidden default button: a search too.
    const entered = await open(
      await callAction(
        profileAction,
        "/profile",
        profileForm({ intent: "default", topicQuery: "CAR T" }),
        await as(user.id),
      ),
    );
    expect(entered.body.topicHits.map((h: { id: string }) => h.id)).toContain("car-t-cell-therapy");

    const added = await open(
      await callAction(
        profileAction,
        "/profile",
        profileForm({ intent: "add-topics", addTopic: ["heavy-ion-radiotherapy", "radiomics", "nonsense"] }),
        await as(user.id),
      ),
    );
    expect(added.body.result.initialValue.interests).toEqual([
      { topicId: "carbon-ion-radiotherapy", weight: "CORE" },
      { topicId: "radiomics", weight: "ALSO" },
      { topicId: "heavy-ion-radiotherapy", weight: "CORE" },
    ]);
    // The answer names the topics its form holds, and only those (the page names its chips).
    expect(Object.keys(added.body.topicLabels).sort()).toEqual([
      "carbon-ion-radiotherapy",
      "heavy-ion-radiotherapy",
      "radiomics",
    ]);
    expect(added.body.topicLabels["heavy-ion-radiotherapy"]).toEqual({ label: "Hadron therapy", parent: "Radiotherapy" });
    expect(await prisma.profile.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("/resources/topics", () => {
  it("finds topics by English or Italian label or synonym, labelled in the UI language", async () => {
    const it = await open(
      await callLoader(topicsLoader, "/resources/topics?q=protoni", { headers: { "Accept-Language": "it" } }),
    );
    expect(it.body.topics[0]).toMatchObject({ id: "proton-therapy", label: "Protonterapia" });
    const en = await open(await callLoader(topicsLoader, "/resources/topics?q=radiomica"));
    expect(en.body.topics[0]).toMatchObject({ id: "radiomics", label: "Radiomics" });
    expect((await open(await callLoader(topicsLoader, "/resources/topics?q="))).body.topics).toEqual([]);
    expect(
      (await thrownResponse(() => callLoader(topicsLoader, `/resources/topics?q=${"a".repeat(101)}`))).status,
    ).toBe(400);
  });
});

describe("/matches", () => {
  it("prompts for interests when the profile has none (or there is no profile)", async () => {
    const user = await createUser();
    const res = await open(await callLoader(matchesLoader, "/matches", await as(user.id)));
    expect(res.body).toMatchObject({ status: "noInterests" });
  });

  it("explains an empty list: interests no opportunity is near, or languages that exclude every one", async () => {
    const far = await createApplicantWithProfile({ interests: [{ topicId: "osteoporosis", weight: "CORE" }] });
    const farPage = await open(await callLoader(matchesLoader, "/matches", await as(far.id)));
    expect(farPage.body.results).toEqual([]);
    expect(farPage.body.empty).toEqual({
      text: expect.stringContaining("No published opportunity is on your interest (Osteoporosis)"),
      link: "/profile#interests",
      linkText: "Change your interests",
    });

    const tongue = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      languages: [{ code: "ja", level: "C2" }],
    });
    const it = await open(
      await callLoader(matchesLoader, "/matches", {
        headers: { ...(await as(tongue.id)).headers, "Accept-Language": "it" },
      }),
    );
    expect(it.body.results).toEqual([]);
    expect(it.body.empty).toMatchObject({ link: "/profile#languages", linkText: "Modifichi le Sue lingue" });
    expect(it.body.empty.text).toContain("il Suo profilo indica giapponese");
    expect(it.body.excluded[0].text).toBe("6 richiedono inglese di livello B2 o superiore");

    const fine = await createApplicantWithProfile({ interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }] });
    expect((await open(await callLoader(matchesLoader, "/matches", await as(fine.id)))).body.empty).toBeNull();
  });

  it("tells an applicant without dates which dates they are matched on, in their language", async () => {
    const user = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      windows: [],
    });
    const en = await open(await callLoader(matchesLoader, "/matches", await as(user.id)));
    // From today to the last day any example window or cohort ends.
    expect(en.body.horizon).toMatch(
      /^You gave no dates, so Ponte matches you on every day an opportunity is open: 1 Dec 2026 – \d{1,2} \w{3} 2027\.$/,
    );
    const it = await open(
      await callLoader(matchesLoader, "/matches", {
        headers: { ...(await as(user.id)).headers, "Accept-Language": "it" },
      }),
    );
    expect(it.body.horizon).toMatch(/^Non ha indicato date: .* \d{1,2} dic 2026 – \d{1,2} \w{3} 2027\.$/);
    const dated = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      windows: [{ start: "2027-01-04", end: "2027-06-30" }],
    });
    expect((await open(await callLoader(matchesLoader, "/matches", await as(dated.id)))).body.horizon).toBeNull();
  });

  it("lists the applicant's matches with reasons in words, and hides and shows again on request", async () => {
    const ids = await seededOpportunityIds();
    const user = await createApplicantWithProfile({
      interests: [
        { topicId: "carbon-ion-radiotherapy", weight: "CORE" },
        { topicId: "proton-therapy", weight: "CORE" },
      ],
      stayTypes: ["OBSERVERSHIP"],
      windows: [{ start: "2027-01-04", end: "2027-06-30" }],
    });
    const first = await open(await callLoader(matchesLoader, "/matches", await as(user.id)));
    expect(first.body.status).toBe("ok");
    const top = first.body.results[0];
    expect(top.opportunity).toMatchObject({
      id: ids.get("cnao-carbon-ion-observership"),
      centre: { slug: "cnao", city: "Pavia" },
    });
    expect(top.reasons).toContain("Carbon Ion Radiotherapy is one of your core interests");
    expect(top.reasons).toContain("Observership: a kind of stay you are looking for");
    expect(top.earliest).toMatchObject({ start: "2027-01-11", length: "(30 days)" });
    expect(top.earliest.range).toMatch(/^11 Jan – 9 Feb 2027$/);

    const hidden = await open(
      await callAction(
        matchesAction,
        "/matches?show=40",
        { intent: "hide", opportunityId: top.opportunity.id },
        await as(user.id),
      ),
    );
    expect(hidden).toMatchObject({ status: 302, location: "/matches?show=40" });
    const after = await open(await callLoader(matchesLoader, "/matches", await as(user.id)));
    expect(after.body.results.map((r: { opportunity: { id: string } }) => r.opportunity.id)).not.toContain(
      top.opportunity.id,
    );
    expect(after.body.hidden.map((o: { id: string }) => o.id)).toEqual([top.opportunity.id]);
    expect(after.body.total).toBe(first.body.total - 1);

    await callAction(
      matchesAction,
      "/matches",
      { intent: "unhide", opportunityId: top.opportunity.id },
      await as(user.id),
    );
    const again = await open(await callLoader(matchesLoader, "/matches", await as(user.id)));
    expect(again.body.results[0].opportunity.id).toBe(top.opportunity.id);
    expect(again.body.hidden).toEqual([]);
  });

  it("speaks Italian to Italian users, topic labels and dates included", async () => {
    const user = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      windows: [{ start: "2027-01-04", end: "2027-06-30" }],
    });
    const res = await open(
      await callLoader(matchesLoader, "/matches", {
        headers: { ...(await as(user.id)).headers, "Accept-Language": "it" },
      }),
    );
    const top = res.body.results[0];
    expect(top.opportunity.title).toMatch(/ioni carbonio/i);
    expect(top.reasons).toContain("Terapia con ioni carbonio è uno dei Suoi interessi principali");
    expect(top.earliest.range).toMatch(/gen/);
  });

  it("shows more on request and refuses nonsense", async () => {
    const roots = (await prisma.topic.findMany({ where: { parentId: null }, select: { id: true } })).map((t) => ({
      topicId: t.id,
      weight: "ALSO" as const,
    }));
    const user = await createApplicantWithProfile({ interests: roots });
    const ten = await open(await callLoader(matchesLoader, "/matches", await as(user.id)));
    expect(ten.body.results).toHaveLength(10);
    expect(ten.body.total).toBeGreaterThan(10);
    const twenty = await open(await callLoader(matchesLoader, "/matches?show=20", await as(user.id)));
    expect(twenty.body.results).toHaveLength(20);
    expect(twenty.body.results.slice(0, 10)).toEqual(ten.body.results);
    expect(
      (await thrownResponse(async () => callLoader(matchesLoader, "/matches?show=lots", await as(user.id)))).status,
    ).toBe(400);
    expect(
      (
        await thrownResponse(async () =>
          callAction(
            matchesAction,
            "/matches",
            { intent: "hide", opportunityId: "nosuchopportunity" },
            await as(user.id),
          ),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrownResponse(async () =>
          callAction(matchesAction, "/matches", { intent: "delete", opportunityId: "x" }, await as(user.id)),
        )
      ).status,
    ).toBe(400);
  });

  it("is for applicants", async () => {
    const coordinator = await createUser({ roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    expect(
      (await thrownResponse(async () => callLoader(matchesLoader, "/matches", await as(coordinator.id)))).status,
    ).toBe(403);
    expect((await thrownResponse(() => callLoader(matchesLoader, "/matches"))).status).toBe(302);
  });
});

describe("an opportunity's page", () => {
  it("shows a signed-in applicant their fit and reasons, or why it is not for them; nothing to others", async () => {
    const ids = await seededOpportunityIds();
    const user = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      windows: [{ start: "2027-01-04", end: "2027-06-30" }],
    });
    const cnao = ids.get("cnao-carbon-ion-observership")!;
    const page = await open(
      await callLoader(opportunityLoader, `/opportunities/${cnao}`, { params: { id: cnao }, ...(await as(user.id)) }),
    );
    expect(page.body.fit).toMatchObject({ status: "ranked", rank: 1 });
    expect(page.body.fit.reasons).toContain("Carbon Ion Radiotherapy is one of your core interests");

    const italian = ids.get("niguarda-emergency-care-clinical-visit")!;
    const other = await open(
      await callLoader(opportunityLoader, `/opportunities/${italian}`, {
        params: { id: italian },
        ...(await as(user.id)),
      }),
    );
    expect(other.body.fit).toEqual({ status: "excluded", reason: "Needs Italian at level B2 or above" });

    const anonymous = await open(
      await callLoader(opportunityLoader, `/opportunities/${cnao}`, { params: { id: cnao } }),
    );
    expect(anonymous.body.fit).toBeNull();
  });
});
