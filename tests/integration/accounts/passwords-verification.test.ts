/**
 * Forgot/reset password, e-mail verification and e-mail change: single-use expiring
 * tokens stored as hashes, enumeration-safe answers, and every other session ending when a
 * password is reset or changed.
 */
import { describe, expect, it } from "vitest";
import { action as accountAction } from "~/routes/account._index/route";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password";
import { action as verifyAction, loader as verifyLoader } from "~/routes/verify-email";
import { getUser } from "~/accounts/auth.server";
import { prisma } from "~/platform/db.server";
import { verifyPassword } from "~/accounts/password.server";
import { callAction, callLoader, ORIGIN, statusOf, thrownResponse } from "../../utils/http";
import {
  cookiePair,
  createUser,
  outbox,
  sessionCookie,
  setCookiesOf,
  TEST_PASSWORD,
  tokenFrom,
} from "../../factories/accounts";

const ctx = { context: { clientIp: "198.51.100.20" } };
const NEW_PASSWORD = "harbour-quartz-meadow-7";

async function resetLinkFor(email: string): Promise<string> {
  await callAction(forgotAction, "/forgot-password", { email }, ctx);
  const mails = await outbox("reset-password");
  return tokenFrom(mails[mails.length - 1]);
}

async function signedIn(cookie: string) {
  return getUser(new Request(`${ORIGIN}/account`, { headers: { Cookie: cookie } }));
}

describe("forgot password", () => {
  it("answers known and unknown addresses identically and mails only the stored address", async () => {
    const user = await createUser({ email: "anna@example.org" });
    const known = (await callAction(forgotAction, "/forgot-password", { email: " ANNA@example.org " }, ctx)) as {
      sent: boolean;
    };
    const unknown = (await callAction(forgotAction, "/forgot-password", { email: "nobody@example.org" }, ctx)) as {
      sent: boolean;
    };
    expect(known).toEqual(unknown);
    expect(known.sent).toBe(true);
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "reset-password", toEmail: "anna@example.org", userId: user.id });
    const token = await prisma.userToken.findFirstOrThrow({ where: { userId: user.id, kind: "PASSWORD_RESET" } });
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeCloseTo(3600 * 1000, -4);
  });

  it("rate-limits reset mails per address", async () => {
    await createUser({ email: "anna@example.org" });
    for (let i = 0; i < 3; i++)
      await callAction(
        forgotAction,
        "/forgot-password",
        { email: "anna@example.org" },
        { context: { clientIp: `203.0.113.${i}` } },
      );
    const limited = await callAction(
      forgotAction,
      "/forgot-password",
      { email: "anna@example.org" },
      { context: { clientIp: "203.0.113.9" } },
    );
    expect(statusOf(limited)).toBe(429);
    expect(await outbox("reset-password")).toHaveLength(3);
  });
});

describe("reset password", () => {
  it("sets the new password, ends every session on every device, and works once", async () => {
    const user = await createUser({ email: "anna@example.org", verified: false });
    const laptop = await sessionCookie(user.id);
    const phone = await sessionCookie(user.id);
    const token = await resetLinkFor("anna@example.org");

    const page = await callLoader(resetLoader, `/reset-password?token=${token}`);
    expect(page.data.valid).toBe(true);

    const res = (await callAction(resetAction, "/reset-password", { token, password: NEW_PASSWORD }, ctx)) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/account?notice=password-reset");
    const fresh = cookiePair(setCookiesOf(res)[0]);

    expect(await signedIn(laptop)).toBeNull();
    expect(await signedIn(phone)).toBeNull();
    expect((await signedIn(fresh))?.id).toBe(user.id);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);

    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(stored.emailVerifiedAt).not.toBeNull(); // the link proved the mailbox
    expect(await outbox("password-changed")).toHaveLength(1);

    // Second use of the same link: refused, nothing changes.
    const again = await callAction(resetAction, "/reset-password", { token, password: "another-new-password-9" }, ctx);
    expect(statusOf(again)).toBe(400);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(stored.passwordHash);
    expect((await callLoader(resetLoader, `/reset-password?token=${token}`)).data.valid).toBe(false);
  });

  it("refuses an expired link and a made-up one", async () => {
    await createUser({ email: "anna@example.org" });
    const token = await resetLinkFor("anna@example.org");
    await prisma.userToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(statusOf(await callAction(resetAction, "/reset-password", { token, password: NEW_PASSWORD }, ctx))).toBe(
      400,
    );
    expect(
      statusOf(
        await callAction(resetAction, "/reset-password", { token: "a".repeat(32), password: NEW_PASSWORD }, ctx),
      ),
    ).toBe(400);
    expect(
      statusOf(
        await callAction(resetAction, "/reset-password", { token: "a".repeat(5000), password: NEW_PASSWORD }, ctx),
      ),
    ).toBe(400);
  });

  it("keeps the token usable when the new password is refused", async () => {
    await createUser({ email: "anna@example.org" });
    const token = await resetLinkFor("anna@example.org");
    expect(statusOf(await callAction(resetAction, "/reset-password", { token, password: "password123" }, ctx))).toBe(
      400,
    );
    expect(statusOf(await callAction(resetAction, "/reset-password", { token, password: NEW_PASSWORD }, ctx))).toBe(
      302,
    );
  });

  it("only the newest link works", async () => {
    await createUser({ email: "anna@example.org" });
    const first = await resetLinkFor("anna@example.org");
    const second = await resetLinkFor("anna@example.org");
    expect(
      statusOf(await callAction(resetAction, "/reset-password", { token: first, password: NEW_PASSWORD }, ctx)),
    ).toBe(400);
    expect(
      statusOf(await callAction(resetAction, "/reset-password", { token: second, password: NEW_PASSWORD }, ctx)),
    ).toBe(302);
  });
});

