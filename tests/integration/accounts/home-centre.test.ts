/**
 * Home-centre verification and sharing (issue 19 part 2, decision 0035): the admin's list of a
 * centre's institutional e-mail domains (checked as domains), verification by a confirmed
 * address on one of them (cleared when the address or the home centre changes), verification
 * by the centre's own coordinators (others get 404, a second answer 409, the person an
 * e-mail), the consent to share requests abroad with the home centre's coordinators (off by
 * default, audited, nothing shown without it or after it is withdrawn), and the partner-search
 * data in the account export.
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as editCentreAction, loader as editCentreLoader } from "~/routes/admin.centres.$slug";
import { action as profileAction, loader as profileLoader } from "~/routes/profile/route";
import { action as claimsAction, loader as claimsLoader } from "~/routes/coordinator_.home-centre-claims";
import { loader as staffAbroadLoader } from "~/routes/coordinator_.staff-abroad";
import { loader as exportLoader } from "~/routes/account.export";
import { action as requestAction } from "~/routes/requests.new/route";
import { action as inboxAction } from "~/routes/inbox.$id/route";
import { applyEmailToken } from "~/accounts/user.server";
import { createUserToken } from "~/accounts/user-token.server";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { createUser, sessionCookie } from "../../factories/accounts";
import { adoptSeeded } from "../../factories/requests";
import {
  createCoordinator,
  location,
  multipart,
  post,
  walletFor,
  withTempUploads,
  type SignedIn,
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";
import { asAdmin, errorsOf, toForm } from "../catalogue/helpers";

withWrittenExampleDatesFromToday();
withTempUploads();

afterEach(async () => {
  await prisma.centre.updateMany({ data: { emailDomains: [] } });
});

const centreId = async (slug: string) => (await prisma.centre.findUniqueOrThrow({ where: { slug } })).id;

/** The admin saves the seeded centre `slug` with `emailDomains` as typed in the form. */
async function setDomains(slug: string, emailDomains: string) {
  const { cookie } = await asAdmin();
  const page = await callLoader(editCentreLoader, `/admin/centres/${slug}`, {
    params: { slug },
    headers: { Cookie: cookie },
  });
  const form = { ...(page.data.defaultValue as Record<string, unknown>), emailDomains };
  return callAction(editCentreAction, `/admin/centres/${slug}`, toForm(form), {
    params: { slug },
    headers: { Cookie: cookie },
  });
}

/** The /profile form of a nurse whose home centre is `homeCentreId`; `share` ticks the consent. */
const profileForm = (homeCentreId: string, share = false) => ({
  intent: "save",
  profession: "NURSE",
  careerStage: "ESTABLISHED",
  homeCentreId,
  "languages[0].code": "en",
  "languages[0].level": "C1",
  ...(share ? { shareWithHomeCentre: "on" } : {}),
});

async function nurse({ email, verified = true }: { email?: string; verified?: boolean } = {}): Promise<SignedIn> {
  const user = await createUser({ email, verified, roles: ["APPLICANT"], name: "Giulia Ferrari" });
  return { ...user, cookie: await sessionCookie(user.id) };
}

const saveProfile = (who: SignedIn, form: Record<string, string>) =>
  callAction(profileAction, "/profile", form, { headers: { Cookie: who.cookie } });

const homeState = async (userId: string) =>
  prisma.profile.findUniqueOrThrow({
    where: { userId },
    select: {
      homeCentreStatus: true,
      homeCentreVerifiedVia: true,
      shareWithHomeCentre: true,
      shareWithHomeCentreAt: true,
    },
  });

