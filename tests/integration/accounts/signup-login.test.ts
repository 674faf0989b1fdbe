/**
 * Sign-up, login and logout with real Requests on a real database: canonical addresses,
 * enumeration-safe answers (same words, same argon2 work, same floor in time), rate limits
 * per account and per client address, the session cookie's attributes, and redirectTo.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as PasswordModule from "~/accounts/password.server";
import * as passwords from "~/accounts/password.server";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { action as signupAction, loader as signupLoader } from "~/routes/signup";
import { getUser } from "~/accounts/auth.server";
import { prisma } from "~/platform/db.server";
import { UNIFORM_RESPONSE_MS } from "~/platform/form.server";
import { consumeRateLimits } from "~/accounts/rate-limit.server";
import { callAction, callLoader, ORIGIN, statusOf, thrownResponse } from "../../utils/http";
import { cookiePair, createUser, outbox, sessionCookie, setCookiesOf, TEST_PASSWORD } from "../../factories/accounts";

vi.mock("~/accounts/password.server", async (importOriginal) => {
  const real = await importOriginal<typeof PasswordModule>();
  return {
    ...real,
    hashPassword: vi.fn(real.hashPassword),
    verifyPassword: vi.fn(real.verifyPassword),
    verifyDummyPassword: vi.fn(real.verifyDummyPassword),
  };
});

const ctx = (clientIp = "198.51.100.7") => ({ context: { clientIp } });
const argon = () => ({
  hash: vi.mocked(passwords.hashPassword).mock.calls.length,
  verify:
    vi.mocked(passwords.verifyPassword).mock.calls.length + vi.mocked(passwords.verifyDummyPassword).mock.calls.length,
});

/** The answer's visible part: status, redirect target and form errors. */
async function answer(value: unknown) {
  if (value instanceof Response) return { status: value.status, location: value.headers.get("Location") };
  const v = value as { data: { result?: { error?: Record<string, string[]> } }; init: { status?: number } | null };
  return { status: v.init?.status ?? 200, errors: v.data.result?.error };
}