describe("change password in /account", () => {
  it("needs the current password and ends every other session", async () => {
    const user = await createUser();
    const here = await sessionCookie(user.id);
    const other = await sessionCookie(user.id);
    const wrong = await callAction(
      accountAction,
      "/account",
      { intent: "password", currentPassword: "not-my-password", newPassword: NEW_PASSWORD },
      { ...ctx, headers: { Cookie: here } },
    );
    expect(statusOf(wrong)).toBe(400);
    expect(await signedIn(other)).not.toBeNull();

    const ok = await callAction(
      accountAction,
      "/account",
      { intent: "password", currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      { ...ctx, headers: { Cookie: here } },
    );
    expect(statusOf(ok)).toBe(200);
    expect(await signedIn(here)).not.toBeNull();
    expect(await signedIn(other)).toBeNull();
    const [mail] = await outbox("password-changed");
    expect(mail.toEmail).toBe(user.email);
  });
});

describe("e-mail verification", () => {
  it("verifies once, signs the owner in, and refuses the used link", async () => {
    const user = await createUser({ email: "anna@example.org", verified: false });
    const cookie = await sessionCookie(user.id);
    await callAction(verifyAction, "/verify-email", {}, { ...ctx, headers: { Cookie: cookie } });
    const token = tokenFrom((await outbox("verify-email"))[0]);

    const res = await thrownResponse(() => callLoader(verifyLoader, `/verify-email?token=${token}`));
    expect(res.status).toBe(302);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();

    const again = await callLoader(verifyLoader, `/verify-email?token=${token}`);
    expect(statusOf(again)).toBe(400);
    expect((again as { data: { status: string } }).data.status).toBe("invalid");
  });

  it("rate-limits resending per account", async () => {
    const user = await createUser({ verified: false });
    const cookie = await sessionCookie(user.id);
    for (let i = 0; i < 3; i++) {
      const r = await callAction(
        verifyAction,
        "/verify-email",
        {},
        { context: { clientIp: `203.0.113.${i}` }, headers: { Cookie: cookie } },
      );
      expect(r).toEqual({ outcome: "sent" });
    }
    const limited = await callAction(
      verifyAction,
      "/verify-email",
      {},
      { context: { clientIp: "203.0.113.77" }, headers: { Cookie: cookie } },
    );
    expect(statusOf(limited)).toBe(429);
    // Only the newest of the three links works.
    const tokens = (await outbox("verify-email")).map(tokenFrom);
    expect(statusOf(await callLoader(verifyLoader, `/verify-email?token=${tokens[0]}`))).toBe(400);
  });

  it("expires after 48 hours", async () => {
    const user = await createUser({ verified: false });
    const cookie = await sessionCookie(user.id);
    await callAction(verifyAction, "/verify-email", {}, { ...ctx, headers: { Cookie: cookie } });
    const token = tokenFrom((await outbox("verify-email"))[0]);
    const row = await prisma.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(48 * 3600 * 1000, -3);
    await prisma.userToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1) } });
    expect(statusOf(await callLoader(verifyLoader, `/verify-email?token=${token}`))).toBe(400);
  });
});

describe("e-mail change", () => {
  it("re-verifies the new address, moves the account to it and tells the old one", async () => {
    const user = await createUser({ email: "anna@example.org" });
    const cookie = await sessionCookie(user.id);
    const res = await callAction(
      accountAction,
      "/account",
      { intent: "email", newEmail: " Anna.New@Example.org", password: TEST_PASSWORD },
      { ...ctx, headers: { Cookie: cookie } },
    );
    expect(statusOf(res)).toBe(200);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("anna@example.org");
    const [mail] = await outbox("email-change");
    expect(mail.toEmail).toBe("anna.new@example.org");

    await thrownResponse(() =>
      callLoader(verifyLoader, `/verify-email?token=${tokenFrom(mail)}`, { headers: { Cookie: cookie } }),
    );
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe("anna.new@example.org");
    expect(after.emailVerifiedAt).not.toBeNull();
    const [notice] = await outbox("email-changed");
    expect(notice.toEmail).toBe("anna@example.org");
  });

  it("does not reveal whether the new address has an account, and never takes it", async () => {
    const user = await createUser({ email: "anna@example.org" });
    await createUser({ email: "bruno@example.org" });
    const cookie = await sessionCookie(user.id);
    const taken = await callAction(
      accountAction,
      "/account",
      { intent: "email", newEmail: "BRUNO@example.org", password: TEST_PASSWORD },
      { ...ctx, headers: { Cookie: cookie } },
    );
    const free = await callAction(
      accountAction,
      "/account",
      { intent: "email", newEmail: "carla@example.org", password: TEST_PASSWORD },
      { ...ctx, headers: { Cookie: cookie } },
    );
    expect((taken as { data: unknown }).data).toEqual((free as { data: unknown }).data);
    expect((await outbox("email-change")).map((m) => m.toEmail)).toEqual(["carla@example.org"]);
  });
});
