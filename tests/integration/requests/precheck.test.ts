/**
 * The request pre-check (issue 16, part 3) through the real loaders and actions: each gap on
 * /requests/new (and /opportunities/:id) with the link that fixes it, the action refusing
 * what blocks, and the acceptance scenario — a missing health insurance listed before the
 * form, its link to the wallet, the upload, the item gone and the request sent.
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/requests.new/route";
import { loader as opportunityLoader } from "~/routes/opportunities.$id";
import { action as walletAction } from "~/routes/profile_.documents";
import { prisma } from "~/platform/db.server";
import { addDays } from "~/platform/calendar";
import type { Gap } from "~/requests/eligibility";
import { createRequest } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  createApplicant,
  errorsOf,
  get,
  keepSeededOpportunity,
  location,
  multipart,
  PDF,
  post,
  status,
  walletFor,
  withTempUploads,
  type SignedIn,
} from "../../factories/request-flow";
import { onDay, today, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

withWrittenExampleDatesFromToday();
keepSeededOpportunity("cnao-carbon-ion-observership");
withTempUploads();

const DATES = { startDate: onDay("2027-02-01"), endDate: onDay("2027-02-12") };
const MOTIVATION = { motivation: "I treat head-and-neck tumours and want to learn carbon-ion planning." };

/** The CNAO observership asking for a CV and a health insurance (the catalogue outlives each test: reset what they change). */
async function observership() {
  const o = await cnaoObservership();
  await prisma.opportunity.update({
    where: { id: o.id },
    data: {
      requiredDocuments: ["CV", "HEALTH_INSURANCE"],
      professions: [],
      careerStages: [],
      deadline: null,
      seats: 2,
    },
    select: { id: true },
  });
  await prisma.opportunityLanguage.deleteMany({ where: { opportunityId: o.id } });
  return o;
}

async function page(who: SignedIn, opportunityId: string) {
  return body<{ blocked: string | null; gaps: Gap[] }>(
    await get(loader, `/requests/new?opportunity=${opportunityId}`, { cookie: who.cookie }),
  );
}

const codes = (gaps: Gap[]) => gaps.map((g) => g.code);

async function addToWallet(who: SignedIn, type: string, extra: Record<string, string> = {}) {
  return post(
    walletAction,
    "/profile/documents",
    multipart({ intent: "add", type, ...extra }, { file: { name: `${type}.pdf`, bytes: PDF } }),
    { cookie: who.cookie },
  );
}

async function walletId(who: SignedIn, type: "CV" | "HEALTH_INSURANCE") {
  return (await prisma.walletDocument.findFirstOrThrow({ where: { ownerId: who.id, type }, select: { id: true } })).id;
}

describe("the acceptance scenario", () => {
  it("lists a missing health insurance before the form, links to the wallet, and after the upload the request is sent", async () => {
    const o = await observership();
    const amina = await createApplicant();
    await addToWallet(amina, "CV");
    const before = await page(amina, o.id);
    expect(before.blocked).toBeNull();
    const back = `/requests/new?opportunity=${o.id}`;
    expect(before.gaps).toEqual([
      {
        code: "document",
        blocking: false,
        href: `/profile/documents?type=HEALTH_INSURANCE&back=${encodeURIComponent(back)}`,
        params: { type: "HEALTH_INSURANCE" },
      },
    ]);
    // The opportunity page lists the same.
    const opp = body<{ gaps: Gap[] }>(
      await get(opportunityLoader, `/opportunities/${o.id}`, { cookie: amina.cookie, params: { id: o.id } }),
    );
    expect(opp.gaps).toEqual(before.gaps);
    // Sending without it is refused by the server.
    const cv = await walletId(amina, "CV");
    const refused = await post(action, back, multipart({ ...MOTIVATION, ...DATES, documents: [cv] }), {
      cookie: amina.cookie,
    });
    expect(status(refused)).toBe(400);
    expect(errorsOf(refused).documents).toEqual(["requests:wallet.validation.missingRequired"]);
    // The link: the wallet's add form, which comes back to the request form.
    const added = await addToWallet(amina, "HEALTH_INSURANCE", { back });
    expect(location(added)).toBe(`/profile/documents?done=added&back=${encodeURIComponent(back)}`);
    expect((await page(amina, o.id)).gaps).toEqual([]);
    const sent = await post(
      action,
      back,
      multipart({ ...MOTIVATION, ...DATES, documents: [cv, await walletId(amina, "HEALTH_INSURANCE")] }),
      { cookie: amina.cookie },
    );
    expect(status(sent)).toBe(302);
    expect(location(sent)).toMatch(/^\/requests\/[^?]+\?done=submitted$/);
  });
});