beforeEach(() => {
  vi.mocked(passwords.hashPassword).mockClear();
  vi.mocked(passwords.verifyPassword).mockClear();
  vi.mocked(passwords.verifyDummyPassword).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("sign-up", () => {
  it("creates an applicant with the canonical address and queues the verification mail", async () => {
    const res = await callAction(
      signupAction,
      "/signup",
      { name: " Amina Okafor ", email: "  Amina.Okafor@Example.ORG ", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      ctx(),
    );
    expect(await answer(res)).toEqual({ status: 302, location: "/signup?sent=1" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "amina.okafor@example.org" } });
    expect(user).toMatchObject({ name: "Amina Okafor", roles: ["APPLICANT"], emailVerifiedAt: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const [mail] = await outbox("verify-email");
    expect(mail).toMatchObject({
      toEmail: "amina.okafor@example.org",
      userId: user.id,
      status: "PENDING",
      locale: "en",
    });
    const token = await prisma.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.kind).toBe("EMAIL_VERIFICATION");
    // Only the hash is stored; the token itself is in the link.
    const link = (mail.payload as { url: string }).url;
    expect(link).toMatch(/^http:\/\/localhost:3000\/verify-email\?token=[a-z2-7]{32}$/);
    expect(token.tokenHash).not.toContain(new URL(link).searchParams.get("token"));
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeCloseTo(48 * 3600 * 1000, -4);
  });

  it("answers an existing address exactly like a new one, mails its owner at the stored address, and creates nothing", async () => {
    const owner = await createUser({ email: "anna@example.org", name: "Anna" });
    const before = argon();
    const t0 = performance.now();
    const existing = await callAction(
      signupAction,
      "/signup",
      { name: "Mallory", email: "ANNA@Example.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      ctx(),
    );
    const tExisting = performance.now() - t0;
    const mid = argon();
    const t1 = performance.now();
    const fresh = await callAction(
      signupAction,
      "/signup",
      { name: "Bruno", email: "bruno@example.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      ctx(),
    );
    const tFresh = performance.now() - t1;
    const after = argon();

    expect(await answer(existing)).toEqual(await answer(fresh));
    expect(mid.hash - before.hash).toBe(1);
    expect(after.hash - mid.hash).toBe(1);
    expect(tExisting).toBeGreaterThanOrEqual(UNIFORM_RESPONSE_MS - 5);
    expect(tFresh).toBeGreaterThanOrEqual(UNIFORM_RESPONSE_MS - 5);
    // Same work and the same floor; no wall-clock comparison (it would measure the load).

    expect(await prisma.user.count({ where: { email: "anna@example.org" } })).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe("Anna");
    const [attempt] = await outbox("signup-attempt");
    expect(attempt).toMatchObject({ toEmail: "anna@example.org", userId: owner.id });
  });

  it("treats two spellings of one address as one account (unique canonical index)", async () => {
    await callAction(
      signupAction,
      "/signup",
      { name: "José", email: "Jose\u0301@Example.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      ctx(),
    );
    await callAction(
      signupAction,
      "/signup",
      { name: "José 2", email: " jos\u00e9@EXAMPLE.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      ctx("198.51.100.8"),
    );
    const users = await prisma.user.findMany({ where: { email: { contains: "example.org" } } });
    expect(users.map((u) => u.email)).toEqual(["jos\u00e9@example.org"]);
    await expect(
      prisma.user.create({ data: { email: "jos\u00e9@example.org", name: "x", roles: [] } }),
    ).rejects.toThrow();
  });

  it("answers bad input with field errors and 400, never hashing it", async () => {
    const cases: Record<string, string>[] = [
      { name: "", email: "amina@example.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      { name: "Amina", email: "not-an-address", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      { name: "Amina", email: "amina@example.org", password: "short", acceptPrivacy: "on" },
      { name: "Amina", email: "amina@example.org", password: "x".repeat(129), acceptPrivacy: "on" },
      { name: "Amina", email: "amina@example.org", password: "password123", acceptPrivacy: "on" },
      { name: "x".repeat(101), email: "amina@example.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      { email: "amina@example.org" },
    ];
    for (const form of cases) {
      const res = await callAction(signupAction, "/signup", form, ctx());
      const a = await answer(res);
      expect(a.status).toBe(400);
      expect(Object.keys(a.errors ?? {}).length).toBeGreaterThan(0);
    }
    expect(argon().hash).toBe(0);
    expect(await prisma.user.count()).toBe(0);
  });

  it("refuses an oversized body with 413 before parsing it", async () => {
    const { status } = await thrownResponse(() =>
      callAction(signupAction, "/signup", { name: "A", email: "a@example.org", password: "p".repeat(20_000) }, ctx()),
    );
    expect(status).toBe(413);
    expect(argon().hash).toBe(0);
  });

  it("rate-limits per address and per client address, whatever the headers say", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await callAction(
        signupAction,
        "/signup",
        { name: "A", email: "target@example.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
        { ...ctx(`203.0.113.${i}`), headers: { "X-Forwarded-For": `10.0.0.${i}` } },
      );
      expect(statusOf(res)).toBe(302);
    }
    const limited = await callAction(
      signupAction,
      "/signup",
      { name: "A", email: "TARGET@example.org", password: "lagoon-velvet-orbit-42", acceptPrivacy: "on" },
      { ...ctx("203.0.113.99"), headers: { "X-Forwarded-For": "10.9.9.9", "X-Real-IP": "10.9.9.9" } },
    );
    expect(statusOf(limited)).toBe(429);
    expect((await outbox()).length).toBe(3);
  });

  it("sends signed-in people to their account", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const res = await thrownResponse(() => callLoader(signupLoader, "/signup", { headers: { Cookie: cookie } }));
    expect(res.status).toBe(302);
  });
});

describe("login", () => {
  it("signs in with any spelling of the address and sets a safe session cookie", async () => {
    const user = await createUser({ email: "anna@example.org" });
    const res = (await callAction(
      loginAction,
      "/login",
      { email: " ANNA@example.org", password: TEST_PASSWORD },
      ctx(),
    )) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/matches"); // an applicant lands on their matches
    const [cookie] = setCookiesOf(res);
    expect(cookie).toMatch(/^ponte_session=[a-z0-9]+;/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
    const request = new Request(`${ORIGIN}/account`, { headers: { Cookie: cookiePair(cookie) } });
    expect((await getUser(request))?.id).toBe(user.id);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.ipAddress).toBe("198.51.100.7");
    // The table holds the hash of the id, never the cookie's value.
    expect(cookie).not.toContain(session.id);
  });

  it("marks the cookie Secure with the __Host- prefix when APP_ORIGIN is https", async () => {
    await createUser({ email: "anna@example.org" });
    const previous = process.env.APP_ORIGIN;
    process.env.APP_ORIGIN = "https://ponte.example.org";
    try {
      const request = new Request("https://ponte.example.org/login", {
        method: "POST",
        body: new URLSearchParams({ email: "anna@example.org", password: TEST_PASSWORD }),
        headers: { Origin: "https://ponte.example.org" },
      });
      const res = (await loginAction({ request, params: {}, context: { clientIp: "198.51.100.7" } })) as Response;
      const [cookie] = setCookiesOf(res);
      expect(cookie).toMatch(/^__Host-ponte_session=/);
      expect(cookie).toContain("Secure");
      expect(cookie).toContain("HttpOnly");
    } finally {
      process.env.APP_ORIGIN = previous;
    }
  });

  it("answers a wrong password and an unknown address with the same words, one argon2 verification each and the same floor", async () => {
    await createUser({ email: "anna@example.org" });
    const t0 = performance.now();
    const wrong = await callAction(
      loginAction,
      "/login",
      { email: "anna@example.org", password: "not-the-password" },
      ctx(),
    );
    const tWrong = performance.now() - t0;
    const afterWrong = argon().verify;
    const t1 = performance.now();
    const unknown = await callAction(
      loginAction,
      "/login",
      { email: "nobody@example.org", password: "not-the-password" },
      ctx(),
    );
    const tUnknown = performance.now() - t1;
    expect(await answer(wrong)).toEqual(await answer(unknown));
    expect((await answer(wrong)).errors).toEqual({ "": ["accounts:login.invalid"] });
    expect(afterWrong).toBe(1);
    expect(argon().verify).toBe(2);
    expect(tWrong).toBeGreaterThanOrEqual(UNIFORM_RESPONSE_MS - 5);
    expect(tUnknown).toBeGreaterThanOrEqual(UNIFORM_RESPONSE_MS - 5);
    // Equal work (one argon2 verification each) and the same floor are what make the timing
    // equal; a wall-clock comparison would only measure the machine's load (house rule:
    // speed is measured by benchmarks, not asserted by tests).
  });

  it("only follows redirectTo to a path on this site", async () => {
    await createUser({ email: "anna@example.org" });
    const cases: [string, string][] = [
      ["/centres/cnao", "/centres/cnao"],
      ["https://evil.example/phish", "/matches"],
      ["//evil.example", "/matches"],
      ["/\\evil.example", "/matches"],
    ];
    for (const [redirectTo, expected] of cases) {
      const res = (await callAction(
        loginAction,
        "/login",
        { email: "anna@example.org", password: TEST_PASSWORD, redirectTo },
        ctx(),
      )) as Response;
      expect(res.headers.get("Location")).toBe(expected);
    }
    const page = await callLoader(loginLoader, "/login?redirectTo=https://evil.example");
    expect(page.redirectTo).toBe("");
  });

  it("lands admins on /admin and coordinators on /coordinator", async () => {
    await createUser({ email: "admin@example.org", roles: ["ADMIN"] });
    await createUser({ email: "coord@example.org", roles: ["COORDINATOR"], centreSlugs: ["cnao"] });
    const a = (await callAction(
      loginAction,
      "/login",
      { email: "admin@example.org", password: TEST_PASSWORD },
      ctx(),
    )) as Response;
    const c = (await callAction(
      loginAction,
      "/login",
      { email: "coord@example.org", password: TEST_PASSWORD },
      ctx(),
    )) as Response;
    expect(a.headers.get("Location")).toBe("/admin");
    expect(c.headers.get("Location")).toBe("/inbox");
  });

  it("locks an account after 10 attempts from any address, and cannot be escaped by changing headers", async () => {
    await createUser({ email: "anna@example.org" });
    for (let i = 0; i < 10; i++) {
      const res = await callAction(
        loginAction,
        "/login",
        { email: "anna@example.org", password: `wrong-password-${i}` },
        {
          context: { clientIp: `203.0.113.${i}` },
          headers: { "X-Forwarded-For": `192.0.2.${i}`, "User-Agent": `bot ${i}` },
        },
      );
      expect(statusOf(res)).toBe(400);
    }
    const limited = await callAction(
      loginAction,
      "/login",
      { email: "Anna@Example.org", password: TEST_PASSWORD },
      {
        context: { clientIp: "203.0.113.200" },
        headers: { "X-Forwarded-For": "127.0.0.1", Forwarded: "for=127.0.0.1", "X-Real-IP": "127.0.0.1" },
      },
    );
    expect(statusOf(limited)).toBe(429);
    expect((await answer(limited)).errors).toEqual({ "": ["accounts:rateLimited"] });
  });

  it("limits one client address across many accounts", async () => {
    // 29 earlier attempts from this address (counted as the action counts them), then one more through the form.
    for (let i = 0; i < 29; i++) await consumeRateLimits([["login:ip", "203.0.113.50"]]);
    const last = await callAction(
      loginAction,
      "/login",
      { email: "user29@example.org", password: "whatever-password" },
      ctx("203.0.113.50"),
    );
    expect(statusOf(last)).toBe(400);
    const limited = await callAction(
      loginAction,
      "/login",
      { email: "fresh@example.org", password: "whatever-password" },
      { ...ctx("203.0.113.50"), headers: { "X-Forwarded-For": "198.51.100.1" } },
    );
    expect(statusOf(limited)).toBe(429);
    const other = await callAction(
      loginAction,
      "/login",
      { email: "fresh@example.org", password: "whatever-password" },
      ctx("203.0.113.51"),
    );
    expect(statusOf(other)).toBe(400);
  });

  it("counts only failed logins against the address: staff behind one hospital address are not locked out", async () => {
    const ip = "203.0.113.60";
    for (let i = 0; i < 29; i++) await consumeRateLimits([["login:ip", ip]]);
    // Three good logins at the limit's edge: each gives its point back.
    for (const email of ["one@example.org", "two@example.org", "three@example.org"]) {
      await createUser({ email });
      expect(statusOf(await callAction(loginAction, "/login", { email, password: TEST_PASSWORD }, ctx(ip)))).toBe(302);
    }
    // The 30th failure is answered; the 31st is refused.
    const fail = () => callAction(loginAction, "/login", { email: "one@example.org", password: "wrong-password-z" }, ctx(ip));
    expect(statusOf(await fail())).toBe(400);
    expect(statusOf(await fail())).toBe(429);
  });

  it("a successful login clears the account's failure count", async () => {
    await createUser({ email: "anna@example.org" });
    for (let i = 0; i < 9; i++)
      await callAction(loginAction, "/login", { email: "anna@example.org", password: "wrong-password-x" }, ctx());
    expect(
      statusOf(await callAction(loginAction, "/login", { email: "anna@example.org", password: TEST_PASSWORD }, ctx())),
    ).toBe(302);
    expect(
      statusOf(
        await callAction(loginAction, "/login", { email: "anna@example.org", password: "wrong-password-y" }, ctx()),
      ),
    ).toBe(400);
  });
});

describe("logout", () => {
  it("ends the session and blanks the cookie", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const res = await callAction(logoutAction, "/logout", {}, { headers: { Cookie: cookie } }).then(
      () => null,
      (thrown: unknown) => thrown as Response,
    );
    expect(res?.status).toBe(302);
    // Home tells the person they are out.
    expect(res?.headers.get("Location")).toBe("/?loggedOut=1");
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    const request = new Request(`${ORIGIN}/`, { headers: { Cookie: cookie } });
    expect(await getUser(request)).toBeNull();
  });
});

describe("hostile input", () => {
  it("answers bodies that are not forms, and odd fields, with 4xx, never 500", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      new Request(`${ORIGIN}/login`, { method: "POST", body, headers: { Origin: ORIGIN, ...headers } });
    for (const request of [
      post(JSON.stringify({ email: "a@example.org", password: "x" }), { "Content-Type": "application/json" }),
      post("--nope\r\n\r\nbroken", { "Content-Type": "multipart/form-data; boundary=nope" }),
      post("email=%E0%A4%A&password=%%%"),
    ]) {
      const outcome = await Promise.resolve(
        loginAction({ request, params: {}, context: { clientIp: "198.51.100.99" } }),
      ).then(
        (v) => statusOf(v),
        (e) => statusOf(e),
      );
      expect(outcome).toBeGreaterThanOrEqual(400);
      expect(outcome).toBeLessThan(500);
    }
    const doubled = new FormData();
    doubled.append("email", "a@example.org");
    doubled.append("email", "b@example.org");
    doubled.append("password", "whatever-password");
    const res = await callAction(signupAction, "/signup", doubled, ctx());
    expect(statusOf(res)).toBe(400);
  });
});
