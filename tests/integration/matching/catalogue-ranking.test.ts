/**
 * Matching on the seeded Lombardy catalogue (issue 4, "Done when"): who sees what first,
 * and why. Ranked on a fixed day (TODAY) through app/matching/matching.server.ts.
 */
import { describe, expect, it } from "vitest";
import { getMatchesPage, type MatchesPage } from "~/matching/matching.server";
import { prisma } from "~/platform/db.server";
import { createApplicantWithProfile, seededOpportunityIds, TODAY } from "../../factories/profiles";
import { withWrittenExampleDates } from "../../factories/example-dates";

// Ranked on the fixed TODAY, against the catalogue's dates as these tests were written (issue 21).
withWrittenExampleDates();

type Ok = Extract<MatchesPage, { status: "ok" }>;

async function matchesOf(userId: string, show = 100): Promise<Ok> {
  const page = await getMatchesPage(userId, { today: TODAY, show });
  expect(page.status).toBe("ok");
  return page as Ok;
}

const SPRING_2027 = [{ start: "2027-01-04", end: "2027-06-30" }];

describe("matching on the seeded catalogue", () => {
  it("gives a radiation oncologist interested in carbon-ion therapy CNAO's carbon-ion observership first, with the taxonomy reason", async () => {
    const ids = await seededOpportunityIds();
    const user = await createApplicantWithProfile({
      profession: "PHYSICIAN",
      careerStage: "EARLY_CAREER",
      languages: [{ code: "en", level: "C1" }],
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      researchStatement: "Radiation oncologist.",
      windows: SPRING_2027,
    });
    const page = await matchesOf(user.id);
    const [first] = page.results;
    expect(first!.opportunityId).toBe(ids.get("cnao-carbon-ion-observership"));
    expect(first!.opportunity.centre.slug).toBe("cnao");
    expect(first!.reasons).toContainEqual({
      code: "topic.exact",
      params: { oppTopicKey: "carbon-ion-radiotherapy", profileTopicKey: "carbon-ion-radiotherapy", weight: "core" },
    });
    // Broader and related taxonomy matches are explained as such further down.
    const broader = page.results.find((r) => r.reasons.some((x) => x.code === "topic.broader"));
    expect(broader?.reasons.find((x) => x.code === "topic.broader")?.params).toMatchObject({
      profileTopicKey: "carbon-ion-radiotherapy",
    });
    // Scores are the sum of their parts.
    for (const r of page.results) {
      const sum = Object.values(r.parts).reduce((a, b) => a + b, 0);
      expect(r.score).toBeCloseTo(sum, 6);
    }
  });

  it("ranks the opportunity tagged with the exact interest well above one tagged only with the broad topic above it", async () => {
    // Point-of-care ultrasound (core) under diagnostic imaging (core), wanting joint research: IEO's
    // radiomics research is tagged "Diagnostic Imaging" but not ultrasound. Counted in full, that broad
    // tag and the wanted kind of stay brought it within 0.1 of Pavia's ultrasound course (issue 14).
    const ids = await seededOpportunityIds();
    const user = await createApplicantWithProfile({
      profession: "PHYSICIAN",
      careerStage: "EARLY_CAREER",
      interests: [
        { topicId: "ultrasonography", weight: "CORE" },
        { topicId: "diagnostic-imaging", weight: "CORE" },
      ],
      stayTypes: ["JOINT_RESEARCH"],
      windows: SPRING_2027,
    });
    const [first, second] = (await matchesOf(user.id)).results;
    expect(first!.opportunityId).toBe(ids.get("pavia-skills-lab-ultrasound-simulation"));
    expect(second!.opportunityId).toBe(ids.get("ieo-radiomics-joint-research"));
    expect(first!.score - second!.score).toBeGreaterThan(1);
    expect(first!.parts.topics).toBeGreaterThan(2 * second!.parts.topics);
  });

  it("never shows an applicant who speaks no Italian an opportunity that requires it", async () => {
    const roots = (await prisma.topic.findMany({ where: { parentId: null }, select: { id: true } })).map((t) => ({
      topicId: t.id,
      weight: "ALSO" as const,
    }));
    const requiresItalian = new Set(
      (await prisma.opportunityLanguage.findMany({ where: { code: "it" }, select: { opportunityId: true } })).map(
        (l) => l.opportunityId,
      ),
    );
    expect(requiresItalian.size).toBeGreaterThan(5);
    for (const profession of ["PHYSICIAN", "NURSE", "SURGEON"]) {
      const base = {
        profession,
        careerStage: "EARLY_CAREER",
        interests: roots,
        researchStatement: "clinical visit observership",
      };
      const english = await createApplicantWithProfile({
        ...base,
        languages: [
          { code: "en", level: "C2" },
          { code: "es", level: "C2" },
        ],
      });
      const page = await matchesOf(english.id, 500);
      expect(page.results.length).toBeGreaterThan(3);
      expect(page.results.filter((r) => requiresItalian.has(r.opportunityId))).toEqual([]);
      // The control: the same person speaking Italian is shown some of them.
      const italian = await createApplicantWithProfile({
        ...base,
        languages: [
          { code: "en", level: "C2" },
          { code: "it", level: "C2" },
        ],
      });
      const withItalian = await matchesOf(italian.id, 500);
      expect(withItalian.results.some((r) => requiresItalian.has(r.opportunityId))).toBe(true);
      // And the first one is told why some are missing.
      expect(page.excluded.some((e) => e.code === "exclusion.language" && e.params.languageKey === "it")).toBe(true);
    }
  });

  it("ranks the CAR-T centres' opportunities above unrelated ones for a paediatric haematologist interested in CAR-T", async () => {
    const user = await createApplicantWithProfile({
      profession: "PHYSICIAN",
      careerStage: "EARLY_CAREER",
      languages: [
        { code: "en", level: "C1" },
        { code: "fr", level: "C2" },
      ],
      interests: [
        { topicId: "car-t-cell-therapy", weight: "CORE" },
        { topicId: "pediatric-oncology", weight: "ALSO" },
        { topicId: "hematologic-neoplasms", weight: "ALSO" },
      ],
      researchStatement:
        "Paediatric haematologist caring for children with relapsed acute lymphoblastic leukaemia. I want to learn how a CAR-T programme selects patients and manages cytokine release syndrome.",
      stayTypes: ["OBSERVERSHIP", "CLINICAL_VISIT"],
      windows: [{ start: "2027-02-01", end: "2027-07-31" }],
    });
    const carT = new Set(
      (
        await prisma.opportunityTopic.findMany({
          where: { topicId: "car-t-cell-therapy" },
          select: { opportunityId: true },
        })
      ).map((t) => t.opportunityId),
    );
    const page = await matchesOf(user.id, 500);
    const positions = page.results.map((r, i) => ({ i, carT: carT.has(r.opportunityId), related: r.parts.topics > 0 }));
    const carTPositions = positions.filter((p) => p.carT).map((p) => p.i);
    const unrelated = positions.filter((p) => !p.carT && !p.related).map((p) => p.i);
    expect(carTPositions.length).toBeGreaterThanOrEqual(3);
    expect(carT.has(page.results[0]!.opportunityId)).toBe(true);
    if (unrelated.length) expect(Math.max(...carTPositions)).toBeLessThan(Math.min(...unrelated));
    const slugs = new Set(page.results.filter((r) => carT.has(r.opportunityId)).map((r) => r.opportunity.centre.slug));
    expect([...slugs]).toEqual(
      expect.arrayContaining(["humanitas", "istituto-nazionale-tumori", "papa-giovanni-xxiii"]),
    );
  });

  it("gives a profile without interests a prompt, not a list", async () => {
    const user = await createApplicantWithProfile({ interests: [], researchStatement: "carbon ions and protons" });
    expect(await getMatchesPage(user.id, { today: TODAY, show: 20 })).toEqual({
      status: "noInterests",
      hiddenCount: 0,
    });
  });

  it("proposes the earliest stay with a free seat every day, and leaves out full opportunities", async () => {
    const ids = await seededOpportunityIds();
    const cnao = ids.get("cnao-carbon-ion-observership")!;
    const user = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      windows: [{ start: "2027-01-11", end: "2027-02-28" }],
    });
    const before = (await matchesOf(user.id)).results.find((r) => r.opportunityId === cnao)!;
    expect(before.earliestWindow).toEqual({ start: "2027-01-11", end: "2027-02-09" });
    // Two approved visitors (CNAO's two seats) from 11 to 25 January.
    const others = await Promise.all([createApplicantWithProfile({}), createApplicantWithProfile({})]);
    for (const other of others) {
      await prisma.request.create({
        data: {
          applicantId: other.id,
          opportunityId: cnao,
          startDate: new Date("2027-01-11T00:00:00Z"),
          endDate: new Date("2027-01-25T00:00:00Z"),
          motivation: "test",
          status: "APPROVED",
          dueAt: new Date("2026-12-20T00:00:00Z"),
        },
      });
    }
    const after = (await matchesOf(user.id)).results.find((r) => r.opportunityId === cnao)!;
    expect(after.earliestWindow).toEqual({ start: "2027-01-26", end: "2027-02-24" });
    // A request that is only submitted takes no seat.
    await prisma.request.updateMany({ where: { opportunityId: cnao }, data: { status: "SUBMITTED" } });
    expect((await matchesOf(user.id)).results.find((r) => r.opportunityId === cnao)!.earliestWindow.start).toBe(
      "2027-01-11",
    );
  });

  it("sees an approved stay's new dates at once, and leaves the occupancy revision alone for other requests", async () => {
    const ids = await seededOpportunityIds();
    const cnao = ids.get("cnao-carbon-ion-observership")!;
    const user = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      windows: [{ start: "2027-01-11", end: "2027-02-28" }],
    });
    const revision = async () =>
      (await prisma.appMeta.findUniqueOrThrow({ where: { key: "occupancy.revision" } })).value;
    const earliest = async () =>
      (await matchesOf(user.id)).results.find((r) => r.opportunityId === cnao)!.earliestWindow.start;
    expect(await earliest()).toBe("2027-01-11");

    // Submitted, reviewed and declined requests take no seat: the counter does not move.
    const visitors = await Promise.all([createApplicantWithProfile({}), createApplicantWithProfile({})]);
    const start = await revision();
    const created = [];
    for (const visitor of visitors) {
      created.push(
        await prisma.request.create({
          data: {
            applicantId: visitor.id,
            opportunityId: cnao,
            startDate: new Date("2027-01-11T00:00:00Z"),
            endDate: new Date("2027-01-25T00:00:00Z"),
            motivation: "test",
            dueAt: new Date("2026-12-20T00:00:00Z"),
          },
        }),
      );
    }
    await prisma.request.updateMany({ where: { opportunityId: cnao }, data: { status: "IN_REVIEW" } });
    expect(await revision()).toBe(start);

    // Both approved: CNAO's two seats are taken from 11 to 25 January.
    await prisma.request.updateMany({ where: { opportunityId: cnao }, data: { status: "APPROVED" } });
    expect(await revision()).not.toBe(start);
    expect(await earliest()).toBe("2027-01-26");

    // One approved stay moves to March: a seat is free again in January.
    await prisma.request.update({
      where: { id: created[0]!.id },
      data: { startDate: new Date("2027-03-01T00:00:00Z"), endDate: new Date("2027-03-10T00:00:00Z") },
    });
    expect(await earliest()).toBe("2027-01-11");

    // Deleting an approved request frees its seat too.
    await prisma.request.update({
      where: { id: created[0]!.id },
      data: { startDate: new Date("2027-01-11T00:00:00Z"), endDate: new Date("2027-01-25T00:00:00Z") },
    });
    expect(await earliest()).toBe("2027-01-26");
    await prisma.request.delete({ where: { id: created[1]!.id } });
    expect(await earliest()).toBe("2027-01-11");
  });

  it("sees catalogue changes at once (the index is rebuilt when the catalogue revision moves)", async () => {
    const user = await createApplicantWithProfile({
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      windows: SPRING_2027,
    });
    const before = await matchesOf(user.id);
    const cnao = await prisma.centre.findUniqueOrThrow({ where: { slug: "cnao" }, select: { id: true } });
    const created = await prisma.opportunity.create({
      data: {
        centreId: cnao.id,
        type: "OBSERVERSHIP",
        status: "PUBLISHED",
        titleEn: "Carbon-ion treatment planning week",
        titleIt: "Settimana di pianificazione con ioni carbonio",
        descriptionEn: "Test.",
        descriptionIt: "Prova.",
        seats: 1,
        minDays: 5,
        maxDays: 10,
        topics: { create: [{ topicId: "carbon-ion-radiotherapy" }] },
        windows: {
          create: [{ startDate: new Date("2027-02-01T00:00:00Z"), endDate: new Date("2027-03-31T00:00:00Z") }],
        },
      },
    });
    const after = await matchesOf(user.id);
    expect(after.results.map((r) => r.opportunityId)).toContain(created.id);
    expect(after.total).toBe(before.total + 1);
    // A window-only change (no update of the opportunity row) is seen too.
    await prisma.opportunityWindow.deleteMany({ where: { opportunityId: created.id } });
    expect((await matchesOf(user.id)).results.map((r) => r.opportunityId)).not.toContain(created.id);
  });
});
