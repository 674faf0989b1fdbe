/**
 * /requests/new through its loader and action: who may request, the form contract
 * (startDate/endDate or cohortId, motivation, documents from the wallet or a new `upload`), field errors for bad dates, texts and
 * files (nothing left on disk), double submits, and what a request starts (audit event,
 * e-mails, jobs, the response clock).
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/requests.new/route";
import { prisma } from "~/platform/db.server";
import { MAX_PDF_BYTES } from "~/platform/uploads.server";
import { DAY_MS } from "~/requests/clock";
import { createOpportunity } from "../../factories/requests";
import {
  body,
  cnaoObservership,
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
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

const uploads = withTempUploads();

function form(
  fields: Record<string, string>,
  cv: { name: string; bytes: Uint8Array; type?: string } | null = { name: "My CV.pdf", bytes: PDF },
) {
  // The CV goes into the wallet from the form (issue 16), and a copy with the request.
  return multipart(
    { motivation: "I treat head-and-neck tumours and want to learn carbon-ion planning.", uploadType: "CV", ...fields },
    cv ? { upload: cv } : {},
  );
}

/** The CNAO observership asking for a CV only, which these tests upload with the form. */
async function observership() {
  const o = await cnaoObservership();
  await prisma.opportunity.update({ where: { id: o.id }, data: { requiredDocuments: ["CV"] }, select: { id: true } });
  return o;
}

const DATES = { startDate: onDay("2027-02-01"), endDate: onDay("2027-02-12") };

describe("the request form page", () => {
  it("needs a signed-in applicant and a published opportunity", async () => {
    const o = await observership();
    expect(status(await get(loader, `/requests/new?opportunity=${o.id}`))).toBe(302);
    const applicant = await createApplicant();
    expect(status(await get(loader, "/requests/new?opportunity=nope", { cookie: applicant.cookie }))).toBe(404);
    expect(status(await get(loader, "/requests/new", { cookie: applicant.cookie }))).toBe(404);
    const page = body<{
      blocked: string | null;
      submitKey: string;
      opportunity: { questions: unknown[]; windows: unknown[] };
    }>(await get(loader, `/requests/new?opportunity=${o.id}`, { cookie: applicant.cookie }));
    expect(page.blocked).toBeNull();
    expect(page.submitKey).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(page.opportunity.questions).toHaveLength(2);
    expect(page.opportunity.windows).toHaveLength(2);
  });

  it("refuses applicants without a verified address or a complete profile (403, nothing created)", async () => {
    const o = await observership();
    const unverified = await createApplicant({ verified: false });
    const noProfile = await createApplicant({ profile: false });
    expect(
      body<{ blocked: string }>(await get(loader, `/requests/new?opportunity=${o.id}`, { cookie: unverified.cookie }))
        .blocked,
    ).toBe("unverified");
    expect(
      body<{ blocked: string }>(await get(loader, `/requests/new?opportunity=${o.id}`, { cookie: noProfile.cookie }))
        .blocked,
    ).toBe("profile");
    for (const who of [unverified, noProfile]) {
      const res = await post(action, `/requests/new?opportunity=${o.id}`, form(DATES), { cookie: who.cookie });
      expect(status(res)).toBe(403);
    }
    expect(await prisma.request.count()).toBe(0);
    expect(uploads.count()).toBe(0);
  });
});

