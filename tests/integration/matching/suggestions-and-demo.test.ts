/**
 * Coordinators' suggested applicants (only those who opted in, only for the coordinator's
 * own opportunities) and the demo applicant's profile and matches.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loader as oneLoader } from "~/routes/coordinator_.opportunities.$id.suggestions/route";
import { loader as overviewLoader } from "~/routes/coordinator_.suggestions";
import { getMatchesPage } from "~/matching/matching.server";
import { prisma } from "~/platform/db.server";
import { seedDemoAccounts } from "../../../prisma/seed-demo";
import { nextSixMonths, seedDemoProfile } from "../../../prisma/seed-demo-profile";
import { callLoader, thrownResponse } from "../../utils/http";
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
const carbon = {
  interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" as const }],
  windows: [{ start: "2027-01-04", end: "2027-06-30" }],
};

describe("suggested applicants", () => {
  it("lists, for a coordinator's opportunity, the opted-in applicants who rank it highest", async () => {
    const ids = await seededOpportunityIds();
    const cnao = ids.get("cnao-carbon-ion-observership")!;
    const first = await createApplicantWithProfile(
      { ...carbon, suggestToCentres: true, orcid: "0000-0001-5109-3700" },
      { name: "Ana Sousa" },
    );
    // Radiomics first, proton therapy as a side interest: CNAO's observership ranks lower for them.
    const second = await createApplicantWithProfile(
      {
        interests: [
          { topicId: "radiomics", weight: "CORE" },
          { topicId: "proton-therapy", weight: "ALSO" },
        ],
        windows: carbon.windows,
        suggestToCentres: true,
      },
      { name: "Bea Ruiz" },
    );
    await createApplicantWithProfile({ ...carbon, suggestToCentres: false }, { name: "Carla Private" });
    const coordinator = await createUser({ roles: ["COORDINATOR"], centreSlugs: ["cnao"] });

    const one = await callLoader(oneLoader, `/coordinator/opportunities/${cnao}/suggestions`, {
      params: { id: cnao },
      ...(await as(coordinator.id)),
    });
    expect(one.suggestions.map((s) => s.profile.name)).toEqual(["Ana Sousa", "Bea Ruiz"]);
    expect(one.suggestions[0]).toMatchObject({ userId: first.id, rank: 1, profile: { orcid: "0000-0001-5109-3700" } });
    expect(one.suggestions[0]!.reasons).toContain("Carbon Ion Radiotherapy is one of their core interests");
    expect(one.suggestions[1]).toMatchObject({ userId: second.id });
    expect(one.suggestions[1]!.rank).toBeGreaterThan(1);

    const overview = await callLoader(overviewLoader, "/coordinator/suggestions", await as(coordinator.id));
    const row = overview.opportunities.find((o) => o.id === cnao)!;
    expect(row.suggestions[0]).toMatchObject({ name: "Ana Sousa", rank: 1 });
    expect(
      overview.opportunities.every((o) => o.centre.startsWith("Fondazione CNAO") || o.centre.includes("CNAO")),
    ).toBe(true);
  });

  it("is a 404 for another centre's opportunity and a 403 for applicants", async () => {
    const ids = await seededOpportunityIds();
    const cnao = ids.get("cnao-carbon-ion-observership")!;
    const elsewhere = await createUser({ roles: ["COORDINATOR"], centreSlugs: ["niguarda"] });
    expect(
      (
        await thrownResponse(async () =>
          callLoader(oneLoader, `/x`, { params: { id: cnao }, ...(await as(elsewhere.id)) }),
        )
      ).status,
    ).toBe(404);
    const applicant = await createUser();
    expect(
      (
        await thrownResponse(async () =>
          callLoader(oneLoader, `/x`, { params: { id: cnao }, ...(await as(applicant.id)) }),
        )
      ).status,
    ).toBe(403);
  });
});

describe("the demo applicant", () => {
  it("gets the profile of a Portuguese radiation oncologist, idempotently", async () => {
    await seedDemoAccounts(prisma);
    await seedDemoAccounts(prisma);
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "applicant@ponte.example" },
      select: {
        id: true,
        profile: {
          select: {
            profession: true,
            careerStage: true,
            country: true,
            stayTypes: true,
            languages: { select: { code: true, level: true }, orderBy: { code: "asc" } },
            interests: { select: { topicId: true, weight: true }, orderBy: { topicId: "asc" } },
            windows: { select: { startDate: true, endDate: true } },
          },
        },
      },
    });
    expect(user.profile).toMatchObject({
      profession: "PHYSICIAN",
      careerStage: "EARLY_CAREER",
      country: "PT",
      stayTypes: ["OBSERVERSHIP", "CLINICAL_VISIT"],
      languages: [
        { code: "en", level: "C1" },
        { code: "es", level: "B2" },
        { code: "pt", level: "C2" },
      ],
      interests: [
        { topicId: "carbon-ion-radiotherapy", weight: "CORE" },
        { topicId: "proton-therapy", weight: "CORE" },
        { topicId: "radiomics", weight: "ALSO" },
      ],
    });
    expect(user.profile!.windows).toEqual([
      { startDate: new Date("2026-12-01T00:00:00Z"), endDate: new Date("2027-05-31T00:00:00Z") },
    ]);
    expect(nextSixMonths("2027-08-31")).toEqual({ start: "2027-08-31", end: "2028-02-28" });

    // Once its dates are over, the next run renews them (and touches nothing else).
    expect(await seedDemoProfile(prisma, new Date("2027-07-01T09:00:00Z"))).toEqual({
      created: false,
      windowsRenewed: true,
    });
    const renewed = await prisma.availabilityWindow.findMany({
      where: { profileId: user.id },
      select: { startDate: true, endDate: true },
    });
    expect(renewed).toEqual([
      { startDate: new Date("2027-07-01T00:00:00Z"), endDate: new Date("2027-12-31T00:00:00Z") },
    ]);
    expect(await seedDemoProfile(prisma, new Date("2027-07-02T09:00:00Z"))).toEqual({
      created: false,
      windowsRenewed: false,
    });
  });

  it("has matches a clinician would accept: CNAO carbon-ion first, then proton therapy at CNAO and IEO, radiomics lower, nothing needing Italian", async () => {
    await seedDemoAccounts(prisma);
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "applicant@ponte.example" },
      select: { id: true },
    });
    const page = await getMatchesPage(user.id, { today: TODAY, show: 100 });
    if (page.status !== "ok") throw new Error("expected matches");
    const keys = await seededOpportunityIds();
    const rank = (key: string) => page.results.findIndex((r) => r.opportunityId === keys.get(key));
    expect(rank("cnao-carbon-ion-observership")).toBe(0);
    expect([rank("cnao-proton-therapy-clinical-visit"), rank("ieo-proton-therapy-observership")].sort()).toEqual([
      1, 2,
    ]);
    expect(rank("ieo-radiomics-joint-research")).toBeGreaterThan(2);
    const italian = new Set(
      (await prisma.opportunityLanguage.findMany({ where: { code: "it" }, select: { opportunityId: true } })).map(
        (l) => l.opportunityId,
      ),
    );
    expect(page.results.filter((r) => italian.has(r.opportunityId))).toEqual([]);
    // Every one of the first three says which of their topics it shares.
    for (const r of page.results.slice(0, 3)) expect(r.reasons.some((x) => x.code === "topic.exact")).toBe(true);
  });
});
