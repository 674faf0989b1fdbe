/**
 * Coordinator invitations and centre membership (/admin, /invitations/accept,
 * /coordinator): new and existing users, single use, 7-day expiry, revocation, removal,
 * and atomic acceptance (no user without a centre).
 */
import { describe, expect, it } from "vitest";
import { action as adminAction, loader as adminLoader } from "~/routes/admin._index";
import { loader as coordinatorLoader } from "~/routes/coordinator";
import { action as acceptAction, loader as acceptLoader } from "~/routes/invitations.accept";
import { action as loginAction } from "~/routes/login";
import { getUser } from "~/accounts/auth.server";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, ORIGIN, statusOf, thrownResponse } from "../../utils/http";
import { cookiePair, createUser, outbox, sessionCookie, setCookiesOf, tokenFrom } from "../../factories/accounts";
import { legalConfig } from "~/platform/legal-config";

const ctx = { context: { clientIp: "198.51.100.40" } };
const PASSWORD = "cedar-lantern-river-88";

async function asAdmin() {
  const admin = await createUser({ email: "admin@example.org", roles: ["ADMIN"], name: "Giulia Admin" });
  return { admin, cookie: await sessionCookie(admin.id) };
}

async function invite(cookie: string, email: string, slug = "cnao") {
  const centre = await prisma.centre.findUniqueOrThrow({ where: { slug } });
  const res = await callAction(
    adminAction,
    "/admin",
    { intent: "invite", email, centreId: centre.id },
    { headers: { Cookie: cookie } },
  );
  return { res, centre };
}

async function latestInvitationToken() {
  const mails = await outbox("invitation");
  return tokenFrom(mails[mails.length - 1]);
}

