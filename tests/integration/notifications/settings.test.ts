/**
 * What people do with their mail: /account/notifications (kinds on and off, essential ones
 * always on, the coordinators' digest, the language), the one-click unsubscribe link (RFC
 * 8058, no session and no Origin), trying an undeliverable address again, and the admins'
 * /admin/emails with its filters and "send again".
 */
import { describe, expect, it } from "vitest";
import { action as settingsAction, loader as settingsLoader } from "~/routes/account.notifications";
import { action as adminAction, loader as adminLoader } from "~/routes/admin.emails";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "~/routes/unsubscribe";
import { prisma } from "~/platform/db.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { unsubscribeUrl } from "~/notifications/unsubscribe.server";
import { createUser, sessionCookie } from "../../factories/accounts";
import { body, createApplicant, createCoordinator, status } from "../../factories/request-flow";
import { callAction, callLoader, ORIGIN, thrownResponse } from "../../utils/http";
import { makeDue, sendRequest, setUpResendStandIn } from "./helpers";
import { withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

const resend = setUpResendStandIn();

async function prefs(userId: string) {
  const rows = await prisma.notificationPreference.findMany({ where: { userId }, orderBy: { kind: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.kind, r.enabled]));
}

describe("/account/notifications", () => {
  it("shows an applicant their kinds, with decisions always on and no digest choice", async () => {
    const applicant = await createApplicant();
    const page = body<{
      applicantKinds: string[];
      coordinatorKinds: string[];
      staff: boolean;
      language: string;
    }>(await callLoader(settingsLoader, "/account/notifications", { headers: { Cookie: applicant.cookie } }));
    expect(page.applicantKinds).toContain("request-approved");
    expect(page.applicantKinds).toContain("request-received");
    expect(page.coordinatorKinds).toEqual([]);
    expect(page.staff).toBe(false);
    expect(page.language).toBe("en");
  });

  it("saves kinds, language and (for coordinators) the digest; essential kinds cannot be switched off", async () => {
    const coordinator = await createCoordinator("cnao");
    const res = await callAction(
      settingsAction,
      "/account/notifications",
      {
        intent: "save",
        language: "it",
        delivery: "digest",
        shown: ["request-new", "request-reminder", "request-message", "request-approved", "digest"],
        enabled: ["request-new", "request-approved", "digest"],
      },
      { headers: { Cookie: coordinator.cookie } },
    );
    expect(status(res)).toBe(302);
    expect((res as Response).headers.get("Location")).toBe("/account/notifications?notice=saved");
    expect((res as Response).headers.get("Set-Cookie")).toMatch(/^ponte_lng=/);
    expect(await prefs(coordinator.id)).toEqual({
      digest: true,
      "request-message": false,
      "request-new": true,
      "request-reminder": false,
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: coordinator.id } })).toMatchObject({ locale: "it", digest: true });

    const page = body<{ disabled: string[]; digest: boolean; language: string }>(
      await callLoader(settingsLoader, "/account/notifications", { headers: { Cookie: coordinator.cookie } }),
    );
    expect(page).toMatchObject({ digest: true, language: "it" });
    // The alerts of new matches are off until asked for (opt-in).
    expect(page.disabled.sort()).toEqual(["new-matches", "request-message", "request-reminder"]);

    // An applicant cannot turn the digest on.
    const applicant = await createApplicant();
    await callAction(
      settingsAction,
      "/account/notifications",
      { intent: "save", language: "en", delivery: "digest", shown: ["request-received"], enabled: [] },
      { headers: { Cookie: applicant.cookie } },
    );
    expect(await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).toMatchObject({ digest: false });
    expect(await prefs(applicant.id)).toEqual({ "request-received": false });
  });

  it("lists every optional kind that can reach a person, whatever their roles (a coordinator-only proposer too)", async () => {
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    for (const user of [coordinator, applicant]) {
      const page = body<{ applicantKinds: string[]; everyoneKinds: string[]; coordinatorKinds: string[] }>(
        await callLoader(settingsLoader, "/account/notifications", { headers: { Cookie: user.cookie } }),
      );
      const listed = [...page.applicantKinds, ...page.everyoneKinds, ...page.coordinatorKinds];
      for (const kind of ["collaboration-interest", "collaboration-message", "event-message"]) {
        expect(listed.filter((k) => k === kind), `${kind} for ${user.email}`).toHaveLength(1);
      }
    }
    // The coordinator-only account switches the partner-search mails off from the page.
    await callAction(
      settingsAction,
      "/account/notifications",
      {
        intent: "save",
        language: "en",
        delivery: "immediate",
        shown: ["collaboration-interest", "collaboration-message", "event-message"],
        enabled: ["event-message"],
      },
      { headers: { Cookie: coordinator.cookie } },
    );
    expect(await prefs(coordinator.id)).toEqual({
      "collaboration-interest": false,
      "collaboration-message": false,
      "event-message": true,
    });
  });

  it("lets the owner try an undeliverable address again", async () => {
    const applicant = await createApplicant();
    await prisma.user.update({ where: { id: applicant.id }, data: { emailUndeliverableAt: new Date() } });
    const page = body<{ undeliverableAt: string | null }>(
      await callLoader(settingsLoader, "/account/notifications", { headers: { Cookie: applicant.cookie } }),
    );
    expect(page.undeliverableAt).not.toBeNull();
    const res = await callAction(settingsAction, "/account/notifications", { intent: "retry-address" }, { headers: { Cookie: applicant.cookie } });
    expect((res as Response).headers.get("Location")).toBe("/account/notifications?notice=retried");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).emailUndeliverableAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "user.email_retried" } })).toBe(1);
  });

  it("needs a signed-in user", async () => {
    const res = await thrownResponse(() => callLoader(settingsLoader, "/account/notifications"));
    expect(res.status).toBe(302);
  });
});