describe("institutional e-mail domains", () => {
  it("are checked as domains in the admin centre form (400, nothing saved) and stored lower case without '@'", async () => {
    for (const bad of ["not a domain", "localhost", "cnao..it", "-cnao.it", "cnao.i"]) {
      const res = await setDomains("niguarda", bad);
      expect(statusOf(res), bad).toBe(400);
      expect(errorsOf(res).emailDomains, bad).toEqual(["admin:centres.validation.emailDomainsInvalid"]);
    }
    expect((await prisma.centre.findUniqueOrThrow({ where: { slug: "niguarda" } })).emailDomains).toEqual([]);
    expect(statusOf(await setDomains("niguarda", "Niguarda.example, @ospedaleniguarda.example niguarda.example"))).toBe(
      302,
    );
    expect((await prisma.centre.findUniqueOrThrow({ where: { slug: "niguarda" } })).emailDomains).toEqual([
      "niguarda.example",
      "ospedaleniguarda.example",
    ]);
  });

  it("verify the home centre of a confirmed address on one of them; a new address or home centre clears it", async () => {
    await setDomains("niguarda", "niguarda.example");
    const niguarda = await centreId("niguarda");
    // Not confirmed yet: stated but unverified.
    const who = await nurse({ email: `giulia.ferrari@staff.niguarda.example`, verified: false });
    expect(statusOf(await saveProfile(who, profileForm(niguarda)))).toBe(302);
    expect(await homeState(who.id)).toMatchObject({ homeCentreStatus: "UNVERIFIED", homeCentreVerifiedVia: null });

    // Confirming the address (a subdomain counts) verifies it.
    const { token } = await prisma.$transaction((tx) =>
      createUserToken(tx, { userId: who.id, kind: "EMAIL_VERIFICATION", email: who.email }),
    );
    expect(await applyEmailToken(token, "en")).toMatchObject({ status: "verified" });
    expect(await homeState(who.id)).toMatchObject({
      homeCentreStatus: "VERIFIED",
      homeCentreVerifiedVia: "EMAIL_DOMAIN",
    });
    const page = await callLoader(profileLoader, "/profile", { headers: { Cookie: who.cookie } });
    expect(page.data.home).toMatchObject({ key: "VERIFIED_EMAIL_DOMAIN", canAsk: false });

    // A new address elsewhere clears it.
    const change = await prisma.$transaction((tx) =>
      createUserToken(tx, { userId: who.id, kind: "EMAIL_CHANGE", email: "giulia@example.org" }),
    );
    expect(await applyEmailToken(change.token, "en")).toMatchObject({ status: "email-changed" });
    expect(await homeState(who.id)).toMatchObject({ homeCentreStatus: "UNVERIFIED", homeCentreVerifiedVia: null });

    // A confirmed address on the domain, then another home centre: unverified again.
    const other = await nurse({ email: "marco.rossi@niguarda.example" });
    await saveProfile(other, profileForm(niguarda));
    expect(await homeState(other.id)).toMatchObject({ homeCentreStatus: "VERIFIED" });
    await saveProfile(other, profileForm(await centreId("cnao")));
    expect(await homeState(other.id)).toMatchObject({ homeCentreStatus: "UNVERIFIED", homeCentreVerifiedVia: null });
    // The admin removing the domain un-verifies who relied on it.
    await saveProfile(other, profileForm(niguarda));
    expect(await homeState(other.id)).toMatchObject({ homeCentreStatus: "VERIFIED" });
    await setDomains("niguarda", "");
    expect(await homeState(other.id)).toMatchObject({ homeCentreStatus: "UNVERIFIED" });
  });
});