describe("admin", () => {
  it("only admins may open /admin or post to it", async () => {
    const coordinator = await createUser({ roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    const cookie = await sessionCookie(coordinator.id);
    expect(
      (await thrownResponse(() => callLoader(adminLoader, "/admin", { headers: { Cookie: cookie } }))).status,
    ).toBe(403);
    expect(
      (
        await thrownResponse(() =>
          callAction(
            adminAction,
            "/admin",
            { intent: "invite", email: "x@example.org", centreId: "x" },
            { headers: { Cookie: cookie } },
          ),
        )
      ).status,
    ).toBe(403);
    expect((await thrownResponse(() => callLoader(adminLoader, "/admin"))).status).toBe(302);
  });

  it("invites an address to a centre: hash stored, 7 days, mail to the canonical address", async () => {
    const { cookie } = await asAdmin();
    const { res, centre } = await invite(cookie, " New.Coordinator@Example.org ");
    expect(statusOf(res)).toBe(200);
    const inv = await prisma.invitation.findFirstOrThrow();
    expect(inv).toMatchObject({ email: "new.coordinator@example.org", centreId: centre.id, acceptedAt: null });
    expect(inv.expiresAt.getTime() - inv.createdAt.getTime()).toBeCloseTo(7 * 24 * 3600 * 1000, -3);
    const [mail] = await outbox("invitation");
    expect(mail.toEmail).toBe("new.coordinator@example.org");
    expect(inv.tokenHash).not.toBe(tokenFrom(mail));
    const page = await callLoader(adminLoader, "/admin", { headers: { Cookie: cookie } });
    expect(page.data.invitations.map((i) => i.email)).toEqual(["new.coordinator@example.org"]);
  });

  it("answers bad invitations with field errors", async () => {
    const { cookie } = await asAdmin();
    expect(
      statusOf(
        await callAction(
          adminAction,
          "/admin",
          { intent: "invite", email: "nope", centreId: "x" },
          { headers: { Cookie: cookie } },
        ),
      ),
    ).toBe(400);
    expect(
      statusOf(
        await callAction(
          adminAction,
          "/admin",
          { intent: "invite", email: "a@example.org", centreId: "no-such-centre" },
          { headers: { Cookie: cookie } },
        ),
      ),
    ).toBe(400);
    await createUser({ email: "c@example.org", roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    const { res } = await invite(cookie, "c@example.org");
    expect(statusOf(res)).toBe(409);
    expect(await prisma.invitation.count()).toBe(0);
  });
});

describe("accepting as a new person", () => {
  it("creates a verified coordinator of the centre, signed in, who then sees the centre", async () => {
    const { cookie } = await asAdmin();
    await invite(cookie, "newcoord@example.org");
    const token = await latestInvitationToken();

    const page = await callLoader(acceptLoader, `/invitations/accept?token=${token}`);
    expect(page.data.mode).toBe("new");
    const res = (await callAction(
      acceptAction,
      "/invitations/accept",
      { token, name: "Nuovo Coordinatore", password: PASSWORD, acceptPrivacy: "on" },
      ctx,
    )) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/inbox?welcome=1");
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "newcoord@example.org" },
      include: { coordinatorOf: { include: { centre: true } } },
    });
    expect(user.roles).toEqual(["COORDINATOR"]);
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.coordinatorOf.map((c) => c.centre.slug)).toEqual(["cnao"]);
    // The privacy notice was accepted with the account, so signing in asks for it no more.
    expect(user.privacyVersion).toBe(legalConfig.privacyNoticeVersion);
    expect(user.privacyAcceptedAt).not.toBeNull();

    // Log out (new browser), log in, and see the centre.
    const login = (await callAction(
      loginAction,
      "/login",
      { email: "newcoord@example.org", password: PASSWORD },
      ctx,
    )) as Response;
    expect(login.headers.get("Location")).toBe("/inbox");
    const session = cookiePair(setCookiesOf(login)[0]);
    const mine = await callLoader(coordinatorLoader, "/coordinator", { headers: { Cookie: session } });
    expect(mine.centres.map((c) => c.slug)).toEqual(["cnao"]);

    // The link works once.
    expect((await callLoader(acceptLoader, `/invitations/accept?token=${token}`)).data.mode).toBe("invalid");
    const again = await callAction(
      acceptAction,
      "/invitations/accept",
      { token, name: "Someone", password: PASSWORD, acceptPrivacy: "on" },
      ctx,
    );
    expect(statusOf(again)).toBe(409);
  });

  it("refuses an account without the privacy notice accepted, and writes nothing", async () => {
    const { cookie } = await asAdmin();
    await invite(cookie, "newcoord@example.org");
    const token = await latestInvitationToken();
    const res = await callAction(
      acceptAction,
      "/invitations/accept",
      { token, name: "Nuovo", password: PASSWORD },
      ctx,
    );
    expect(statusOf(res)).toBe(400);
    expect(await prisma.user.count({ where: { email: "newcoord@example.org" } })).toBe(0);
    expect((await callLoader(acceptLoader, `/invitations/accept?token=${token}`)).data.mode).toBe("new");
  });

  it("writes nothing when acceptance fails: bad input, revoked or expired invitation", async () => {
    const { cookie } = await asAdmin();
    await invite(cookie, "newcoord@example.org");
    const token = await latestInvitationToken();
    expect(
      statusOf(await callAction(acceptAction, "/invitations/accept", { token, name: "", password: "short" }, ctx)),
    ).toBe(400);

    const inv = await prisma.invitation.findFirstOrThrow();
    await callAction(
      adminAction,
      "/admin",
      { intent: "revoke", invitationId: inv.id },
      { headers: { Cookie: cookie } },
    );
    expect(
      statusOf(
        await callAction(
          acceptAction,
          "/invitations/accept",
          { token, name: "Nuovo", password: PASSWORD, acceptPrivacy: "on" },
          ctx,
        ),
      ),
    ).toBe(409);
    expect(await prisma.user.count({ where: { email: "newcoord@example.org" } })).toBe(0);

    await invite(cookie, "newcoord@example.org");
    const token2 = await latestInvitationToken();
    await prisma.invitation.updateMany({
      where: { revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      statusOf(
        await callAction(
          acceptAction,
          "/invitations/accept",
          { token: token2, name: "Nuovo", password: PASSWORD, acceptPrivacy: "on" },
          ctx,
        ),
      ),
    ).toBe(409);
    expect(await prisma.user.count({ where: { email: "newcoord@example.org" } })).toBe(0);
    expect(await prisma.centreCoordinator.count()).toBe(0);
  });

  it("rolls back the whole acceptance when the account appears meanwhile", async () => {
    const { cookie } = await asAdmin();
    await invite(cookie, "race@example.org");
    const token = await latestInvitationToken();
    await createUser({ email: "race@example.org" });
    const res = await callAction(
      acceptAction,
      "/invitations/accept",
      { token, name: "Racer", password: PASSWORD, acceptPrivacy: "on" },
      ctx,
    );
    expect(statusOf(res)).toBe(409);
    const inv = await prisma.invitation.findFirstOrThrow();
    expect(inv.acceptedAt).toBeNull(); // the invitation is still usable by the real owner
    expect(await prisma.centreCoordinator.count()).toBe(0);
  });
});

describe("accepting as an existing user", () => {
  it("asks them to log in, then adds the role and the centre", async () => {
    const { cookie } = await asAdmin();
    const user = await createUser({ email: "anna@example.org", roles: ["APPLICANT"], verified: false });
    await invite(cookie, "ANNA@example.org", "niguarda");
    const token = await latestInvitationToken();

    expect((await callLoader(acceptLoader, `/invitations/accept?token=${token}`)).data.mode).toBe("login");
    const annaCookie = await sessionCookie(user.id);
    expect(
      (await callLoader(acceptLoader, `/invitations/accept?token=${token}`, { headers: { Cookie: annaCookie } })).data
        .mode,
    ).toBe("accept");

    const res = (await callAction(
      acceptAction,
      "/invitations/accept",
      { intent: "accept", token },
      { ...ctx, headers: { Cookie: annaCookie } },
    )) as Response;
    expect(res.headers.get("Location")).toBe("/inbox?welcome=1");
    const after = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { coordinatorOf: { include: { centre: true } } },
    });
    expect(after.roles.sort()).toEqual(["APPLICANT", "COORDINATOR"]);
    expect(after.emailVerifiedAt).not.toBeNull();
    expect(after.coordinatorOf.map((c) => c.centre.slug)).toEqual(["niguarda"]);
    const me = await getUser(new Request(`${ORIGIN}/`, { headers: { Cookie: annaCookie } }));
    expect(me?.centreSlugs).toEqual(["niguarda"]);
  });

  it("refuses another signed-in account", async () => {
    const { cookie } = await asAdmin();
    await createUser({ email: "anna@example.org" });
    await invite(cookie, "anna@example.org");
    const token = await latestInvitationToken();
    const bruno = await createUser({ email: "bruno@example.org" });
    const brunoCookie = await sessionCookie(bruno.id);
    expect(
      (await callLoader(acceptLoader, `/invitations/accept?token=${token}`, { headers: { Cookie: brunoCookie } })).data
        .mode,
    ).toBe("other-account");
    expect(
      statusOf(
        await callAction(
          acceptAction,
          "/invitations/accept",
          { intent: "accept", token },
          { ...ctx, headers: { Cookie: brunoCookie } },
        ),
      ),
    ).toBe(409);
    expect(await prisma.centreCoordinator.count()).toBe(0);
  });
});