describe("sending a request", () => {
  it("creates the request with its answers and CV, starts the clock, writes the audit event, e-mails and jobs", async () => {
    const o = await observership();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const before = Date.now();
    const res = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form({ ...DATES, "answers[0]": "Head and neck.", "answers[1]": "" }),
      { cookie: applicant.cookie },
    );
    expect(status(res)).toBe(302);
    const id = location(res)!.match(/^\/requests\/([^?]+)\?done=submitted$/)![1];
    const r = await prisma.request.findUniqueOrThrow({
      where: { id },
      include: { answers: true, cvFile: true, events: true, documents: { include: { file: true } } },
    });
    expect(r).toMatchObject({
      status: "SUBMITTED",
      applicantId: applicant.id,
      opportunityId: o.id,
      cohortId: null,
      version: 0,
    });
    expect(r.startDate.toISOString().slice(0, 10)).toBe(onDay("2027-02-01"));
    expect(r.endDate.toISOString().slice(0, 10)).toBe(onDay("2027-02-12"));
    expect(r.dueAt.getTime() - r.submittedAt.getTime()).toBe(21 * DAY_MS);
    expect(r.submittedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(r.answers).toEqual([{ requestId: id, questionId: o.questions[0].id, body: "Head and neck." }]);
    // The CV went into the wallet, and the request keeps its own copy.
    expect(r.cvFile).toBeNull();
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]).toMatchObject({ type: "CV", position: 0 });
    expect(r.documents[0].file).toMatchObject({
      filename: "My CV.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      ownerId: applicant.id,
    });
    expect(r.documents[0].file.storageKey).toMatch(/^[a-f0-9]{2}\/[a-f0-9]{62}$/);
    const wallet = await prisma.walletDocument.findMany({ where: { ownerId: applicant.id }, include: { file: true } });
    expect(wallet.map((w) => [w.type, w.file.filename])).toEqual([["CV", "My CV.pdf"]]);
    expect(wallet[0].fileId).not.toBe(r.documents[0].fileId);
    expect(uploads.count()).toBe(2);
    expect(r.events.map((e) => [e.action, e.actorKind, e.toStatus])).toEqual([["submit", "APPLICANT", "SUBMITTED"]]);

    const mails = await prisma.notification.findMany({ orderBy: { kind: "asc" } });
    expect(mails.map((m) => [m.kind, m.userId])).toEqual([
      ["request-new", coordinator.id],
      ["request-received", applicant.id],
    ]);
    expect(mails[1].payload).toMatchObject({
      requestId: id,
      opportunityTitle: "Carbon-ion radiotherapy observership",
      startDate: onDay("2027-02-01"),
      endDate: onDay("2027-02-12"),
      url: `http://localhost:3000/requests/${id}`,
    });
    expect(mails[0].payload).toMatchObject({ url: `http://localhost:3000/inbox/${id}`, applicantName: "Amina Okafor" });
    const jobs = await prisma.job.findMany({ orderBy: { name: "asc" } });
    expect(jobs.map((j) => [j.name, j.uniqueKey, j.runAt.getTime()])).toEqual([
      ["request-expire", `expire:${id}`, r.dueAt.getTime()],
      ["request-remind", `remind:${id}`, r.submittedAt.getTime() + 10.5 * DAY_MS],
    ]);
  });

  it("a double submit (same form key, one after the other or at once) creates one request", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const key = "k".repeat(24);
    const first = await post(action, `/requests/new?opportunity=${o.id}`, form({ ...DATES, submitKey: key }), {
      cookie: applicant.cookie,
    });
    const second = await post(action, `/requests/new?opportunity=${o.id}`, form({ ...DATES, submitKey: key }), {
      cookie: applicant.cookie,
    });
    // The second lands on the first, with the same "sent" message.
    expect(location(second)).toBe(location(first));
    const racing = await Promise.all([
      post(
        action,
        `/requests/new?opportunity=${o.id}`,
        form({ startDate: onDay("2027-03-01"), endDate: onDay("2027-03-12"), submitKey: "r".repeat(24) }),
        { cookie: applicant.cookie },
      ),
      post(
        action,
        `/requests/new?opportunity=${o.id}`,
        form({ startDate: onDay("2027-03-01"), endDate: onDay("2027-03-12"), submitKey: "r".repeat(24) }),
        { cookie: applicant.cookie },
      ),
    ]);
    expect(racing.map(status)).toEqual([302, 302]);
    expect(location(racing[0])!.split("?")[0]).toBe(location(racing[1])!.split("?")[0]);
    expect(await prisma.request.count()).toBe(2);
    expect(await prisma.requestEvent.count()).toBe(2);
    // Each request: the CV into the wallet and the request's copy.
    expect(await prisma.storedFile.count()).toBe(4);
    expect(uploads.count()).toBe(4);
  });

  it("without a form key, an identical resubmission shows the first request; overlapping dates are refused with a link", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const first = await post(action, `/requests/new?opportunity=${o.id}`, form(DATES), { cookie: applicant.cookie });
    const again = await post(action, `/requests/new?opportunity=${o.id}`, form(DATES), { cookie: applicant.cookie });
    const id = location(first)!.split("?")[0].split("/").pop();
    expect(location(again)).toBe(`/requests/${id}?done=submitted`);
    const overlapping = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form({ startDate: onDay("2027-02-10"), endDate: onDay("2027-02-20"), submitKey: "o".repeat(24) }),
      {
        cookie: applicant.cookie,
      },
    );
    expect(status(overlapping)).toBe(400);
    expect(errorsOf(overlapping)[""]).toEqual(["requests:validation.overlap"]);
    expect(body<{ existingId: string }>(overlapping).existingId).toBe(id);
    // Adjacent dates are not an overlap.
    const adjacent = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form({ startDate: onDay("2027-02-13"), endDate: onDay("2027-02-24") }),
      { cookie: applicant.cookie },
    );
    expect(status(adjacent)).toBe(302);
    expect(await prisma.request.count()).toBe(2);
    // Two requests, each with its CV in the wallet and its own copy: the refused ones left nothing.
    expect(uploads.count()).toBe(4);
  });
});

