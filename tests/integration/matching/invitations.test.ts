/**
 * Coordinators invite suggested applicants to apply (issue 14 part 7): one invitation per
 * opportunity and applicant, one e-mail in the applicant's language through the outbox,
 * only to applicants who opted in, never to an example; then the card and the overview say
 * whether the person applied since.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { action, loader as oneLoader } from "~/routes/coordinator_.opportunities.$id.suggestions/route";
import { loader as overviewLoader } from "~/routes/coordinator_.suggestions";
import { loader as opportunityLoader } from "~/routes/opportunities.$id";
import { resetMatchCaches } from "~/matching/matching.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, thrownResponse } from "../../utils/http";
import { createUser, sessionCookie } from "../../factories/accounts";
import { createApplicantWithProfile, seededOpportunityIds, TODAY } from "../../factories/profiles";
import { withWrittenExampleDates } from "../../factories/example-dates";
import { adoptSeeded, createRequest } from "../../factories/requests";
import { withTempUploads } from "../../factories/request-flow";
import { makeDue, sendRequest, setUpResendStandIn } from "../notifications/helpers";

withWrittenExampleDates();
withTempUploads();
const resend = setUpResendStandIn();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(`${TODAY}T09:00:00Z`) });
});
afterEach(() => {
  vi.useRealTimers();
});

const KEY = "cnao-carbon-ion-observership";
const carbon = {
  interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" as const }],
  windows: [{ start: "2027-01-04", end: "2027-06-30" }],
};
const as = async (userId: string) => ({ headers: { Cookie: await sessionCookie(userId) } });

/** What an invitation writes, counted. */
async function written() {
  const [invitations, notifications, audits] = await Promise.all([
    prisma.applicationInvitation.count(),
    prisma.notification.count({ where: { kind: "application-invitation" } }),
    prisma.auditEvent.count({ where: { action: "suggestion.invited" } }),
  ]);
  return { invitations, notifications, audits };
}

