/**
 * Alerts of new matches: opt-in on /matches (off by default), at most one e-mail per
 * applicant and ISO week whatever the job's clock says, listing only what was published or
 * reopened since the last one, with reasons and the one-click unsubscribe link.
 */
import { describe, expect, it } from "vitest";
import { action as matchesAction, loader as matchesLoader } from "~/routes/matches/route";
import { isoWeek, sendMatchAlerts } from "~/matching/alerts.server";
import { getMatchesPage, resetMatchCaches } from "~/matching/matching.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, thrownResponse } from "../../utils/http";
import { sessionCookie } from "../../factories/accounts";
import { createApplicantWithProfile, TODAY } from "../../factories/profiles";
import { withWrittenExampleDates } from "../../factories/example-dates";
import { setUpResendStandIn } from "../notifications/helpers";

withWrittenExampleDates();
const resend = setUpResendStandIn();

const profile = { interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" as const }] };
const at = (iso: string) => new Date(iso);

async function publish(opportunityId: string, when: string) {
  await prisma.opportunity.update({ where: { id: opportunityId }, data: { publishedAt: at(when) } });
  resetMatchCaches();
}

describe("alerts of new matches", () => {
  it("names ISO weeks", () => {
    expect(isoWeek(at("2026-12-01T09:00:00Z"))).toBe("2026-W49");
    expect(isoWeek(at("2027-01-01T09:00:00Z"))).toBe("2026-W53");
    expect(isoWeek(at("2027-01-04T00:00:00Z"))).toBe("2027-W01");
  });

  it("are off by default and switched on from /matches", async () => {
    const user = await createApplicantWithProfile(profile);
    const headers = { Cookie: await sessionCookie(user.id) };
    const before = (await callLoader(matchesLoader, "/matches", { headers })) as { data: { alerts: boolean } };
    expect(before.data.alerts).toBe(false);
    const res = (await callAction(matchesAction, "/matches", { intent: "alerts", alerts: "on" }, { headers })) as Response;
    expect(res.status).toBe(302);
    const after = (await callLoader(matchesLoader, "/matches", { headers })) as { data: { alerts: boolean } };
    expect(after.data.alerts).toBe(true);
    const bad = await thrownResponse(() =>
      callAction(matchesAction, "/matches", { intent: "alerts", alerts: "maybe" }, { headers }),
    );
    expect(bad.status).toBe(400);
  });

  it("send one e-mail per week at most, listing only what is new since the last one", async () => {
    resend.use();
    const subscriber = await createApplicantWithProfile(profile, { name: "Amina Okafor" });
    const other = await createApplicantWithProfile(profile);
    await prisma.notificationPreference.create({ data: { userId: subscriber.id, kind: "new-matches", enabled: true } });
    await prisma.user.update({ where: { id: subscriber.id }, data: { locale: "it" } });
    const top = (await getMatchesPage(subscriber.id, { today: TODAY, show: 10 })) as { results: { opportunityId: string }[] };
    const [first, second] = top.results.map((r) => r.opportunityId);

    // Nothing new yet: nothing to say.
    expect((await sendMatchAlerts(at(`${TODAY}T06:00:00Z`))).enqueued).toBe(0);

    await publish(first!, "2026-11-30T10:00:00Z");
    expect(await sendMatchAlerts(at("2026-12-01T06:00:00Z"))).toEqual({ subscribers: 1, enqueued: 1 });
    // Later in the same ISO week: a newer opportunity waits for next week.
    await publish(second!, "2026-12-02T10:00:00Z");
    expect((await sendMatchAlerts(at("2026-12-03T06:00:00Z"))).enqueued).toBe(0);
    expect((await sendMatchAlerts(at("2026-12-06T23:00:00Z"))).enqueued).toBe(0);
    // Next week: only the newer one.
    expect((await sendMatchAlerts(at("2026-12-07T06:00:00Z"))).enqueued).toBe(1);
    expect((await sendMatchAlerts(at("2026-12-08T06:00:00Z"))).enqueued).toBe(0);

    const mails = await prisma.notification.findMany({
      where: { kind: "new-matches" },
      orderBy: { createdAt: "asc" },
      select: { userId: true, idempotencyKey: true, payload: true, locale: true },
    });
    expect(mails.map((m) => m.idempotencyKey)).toEqual([
      `new-matches:${subscriber.id}:2026-W49`,
      `new-matches:${subscriber.id}:2026-W50`,
    ]);
    expect(mails.every((m) => m.userId === subscriber.id && m.locale === "it")).toBe(true);
    const urls = (m: (typeof mails)[number]) => (m.payload as { items: { url: string }[] }).items.map((i) => i.url);
    expect(urls(mails[0]!)).toEqual([expect.stringContaining(`/opportunities/${first}`)]);
    expect(urls(mails[1]!)).toEqual([expect.stringContaining(`/opportunities/${second}`)]);
    const reasons = (mails[0]!.payload as { items: { reasons: string[] }[] }).items[0]!.reasons;
    expect(reasons.join(" ")).toMatch(/Terapia con ioni carbonio/);
    expect(await prisma.notification.count({ where: { userId: other.id } })).toBe(0);

    await processOutbox();
    const sent = resend.standIn.emails.filter((m) => m.to[0] === subscriber.email);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.subject).toBe("Una nuova opportunità corrisponde al Suo profilo");
    expect(sent[0]!.headers?.["List-Unsubscribe"]).toMatch(/\/unsubscribe\?token=/);
  });
});
