/**
 * Consent to the privacy notice (issue 13, part 4; decision 0023) with real Requests: sign-up
 * refuses a post without the box ticked and records the version and time when it is ticked;
 * a person whose accepted version is not the current one is asked again at the next sign-in,
 * and the acceptance is stored and audited.
 */
import { describe, expect, it } from "vitest";
import { action as signupAction } from "~/routes/signup";
import { action as loginAction } from "~/routes/login";
import { action as consentAction, loader as consentLoader } from "~/routes/consent";
import { prisma } from "~/platform/db.server";
import { legalConfig } from "~/platform/legal-config";
import { callAction, callLoader } from "../../utils/http";
import { cookiePair, createUser, outbox, sessionCookie, setCookiesOf, TEST_PASSWORD } from "../../factories/accounts";

const ctx = { context: { clientIp: "198.51.100.61" } };
const form = { name: "Amina Okafor", email: "amina@example.org", password: "lagoon-velvet-orbit-42" };

/** The Response a loader throws (a redirect). */
async function thrown(fn: () => Promise<unknown>): Promise<Response> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

function errorsOf(value: unknown): Record<string, string[]> | undefined {
  return (value as { data: { result?: { error?: Record<string, string[]> } } }).data.result?.error;
}

describe("consent at sign-up", () => {
  it("refuses a sign-up posted without accepting the privacy notice, creating nothing", async () => {
    const extras: Record<string, string>[] = [{}, { acceptPrivacy: "" }, { acceptPrivacy: "yes please" }];
    for (const extra of extras) {
      const res = await callAction(signupAction, "/signup", { ...form, ...extra }, ctx);
      expect((res as { init: { status: number } }).init.status).toBe(400);
      expect(errorsOf(res)).toEqual({ acceptPrivacy: ["legal:consent.required"] });
    }
    expect(await prisma.user.count({ where: { email: form.email } })).toBe(0);
    expect(await outbox("verify-email")).toHaveLength(0);
  });

  it("records the accepted version and time on the account and in the audit log", async () => {
    const before = Date.now();
    const res = await callAction(signupAction, "/signup", { ...form, acceptPrivacy: "on" }, ctx);
    expect((res as Response).headers.get("Location")).toBe("/signup?sent=1");
    const user = await prisma.user.findUniqueOrThrow({ where: { email: form.email } });
    expect(user.privacyVersion).toBe(legalConfig.privacyNoticeVersion);
    expect(user.privacyAcceptedAt!.getTime()).toBeGreaterThanOrEqual(before);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { actorId: user.id, action: "user.privacy_accepted" },
    });
    expect(audit.data).toEqual({ version: legalConfig.privacyNoticeVersion });
  });
});

describe("a new version of the notice", () => {
  it("asks again at the next sign-in, then goes where the person was going", async () => {
    const user = await createUser({ email: "old@example.org", privacyVersion: "2020-01-01" });
    const res = (await callAction(
      loginAction,
      "/login",
      { email: user.email, password: TEST_PASSWORD, redirectTo: "/requests" },
      ctx,
    )) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/consent?redirectTo=%2Frequests");
    const cookie = cookiePair(setCookiesOf(res)[0]);
    const page = await callLoader(consentLoader, "/consent?redirectTo=%2Frequests", { headers: { Cookie: cookie } });
    expect(page.version).toBe(legalConfig.privacyNoticeVersion);

    const accepted = (await callAction(
      consentAction,
      "/consent",
      { redirectTo: "/requests" },
      { headers: { Cookie: cookie } },
    )) as Response;
    expect(accepted.headers.get("Location")).toBe("/requests");
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.privacyVersion).toBe(legalConfig.privacyNoticeVersion);
    expect(row.lastSignInAt).not.toBeNull();

    // Accepted: the page steps aside, and the next sign-in goes straight through.
    const again = await thrown(() =>
      callLoader(consentLoader, "/consent?redirectTo=%2Fmatches", { headers: { Cookie: cookie } }),
    );
    expect(again.headers.get("Location")).toBe("/matches");
    const next = (await callAction(
      loginAction,
      "/login",
      { email: user.email, password: TEST_PASSWORD },
      ctx,
    )) as Response;
    expect(next.headers.get("Location")).toBe("/matches");
  });

  it("asks people who never accepted one, and never follows a redirect off the site", async () => {
    const user = await createUser({ privacyVersion: null });
    const res = (await callAction(
      loginAction,
      "/login",
      { email: user.email, password: TEST_PASSWORD },
      ctx,
    )) as Response;
    expect(res.headers.get("Location")).toBe("/consent?redirectTo=%2Fmatches");
    const cookie = await sessionCookie(user.id);
    const accepted = (await callAction(
      consentAction,
      "/consent",
      { redirectTo: "https://evil.example/" },
      { headers: { Cookie: cookie } },
    )) as Response;
    expect(accepted.headers.get("Location")).toBe("/");
  });

  it("sends people who are not signed in to /login", async () => {
    const res = await thrown(() => callLoader(consentLoader, "/consent"));
    expect(res.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});
