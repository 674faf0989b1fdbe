/**
 * Lucia sessions through the adapter: validation once per request, cookie refresh when
 * Lucia extends a session, a blank cookie for an invalid one, role guards, and the
 * user's language deciding the UI language.
 */
import { describe, expect, it } from "vitest";
import { loader as adminLoader } from "~/routes/admin._index";
import { action as languageAction } from "~/routes/language";
import { loader as rootLoader } from "~/root";
import {
  getSession,
  requireAnonymous,
  requireUserId,
  requireUserWithRole,
  requireVerifiedUser,
  SESSION_TTL_DAYS,
} from "~/accounts/auth.server";
import { prisma } from "~/platform/db.server";
import { getLanguage } from "~/platform/i18n.server";
import { runWithRequestContext } from "~/platform/request-context.server";
import { hashToken } from "~/accounts/token.server";
import { callAction, callLoader, ORIGIN, thrownResponse } from "../../utils/http";
import { createUser, sessionCookie } from "../../factories/accounts";

const DAY = 24 * 60 * 60 * 1000;
const req = (cookie?: string, path = "/account") =>
  new Request(`${ORIGIN}${path}`, { headers: cookie ? { Cookie: cookie } : {} });

describe("session validation", () => {
  it("validates once per request, whatever asks", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const request = req(cookie);
    const a = getSession(request);
    const b = getSession(request);
    expect(a).toBe(b);
    expect((await a)?.user.id).toBe(user.id);
  });

  it("extends a session past half its life and sends the browser a refreshed cookie", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const id = hashToken(cookie.split("=")[1]);
    await prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 5 * DAY) } });
    const cookies = await runWithRequestContext(async (store) => {
      await getSession(req(cookie));
      return [...store.cookies.values()];
    });
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^ponte_session=[a-z0-9]+; /);
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookies[0])?.[1]);
    expect(maxAge).toBeGreaterThan((SESSION_TTL_DAYS - 1) * 86_400);
    const row = await prisma.session.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + (SESSION_TTL_DAYS - 1) * DAY);
  });

  it("sends nothing for a session in the first half of its life", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const cookies = await runWithRequestContext(async (store) => {
      await getSession(req(cookie));
      return [...store.cookies.values()];
    });
    expect(cookies).toEqual([]);
  });

  it("blanks the cookie of an unknown or expired session", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    await prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const c of [cookie, "ponte_session=forgedforgedforgedforged"]) {
      const cookies = await runWithRequestContext(async (store) => {
        expect(await getSession(req(c))).toBeNull();
        return [...store.cookies.values()];
      });
      expect(cookies).toHaveLength(1);
      expect(cookies[0]).toMatch(/^ponte_session=; /);
      expect(cookies[0]).toContain("Max-Age=0");
    }
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("guards", () => {
  it("requireUserId sends strangers to /login with the page to come back to", async () => {
    const r = await thrownResponse(() => requireUserId(req(undefined, "/account?tab=1")));
    expect(r.status).toBe(302);
    const location = (await (async () => {
      try {
        await requireUserId(req(undefined, "/account?tab=1"));
      } catch (e) {
        return (e as Response).headers.get("Location");
      }
    })())!;
    expect(location).toBe("/login?redirectTo=%2Faccount%3Ftab%3D1");
  });

  it("requireAnonymous, requireUserWithRole and requireVerifiedUser", async () => {
    const applicant = await createUser({ verified: false });
    const cookie = await sessionCookie(applicant.id);
    expect((await thrownResponse(() => requireAnonymous(req(cookie)))).status).toBe(302);
    expect((await thrownResponse(() => requireUserWithRole(req(cookie), "ADMIN"))).status).toBe(403);
    expect(
      (await thrownResponse(() => callLoader(adminLoader, "/admin", { headers: { Cookie: cookie } }))).status,
    ).toBe(403);
    const verify = await (async () => {
      try {
        await requireVerifiedUser(req(cookie));
      } catch (e) {
        return e as Response;
      }
    })();
    expect(verify?.headers.get("Location")).toBe("/verify-email");
    const admin = await createUser({ roles: ["ADMIN"] });
    expect((await requireUserWithRole(req(await sessionCookie(admin.id)), "ADMIN")).id).toBe(admin.id);
  });
});

describe("root user and language", () => {
  it("gives the layout only the fields it renders", async () => {
    const user = await createUser({ name: "Giulia", roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    const cookie = await sessionCookie(user.id);
    const data = await callLoader(rootLoader, "/", { headers: { Cookie: cookie } });
    expect(data.user).toEqual({
      id: user.id,
      name: "Giulia",
      roles: ["COORDINATOR"],
      emailVerified: true,
      centreSlugs: ["cnao"],
    });
  });

  it("follows the signed-in user's language, which /language stores on the account", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    expect(await getLanguage(new Request(`${ORIGIN}/`, { headers: { Cookie: cookie, "Accept-Language": "en" } }))).toBe(
      "en",
    );
    const res = await thrownOrReturned(() =>
      callAction(languageAction, "/language", { language: "it", redirectTo: "/" }, { headers: { Cookie: cookie } }),
    );
    expect(res.status).toBe(302);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("it");
    // A new request without the language cookie, from an English browser: still Italian.
    expect(await getLanguage(new Request(`${ORIGIN}/`, { headers: { Cookie: cookie, "Accept-Language": "en" } }))).toBe(
      "it",
    );
  });
});

async function thrownOrReturned(fn: () => Promise<unknown>): Promise<Response> {
  try {
    return (await fn()) as Response;
  } catch (e) {
    return e as Response;
  }
}