describe("one-click unsubscribe", () => {
  it("GET only shows what the link switches off; the provider's POST (no Origin, no cookie) switches it off", async () => {
    const coordinator = await createCoordinator("cnao");
    const url = new URL(await unsubscribeUrl(coordinator.id, "request-new"));
    const path = `${url.pathname}${url.search}`;
    const shown = await callLoader(unsubscribeLoader, path);
    expect(status(shown)).toBe(200);
    expect(body<{ kind: string }>(shown).kind).toBe("request-new");
    expect(await prefs(coordinator.id)).toEqual({});

    const request = new Request(new URL(path, ORIGIN), {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    const res = (await unsubscribeAction({ request, params: {}, context: {} })) as Response;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("Unsubscribed.\n");
    expect(await prefs(coordinator.id)).toEqual({ "request-new": false });

    // From now on that kind is not sent.
    resend.use();
    const applicant = await createApplicant();
    await sendRequest(applicant);
    await processOutbox();
    expect(resend.standIn.emails.map((m) => m.to[0])).toEqual([applicant.email]);
    expect(await prisma.notification.findFirstOrThrow({ where: { kind: "request-new" } })).toMatchObject({ status: "SUPPRESSED" });
  });

  it("the page's button works too; forged or essential tokens change nothing", async () => {
    const applicant = await createApplicant();
    const url = new URL(await unsubscribeUrl(applicant.id, "request-message"));
    const token = url.searchParams.get("token")!;
    const done = await callAction(unsubscribeAction, `/unsubscribe?token=${encodeURIComponent(token)}`, { token });
    expect(body<{ done: boolean }>(done).done).toBe(true);
    expect(await prefs(applicant.id)).toEqual({ "request-message": false });

    const other = await createApplicant({ name: "Rahul Mehta" });
    const forged = token.replace(applicant.id, other.id);
    expect(status(await callLoader(unsubscribeLoader, `/unsubscribe?token=${encodeURIComponent(forged)}`))).toBe(400);
    expect(status(await callAction(unsubscribeAction, `/unsubscribe?token=${encodeURIComponent(forged)}`, { token: forged }))).toBe(400);
    const essential = `${other.id}.request-approved.${token.split(".")[2]}`;
    expect(status(await callAction(unsubscribeAction, `/unsubscribe?token=${encodeURIComponent(essential)}`, {}))).toBe(400);
    expect(await prefs(other.id)).toEqual({});
  });
});

describe("/admin/emails", () => {
  async function admin() {
    const user = await createUser({ roles: ["ADMIN"], name: "Giulia Bianchi" });
    return { ...user, cookie: await sessionCookie(user.id) };
  }

  async function failed(key: string, lastError: string, kind: "password-changed" | "verify-email" = "password-changed", url: string | null = null) {
    await prisma.$transaction((tx) =>
      kind === "verify-email"
        ? enqueueEmail(tx, { kind, to: "amina@example.org", locale: "en", payload: { name: "Amina", url: url as string }, idempotencyKey: key })
        : enqueueEmail(tx, {
            kind,
            to: "amina@example.org",
            locale: "en",
            payload: { name: "Amina", resetUrl: "http://localhost:3000/forgot-password" },
            idempotencyKey: key,
          }),
    );
    return prisma.notification.update({ where: { idempotencyKey: key }, data: { status: "FAILED", attempts: 8, lastError } });
  }

  it("is for admins only", async () => {
    const applicant = await createApplicant();
    expect((await thrownResponse(() => callLoader(adminLoader, "/admin/emails", { headers: { Cookie: applicant.cookie } }))).status).toBe(403);
  });

  it("lists with filters and the error, and sends a failed mail again: a new key only after a definite failure", async () => {
    resend.use();
    const a = await admin();
    const definite = await failed("pc:422", "permanent: 422 validation_error: Invalid `to` field.");
    const unsure = await failed("pc:503", "gave up after 8 attempts: 503 application_error: down");
    const gone = await failed("verify-email:t1", "permanent: 422 validation_error: x", "verify-email", null);
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        kind: "password-changed",
        to: "ok@example.org",
        locale: "en",
        payload: { name: "Ok", resetUrl: "http://localhost:3000/forgot-password" },
        idempotencyKey: "pc:ok",
      }),
    );

    const list = body<{ mails: { id: string; status: string; lastError: string | null }[] }>(
      await callLoader(adminLoader, "/admin/emails?status=FAILED&kind=password-changed", { headers: { Cookie: a.cookie } }),
    );
    expect(list.mails.map((m) => m.id).sort()).toEqual([definite.id, unsure.id].sort());
    expect(list.mails.find((m) => m.id === definite.id)!.lastError).toContain("validation_error");

    const post = (id: string) =>
      callAction(adminAction, "/admin/emails?status=FAILED", { intent: "resend", id }, { headers: { Cookie: a.cookie } });
    expect((await post(definite.id) as Response).headers.get("Location")).toBe("/admin/emails?status=FAILED&notice=queued-new-key");
    expect((await post(unsure.id) as Response).headers.get("Location")).toBe("/admin/emails?status=FAILED&notice=queued");
    expect((await post(gone.id) as Response).headers.get("Location")).toBe("/admin/emails?status=FAILED&notice=link-gone");
    expect((await post(definite.id) as Response).headers.get("Location")).toBe("/admin/emails?status=FAILED&notice=not-failed");

    await makeDue();
    await processOutbox();
    expect(resend.standIn.emails.map((m) => m.idempotencyKey).sort()).toEqual(["pc:422#1", "pc:503", "pc:ok"]);
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: definite.id } })).toMatchObject({ status: "SENT", resends: 1, attempts: 1 });
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: gone.id } })).toMatchObject({ status: "FAILED" });
    expect(await prisma.auditEvent.count({ where: { action: "email.resent" } })).toBe(2);
  });
});
