/**
 * Issue 17's inbox points through real Request objects: the seats on /inbox/:id agree with
 * the seat calendar (an approved request counts itself); the seat calendar lists who is on
 * site, for the centre's coordinators only; asking for information, messaging, approving and
 * declining work on a new request and record that it was opened; withdrawing, cancelling a
 * stay and bulk declining take a second step, and nothing happens before it.
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/inbox.$id/route";
import { action as applicantAction, loader as applicantLoader } from "~/routes/requests.$id/route";
import { action as listAction } from "~/routes/inbox._index/route";
import { loader as calendarLoader } from "~/routes/coordinator_.opportunities.$id.calendar";
import { prisma } from "~/platform/db.server";
import { createRequest } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  createApplicant,
  createCoordinator,
  get,
  location,
  multipart,
  post,
  status,
  type SignedIn,
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

const act = (id: string, who: SignedIn, fields: Record<string, string>) =>
  post(action, `/inbox/${id}`, multipart(fields), { cookie: who.cookie, params: { id } });
const page = (id: string, who: SignedIn) => get(loader, `/inbox/${id}`, { cookie: who.cookie, params: { id } });
const calendar = (id: string, who: SignedIn) =>
  get(calendarLoader, `/coordinator/opportunities/${id}/calendar`, { cookie: who.cookie, params: { id } });
const row = (id: string) => prisma.request.findUniqueOrThrow({ where: { id } });
const events = async (id: string) =>
  (await prisma.requestEvent.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } })).map((e) => [
    e.action,
    e.fromStatus,
    e.toStatus,
  ]);

type CalendarData = {
  months: { weeks: ({ date: string; taken: number } | null)[][] }[];
  onSite: { start: string; end: string; visitors: { requestId: string; name: string | null }[] }[];
};
type SeatsData = { seats: { kind: string; seats: number; taken: number; free: number } };

async function setup() {
  const o = await cnaoObservership();
  const coordinator = await createCoordinator("cnao");
  const applicant = await createApplicant();
  return { o, coordinator, applicant };
}

describe("seats on /inbox/:id and the seat calendar", () => {
  it("an approved request on a 2-seat opportunity shows 1 of 2 free, as the calendar shows 1 of 2 taken", async () => {
    const { o, coordinator, applicant } = await setup();
    expect(o.seats).toBe(2);
    const start = onDay("2027-02-01");
    const end = onDay("2027-02-12");
    const r = await createRequest({ applicantId: applicant.id, opportunityId: o.id, start, end, status: "IN_REVIEW" });
    expect(location(await act(r.id, coordinator, { intent: "approve" }))).toBe(`/inbox/${r.id}?done=approve`);

    const seats = body<SeatsData>(await page(r.id, coordinator)).seats;
    const days = body<CalendarData>(await calendar(o.id, coordinator))
      .months.flatMap((m) => m.weeks.flat())
      .filter((d): d is { date: string; taken: number } => d !== null && d.date >= start && d.date <= end);
    expect(days.length).toBe(12);
    const mostTaken = Math.max(...days.map((d) => d.taken));
    expect(mostTaken).toBe(1);
    expect(seats).toEqual({ kind: "daily", seats: 2, taken: mostTaken, free: 2 - mostTaken });

    // A pending request on overlapping dates sees the same figure (it is not approved itself).
    const other = await createApplicant({ name: "Bo Lindqvist" });
    const pending = await createRequest({
      applicantId: other.id,
      opportunityId: o.id,
      start: onDay("2027-02-10"),
      end: onDay("2027-02-20"),
    });
    expect(body<SeatsData>(await page(pending.id, coordinator)).seats).toEqual({
      kind: "daily",
      seats: 2,
      taken: 1,
      free: 1,
    });
  });

  it("the calendar lists who is on site, by runs of days, to the centre's coordinators only", async () => {
    const { o, coordinator, applicant } = await setup();
    const other = await createApplicant({ name: "Bo Lindqvist" });
    const a = await createRequest({
      applicantId: applicant.id,
      opportunityId: o.id,
      start: onDay("2027-02-01"),
      end: onDay("2027-02-12"),
      status: "APPROVED",
    });
    const b = await createRequest({
      applicantId: other.id,
      opportunityId: o.id,
      start: onDay("2027-02-10"),
      end: onDay("2027-02-20"),
      status: "APPROVED",
    });
    // Not approved: not on site.
    await createRequest({
      applicantId: other.id,
      opportunityId: o.id,
      start: onDay("2027-02-01"),
      end: onDay("2027-02-05"),
    });

    const { onSite } = body<CalendarData>(await calendar(o.id, coordinator));
    expect(onSite.map((run) => [run.start, run.end, run.visitors.map((v) => v.name)])).toEqual([
      [onDay("2027-02-01"), onDay("2027-02-09"), ["Amina Okafor"]],
      [onDay("2027-02-10"), onDay("2027-02-12"), ["Amina Okafor", "Bo Lindqvist"]],
      [onDay("2027-02-13"), onDay("2027-02-20"), ["Bo Lindqvist"]],
    ]);
    expect(onSite[1].visitors.map((v) => v.requestId)).toEqual([a.id, b.id]);

    const outsider = await createCoordinator("ieo", "Olga Outsider");
    expect(status(await calendar(o.id, outsider))).toBe(404);
    expect(status(await calendar(o.id, applicant))).toBe(403);
  });
});

describe("moves on a new request", () => {
  it("asking for information works on a new request and records that it was opened first", async () => {
    const { o, coordinator, applicant } = await setup();
    const r = await createRequest({
      applicantId: applicant.id,
      opportunityId: o.id,
      start: onDay("2027-02-01"),
      end: onDay("2027-02-12"),
    });
    const before = body<{ actions: string[] }>(await page(r.id, coordinator)).actions;
    expect(before).toEqual(expect.arrayContaining(["request-info", "message", "approve", "decline"]));

    expect(location(await act(r.id, coordinator, { intent: "request-info", body: "Which planning systems?" }))).toBe(
      `/inbox/${r.id}?done=request-info`,
    );
    const after = await row(r.id);
    expect(after.status).toBe("INFO_REQUESTED");
    expect(after.pausedAt).not.toBeNull();
    expect(after.version).toBe(2);
    expect(await events(r.id)).toEqual([
      ["open", "SUBMITTED", "IN_REVIEW"],
      ["request-info", "IN_REVIEW", "INFO_REQUESTED"],
    ]);
    const mail = await prisma.notification.findFirstOrThrow({ where: { kind: "request-info-requested" } });
    expect(mail.userId).toBe(applicant.id);
  });

  it("message, approve and decline on a new request open it first", async () => {
    const { o, coordinator } = await setup();
    const cases = [
      ["message", { body: "Welcome!" }, "IN_REVIEW"],
      ["approve", {}, "APPROVED"],
      ["decline", { reason: "The programme is full this year." }, "DECLINED"],
    ] as const;
    let n = 0;
    for (const [intent, fields, to] of cases) {
      const applicant = await createApplicant({ name: `Applicant ${n++}` });
      const r = await createRequest({
        applicantId: applicant.id,
        opportunityId: o.id,
        start: onDay("2027-03-01"),
        end: onDay("2027-03-12"),
      });
      expect(location(await act(r.id, coordinator, { intent, ...fields }))).toBe(`/inbox/${r.id}?done=${intent}`);
      expect((await row(r.id)).status).toBe(to);
      expect(await events(r.id)).toEqual([
        ["open", "SUBMITTED", "IN_REVIEW"],
        [intent, "IN_REVIEW", to],
      ]);
    }
  });

  it("a refused move on a new request leaves it unopened (the opening is rolled back with it)", async () => {
    const { o, coordinator, applicant } = await setup();
    const dates = { start: onDay("2027-02-01"), end: onDay("2027-02-12") };
    for (const name of ["Bo Lindqvist", "Carla Neri"]) {
      const other = await createApplicant({ name });
      await createRequest({ applicantId: other.id, opportunityId: o.id, ...dates, status: "APPROVED" });
    }
    const r = await createRequest({ applicantId: applicant.id, opportunityId: o.id, ...dates });
    const answer = await act(r.id, coordinator, { intent: "approve", expectedStatus: "SUBMITTED" });
    expect(status(answer)).toBe(409);
    expect(body<{ conflicts: string[] }>(answer).conflicts).toHaveLength(12);
    const after = await row(r.id);
    expect([after.status, after.version]).toEqual(["SUBMITTED", 0]);
    expect(await events(r.id)).toEqual([]);
  });
});

describe("a second step before moves that cannot be undone", () => {
  it("withdrawing: the first post only asks; the confirmed post withdraws", async () => {
    const { o, applicant } = await setup();
    const r = await createRequest({
      applicantId: applicant.id,
      opportunityId: o.id,
      start: onDay("2027-02-01"),
      end: onDay("2027-02-12"),
    });
    const path = `/requests/${r.id}`;
    const ask = await post(applicantAction, path, multipart({ intent: "withdraw", expectedStatus: "SUBMITTED" }), {
      cookie: applicant.cookie,
      params: { id: r.id },
    });
    expect(status(ask)).toBe(200);
    expect(body<{ intent: string; confirm: unknown }>(ask)).toMatchObject({
      intent: "withdraw",
      confirm: { expectedStatus: "SUBMITTED", reason: null },
    });
    expect((await row(r.id)).status).toBe("SUBMITTED");
    expect(await prisma.notification.count()).toBe(0);

    const done = await post(
      applicantAction,
      path,
      multipart({ intent: "withdraw", expectedStatus: "SUBMITTED", confirmed: "yes" }),
      { cookie: applicant.cookie, params: { id: r.id } },
    );
    expect(location(done)).toBe(`${path}?done=withdraw`);
    expect((await row(r.id)).status).toBe("WITHDRAWN");
    expect(status(await get(applicantLoader, path, { cookie: applicant.cookie, params: { id: r.id } }))).toBe(200);
  });

  it("cancelling an approved stay: the first post keeps the reason and asks; the confirmed post cancels", async () => {
    const { o, coordinator, applicant } = await setup();
    const r = await createRequest({
      applicantId: applicant.id,
      opportunityId: o.id,
      start: onDay("2027-02-01"),
      end: onDay("2027-02-12"),
      status: "APPROVED",
    });
    const reason = "The ward closes for works.";
    const ask = await act(r.id, coordinator, { intent: "cancel", expectedStatus: "APPROVED", reason });
    expect(status(ask)).toBe(200);
    expect(body(ask)).toMatchObject({ intent: "cancel", confirm: { expectedStatus: "APPROVED", reason } });
    expect((await row(r.id)).status).toBe("APPROVED");

    // A blank reason is still a field error at the first step.
    expect(status(await act(r.id, coordinator, { intent: "cancel", expectedStatus: "APPROVED", reason: "" }))).toBe(
      400,
    );

    expect(
      location(
        await act(r.id, coordinator, { intent: "cancel", expectedStatus: "APPROVED", reason, confirmed: "yes" }),
      ),
    ).toBe(`/inbox/${r.id}?done=cancel`);
    const after = await row(r.id);
    expect(after.status).toBe("CANCELLED");
    expect(after.cancelReason).toBe(reason);
  });

  it("bulk declining: the first post lists the requests within the centres and declines nothing", async () => {
    const { o, coordinator } = await setup();
    const ids: string[] = [];
    for (const name of ["Bo Lindqvist", "Amina Okafor"]) {
      const applicant = await createApplicant({ name });
      ids.push(
        (
          await createRequest({
            applicantId: applicant.id,
            opportunityId: o.id,
            start: onDay("2027-02-01"),
            end: onDay("2027-02-12"),
          })
        ).id,
      );
    }
    const fields = { intent: "bulk-decline", ids, reason: "No seats this spring.", back: "/inbox?state=SUBMITTED" };
    const ask = await post(listAction, "/inbox", multipart(fields), { cookie: coordinator.cookie });
    expect(status(ask)).toBe(200);
    expect(body(ask)).toMatchObject({
      confirm: {
        ids,
        reason: "No seats this spring.",
        back: "/inbox?state=SUBMITTED",
        targets: [{ name: "Amina Okafor" }, { name: "Bo Lindqvist" }],
      },
    });
    expect(await prisma.request.count({ where: { status: "DECLINED" } })).toBe(0);

    // Another centre's coordinator sees none of them at the confirmation step.
    const outsider = await createCoordinator("ieo", "Olga Outsider");
    expect(body(await post(listAction, "/inbox", multipart(fields), { cookie: outsider.cookie }))).toMatchObject({
      confirm: { targets: [] },
    });

    const done = await post(listAction, "/inbox", multipart({ ...fields, confirmed: "yes" }), {
      cookie: coordinator.cookie,
    });
    expect(location(done)).toBe("/inbox?state=SUBMITTED&bulk=decline&applied=2");
    expect(await prisma.request.count({ where: { id: { in: ids }, status: "DECLINED" } })).toBe(2);
  });
});
