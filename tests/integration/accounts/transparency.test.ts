/**
 * Transparency at the point of use (issue 13, parts 4 and 7): /account lists what Ponte
 * holds about the person, and after confirming an address an applicant is led to the next
 * step (the profile, then the matches).
 */
import { describe, expect, it } from "vitest";
import { loader as accountLoader } from "~/routes/account._index/route";
import { loader as verifyLoader } from "~/routes/verify-email";
import { prisma } from "~/platform/db.server";
import { legalConfig } from "~/platform/legal-config";
import { callLoader } from "../../utils/http";
import { createUser, sessionCookie } from "../../factories/accounts";
import { cnaoObservership } from "../../factories/request-flow";
import { createRequest } from "../../factories/requests";

describe("what Ponte holds", () => {
  it("is listed on /account with counts and the accepted privacy notice", async () => {
    const user = await createUser({ name: "Amina" });
    const cookie = await sessionCookie(user.id);
    const o = await cnaoObservership();
    await createRequest({ applicantId: user.id, opportunityId: o.id, start: "2027-02-01", end: "2027-02-12" });
    const page = await callLoader(accountLoader, "/account", { headers: { Cookie: cookie } });
    expect(page.data.held).toMatchObject({
      profile: null,
      requests: 1,
      files: 0,
      sessions: 1,
      privacyVersion: legalConfig.privacyNoticeVersion,
    });
    expect(page.data.held.privacyAcceptedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe("after confirming the address", () => {
  it("an applicant is led to the profile, then to the matches", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const first = await callLoader(verifyLoader, "/verify-email?done=verified", { headers: { Cookie: cookie } });
    expect(first).toMatchObject({ status: "verified", next: "profile" });
    const topic = await prisma.topic.findFirstOrThrow({ select: { id: true } });
    await prisma.profile.create({
      data: {
        userId: user.id,
        profession: "PHYSICIAN",
        careerStage: "EARLY_CAREER",
        interests: { create: { topicId: topic.id, weight: "CORE" } },
      },
    });
    const then = await callLoader(verifyLoader, "/verify-email?done=verified", { headers: { Cookie: cookie } });
    expect(then).toMatchObject({ next: "matches" });
    const coordinator = await createUser({ roles: ["COORDINATOR"] });
    const other = await callLoader(verifyLoader, "/verify-email?done=verified", {
      headers: { Cookie: await sessionCookie(coordinator.id) },
    });
    expect(other).toMatchObject({ next: null });
  });
});
