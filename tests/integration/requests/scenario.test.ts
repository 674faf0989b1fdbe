/**
 * The journey of issue 5, through the routes on the seeded catalogue: an applicant requests
 * the CNAO carbon-ion observership, the CNAO coordinator finds it in the inbox and asks for
 * information, the applicant answers, the coordinator approves, the applicant downloads the
 * stay as .ics. Each step's e-mail is in the outbox.
 */
import { describe, expect, it } from "vitest";
import { action as inboxRequestAction, loader as inboxRequestLoader } from "~/routes/inbox.$id/route";
import { loader as inboxLoader } from "~/routes/inbox._index/route";
import { action as requestAction, loader as requestLoader } from "~/routes/requests.$id/route";
import { loader as icsLoader } from "~/routes/requests.$id_.stay[.ics]";
import { action as newAction, loader as newLoader } from "~/routes/requests.new/route";
import { prisma } from "~/platform/db.server";
import {
  body,
  cnaoObservership,
  createApplicant,
  createCoordinator,
  get,
  location,
  multipart,
  PDF,
  post,
  walletFor,
  withTempUploads,
} from "../../factories/request-flow";
import { icsDay, onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

withTempUploads();

describe("an observership at CNAO, end to end", () => {
  it("request → information requested → answered → approved → .ics", async () => {
    const o = await cnaoObservership();
    const applicant = await createApplicant({ name: "Amina Okafor" });
    const coordinator = await createCoordinator("cnao", "Demo coordinator · CNAO");

    // The applicant opens the form and sends it.
    const form = body<{ submitKey: string; opportunity: { questions: { id: string }[] } }>(
      await get(newLoader, `/requests/new?opportunity=${o.id}`, { cookie: applicant.cookie }),
    );
    const sent = await post(
      newAction,
      `/requests/new?opportunity=${o.id}`,
      multipart({
        submitKey: form.submitKey,
        startDate: onDay("2027-03-01"),
        endDate: onDay("2027-03-12"),
        motivation: "I lead a head-and-neck radiotherapy service and want to learn carbon-ion planning.",
        "answers[0]": "Head and neck; skull base.",
        "answers[1]": "Photon planning only, 6 years.",
        // The CV and the health insurance CNAO asks for, kept in the wallet (issue 16).
        documents: await walletFor(applicant, o.id, "Okafor CV.pdf"),
      }),
      { cookie: applicant.cookie },
    );
    const id = location(sent)!.match(/^\/requests\/([^?]+)/)![1];

    // The coordinator sees it in the inbox, waiting on them.
    const inbox = body<{ rows: { id: string; status: string }[] }>(
      await get(inboxLoader, "/inbox?waiting=me", { cookie: coordinator.cookie }),
    );
    expect(inbox.rows).toMatchObject([{ id, status: "SUBMITTED" }]);
    const seen = body<{
      request: { answers: { body: string }[]; documents: { type: string; file: { filename: string } }[] };
    }>(await get(inboxRequestLoader, `/inbox/${id}`, { cookie: coordinator.cookie, params: { id } }));
    expect(seen.request.documents.map((d) => [d.type, d.file.filename])).toEqual([
      ["CV", "Okafor CV.pdf"],
      ["HEALTH_INSURANCE", "Okafor CV.pdf"],
    ]);
    expect(seen.request.answers.map((a) => a.body)).toEqual([
      "Head and neck; skull base.",
      "Photon planning only, 6 years.",
    ]);

    const coordinatorDoes = (fields: Record<string, string>) =>
      post(inboxRequestAction, `/inbox/${id}`, multipart(fields), { cookie: coordinator.cookie, params: { id } });
    expect(location(await coordinatorDoes({ intent: "open", expectedStatus: "SUBMITTED" }))).toBe(
      `/inbox/${id}?done=open`,
    );
    expect(
      location(
        await coordinatorDoes({
          intent: "request-info",
          expectedStatus: "IN_REVIEW",
          body: "Could you send a letter from your head of department?",
        }),
      ),
    ).toBe(`/inbox/${id}?done=request-info`);

    // The applicant sees the question and answers with a PDF.
    const waiting = body<{ request: { status: string; paused: boolean }; actions: string[] }>(
      await get(requestLoader, `/requests/${id}`, { cookie: applicant.cookie, params: { id } }),
    );
    expect(waiting.request).toMatchObject({ status: "INFO_REQUESTED", paused: true });
    expect(waiting.actions).toContain("answer");
    const answered = await post(
      requestAction,
      `/requests/${id}`,
      multipart(
        { intent: "answer", expectedStatus: "INFO_REQUESTED", body: "Attached, signed by Prof. Eze." },
        { attachment: { name: "letter.pdf", bytes: PDF } },
      ),
      { cookie: applicant.cookie, params: { id } },
    );
    expect(location(answered)).toBe(`/requests/${id}?done=answer`);

    // The coordinator approves with the requested dates.
    expect(location(await coordinatorDoes({ intent: "approve", expectedStatus: "IN_REVIEW" }))).toBe(
      `/inbox/${id}?done=approve`,
    );

    // The applicant downloads the stay.
    const page = body<{ request: { status: string; events: { action: string }[] } }>(
      await get(requestLoader, `/requests/${id}`, { cookie: applicant.cookie, params: { id } }),
    );
    expect(page.request.status).toBe("APPROVED");
    expect(page.request.events.map((e) => e.action)).toEqual(["submit", "open", "request-info", "answer", "approve"]);
    const ics = (await get(icsLoader, `/requests/${id}/stay.ics`, {
      cookie: applicant.cookie,
      params: { id },
    })) as Response;
    const lines = (await ics.text()).replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        `DTSTART;VALUE=DATE:${icsDay("2027-03-01")}`,
        `DTEND;VALUE=DATE:${icsDay("2027-03-13")}`,
        `UID:request-${id}@localhost`,
        "SEQUENCE:4",
      ]),
    );

    const mails = await prisma.notification.findMany({
      orderBy: { kind: "asc" },
      select: { kind: true, userId: true },
    });
    expect(mails).toEqual([
      { kind: "request-answered", userId: coordinator.id },
      { kind: "request-approved", userId: applicant.id },
      { kind: "request-info-requested", userId: applicant.id },
      { kind: "request-new", userId: coordinator.id },
      { kind: "request-received", userId: applicant.id },
    ]);
  });
});