describe("confirmation by the home centre's coordinators", () => {
  it("lists the pending claim to the centre's coordinators only; they confirm once (409 after), others get 404", async () => {
    const niguarda = await centreId("niguarda");
    const who = await nurse();
    await saveProfile(who, profileForm(niguarda));
    const asked = await callAction(
      profileAction,
      "/profile",
      { intent: "ask-home-centre" },
      { headers: { Cookie: who.cookie } },
    );
    expect(location(asked)).toBe("/profile?asked=1");
    expect(await homeState(who.id)).toMatchObject({ homeCentreStatus: "PENDING" });

    const own = await createCoordinator("niguarda", "Marco Bianchi");
    const stranger = await createCoordinator("cnao", "Chiara Conti");
    const list = async (c: SignedIn) =>
      (await callLoader(claimsLoader, "/coordinator/home-centre-claims", { headers: { Cookie: c.cookie } })).data
        .claims;
    expect((await list(own)).map((c) => c.userId)).toEqual([who.id]);
    expect(await list(stranger)).toEqual([]);

    const decide = (c: SignedIn, intent: string) =>
      thrownResponse(() =>
        callAction(
          claimsAction,
          "/coordinator/home-centre-claims",
          { intent, userId: who.id },
          { headers: { Cookie: c.cookie } },
        ),
      );
    expect((await decide(stranger, "confirm")).status).toBe(404);
    expect(await homeState(who.id)).toMatchObject({ homeCentreStatus: "PENDING" });

    const done = await callAction(
      claimsAction,
      "/coordinator/home-centre-claims",
      { intent: "confirm", userId: who.id },
      { headers: { Cookie: own.cookie } },
    );
    expect(location(done)).toBe("/coordinator/home-centre-claims?done=confirm");
    expect(await homeState(who.id)).toMatchObject({
      homeCentreStatus: "VERIFIED",
      homeCentreVerifiedVia: "COORDINATOR",
    });
    expect((await decide(own, "confirm")).status).toBe(409);
    expect((await decide(own, "reject")).status).toBe(409);

    const mails = await prisma.notification.findMany({
      where: { userId: who.id },
      select: { kind: true, payload: true },
    });
    expect(mails.map((m) => m.kind)).toEqual(["home-centre-confirmed"]);
    expect(mails[0].payload).toMatchObject({ coordinatorName: "Marco Bianchi" });
    expect(await prisma.auditEvent.count({ where: { action: "home_centre.confirmed", actorId: own.id } })).toBe(1);
    const page = await callLoader(profileLoader, "/profile", { headers: { Cookie: who.cookie } });
    expect(page.data.home).toMatchObject({ key: "VERIFIED_COORDINATOR", canAsk: false });
  });

  it("rejects with an e-mail in the person's language; the person may ask again", async () => {
    const who = await nurse();
    await prisma.user.update({ where: { id: who.id }, data: { locale: "it" } });
    await saveProfile(who, profileForm(await centreId("niguarda")));
    await callAction(profileAction, "/profile", { intent: "ask-home-centre" }, { headers: { Cookie: who.cookie } });
    const own = await createCoordinator("niguarda");
    await callAction(
      claimsAction,
      "/coordinator/home-centre-claims",
      { intent: "reject", userId: who.id },
      { headers: { Cookie: own.cookie } },
    );
    expect(await homeState(who.id)).toMatchObject({ homeCentreStatus: "REJECTED" });
    const mail = await prisma.notification.findFirstOrThrow({ where: { userId: who.id } });
    expect(mail).toMatchObject({ kind: "home-centre-rejected", locale: "it" });
    const page = await callLoader(profileLoader, "/profile", { headers: { Cookie: who.cookie } });
    expect(page.data.home).toMatchObject({ key: "REJECTED", canAsk: true });
  });
});

