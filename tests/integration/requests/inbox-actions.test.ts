/**
 * /inbox/:id through its loader and action: the page (profile, match, thread with notes,
 * history), every coordinator intent, refusals (409 illegal or stale, 400 unknown or
 * missing intent, 422/400 bad input), concurrent approvals of the last seat through the
 * route (exactly one wins, 20 times), and tenant isolation: a coordinator of another centre
 * and an applicant get 404 for the page, the CV, the files and every action, and nothing
 * changes.
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/inbox.$id/route";
import { loader as cvLoader } from "~/routes/inbox.$id_.cv";
import { loader as fileLoader } from "~/routes/inbox.$id_.files.$fileId";
import { performMove } from "~/requests/workflow.server";
import { prisma } from "~/platform/db.server";
import { isoFromDate } from "~/platform/dates";
import { occupancyByDay } from "~/requests/seats";
import { createOpportunity, createRequest } from "../../factories/requests";
import {
  body,
  cnaoRequest,
  createApplicant,
  createCoordinator,
  errorsOf,
  get,
  location,
  multipart,
  PDF,
  post,
  status,
  withTempUploads,
  type SignedIn,
} from "../../factories/request-flow";
import { setProfile } from "../../factories/profiles";
import { onDay, onInstant, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

const uploads = withTempUploads();

async function setup(requestStatus: "SUBMITTED" | "IN_REVIEW" = "SUBMITTED") {
  const world = await cnaoRequest({ status: requestStatus });
  const colleague = await createCoordinator("cnao", "Marco Bassi");
  const outsider = await createCoordinator("ieo", "Olga Outsider");
  return { ...world, colleague, outsider };
}

const act = (id: string, who: SignedIn, fields: Record<string, string>, files = {}) =>
  post(action, `/inbox/${id}`, multipart(fields, files), { cookie: who.cookie, params: { id } });
const page = (id: string, who: SignedIn) => get(loader, `/inbox/${id}`, { cookie: who.cookie, params: { id } });
const row = (id: string) => prisma.request.findUniqueOrThrow({ where: { id } });

describe("the request page", () => {
  it("shows the applicant's profile, the match, the thread with notes, the history and the actions", async () => {
    const { id, coordinator, applicant } = await setup("IN_REVIEW");
    await setProfile(applicant.id, {
      profession: "PHYSICIAN",
      interests: [{ topicId: "carbon-ion-radiotherapy", weight: "CORE" }],
      languages: [{ code: "en", level: "C1" }],
      windows: [{ start: onDay("2027-01-04"), end: onDay("2027-06-30") }],
    });
    expect(
      location(await act(id, coordinator, { intent: "note", body: "Strong profile, see https://orcid.org" })),
    ).toBe(`/inbox/${id}?done=note`);
    const data = body<{
      applicant: { name: string; profile: { profession: string } };
      fit: { status: string; reasons?: string[]; reason?: string } | null;
      request: { messages: { kind: string }[]; events: { action: string; actorName: string }[] };
      actions: string[];
      seats: { kind: string; free: number; seats: number };
    }>(await page(id, coordinator));
    expect(data.applicant).toMatchObject({ name: "Amina Okafor", profile: { profession: "PHYSICIAN" } });
    expect(data.fit).not.toBeNull();
    // Written about the applicant for the coordinator, not to them.
    const words = [...(data.fit!.reasons ?? []), data.fit!.reason ?? ""].join(" | ");
    expect(words.length).toBeGreaterThan(3);
    expect(words).not.toMatch(/\b(you|your)\b/i);
    expect(data.request.messages.map((m) => m.kind)).toEqual(["NOTE"]);
    expect(data.request.events).toMatchObject([{ action: "note", actorName: "Chiara Conti" }]);
    expect(data.actions.sort()).toEqual(["approve", "assign", "decline", "message", "note", "request-info"]);
    expect(data.seats).toEqual({ kind: "daily", free: 2, taken: 0, seats: 2 });
  });
});

describe("every action through the route", () => {
  it("open, assign, request-info (clock pauses), message, approve with the requested dates", async () => {
    const { id, coordinator, colleague, applicant } = await setup();
    expect(location(await act(id, coordinator, { intent: "open" }))).toBe(`/inbox/${id}?done=open`);
    expect((await row(id)).status).toBe("IN_REVIEW");

    expect(location(await act(id, coordinator, { intent: "assign", assigneeId: colleague.id }))).toBe(
      `/inbox/${id}?done=assign`,
    );
    expect((await row(id)).assigneeId).toBe(colleague.id);
    const assignMail = await prisma.notification.findFirstOrThrow({ where: { kind: "request-assigned" } });
    expect(assignMail.userId).toBe(colleague.id);

    expect(
      location(await act(id, colleague, { intent: "request-info", body: "Which planning systems have you used?" })),
    ).toBe(`/inbox/${id}?done=request-info`);
    const paused = await row(id);
    expect(paused.status).toBe("INFO_REQUESTED");
    expect(paused.pausedAt).not.toBeNull();
    expect(await prisma.job.count({ where: { uniqueKey: { in: [`remind:${id}`, `expire:${id}`] } } })).toBe(0);
    const infoMail = await prisma.notification.findFirstOrThrow({ where: { kind: "request-info-requested" } });
    expect(infoMail).toMatchObject({ userId: applicant.id, toEmail: applicant.email });
    expect(infoMail.payload).toMatchObject({
      messageBody: "Which planning systems have you used?",
      url: `http://localhost:3000/requests/${id}`,
    });

    // Approving while waiting for information is not a legal move.
    const early = await act(id, colleague, { intent: "approve" });
    expect(status(early)).toBe(409);
    expect(errorsOf(early)[""]).toEqual(["requests:refusal.wrong-state"]);

    // The applicant answers (their route is tested in tests/integration/requests).
    expect(
      (
        await performMove({
          requestId: id,
          expectedStatus: "INFO_REQUESTED",
          action: "answer",
          actor: "APPLICANT",
          actorId: applicant.id,
          data: { body: "RayStation." },
        })
      ).ok,
    ).toBe(true);

    expect(
      location(
        await act(
          id,
          colleague,
          { intent: "message", body: "Thanks!" },
          { attachment: { name: "programme.pdf", bytes: PDF } },
        ),
      ),
    ).toBe(`/inbox/${id}?done=message`);
    expect(uploads.count()).toBe(1);

    expect(location(await act(id, colleague, { intent: "approve" }))).toBe(`/inbox/${id}?done=approve`);
    const approved = await row(id);
    expect(approved).toMatchObject({ status: "APPROVED" });
    expect([isoFromDate(approved.startDate), isoFromDate(approved.endDate)]).toEqual([
      onDay("2027-02-01"),
      onDay("2027-02-12"),
    ]);
    expect(await prisma.job.findFirst({ where: { uniqueKey: `complete:${id}` } })).toMatchObject({
      runAt: onInstant("2027-02-13T00:00:00.000Z"),
    });
    expect(await prisma.notification.findFirst({ where: { kind: "request-approved" } })).toMatchObject({
      userId: applicant.id,
    });

    const events = await prisma.requestEvent.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["open", "assign", "request-info", "answer", "message", "approve"]);
  });

  it("approve with other final dates; a reversed range is a field error; cancel with a reason", async () => {
    const { id, coordinator } = await setup("IN_REVIEW");
    const reversed = await act(id, coordinator, {
      intent: "approve",
      startDate: onDay("2027-02-10"),
      endDate: onDay("2027-02-02"),
    });
    expect(status(reversed)).toBe(400);
    expect(errorsOf(reversed).endDate).toEqual(["requests:validation.datesReversed"]);
    const past = await act(id, coordinator, { intent: "approve", startDate: "2020-02-01", endDate: "2020-02-05" });
    expect(status(past)).toBe(422);
    expect(errorsOf(past).startDate).toEqual(["requests:refusal.dates-past"]);
    expect(
      location(
        await act(id, coordinator, { intent: "approve", startDate: onDay("2027-02-03"), endDate: onDay("2027-02-14") }),
      ),
    ).toBe(`/inbox/${id}?done=approve`);
    const r = await row(id);
    expect([isoFromDate(r.startDate), isoFromDate(r.endDate)]).toEqual([onDay("2027-02-03"), onDay("2027-02-14")]);
    expect(errorsOf(await act(id, coordinator, { intent: "cancel" })).reason).toEqual([
      "requests:validation.reasonRequired",
    ]);
    expect(
      location(
        await act(id, coordinator, { intent: "cancel", reason: "The department closes for works.", confirmed: "yes" }),
      ),
    ).toBe(`/inbox/${id}?done=cancel`);
    expect(await row(id)).toMatchObject({ status: "CANCELLED", cancelReason: "The department closes for works." });
    expect(await prisma.job.count({ where: { uniqueKey: `complete:${id}` } })).toBe(0);
  });

  it("decline needs a reason; approving a declined request is a 409; unknown or missing intents are 400; nothing changes", async () => {
    const { id, coordinator, outsider } = await setup("IN_REVIEW");
    const foreign = await act(id, coordinator, { intent: "assign", assigneeId: outsider.id });
    expect(status(foreign)).toBe(422);
    expect(errorsOf(foreign).assigneeId).toEqual(["requests:refusal.assignee-not-coordinator"]);
    const noReason = await act(id, coordinator, { intent: "decline", reason: "" });
    expect(status(noReason)).toBe(400);
    expect(errorsOf(noReason).reason).toEqual(["requests:validation.reasonRequired"]);
    expect(errorsOf(await act(id, coordinator, { intent: "decline", reason: "r".repeat(1_001) })).reason).toEqual([
      "requests:validation.reasonTooLong",
    ]);
    expect(location(await act(id, coordinator, { intent: "decline", reason: "No seats in that period." }))).toBe(
      `/inbox/${id}?done=decline`,
    );
    const snapshot = await row(id);
    expect(snapshot).toMatchObject({ status: "DECLINED", declineReason: "No seats in that period." });
    expect(status(await act(id, coordinator, { intent: "approve" }))).toBe(409);
    expect(status(await act(id, coordinator, { intent: "withdraw" }))).toBe(403);
    expect(status(await act(id, coordinator, { intent: "promote" }))).toBe(400);
    expect(status(await act(id, coordinator, {}))).toBe(400);
    expect(await row(id)).toEqual(snapshot);
    // Notes are still possible after a decision.
    expect(
      location(await act(id, coordinator, { intent: "note", body: "Suggested CNAO's clinical visit instead." })),
    ).toBe(`/inbox/${id}?done=note`);
  });

  it("concurrent approvals of the last seat through the route: exactly one wins, 20 times", async () => {
    const opportunity = await createOpportunity({ centreSlug: "cnao", seats: 1 });
    const a = await createCoordinator("cnao", "A");
    const b = await createCoordinator("cnao", "B");
    const applicant = await createApplicant();
    for (let round = 0; round < 20; round++) {
      const month = String((round % 12) + 1).padStart(2, "0");
      const year = 2031 + Math.floor(round / 12);
      const d = (day: number) => `${year}-${month}-${String(day).padStart(2, "0")}`;
      const r1 = await createRequest({
        applicantId: applicant.id,
        opportunityId: opportunity.id,
        start: d(1),
        end: d(10),
        status: "IN_REVIEW",
      });
      const r2 = await createRequest({
        applicantId: applicant.id,
        opportunityId: opportunity.id,
        start: d(10),
        end: d(20),
        status: "IN_REVIEW",
      });
      const results = await Promise.all([act(r1.id, a, { intent: "approve" }), act(r2.id, b, { intent: "approve" })]);
      expect(results.map(status).sort()).toEqual([302, 409]);
      const loser = results.find((x) => status(x) === 409);
      expect(errorsOf(loser)[""]).toEqual(["requests:refusal.seats-full"]);
      expect(body<{ conflicts: string[] }>(loser).conflicts).toEqual([d(10)]);
    }
    const approved = await prisma.request.findMany({ where: { opportunityId: opportunity.id, status: "APPROVED" } });
    expect(approved).toHaveLength(20);
    const stays = approved.map((r) => ({ start: isoFromDate(r.startDate), end: isoFromDate(r.endDate) }));
    for (const taken of occupancyByDay(stays, { start: "2031-01-01", end: "2032-08-31" }).values())
      expect(taken).toBeLessThanOrEqual(1);
  });
});

describe("tenant isolation", () => {
  it("another centre's coordinator and an applicant get 404 for the page, the CV, the files and every action; nothing changes", async () => {
    const { id, coordinator, outsider, applicant } = await setup("IN_REVIEW");
    expect(
      location(
        await act(
          id,
          coordinator,
          { intent: "note", body: "with file" },
          { attachment: { name: "n.pdf", bytes: PDF } },
        ),
      ),
    ).toBe(`/inbox/${id}?done=note`);
    const note = await prisma.message.findFirstOrThrow({ where: { requestId: id } });
    const snapshot = await row(id);
    const counts = async () => [
      await prisma.requestEvent.count(),
      await prisma.message.count(),
      await prisma.notification.count(),
      await prisma.storedFile.count(),
    ];
    const before = await counts();
    for (const who of [outsider, applicant]) {
      expect(status(await page(id, who))).toBe(404);
      expect(status(await get(cvLoader, `/inbox/${id}/cv`, { cookie: who.cookie, params: { id } }))).toBe(404);
      expect(
        status(
          await get(fileLoader, `/inbox/${id}/files/${note.attachmentId}`, {
            cookie: who.cookie,
            params: { id, fileId: note.attachmentId! },
          }),
        ),
      ).toBe(404);
      for (const intent of [
        "open",
        "assign",
        "request-info",
        "answer",
        "message",
        "note",
        "approve",
        "decline",
        "withdraw",
        "cancel",
        "bogus",
      ]) {
        const res = await act(
          id,
          who,
          { intent, body: "x", reason: "x", assigneeId: who.id },
          { attachment: { name: "a.pdf", bytes: PDF } },
        );
        expect(status(res)).toBe(404);
      }
    }
    expect(await row(id)).toEqual(snapshot);
    expect(await counts()).toEqual(before);
    expect(uploads.count()).toBe(1);
    // The centre's own coordinator does get the file.
    const res = (await get(fileLoader, `/inbox/${id}/files/${note.attachmentId}`, {
      cookie: coordinator.cookie,
      params: { id, fileId: note.attachmentId! },
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
  });
});
