/**
 * Feedback after a stay (issue 16, part 5) through the real routes: confirming attendance
 * asks the applicant (the stay-feedback mail, once), the applicant answers once on
 * /requests/:id/feedback (404 for anyone else, 403 before attendance, 409 the second time,
 * 400 for bad input, nothing written then), and the coordinator dashboard shows the
 * centre's aggregates, checked against hand-computed figures, with "not enough answers"
 * below three.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { addDays, isoDateOfInstant } from "~/platform/calendar";
import { action as attendanceAction } from "~/routes/inbox.$id_.attendance";
import { action as feedbackAction, loader as feedbackLoader } from "~/routes/requests.$id_.feedback";
import { loader as requestPage } from "~/routes/requests.$id/route";
import { loader as dashboardLoader } from "~/routes/coordinator_.dashboard";
import { loader as adminDashboardLoader } from "~/routes/admin.dashboard";
import type { FeedbackSummary } from "~/requests/feedback";
import { createUser, sessionCookie } from "../../factories/accounts";
import { createRequest } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  createApplicant,
  createCoordinator,
  errorsOf,
  get,
  location,
  multipart,
  post,
  status,
  type SignedIn,
} from "../../factories/request-flow";

const today = () => isoDateOfInstant(new Date());

async function endedStay(applicant: SignedIn, opportunityId: string) {
  return createRequest({
    applicantId: applicant.id,
    opportunityId,
    start: addDays(today(), -14),
    end: addDays(today(), -3),
    status: "APPROVED",
  });
}

const attend = (id: string, coordinator: SignedIn) =>
  post(attendanceAction, "/", multipart({ attendance: "ATTENDED", language: "en" }), {
    cookie: coordinator.cookie,
    params: { id },
  });

const answer = (id: string, who: SignedIn, fields: Record<string, string>) =>
  post(feedbackAction, `/requests/${id}/feedback`, multipart(fields), { cookie: who.cookie, params: { id } });

describe("asking for feedback and giving it once", () => {
  it("mails the applicant once when attendance is confirmed, then takes one answer; refusals write nothing", async () => {
    const o = await cnaoObservership();
    const amina = await createApplicant();
    const stranger = await createApplicant({ name: "Someone Else" });
    const coordinator = await createCoordinator("cnao");
    const r = await endedStay(amina, o.id);
    const good = { rating: "4", wouldRecommend: "yes", mostUseful: "Treatment planning sessions", couldBeBetter: "" };

    // Before attendance: 403, no form on the page, no mail.
    expect(status(await answer(r.id, amina, good))).toBe(403);
    expect(status(await get(feedbackLoader, "/", { cookie: amina.cookie, params: { id: r.id } }))).toBe(403);
    expect(
      body<{ feedback: unknown }>(await get(requestPage, "/", { cookie: amina.cookie, params: { id: r.id } })).feedback,
    ).toBeNull();

    expect(location(await attend(r.id, coordinator))).toBe(`/inbox/${r.id}?done=certificate`);
    // Confirming again (a corrected certificate) does not ask twice.
    await attend(r.id, coordinator);
    const mails = await prisma.notification.findMany({ where: { kind: "stay-feedback" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ userId: amina.id, idempotencyKey: `stay-feedback:${r.id}` });
    expect(mails[0].payload).toMatchObject({ url: `http://localhost:3000/requests/${r.id}#feedback` });
    expect(
      body<{ feedback: unknown }>(await get(requestPage, "/", { cookie: amina.cookie, params: { id: r.id } })).feedback,
    ).toBe("ask");

    // Someone else: 404. Bad input: 400 with field errors.
    expect(status(await answer(r.id, stranger, good))).toBe(404);
    const bad = await answer(r.id, amina, { rating: "7", mostUseful: "x".repeat(1001) });
    expect(status(bad)).toBe(400);
    expect(errorsOf(bad)).toMatchObject({
      rating: ["requests:feedback.validation.ratingRequired"],
      wouldRecommend: ["requests:feedback.validation.recommendRequired"],
      mostUseful: ["requests:feedback.validation.tooLong"],
    });
    expect(await prisma.stayFeedback.count()).toBe(0);

    const sent = await answer(r.id, amina, good);
    expect(location(sent)).toBe(`/requests/${r.id}?done=feedback`);
    expect(await prisma.stayFeedback.findUniqueOrThrow({ where: { requestId: r.id } })).toMatchObject({
      centreId: o.centreId,
      rating: 4,
      wouldRecommend: true,
      mostUseful: "Treatment planning sessions",
      couldBeBetter: "",
    });
    // Once: 409 the second time (also two at once), the first answer unchanged.
    const again = await answer(r.id, amina, { ...good, rating: "1" });
    expect(status(again)).toBe(409);
    expect(errorsOf(again)[""]).toEqual(["requests:feedback.refused.already-given"]);
    expect(await prisma.stayFeedback.count()).toBe(1);
    expect(
      body<{ feedback: unknown }>(await get(requestPage, "/", { cookie: amina.cookie, params: { id: r.id } })).feedback,
    ).toBe("given");
  });

  it("two submissions at once: one is saved, the other is 409", async () => {
    const o = await cnaoObservership();
    const amina = await createApplicant();
    const r = await endedStay(amina, o.id);
    await prisma.request.update({ where: { id: r.id }, data: { attendance: "ATTENDED", attendanceAt: new Date() } });
    const both = await Promise.all([
      answer(r.id, amina, { rating: "5", wouldRecommend: "yes" }),
      answer(r.id, amina, { rating: "2", wouldRecommend: "no" }),
    ]);
    expect(both.map(status).sort()).toEqual([302, 409]);
    expect(await prisma.stayFeedback.count()).toBe(1);
  });
});

describe("the centre's aggregates on the coordinator dashboard", () => {
  it(
    "shows nothing but the count below three answers, then figures computed by hand, without names",
    { timeout: 180_000 },
    async () => {
      const o = await cnaoObservership();
      const coordinator = await createCoordinator("cnao");
      const answers = [
        { rating: "5", wouldRecommend: "yes", mostUseful: "Daily planning meetings", couldBeBetter: "" },
        { rating: "4", wouldRecommend: "yes", mostUseful: "", couldBeBetter: "Housing information" },
        {
          rating: "2",
          wouldRecommend: "no",
          mostUseful: "Access to the control room",
          couldBeBetter: "More time with physicists",
        },
        { rating: "4", wouldRecommend: "yes", mostUseful: "", couldBeBetter: "" },
      ];
      const summary = async () =>
        body<{ feedback: FeedbackSummary }>(
          await get(dashboardLoader, "/coordinator/dashboard", { cookie: coordinator.cookie }),
        ).feedback;
      for (const [i, a] of answers.entries()) {
        const who = await createApplicant({ name: `Visitor ${i}` });
        const r = await endedStay(who, o.id);
        await prisma.request.update({
          where: { id: r.id },
          data: { attendance: "ATTENDED", attendanceAt: new Date() },
        });
        expect(status(await answer(r.id, who, a))).toBe(302);
        if (i === 1) expect(await summary()).toEqual({ status: "too-few", answers: 2 });
      }
      // By hand: ratings 5, 4, 2, 4 → mean 15 / 4 = 3.75 → 3.8; 3 of 4 recommend.
      expect(await summary()).toEqual({
        status: "ok",
        answers: 4,
        averageRating: 3.8,
        ratings: [0, 1, 0, 2, 1],
        recommend: 3,
        mostUseful: ["Access to the control room", "Daily planning meetings"],
        couldBeBetter: ["Housing information", "More time with physicists"],
      });
      // Another centre's coordinator sees none of it.
      const other = await createCoordinator("ieo", "Olga Outsider");
      expect(
        body<{ feedback: FeedbackSummary }>(
          await get(dashboardLoader, "/coordinator/dashboard", { cookie: other.cookie }),
        ).feedback,
      ).toEqual({ status: "too-few", answers: 0 });
      // The form promises the centre's coordinators, so the region's dashboard does not carry it.
      const admin = await createUser({ roles: ["ADMIN"] });
      expect(
        body<{ feedback: unknown }>(
          await get(adminDashboardLoader, "/admin/dashboard", { cookie: await sessionCookie(admin.id) }),
        ).feedback,
      ).toBeNull();
    },
  );
});