describe("sharing requests abroad with the home centre", () => {
  it("shows the verified, consenting staff's requests abroad to their centre's coordinators only, read only; withdrawing hides them", async () => {
    await setDomains("niguarda", "niguarda.example");
    const niguarda = await centreId("niguarda");
    const who = await nurse({ email: "giulia.ferrari@niguarda.example" });
    await saveProfile(who, profileForm(niguarda));
    expect(await homeState(who.id)).toMatchObject({ homeCentreStatus: "VERIFIED", shareWithHomeCentre: false });

    await adoptSeeded("hit-ion-beam-therapy-clinical-visit");
    const hit = (
      await prisma.opportunity.findUniqueOrThrow({ where: { seedKey: "hit-ion-beam-therapy-clinical-visit" } })
    ).id;
    const sent = await post(
      requestAction,
      `/requests/new?opportunity=${hit}`,
      multipart({
        motivation: "I would like to see your ion-beam nursing care.",
        startDate: onDay("2027-02-01"),
        endDate: onDay("2027-02-12"),
        documents: await walletFor(who, hit),
      }),
      { cookie: who.cookie },
    );
    const requestId = /^\/requests\/([^?]+)\?done=submitted$/.exec(location(sent) ?? "")?.[1];
    expect(requestId).toBeTruthy();

    const home = await createCoordinator("niguarda");
    const elsewhere = await createCoordinator("cnao");
    const rows = async (c: SignedIn) =>
      (await callLoader(staffAbroadLoader, "/coordinator/staff-abroad", { headers: { Cookie: c.cookie } })).data.rows;
    // Consent is off by default: nothing.
    expect(await rows(home)).toEqual([]);

    await saveProfile(who, profileForm(niguarda, true));
    expect(await homeState(who.id)).toMatchObject({
      shareWithHomeCentre: true,
      shareWithHomeCentreAt: expect.any(Date),
    });
    expect(await rows(home)).toEqual([
      expect.objectContaining({ id: requestId, person: "Giulia Ferrari", country: "Germany", status: "SUBMITTED" }),
    ]);
    expect(await rows(elsewhere)).toEqual([]);

    // The partner approves: the home centre sees the new state.
    const partner = await createCoordinator("hit-heidelberg");
    await post(inboxAction, `/inbox/${requestId}`, multipart({ intent: "approve" }), {
      cookie: partner.cookie,
      params: { id: requestId! },
    });
    expect((await rows(home))[0]).toMatchObject({ status: "APPROVED" });

    // The page has no action: it is read only.
    expect("action" in (await import("~/routes/coordinator_.staff-abroad"))).toBe(false);

    // Withdrawn: nothing again, and both changes are audited.
    await saveProfile(who, profileForm(niguarda, false));
    expect(await rows(home)).toEqual([]);
    const audit = await prisma.auditEvent.findMany({
      where: { actorId: who.id, action: { startsWith: "home_centre.sharing" } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["home_centre.sharing_given", "home_centre.sharing_withdrawn"]);

    // Consent without a verified home centre shows nothing either.
    await saveProfile(who, profileForm(niguarda, true));
    expect(await rows(home)).toHaveLength(1);
    await setDomains("niguarda", "");
    expect(await rows(home)).toEqual([]);
  });
});

describe("the account export", () => {
  it("includes the person's collaboration proposals, interests and thread messages, and the home centre's state", async () => {
    const proposer = await nurse();
    const other = await nurse({ email: "other.person@example.org" });
    const proposal = await prisma.collaborationProposal.create({
      data: { proposerId: proposer.id, title: "Registry of re-irradiation", summary: "A registry.", expertise: "Data" },
    });
    const mine = await prisma.collaborationInterest.create({
      data: { proposalId: proposal.id, personId: other.id, message: "We could contribute.", status: "ACCEPTED" },
    });
    await prisma.collaborationMessage.create({
      data: { interestId: mine.id, authorId: proposer.id, body: "Welcome aboard." },
    });
    await prisma.collaborationMessage.create({ data: { interestId: mine.id, authorId: other.id, body: "Thank you!" } });

    const exported = async (who: SignedIn) => {
      const res = (await callLoader(exportLoader, "/account/export", { headers: { Cookie: who.cookie } })) as Response;
      return JSON.parse(await res.text());
    };
    const a = await exported(proposer);
    expect(a.user.collaborationProposals).toEqual([
      expect.objectContaining({
        id: proposal.id,
        title: "Registry of re-irradiation",
        interests: [expect.objectContaining({ id: mine.id, status: "ACCEPTED" })],
      }),
    ]);
    expect(a.user.collaborationMessages.map((m: { body: string }) => m.body)).toEqual(["Welcome aboard."]);
    // The other person's words stay theirs.
    expect(JSON.stringify(a)).not.toContain("Thank you!");
    expect(JSON.stringify(a)).not.toContain("We could contribute.");

    const b = await exported(other);
    expect(b.user.collaborationInterests).toEqual([
      expect.objectContaining({ proposalId: proposal.id, message: "We could contribute." }),
    ]);
    expect(b.user.collaborationMessages.map((m: { body: string }) => m.body)).toEqual(["Thank you!"]);

    await saveProfile(proposer, profileForm(await centreId("niguarda"), true));
    expect((await exported(proposer)).user.profile).toMatchObject({
      homeCentreStatus: "UNVERIFIED",
      shareWithHomeCentre: true,
    });
  });
});