describe("removing a coordinator", () => {
  it("takes the centre away, and the role with the last centre", async () => {
    const { cookie } = await asAdmin();
    const c = await createUser({ email: "c@example.org", roles: ["COORDINATOR"], centreSlugs: ["cnao", "niguarda"] });
    const cnao = await prisma.centre.findUniqueOrThrow({ where: { slug: "cnao" } });
    const niguarda = await prisma.centre.findUniqueOrThrow({ where: { slug: "niguarda" } });
    await callAction(
      adminAction,
      "/admin",
      { intent: "remove", userId: c.id, centreId: cnao.id },
      { headers: { Cookie: cookie } },
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: c.id } })).roles).toEqual(["COORDINATOR"]);
    await callAction(
      adminAction,
      "/admin",
      { intent: "remove", userId: c.id, centreId: niguarda.id },
      { headers: { Cookie: cookie } },
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: c.id } })).roles).toEqual([]);
    const cCookie = await sessionCookie(c.id);
    expect(
      (await thrownResponse(() => callLoader(coordinatorLoader, "/coordinator", { headers: { Cookie: cCookie } })))
        .status,
    ).toBe(403);
    expect(
      statusOf(
        await callAction(
          adminAction,
          "/admin",
          { intent: "remove", userId: c.id, centreId: niguarda.id },
          { headers: { Cookie: cookie } },
        ),
      ),
    ).toBe(409);
  });
});
