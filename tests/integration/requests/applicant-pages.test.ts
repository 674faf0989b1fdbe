/**
 * The applicant's side: /requests, /requests/:id (timeline, expected decision date, the
 * centre's median response time, the thread without internal notes, answer / message /
 * withdraw through the action), the CV and attachment downloads, and the .ics of an
 * approved stay (parsed back). Someone else's request is a 404 everywhere and nothing changes.
 */
import { describe, expect, it } from "vitest";
import { loader as listLoader } from "~/routes/requests._index";
import { action as pageAction, loader as pageLoader } from "~/routes/requests.$id/route";
import { loader as cvLoader } from "~/routes/requests.$id_.cv";
import { loader as fileLoader } from "~/routes/requests.$id_.files.$fileId";
import { loader as icsLoader } from "~/routes/requests.$id_.stay[.ics]";
import { prisma } from "~/platform/db.server";
import { performMove } from "~/requests/workflow.server";
import { DAY_MS } from "~/requests/clock";
import { createRequest } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  cnaoRequest,
  createApplicant,
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
import { icsDay, onDay, onInstant, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

const uploads = withTempUploads();

type Page = {
  request: {
    status: string;
    dueAt: string;
    paused: boolean;
    events: { action: string; toStatus: string }[];
    messages: { kind: string; body: string; fromApplicant: boolean; attachment: { id: string } | null }[];
  };
  actions: string[];
  median: { days: number | null; decided: number };
};

async function setup(status: "SUBMITTED" | "IN_REVIEW" | "INFO_REQUESTED" | "APPROVED" = "IN_REVIEW") {
  const world = await cnaoRequest({ status: "IN_REVIEW" });
  const { id, coordinator } = world;
  if (status === "INFO_REQUESTED")
    await coordinatorMove(id, coordinator, "request-info", { body: "Please send your planning experience." });
  if (status === "APPROVED")
    await coordinatorMove(id, coordinator, "approve", {
      finalStay: { start: onDay("2027-02-01"), end: onDay("2027-02-12") },
    });
  if (status === "SUBMITTED") await prisma.request.update({ where: { id }, data: { status: "SUBMITTED" } });
  return world;
}

async function coordinatorMove(
  requestId: string,
  coordinator: SignedIn,
  action: string,
  data: Record<string, unknown>,
) {
  const current = await prisma.request.findUniqueOrThrow({ where: { id: requestId } });
  const result = await performMove({
    requestId,
    expectedStatus: current.status,
    action,
    actor: "COORDINATOR",
    actorId: coordinator.id,
    data,
  });
  expect(result.ok).toBe(true);
}

const page = (id: string, who: SignedIn) => get(pageLoader, `/requests/${id}`, { cookie: who.cookie, params: { id } });
const act = (id: string, who: SignedIn, fields: Record<string, string>, files = {}) =>
  post(pageAction, `/requests/${id}`, multipart(fields, files), { cookie: who.cookie, params: { id } });

describe("/requests", () => {
  it("lists the applicant's own requests only", async () => {
    const { applicant } = await setup();
    const other = await createApplicant({ name: "Other" });
    const mine = body<{ requests: { title: string; status: string }[] }>(
      await get(listLoader, "/requests", { cookie: applicant.cookie }),
    );
    expect(mine.requests).toMatchObject([{ title: "Carbon-ion radiotherapy observership", status: "IN_REVIEW" }]);
    expect(
      body<{ requests: unknown[] }>(await get(listLoader, "/requests", { cookie: other.cookie })).requests,
    ).toEqual([]);
  });
});

describe("/requests/:id", () => {
  it("shows the timeline, the expected decision date, the median response time and the thread without notes", async () => {
    const { id, applicant, coordinator, o } = await setup("INFO_REQUESTED");
    await coordinatorMove(id, coordinator, "note", { body: "Internal: strong profile." });
    // Two decided requests of the centre: 2 and 4 days → median 3.
    for (const days of [2, 4]) {
      const other = await createApplicant({ name: `Decided ${days}` });
      const t0 = onInstant("2026-10-01T09:00:00Z");
      await createRequest({
        applicantId: other.id,
        opportunityId: o.id,
        start: onDay("2027-03-01"),
        end: onDay("2027-03-12"),
        status: "DECLINED",
        submittedAt: t0,
        extra: { decidedAt: new Date(t0.getTime() + days * DAY_MS) },
      });
    }
    const data = body<Page>(await page(id, applicant));
    expect(data.request.status).toBe("INFO_REQUESTED");
    expect(data.request.paused).toBe(true);
    expect(data.request.events.map((e) => [e.action, e.toStatus])).toEqual([["request-info", "INFO_REQUESTED"]]);
    expect(data.request.messages.map((m) => [m.kind, m.body])).toEqual([
      ["INFO_REQUEST", "Please send your planning experience."],
    ]);
    expect(JSON.stringify(data)).not.toContain("Internal: strong profile.");
    expect(data.median).toEqual({ days: 3, decided: 2 });
    expect(data.actions.sort()).toEqual(["answer", "message", "withdraw"]);
  });

  it("answer: INFO_REQUESTED → IN_REVIEW, the clock resumes, the message and audit event are written", async () => {
    const { id, applicant } = await setup("INFO_REQUESTED");
    const before = await prisma.request.findUniqueOrThrow({ where: { id } });
    const res = await act(id, applicant, {
      intent: "answer",
      body: "I have used RayStation for 3 years. See https://example.org/cv",
    });
    expect(location(res)).toBe(`/requests/${id}?done=answer`);
    const after = await prisma.request.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", pausedAt: null });
    expect(after.dueAt.getTime()).toBeGreaterThanOrEqual(before.dueAt.getTime());
    const events = await prisma.requestEvent.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["request-info", "answer"]);
    expect(await prisma.message.count({ where: { requestId: id, kind: "ANSWER" } })).toBe(1);
    expect((await prisma.notification.findMany({ where: { kind: "request-answered" } })).length).toBe(1);
  });

  it("message with a PDF attachment; the attachment downloads as a PDF attachment; a non-PDF is a field error", async () => {
    const { id, applicant, coordinator } = await setup();
    const bad = await act(
      id,
      applicant,
      { intent: "message", body: "Here." },
      { attachment: { name: "x.pdf", bytes: new TextEncoder().encode("GIF89a") } },
    );
    expect(status(bad)).toBe(400);
    expect(errorsOf(bad).attachment).toEqual(["requests:validation.file-not-pdf"]);
    expect(uploads.count()).toBe(0);
    const ok = await act(
      id,
      applicant,
      { intent: "message", body: "Here is my letter." },
      { attachment: { name: "Lettera di presentazione – Okafor.pdf", bytes: PDF } },
    );
    expect(location(ok)).toBe(`/requests/${id}?done=message`);
    expect(uploads.count()).toBe(1);
    const message = await prisma.message.findFirstOrThrow({ where: { requestId: id, kind: "MESSAGE" } });
    const res = (await get(fileLoader, `/requests/${id}/files/${message.attachmentId}`, {
      cookie: applicant.cookie,
      params: { id, fileId: message.attachmentId! },
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Lettera di presentazione  Okafor.pdf"; filename*=UTF-8''Lettera%20di%20presentazione%20%E2%80%93%20Okafor.pdf`,
    );
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    // A note's attachment is never the applicant's to download.
    await performMove({
      requestId: id,
      expectedStatus: "IN_REVIEW",
      action: "note",
      actor: "COORDINATOR",
      actorId: coordinator.id,
      data: { body: "scan" },
      attachment: { filename: "internal.pdf", bytes: PDF, ownerId: coordinator.id },
    });
    const note = await prisma.message.findFirstOrThrow({ where: { requestId: id, kind: "NOTE" } });
    expect(
      status(
        await get(fileLoader, `/requests/${id}/files/${note.attachmentId}`, {
          cookie: applicant.cookie,
          params: { id, fileId: note.attachmentId! },
        }),
      ),
    ).toBe(404);
  });

  it("withdraw; then an illegal move is a 409 and a missing or unknown intent a 400, changing nothing", async () => {
    const { id, applicant } = await setup();
    // Withdrawing takes a second step (issue 17): the first post only asks.
    expect(body(await act(id, applicant, { intent: "withdraw" }))).toMatchObject({ confirm: {} });
    expect((await prisma.request.findUniqueOrThrow({ where: { id } })).status).not.toBe("WITHDRAWN");
    expect(location(await act(id, applicant, { intent: "withdraw", confirmed: "yes" }))).toBe(
      `/requests/${id}?done=withdraw`,
    );
    const snapshot = await prisma.request.findUniqueOrThrow({ where: { id } });
    expect(snapshot.status).toBe("WITHDRAWN");
    const answer = await act(id, applicant, { intent: "answer", body: "late" });
    expect(status(answer)).toBe(409);
    expect(errorsOf(answer)[""]).toEqual(["requests:refusal.wrong-state"]);
    // A refused move with an attachment leaves no bytes behind.
    const late = await act(
      id,
      applicant,
      { intent: "message", body: "late" },
      { attachment: { name: "late.pdf", bytes: PDF } },
    );
    expect(status(late)).toBe(409);
    expect(uploads.count()).toBe(0);
    expect(status(await act(id, applicant, { intent: "approve" }))).toBe(403);
    expect(status(await act(id, applicant, { intent: "delete" }))).toBe(400);
    expect(status(await act(id, applicant, { body: "no intent" }))).toBe(400);
    expect(await prisma.request.findUniqueOrThrow({ where: { id } })).toEqual(snapshot);
    expect(await prisma.requestEvent.count({ where: { requestId: id } })).toBe(1);
  });

  it("a stale page is refused: the status the applicant saw is checked (409)", async () => {
    const { id, applicant } = await setup();
    const res = await act(id, applicant, { intent: "message", body: "Hello", expectedStatus: "SUBMITTED" });
    expect(status(res)).toBe(409);
    expect(errorsOf(res)[""]).toEqual(["requests:refusal.stale"]);
    expect(await prisma.message.count()).toBe(0);
  });

  it("an over-long or empty message is a field error", async () => {
    const { id, applicant } = await setup();
    expect(errorsOf(await act(id, applicant, { intent: "message", body: "m".repeat(4_001) })).body).toEqual([
      "requests:validation.bodyTooLong",
    ]);
    expect(errorsOf(await act(id, applicant, { intent: "message", body: "  " })).body).toEqual([
      "requests:validation.bodyRequired",
    ]);
    expect(await prisma.message.count()).toBe(0);
  });
});

describe("someone else's request", () => {
  it("is a 404 for another applicant and for a coordinator on the page, CV, files, calendar and every action; nothing changes", async () => {
    const { id, coordinator } = await setup("APPROVED");
    const stranger = await createApplicant({ name: "Stranger" });
    const snapshot = await prisma.request.findUniqueOrThrow({ where: { id } });
    const cv = snapshot.cvFileId ?? "cv";
    for (const who of [stranger, coordinator]) {
      expect(status(await page(id, who))).toBe(404);
      expect(status(await get(cvLoader, `/requests/${id}/cv`, { cookie: who.cookie, params: { id } }))).toBe(404);
      expect(
        status(
          await get(fileLoader, `/requests/${id}/files/${cv}`, { cookie: who.cookie, params: { id, fileId: cv } }),
        ),
      ).toBe(404);
      expect(status(await get(icsLoader, `/requests/${id}/stay.ics`, { cookie: who.cookie, params: { id } }))).toBe(
        404,
      );
      for (const intent of ["answer", "message", "withdraw", "approve", "bogus"]) {
        expect(status(await act(id, who, { intent, body: "x" }))).toBe(404);
      }
    }
    expect(await prisma.request.findUniqueOrThrow({ where: { id } })).toEqual(snapshot);
    expect(await prisma.message.count()).toBe(0);
  });
});

describe("the stay as iCalendar", () => {
  it("is an all-day event: DTSTART the first day, DTEND the day after the last, stable UID, SEQUENCE = version", async () => {
    const { id, applicant } = await setup("APPROVED");
    const res = (await get(icsLoader, `/requests/${id}/stay.ics`, {
      cookie: applicant.cookie,
      params: { id },
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(
      new RegExp(`^attachment; filename="ponte-stay-${onDay("2027-02-01")}\\.ics"`),
    );
    const text = await res.text();
    const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
    const version = (await prisma.request.findUniqueOrThrow({ where: { id } })).version;
    expect(lines).toContain("BEGIN:VCALENDAR");
    expect(lines).toContain("METHOD:PUBLISH");
    expect(lines).toContain(`DTSTART;VALUE=DATE:${icsDay("2027-02-01")}`);
    expect(lines).toContain(`DTEND;VALUE=DATE:${icsDay("2027-02-13")}`);
    expect(lines).toContain(`UID:request-${id}@localhost`);
    expect(lines).toContain(`SEQUENCE:${version}`);
    expect(lines.find((l) => l.startsWith("SUMMARY:"))).toContain("Carbon-ion radiotherapy observership");
  });

  it("is not there before approval", async () => {
    const { id, applicant } = await setup();
    expect(status(await get(icsLoader, `/requests/${id}/stay.ics`, { cookie: applicant.cookie, params: { id } }))).toBe(
      404,
    );
  });

  it("the CV downloads for its applicant with the download headers", async () => {
    const o = await cnaoObservership();
    const applicant = await createApplicant();
    const file = await prisma.storedFile.create({
      data: {
        ownerId: applicant.id,
        storageKey: "ab/" + "c".repeat(62),
        filename: "cv.pdf",
        contentType: "application/pdf",
        size: PDF.byteLength,
        sha256: "x",
      },
    });
    const fs = await import("node:fs");
    const path = await import("node:path");
    fs.mkdirSync(path.join(uploads.dir(), "ab"), { recursive: true });
    fs.writeFileSync(path.join(uploads.dir(), "ab", "c".repeat(62)), PDF);
    const r = await createRequest({
      applicantId: applicant.id,
      opportunityId: o.id,
      start: onDay("2027-02-01"),
      end: onDay("2027-02-12"),
      extra: { cvFileId: file.id },
    });
    const res = (await get(cvLoader, `/requests/${r.id}/cv`, {
      cookie: applicant.cookie,
      params: { id: r.id },
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});