describe("bad input is a field error and changes nothing", () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ["reversed dates", { startDate: onDay("2027-02-12"), endDate: onDay("2027-02-01") }, "endDate", "datesReversed"],
    ["a start in the past", { startDate: onDay("2026-01-05"), endDate: onDay("2026-01-20") }, "startDate", "datePast"],
    [
      "dates outside every window",
      { startDate: onDay("2027-06-01"), endDate: onDay("2027-06-12") },
      "startDate",
      "outsideWindows",
    ],
    [
      "a stay across two windows",
      { startDate: onDay("2027-05-20"), endDate: onDay("2027-09-10") },
      "startDate",
      "outsideWindows",
    ],
    [
      "a stay shorter than the minimum",
      { startDate: onDay("2027-02-01"), endDate: onDay("2027-02-09") },
      "endDate",
      "stayTooShort",
    ],
    [
      "a stay longer than the maximum",
      { startDate: onDay("2027-02-01"), endDate: onDay("2027-03-03") },
      "endDate",
      "stayTooLong",
    ],
    ["a malformed date", { startDate: "2027-02-30", endDate: onDay("2027-03-05") }, "startDate", "dateInvalid"],
    ["a missing date", { startDate: onDay("2027-02-01") }, "endDate", "dateRequired"],
    ["an over-long motivation", { ...DATES, motivation: "x".repeat(4_001) }, "motivation", "motivationTooLong"],
    ["a blank motivation", { ...DATES, motivation: "   " }, "motivation", "motivationRequired"],
    ["an over-long answer", { ...DATES, "answers[1]": "y".repeat(2_001) }, "answers[1]", "answerTooLong"],
  ];
  it.each(cases)("%s", async (_name, fields, field, key) => {
    const o = await observership();
    const applicant = await createApplicant();
    const res = await post(action, `/requests/new?opportunity=${o.id}`, form(fields), { cookie: applicant.cookie });
    expect(status(res)).toBe(400);
    expect(errorsOf(res)[field]).toEqual([`requests:validation.${key}`]);
    expect(await prisma.request.count()).toBe(0);
    expect(uploads.count()).toBe(0);
  });

  it("the boundaries are inclusive: exactly the minimum, exactly the maximum, a window's first and last day", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const ok = async (startDate: string, endDate: string) =>
      status(
        await post(action, `/requests/new?opportunity=${o.id}`, form({ startDate, endDate }), {
          cookie: applicant.cookie,
        }),
      );
    expect(await ok(onDay("2027-01-11"), onDay("2027-01-20"))).toBe(302); // 10 days from the window's first day
    expect(await ok(onDay("2027-04-29"), onDay("2027-05-28"))).toBe(302); // 30 days to the window's last day
  });
});