describe("each gap, with its link; blocking ones refuse the form (403/409, nothing written)", () => {
  async function expectRefused(who: SignedIn, opportunityId: string, code: string, wanted = 403) {
    const documents = await walletFor(who, opportunityId);
    const res = await post(
      action,
      `/requests/new?opportunity=${opportunityId}`,
      multipart({ ...MOTIVATION, ...DATES, documents }),
      { cookie: who.cookie },
    );
    expect(status(res)).toBe(wanted);
    expect(errorsOf(res)[""]).toEqual([`requests:new.blocked.${code}`]);
  }

  it("an unverified address and an incomplete profile", async () => {
    const o = await observership();
    const unverified = await createApplicant({ verified: false });
    const p1 = await page(unverified, o.id);
    expect(p1.blocked).toBe("unverified");
    expect(p1.gaps.find((g) => g.code === "unverified")?.href).toBe("/verify-email");
    const noProfile = await createApplicant({ profile: false });
    const p2 = await page(noProfile, o.id);
    expect(p2.blocked).toBe("profile");
    expect(p2.gaps.find((g) => g.code === "profile")?.href).toBe("/profile");
    await expectRefused(unverified, o.id, "unverified");
    expect(await prisma.request.count()).toBe(0);
  });

  it("a profession or career stage the opportunity does not take", async () => {
    const o = await observership();
    const amina = await createApplicant(); // PHYSICIAN, EARLY_CAREER
    await prisma.opportunity.update({ where: { id: o.id }, data: { professions: ["NURSE"] }, select: { id: true } });
    expect(codes((await page(amina, o.id)).gaps)).toContain("profession");
    expect((await page(amina, o.id)).blocked).toBe("profession");
    await expectRefused(amina, o.id, "profession");
    await prisma.opportunity.update({
      where: { id: o.id },
      data: { professions: ["PHYSICIAN"], careerStages: ["ESTABLISHED"] },
      select: { id: true },
    });
    const p = await page(amina, o.id);
    expect(p.blocked).toBe("careerStage");
    expect(p.gaps.find((g) => g.code === "careerStage")?.href).toBe("/profile");
    await expectRefused(amina, o.id, "careerStage");
    expect(await prisma.request.count()).toBe(0);
  });

  it("a language level below the one asked (a warning: the centre judges it)", async () => {
    const o = await observership();
    const amina = await createApplicant();
    await prisma.opportunityLanguage.create({ data: { opportunityId: o.id, code: "it", minLevel: "B2" } });
    let gap = (await page(amina, o.id)).gaps.find((g) => g.code === "language");
    expect(gap).toEqual({
      code: "language",
      blocking: false,
      href: "/profile",
      params: { language: "it", level: "B2", yourLevel: "" },
    });
    await prisma.profileLanguage.create({ data: { profileId: amina.id, code: "it", level: "B1" } });
    gap = (await page(amina, o.id)).gaps.find((g) => g.code === "language");
    expect(gap?.params.yourLevel).toBe("B1");
    await prisma.profileLanguage.update({
      where: { profileId_code: { profileId: amina.id, code: "it" } },
      data: { level: "C1" },
    });
    expect(codes((await page(amina, o.id)).gaps)).not.toContain("language");
  });

  it("a deadline passed", async () => {
    const o = await observership();
    const amina = await createApplicant();
    const yesterday = addDays(today(), -1);
    await prisma.opportunity.update({
      where: { id: o.id },
      data: { deadline: new Date(`${yesterday}T00:00:00Z`) },
      select: { id: true },
    });
    const p = await page(amina, o.id);
    expect(p.blocked).toBe("closed");
    expect(p.gaps.find((g) => g.code === "closed")?.params).toEqual({ deadline: yesterday });
    await expectRefused(amina, o.id, "closed");
  });

  it("no free seat in the chosen dates (409), and no free window at all", async () => {
    const o = await observership(); // 2 seats
    const amina = await createApplicant();
    const others = [await createApplicant({ name: "B" }), await createApplicant({ name: "C" })];
    for (const other of others) {
      await createRequest({
        applicantId: other.id,
        opportunityId: o.id,
        start: DATES.startDate,
        end: DATES.endDate,
        status: "APPROVED",
      });
    }
    expect((await page(amina, o.id)).blocked).toBeNull();
    await expectRefused(amina, o.id, "seatsFull", 409);
    expect(await prisma.request.count({ where: { applicantId: amina.id } })).toBe(0);
    await prisma.opportunity.update({ where: { id: o.id }, data: { seats: 0 }, select: { id: true } });
    const p = await page(amina, o.id);
    expect(p.blocked).toBe("noFreeWindow");
    expect(p.gaps.find((g) => g.code === "noFreeWindow")?.href).toBe("/opportunities");
  });

  it("a document expiring before the stay's last day", async () => {
    const o = await observership();
    const amina = await createApplicant();
    await addToWallet(amina, "CV");
    const expiresOn = addDays(today(), 1);
    await addToWallet(amina, "HEALTH_INSURANCE", { expiresOn });
    const gap = (await page(amina, o.id)).gaps.find((g) => g.code === "documentExpires");
    // Before dates are chosen: checked against the earliest free stay (10 days from the first window's start).
    expect(gap?.params).toMatchObject({ type: "HEALTH_INSURANCE", expiresOn });
    expect(gap?.href).toMatch(/^\/profile\/documents\?type=HEALTH_INSURANCE&back=/);
  });

  it("an open request already sent, linked (a notice: other dates may still be requested)", async () => {
    const o = await observership();
    const amina = await createApplicant();
    const open = await createRequest({
      applicantId: amina.id,
      opportunityId: o.id,
      start: DATES.startDate,
      end: DATES.endDate,
    });
    const p = await page(amina, o.id);
    expect(p.blocked).toBeNull();
    expect(p.gaps.find((g) => g.code === "openRequest")).toEqual({
      code: "openRequest",
      blocking: false,
      href: `/requests/${open.id}`,
      params: {},
    });
  });

  it("the wrong mobility direction", async () => {
    const o = await observership();
    const lombard = await createApplicant();
    const home = await prisma.centre.findFirstOrThrow({
      where: { country: null, slug: { not: "cnao" } },
      select: { id: true },
    });
    await prisma.profile.update({ where: { userId: lombard.id }, data: { homeCentreId: home.id } });
    const p = await page(lombard, o.id);
    expect(p.blocked).toBe("direction");
    await expectRefused(lombard, o.id, "direction");
  });
});
