/**
 * /account: profile, sessions with "sign out everywhere else", the data download, and
 * account deletion that removes personal data but keeps anonymised requests.
 */
import { describe, expect, it } from "vitest";
import { action as deleteAction } from "~/routes/account.delete";
import { loader as exportLoader } from "~/routes/account.export";
import { action as accountAction, loader as accountLoader } from "~/routes/account._index/route";
import { getUser } from "~/accounts/auth.server";
import { hashToken } from "~/accounts/token.server";
import { getStorage } from "~/platform/storage.server";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, ORIGIN, statusOf, thrownResponse } from "../../utils/http";
import { createUser, sessionCookie, setCookiesOf, TEST_PASSWORD } from "../../factories/accounts";
import { body, withTempUploads } from "../../factories/request-flow";

const ctx = { context: { clientIp: "198.51.100.30" } };

describe("account page", () => {
  it("needs a session", async () => {
    const r = await thrownResponse(() => callLoader(accountLoader, "/account"));
    expect(r.status).toBe(302);
  });

  it("shows the profile and every active session, marking this one", async () => {
    const user = await createUser({ name: "Amina" });
    const here = await sessionCookie(user.id);
    await sessionCookie(user.id);
    const page = await callLoader(accountLoader, "/account", { headers: { Cookie: here } });
    expect(page.data.account).toMatchObject({ name: "Amina", email: user.email, emailVerified: true });
    expect(page.data.sessions).toHaveLength(2);
    expect(page.data.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(page.data)).not.toContain("passwordHash");
  });

  it("renames, refusing bad names with a field error", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    expect(
      statusOf(
        await callAction(accountAction, "/account", { intent: "profile", name: "  " }, { headers: { Cookie: cookie } }),
      ),
    ).toBe(400);
    expect(
      statusOf(
        await callAction(
          accountAction,
          "/account",
          { intent: "profile", name: "Amina O." },
          { headers: { Cookie: cookie } },
        ),
      ),
    ).toBe(200);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Amina O.");
    expect(
      statusOf(await callAction(accountAction, "/account", { intent: "nonsense" }, { headers: { Cookie: cookie } })),
    ).toBe(400);
  });

  it("signs out everywhere else", async () => {
    const user = await createUser();
    const here = await sessionCookie(user.id);
    const other1 = await sessionCookie(user.id);
    const other2 = await sessionCookie(user.id);
    await callAction(accountAction, "/account", { intent: "sign-out-others" }, { headers: { Cookie: here } });
    const who = (c: string) => getUser(new Request(`${ORIGIN}/`, { headers: { Cookie: c } }));
    expect(await who(here)).not.toBeNull();
    expect(await who(other1)).toBeNull();
    expect(await who(other2)).toBeNull();
  });

  it("signs out one other browser from the list, and only the user's own", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const here = await sessionCookie(user.id);
    const other1 = await sessionCookie(user.id);
    const other2 = await sessionCookie(user.id);
    const theirs = await sessionCookie(stranger.id);
    const who = (c: string) => getUser(new Request(`${ORIGIN}/`, { headers: { Cookie: c } }));
    const listed = async () =>
      body<{ sessions: { id: string; current: boolean }[] }>(
        await callLoader(accountLoader, "/account", { headers: { Cookie: here } }),
      ).sessions;
    // The handle /account lists: the first 12 hex digits of the stored hash of the session id.
    const handleOf = (cookie: string) => hashToken(cookie.split("=")[1]!).slice(0, 12);
    const handle1 = handleOf(other1);
    expect((await listed()).map((s) => s.id)).toEqual(
      expect.arrayContaining([handle1, handleOf(other2), handleOf(here)]),
    );
    const post = (session: string) =>
      callAction(accountAction, "/account", { intent: "sign-out-session", session }, { headers: { Cookie: here } });

    const ended = await post(handle1);
    expect(statusOf(ended)).toBe(200);
    expect(body(ended)).toMatchObject({ notice: "account.sessions.endedOne" });
    expect(await who(other1)).toBeNull();
    expect(await who(other2)).not.toBeNull();
    expect(await who(here)).not.toBeNull();
    expect((await listed()).map((s) => s.id)).not.toContain(handle1);
    expect(await prisma.auditEvent.count({ where: { action: "user.logout_session", actorId: user.id } })).toBe(1);

    // The current browser logs out instead; another user's session, a gone one and nonsense change nothing.
    const current = (await listed()).find((s) => s.current)!;
    expect(statusOf(await post(current.id))).toBe(400);
    expect(statusOf(await post(handleOf(theirs)))).toBe(404);
    expect(statusOf(await post(handle1))).toBe(404);
    expect(statusOf(await post("' OR 1=1 --"))).toBe(404);
    expect(statusOf(await post(""))).toBe(404);
    expect(await who(here)).not.toBeNull();
    expect(await who(other2)).not.toBeNull();
    expect(await who(theirs)).not.toBeNull();
  });
});