describe("a new document through the form", () => {
  it("at least one document is required", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const res = await post(action, `/requests/new?opportunity=${o.id}`, form(DATES, null), {
      cookie: applicant.cookie,
    });
    expect(status(res)).toBe(400);
    expect(errorsOf(res).documents).toEqual(["requests:wallet.validation.noneChosen"]);
  });

  it("is judged by its bytes: a renamed HTML file is refused, a PDF without the extension accepted", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const fake = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const res = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form(DATES, { name: "cv.pdf", bytes: fake, type: "application/pdf" }),
      { cookie: applicant.cookie },
    );
    expect(status(res)).toBe(400);
    expect(errorsOf(res).upload).toEqual(["requests:validation.file-not-document"]);
    expect(uploads.count()).toBe(0);
    const renamed = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form(DATES, { name: "curriculum", bytes: PDF, type: "application/octet-stream" }),
      {
        cookie: applicant.cookie,
      },
    );
    expect(status(renamed)).toBe(302);
    expect((await prisma.storedFile.findFirstOrThrow()).filename).toBe("curriculum.pdf");
    expect(await prisma.storedFile.count()).toBe(2);
  });

  it("over 5 MB is a field error, nothing reaches the disk, and the next request is served", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(PDF);
    const res = await post(action, `/requests/new?opportunity=${o.id}`, form(DATES, { name: "cv.pdf", bytes: big }), {
      cookie: applicant.cookie,
    });
    expect(status(res)).toBe(400);
    expect(errorsOf(res).upload).toEqual(["requests:validation.file-too-large"]);
    expect(uploads.count()).toBe(0);
    const exact = new Uint8Array(MAX_PDF_BYTES);
    exact.set(PDF);
    const ok = await post(action, `/requests/new?opportunity=${o.id}`, form(DATES, { name: "cv.pdf", bytes: exact }), {
      cookie: applicant.cookie,
    });
    expect(status(ok)).toBe(302);
    expect(uploads.count()).toBe(2);
  });

  it("a valid CV with an invalid form is not stored; an empty file is an error", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const res = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form({ startDate: onDay("2027-02-12"), endDate: onDay("2027-02-01") }),
      { cookie: applicant.cookie },
    );
    expect(status(res)).toBe(400);
    expect(uploads.count()).toBe(0);
    const empty = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form(DATES, { name: "cv.pdf", bytes: new Uint8Array(0) }),
      { cookie: applicant.cookie },
    );
    expect(errorsOf(empty).upload).toEqual(["requests:validation.file-empty"]);
    expect(await prisma.walletDocument.count()).toBe(0);
  });

  it("an oversized text field is a 413, not a crash", async () => {
    const o = await observership();
    const applicant = await createApplicant();
    const res = await post(
      action,
      `/requests/new?opportunity=${o.id}`,
      form({ ...DATES, motivation: "z".repeat(300_000) }),
      { cookie: applicant.cookie },
    );
    expect(status(res)).toBe(413);
    expect(await prisma.request.count()).toBe(0);
  });
});

describe("cohorts", () => {
  it("a cohort request takes the cohort's dates; an unknown cohort is a field error", async () => {
    const opportunity = await createOpportunity({
      centreSlug: "cnao",
      cohorts: [{ key: "spring", start: onDay("2027-03-01"), end: onDay("2027-06-25"), seats: 2 }],
    });
    await prisma.opportunity.update({ where: { id: opportunity.id }, data: { requiredDocuments: ["CV"] } });
    const applicant = await createApplicant();
    const bad = await post(action, `/requests/new?opportunity=${opportunity.id}`, form({ cohortId: "nope" }), {
      cookie: applicant.cookie,
    });
    expect(errorsOf(bad).cohortId).toEqual(["requests:validation.cohortUnknown"]);
    const missing = await post(action, `/requests/new?opportunity=${opportunity.id}`, form({}), {
      cookie: applicant.cookie,
    });
    expect(errorsOf(missing).cohortId).toEqual(["requests:validation.cohortRequired"]);
    const ok = await post(
      action,
      `/requests/new?opportunity=${opportunity.id}`,
      form({ cohortId: opportunity.cohortIds.spring }),
      { cookie: applicant.cookie },
    );
    expect(status(ok)).toBe(302);
    const r = await prisma.request.findFirstOrThrow();
    expect([r.cohortId, r.startDate.toISOString().slice(0, 10), r.endDate.toISOString().slice(0, 10)]).toEqual([
      opportunity.cohortIds.spring,
      onDay("2027-03-01"),
      onDay("2027-06-25"),
    ]);
  });
});
