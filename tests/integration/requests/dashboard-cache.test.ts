/**
 * The dashboards keep their tables until the data under them changes
 * (app/requests/dashboard-cache.server.ts): every kind of write the figures depend on shows on
 * the next view: a new request, a move to another state, a deleted request, an applicant's
 * country, an event registration. Views with nothing written in between are served from
 * what was kept.
 */
import { describe, expect, it } from "vitest";
import { loader as adminLoader } from "~/routes/admin.dashboard";
import { addDays } from "~/platform/calendar";
import { todayIso } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { dashboardDataVersion } from "~/requests/dashboard-cache.server";
import type { ChartView } from "~/requests/dashboard";
import { createUser, sessionCookie } from "../../factories/accounts";
import { body, createApplicant, get } from "../../factories/request-flow";
import { createOpportunity, createRequest } from "../../factories/requests";

/** This month (UTC) as the dashboard's period: `from=YYYY-MM&to=YYYY-MM`. */
const month = new Date().toISOString().slice(0, 7);
const PERIOD = `from=${month}&to=${month}`;

async function table(cookie: string, chart: string): Promise<Record<string, number[]>> {
  const page = body<{ charts: ChartView[] }>(await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie }));
  const view = page.charts.find((c) => c.id === chart)!;
  return Object.fromEntries(view.table.rows.map((r) => [r.label, r.values as number[]]));
}

describe("the dashboards' kept figures", () => {
  it("follow every write they depend on", async () => {
    const cookie = await sessionCookie((await createUser({ roles: ["ADMIN"] })).id);
    const opportunity = await createOpportunity({ centreSlug: "cnao", seats: 2 });
    const applicant = await createApplicant({ name: "Amina Okafor" });
    await prisma.profile.update({ where: { userId: applicant.id }, data: { country: "NZ" } });

    expect((await table(cookie, "countries"))["New Zealand"]).toBeUndefined();

    // A new request (Request insert).
    const request = await createRequest({
      applicantId: applicant.id,
      opportunityId: opportunity.id,
      start: addDays(todayIso(), 60),
      end: addDays(todayIso(), 64),
      status: "SUBMITTED",
      submittedAt: new Date(),
    });
    expect((await table(cookie, "countries"))["New Zealand"]).toEqual([1, 1]);

    // Nothing written: the same version, the same figures.
    const version = await dashboardDataVersion();
    expect(await dashboardDataVersion()).toBe(version);

    // The applicant's country (Profile update).
    await prisma.profile.update({ where: { userId: applicant.id }, data: { country: "FJ" } });
    const byCountry = await table(cookie, "countries");
    expect(byCountry["New Zealand"]).toBeUndefined();
    expect(byCountry["Fiji"]).toEqual([1, 1]);

    // A move to another state (Request update): the month's row moves to "Declined".
    const before = await table(cookie, "months");
    await prisma.request.update({ where: { id: request.id }, data: { status: "DECLINED", decidedAt: new Date() } });
    const after = await table(cookie, "months");
    expect(after).not.toEqual(before);

    // A deleted request (Request delete).
    await prisma.request.delete({ where: { id: request.id } });
    expect((await table(cookie, "countries"))["Fiji"]).toBeUndefined();

    // An event registration (EventRegistration insert) moves the version too.
    const event = await prisma.event.create({
      data: {
        kind: "COURSE",
        status: "PUBLISHED",
        titleEn: "Hadron therapy course",
        titleIt: "Corso di adroterapia",
        descriptionEn: "Two days.",
        descriptionIt: "Due giorni.",
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 3_600_000),
        city: "Pavia",
        languages: ["en"],
        capacity: 2,
        centres: { create: [{ centreId: opportunity.centreId, lead: true }] },
      },
    });
    const withEvent = await dashboardDataVersion();
    await prisma.eventRegistration.create({ data: { eventId: event.id, userId: applicant.id, status: "REGISTERED" } });
    expect(await dashboardDataVersion()).not.toBe(withEvent);
  });
});