describe("data download", () => {
  it("is a JSON attachment of the user's own data, without secrets", async () => {
    const user = await createUser({ name: "Amina", roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    const other = await createUser({ name: "Bruno" });
    const cookie = await sessionCookie(user.id);
    const res = (await callLoader(exportLoader, "/account/export", { headers: { Cookie: cookie } })) as Response;
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="ponte-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.user).toMatchObject({ id: user.id, name: "Amina", email: user.email });
    expect(body.user.coordinatorOf[0].centre.slug).toBe("cnao");
    expect(body.user.sessions).toHaveLength(1);
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    expect(text).not.toContain(other.email);
  });
});

describe("account deletion", () => {
  const uploads = withTempUploads();

  async function requestOf(applicantId: string) {
    const opportunity = await prisma.opportunity.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { id: true },
    });
    return prisma.request.create({
      data: {
        applicantId,
        opportunityId: opportunity.id,
        startDate: new Date("2027-03-01T00:00:00Z"),
        endDate: new Date("2027-03-10T00:00:00Z"),
        motivation: "I am Amina Okafor from Lagos and I would like to observe…",
        dueAt: new Date("2027-02-01T00:00:00Z"),
        messages: { create: { authorId: applicantId, kind: "MESSAGE", body: "Call me on +234 555 0100" } },
      },
    });
  }

  it("needs the password and a confirmation", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    expect(
      statusOf(
        await callAction(
          deleteAction,
          "/account/delete",
          { password: TEST_PASSWORD },
          { ...ctx, headers: { Cookie: cookie } },
        ),
      ),
    ).toBe(400);
    expect(
      statusOf(
        await callAction(
          deleteAction,
          "/account/delete",
          { password: "wrong-password-1", confirm: "on" },
          { ...ctx, headers: { Cookie: cookie } },
        ),
      ),
    ).toBe(400);
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("removes personal data, keeps the anonymised request for the centre, and clears the cookie", async () => {
    const user = await createUser({ name: "Amina" });
    const cookie = await sessionCookie(user.id);
    const request = await requestOf(user.id);
    await prisma.notification.create({
      data: { idempotencyKey: "k1", kind: "verify-email", userId: user.id, toEmail: user.email, payload: {} },
    });

    const res = (await callAction(
      deleteAction,
      "/account/delete",
      { password: TEST_PASSWORD, confirm: "on" },
      { ...ctx, headers: { Cookie: cookie } },
    )) as Response;
    expect(res.status).toBe(302);
    expect(setCookiesOf(res)[0]).toMatch(/^ponte_session=; /);

    expect(await prisma.user.count({ where: { id: user.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.userToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    const kept = await prisma.request.findUniqueOrThrow({ where: { id: request.id }, include: { messages: true } });
    expect(kept.applicantId).toBeNull();
    expect(kept.motivation).toBe("");
    expect(kept.status).toBe("SUBMITTED");
    expect(kept.messages[0]).toMatchObject({ body: "", authorId: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.deleted" } });
    expect(JSON.stringify(audit)).not.toContain(user.email);
  });

  it("removes the bytes of the files the user uploaded, and only theirs", async () => {
    const user = await createUser();
    const other = await createUser();
    const storage = getStorage();
    const fileOf = async (ownerId: string) => {
      const storageKey = await storage.put(new TextEncoder().encode("%PDF-1.4 test"));
      return prisma.storedFile.create({
        data: { ownerId, storageKey, filename: "cv.pdf", contentType: "application/pdf", size: 13, sha256: "x" },
      });
    };
    const cv = await fileOf(user.id);
    const kept = await fileOf(other.id);
    const request = await requestOf(user.id);
    await prisma.request.update({ where: { id: request.id }, data: { cvFileId: cv.id } });
    expect(uploads.count()).toBe(2);

    const res = (await callAction(
      deleteAction,
      "/account/delete",
      { password: TEST_PASSWORD, confirm: "on" },
      { ...ctx, headers: { Cookie: await sessionCookie(user.id) } },
    )) as Response;
    expect(res.status).toBe(302);
    expect(uploads.count()).toBe(1);
    await expect(storage.get(cv.storageKey)).rejects.toThrow("not found");
    expect(await storage.get(kept.storageKey)).toEqual(new TextEncoder().encode("%PDF-1.4 test"));
    expect(await prisma.storedFile.count({ where: { id: cv.id } })).toBe(0);
  });
});