/** The CNAO observership adopted as CNAO's real programme, an opted-in applicant who ranks it first, a CNAO coordinator. */
async function scene({ adopt = true }: { adopt?: boolean } = {}) {
  if (adopt) await adoptSeeded(KEY);
  resetMatchCaches();
  const opportunityId = (await seededOpportunityIds()).get(KEY)!;
  const applicant = await createApplicantWithProfile({ ...carbon, suggestToCentres: true }, { name: "Ana Sousa" });
  await prisma.user.update({ where: { id: applicant.id }, data: { locale: "it" } });
  const coordinator = await createUser({ name: "Chiara Conti", roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
  const path = `/coordinator/opportunities/${opportunityId}/suggestions`;
  const invite = async (by: string, applicantId: string, message = "") =>
    callAction(
      action,
      path,
      { intent: "invite", applicantId, message },
      { params: { id: opportunityId }, ...(await as(by)) },
    );
  return { opportunityId, applicant, coordinator, path, invite };
}

describe("inviting a suggested applicant to apply", () => {
  it("writes the invitation, one e-mail in the applicant's language and an audit event, then shows 'invited on'", async () => {
    const { opportunityId, applicant, coordinator, path, invite } = await scene();
    const res = (await invite(
      coordinator.id,
      applicant.id,
      "  Your carbon-ion work would suit our spring cohort.  ",
    )) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(path);

    const row = await prisma.applicationInvitation.findFirstOrThrow();
    expect(row).toMatchObject({
      opportunityId,
      applicantId: applicant.id,
      invitedById: coordinator.id,
      message: "Your carbon-ion work would suit our spring cohort.",
    });
    const mail = await prisma.notification.findFirstOrThrow({ where: { kind: "application-invitation" } });
    expect(mail).toMatchObject({
      userId: applicant.id,
      toEmail: applicant.email,
      locale: "it",
      idempotencyKey: `application-invitation:${opportunityId}:${applicant.id}`,
    });
    expect(mail.payload).toMatchObject({
      url: expect.stringMatching(new RegExp(`/opportunities/${opportunityId}$`)),
      coordinatorName: "Chiara Conti",
      message: "Your carbon-ion work would suit our spring cohort.",
      centreName: expect.stringContaining("CNAO"),
    });
    expect(await written()).toEqual({ invitations: 1, notifications: 1, audits: 1 });

    const page = await callLoader(oneLoader, path, { params: { id: opportunityId }, ...(await as(coordinator.id)) });
    const card = page.suggestions.find((s) => s.userId === applicant.id)!;
    expect(card.invitation).toMatchObject({
      invitedAt: `${TODAY}T09:00:00.000Z`,
      invitedByName: "Chiara Conti",
      applied: null,
    });

    // The applicant sees on the opportunity's page that the centre invited them.
    const theirs = await callLoader(opportunityLoader, `/opportunities/${opportunityId}`, {
      params: { id: opportunityId },
      ...(await as(applicant.id)),
    });
    expect(theirs.invitation).toEqual({ invitedAt: `${TODAY}T09:00:00.000Z`, by: "Chiara Conti" });
    const stranger = await createApplicantWithProfile(carbon);
    const notTheirs = await callLoader(opportunityLoader, `/opportunities/${opportunityId}`, {
      params: { id: opportunityId },
      ...(await as(stranger.id)),
    });
    expect(notTheirs.invitation).toBeNull();

    // Delivered through Resend (the stand-in), in Italian, with the one-click unsubscribe link.
    vi.useRealTimers();
    resend.use();
    await makeDue();
    await processOutbox();
    const sent = resend.standIn.emails.filter((m) => m.to[0] === applicant.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(
      /^Fondazione CNAO .* La invita a candidarsi: Observership in radioterapia con ioni carbonio$/,
    );
    expect(sent[0]!.text).toContain("Your carbon-ion work would suit our spring cohort.");
    expect(sent[0]!.headers?.["List-Unsubscribe"]).toMatch(/\/unsubscribe\?token=/);
  });

  it("refuses a second invitation with 409 and writes nothing more", async () => {
    const { applicant, coordinator, invite } = await scene();
    await invite(coordinator.id, applicant.id);
    const colleague = await createUser({ roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    const again = await invite(colleague.id, applicant.id, "Second try");
    expect(again).toMatchObject({ init: { status: 409 } });
    expect((again as { data: { result: { error: Record<string, string[]> } } }).data.result.error[""]).toEqual([
      "profile:suggestions.invite.refused.alreadyInvited",
    ]);
    expect(await written()).toEqual({ invitations: 1, notifications: 1, audits: 1 });
  });

  it("refuses applicants who did not opt in, another centre's coordinator and example opportunities, writing nothing", async () => {
    const { applicant, coordinator, invite } = await scene({ adopt: false });
    // The seeded opportunity is still an example: it cannot be requested, so no invitation.
    expect(await invite(coordinator.id, applicant.id)).toMatchObject({ init: { status: 409 } });

    await adoptSeeded(KEY);
    resetMatchCaches();
    const private_ = await createApplicantWithProfile({ ...carbon, suggestToCentres: false });
    expect(await invite(coordinator.id, private_.id)).toMatchObject({ init: { status: 404 } });
    const elsewhere = await createUser({ roles: ["COORDINATOR"], centreSlugs: ["niguarda"] });
    expect((await thrownResponse(() => invite(elsewhere.id, applicant.id))).status).toBe(404);
    const notApplicant = await createUser({ roles: ["APPLICANT"] });
    expect((await thrownResponse(() => invite(notApplicant.id, applicant.id))).status).toBe(403);
    // A note over 1,000 code points is a field error.
    const long = await invite(coordinator.id, applicant.id, "é".repeat(1001));
    expect(long).toMatchObject({ init: { status: 400 } });
    expect(await written()).toEqual({ invitations: 0, notifications: 0, audits: 0 });
  });

  it("refuses someone who already has an open request for it", async () => {
    const { applicant, coordinator, invite } = await scene();
    await sendRequest({ ...applicant, cookie: await sessionCookie(applicant.id) });
    const res = await invite(coordinator.id, applicant.id);
    expect(res).toMatchObject({ init: { status: 409 } });
    expect(await written()).toEqual({ invitations: 0, notifications: 0, audits: 0 });
  });

  it("shows 'applied on' with the request's status once the person applies, and counts it on the overview", async () => {
    const { opportunityId, applicant, coordinator, path, invite } = await scene();
    // A request declined before the invitation is not "applied since" (nor does it block one).
    await createRequest({
      applicantId: applicant.id,
      opportunityId,
      start: "2027-02-01",
      end: "2027-02-12",
      status: "DECLINED",
      submittedAt: new Date("2026-10-01T09:00:00Z"),
    });
    expect(((await invite(coordinator.id, applicant.id)) as Response).status).toBe(302);
    const overview0 = await callLoader(overviewLoader, "/coordinator/suggestions", await as(coordinator.id));
    expect(overview0.opportunities.find((o) => o.id === opportunityId)!.invitations).toEqual({
      invited: 1,
      applied: 0,
    });

    vi.setSystemTime(new Date(`${TODAY}T15:30:00Z`));
    const requestId = await sendRequest({ ...applicant, cookie: await sessionCookie(applicant.id) });
    const page = await callLoader(oneLoader, path, { params: { id: opportunityId }, ...(await as(coordinator.id)) });
    expect(page.suggestions.find((s) => s.userId === applicant.id)!.invitation!.applied).toEqual({
      requestId,
      submittedAt: `${TODAY}T15:30:00.000Z`,
      status: "SUBMITTED",
    });
    const overview = await callLoader(overviewLoader, "/coordinator/suggestions", await as(coordinator.id));
    expect(overview.opportunities.find((o) => o.id === opportunityId)!.invitations).toEqual({ invited: 1, applied: 1 });
  });
});
