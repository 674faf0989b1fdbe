/**
 * Coordinators' opportunity tools through their routes (real Request objects, real
 * database): create as draft, edit, publish, close, back to draft; validation errors change
 * nothing; seat safety against approved requests (daily seats, cohort seats, windows,
 * cohorts and questions that cannot go); the seat calendar's numbers on edge dates.
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as newAction, loader as newLoader } from "~/routes/coordinator_.centres.$slug.opportunities.new";
import { action as editAction, loader as editLoader } from "~/routes/coordinator_.opportunities.$id._index";
import { loader as calendarLoader } from "~/routes/coordinator_.opportunities.$id.calendar";
import { loader as publicLoader } from "~/routes/opportunities.$id";
import { prisma } from "~/platform/db.server";
import { formatDates, formatRange } from "~/platform/date-format";
import { createUser } from "../../factories/accounts";
import { createRequest } from "../../factories/requests";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { asCoordinator, bodyOf, day, errorsOf, opportunityForm, removeTestCentres, snapshot, toForm } from "./helpers";

afterEach(removeTestCentres);

async function create(cookie: string, form = opportunityForm(), slug = "cnao") {
  const res = await callAction(newAction, `/coordinator/centres/${slug}/opportunities/new`, toForm(form), {
    params: { slug },
    headers: { Cookie: cookie },
  });
  return res;
}

async function createdId(cookie: string, form = opportunityForm(), slug = "cnao"): Promise<string> {
  const res = (await create(cookie, form, slug)) as Response;
  expect(res.status, JSON.stringify(bodyOf(res))).toBe(302);
  const m = /^\/coordinator\/opportunities\/([a-z0-9]+)\?notice=created$/.exec(res.headers.get("Location") ?? "");
  expect(m).not.toBeNull();
  return m![1];
}

function edit(cookie: string, id: string, form: Record<string, unknown> | Record<string, string>) {
  return callAction(editAction, `/coordinator/opportunities/${id}`, toForm(form), {
    params: { id },
    headers: { Cookie: cookie },
  });
}

function intent(cookie: string, id: string, name: "publish" | "close" | "draft") {
  return callAction(
    editAction,
    `/coordinator/opportunities/${id}`,
    { intent: name },
    { params: { id }, headers: { Cookie: cookie } },
  );
}

/** The edit page's current form value (with its version), as a browser would post it back. */
async function currentForm(cookie: string, id: string) {
  const page = await callLoader(editLoader, `/coordinator/opportunities/${id}`, {
    params: { id },
    headers: { Cookie: cookie },
  });
  return page.data.defaultValue as Record<string, unknown>;
}

async function approved(opportunityId: string, start: string, end: string, cohortId: string | null = null) {
  const applicant = await createUser();
  return createRequest({ applicantId: applicant.id, opportunityId, start, end, status: "APPROVED", cohortId });
}

describe("creating and publishing", () => {
  it("creates a draft with everything the form holds, then publishes, closes and returns it to draft", async () => {
    const { cookie, user } = await asCoordinator("cnao");
    const page = await callLoader(newLoader, "/coordinator/centres/cnao/opportunities/new", {
      params: { slug: "cnao" },
      headers: { Cookie: cookie },
    });
    expect(page.data.centre.slug).toBe("cnao");

    const id = await createdId(
      cookie,
      opportunityForm({
        languages: [
          { code: "en", level: "B2" },
          { code: "it", level: "A2" },
        ],
        cohorts: [{ name: "Spring group", start: day(50), end: day(59), seats: 3 }],
        questions: [
          { textEn: "Why this centre?", textIt: "Perché questo centro?" },
          { textEn: "Your experience?", textIt: "La sua esperienza?" },
        ],
      }),
    );
    const o = await snapshot(id);
    expect(o).toMatchObject({
      status: "DRAFT",
      type: "OBSERVERSHIP",
      seats: 2,
      minDays: 1,
      maxDays: 30,
      isExample: false,
      seedKey: null,
    });
    expect(o.titleIt).toBe("Osservazione della pianificazione in protonterapia");
    expect(o.professions).toEqual(["PHYSICIAN", "RESEARCHER"]);
    expect(o.topics.map((t) => t.topicId)).toEqual(["proton-therapy"]);
    expect(o.languages.map((l) => [l.code, l.minLevel])).toEqual([
      ["en", "B2"],
      ["it", "A2"],
    ]);
    expect(
      o.windows.map((w) => [w.startDate.toISOString().slice(0, 10), w.endDate.toISOString().slice(0, 10)]),
    ).toEqual([[day(10), day(39)]]);
    expect(o.cohorts).toHaveLength(1);
    expect(o.cohorts[0]).toMatchObject({ name: "Spring group", seats: 3 });
    expect(o.cohorts[0].key).toMatch(/^spring-group-[0-9a-f]{6}$/);
    expect(o.questions.map((q) => [q.position, q.textEn])).toEqual([
      [1, "Why this centre?"],
      [2, "Your experience?"],
    ]);
    expect(await prisma.auditEvent.findFirst({ where: { action: "opportunity.create", subject: id } })).toMatchObject({
      actorId: user.id,
    });

    // A draft is not public.
    expect(
      (await thrownResponse(() => callLoader(publicLoader, `/opportunities/${id}`, { params: { id } }))).status,
    ).toBe(404);

    const published = (await intent(cookie, id, "publish")) as Response;
    expect(published.status).toBe(302);
    expect(published.headers.get("Location")).toBe(`/coordinator/opportunities/${id}?notice=published`);
    expect((await snapshot(id)).status).toBe("PUBLISHED");
    expect((await callLoader(publicLoader, `/opportunities/${id}`, { params: { id } })).opportunity).toBeTruthy();

    // Publishing twice is a conflict, not a second change.
    expect(statusOf(await intent(cookie, id, "publish"))).toBe(409);

    expect(((await intent(cookie, id, "close")) as Response).status).toBe(302);
    expect((await snapshot(id)).status).toBe("CLOSED");
    expect(((await intent(cookie, id, "draft")) as Response).status).toBe(302);
    expect((await snapshot(id)).status).toBe("DRAFT");
    expect(
      await prisma.auditEvent.findMany({
        where: { subject: id },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      }),
    ).toEqual([
      { action: "opportunity.create" },
      { action: "opportunity.publish" },
      { action: "opportunity.close" },
      { action: "opportunity.draft" },
    ]);
  });

  it("refuses to publish without dates, and to go back to draft with live requests", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie, opportunityForm({ windows: [], deadline: undefined }));
    const refused = await intent(cookie, id, "publish");
    expect(statusOf(refused)).toBe(400);
    expect(bodyOf<{ statusErrors: string[] }>(refused).statusErrors).toEqual(["coordinator:validation.datesRequired"]);
    expect((await snapshot(id)).status).toBe("DRAFT");

    const id2 = await createdId(cookie);
    await intent(cookie, id2, "publish");
    await approved(id2, day(12), day(14));
    const back = await intent(cookie, id2, "draft");
    expect(statusOf(back)).toBe(400);
    expect(bodyOf<{ statusErrors: string[] }>(back).statusErrors).toEqual(["coordinator:validation.draftWithRequests"]);
    expect((await snapshot(id2)).status).toBe("PUBLISHED");
  });

  it("edits every part of an opportunity and records what changed", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie);
    const form = await currentForm(cookie, id);
    const questions = form.questions as { id: string; textEn: string; textIt: string }[];
    const res = (await edit(cookie, id, {
      ...form,
      titleEn: "Proton therapy planning (revised)",
      topics: ["proton-therapy", "radiotherapy"],
      seats: 4,
      windows: [
        { start: day(10), end: day(39) },
        { start: day(60), end: day(89) },
      ],
      questions: [
        { ...questions[0], textEn: "Why CNAO?" },
        { textEn: "Which techniques?", textIt: "Quali tecniche?" },
      ],
    })) as Response;
    expect(res.status, JSON.stringify(bodyOf(res))).toBe(302);
    expect(res.headers.get("Location")).toBe(`/coordinator/opportunities/${id}?notice=saved`);
    const o = await snapshot(id);
    expect(o.titleEn).toBe("Proton therapy planning (revised)");
    expect(o.seats).toBe(4);
    expect(o.topics.map((t) => t.topicId)).toEqual(["proton-therapy", "radiotherapy"]);
    expect(o.windows).toHaveLength(2);
    expect(o.questions.map((q) => [q.id === questions[0].id, q.position, q.textEn])).toEqual([
      [true, 1, "Why CNAO?"],
      [false, 2, "Which techniques?"],
    ]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "opportunity.update", subject: id } });
    expect((event.data as { changed: string[] }).changed.sort()).toEqual([
      "questions",
      "seats",
      "titleEn",
      "topics",
      "windows",
    ]);
  });

  it("a second save with the old version is refused as stale", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie);
    const form = await currentForm(cookie, id);
    expect(((await edit(cookie, id, { ...form, seats: 3 })) as Response).status).toBe(302);
    const stale = await edit(cookie, id, { ...form, seats: 5 });
    expect(statusOf(stale)).toBe(409);
    expect(errorsOf(stale)[""]).toEqual(["coordinator:validation.stale"]);
    expect((await snapshot(id)).seats).toBe(3);
  });

  it("moves the matcher's catalogue revision (database trigger), so the match index is rebuilt", async () => {
    const { cookie } = await asCoordinator("cnao");
    const revision = async () =>
      (await prisma.appMeta.findUniqueOrThrow({ where: { key: "catalogue.revision" } })).value;
    const before = Number(await revision());
    const id = await createdId(cookie);
    await intent(cookie, id, "publish");
    expect(Number(await revision())).toBeGreaterThan(before);
  });
});

describe("bad input is a field error and changes nothing", () => {
  it("on create: reversed and overlapping windows, over-long text, unknown topic, six questions, deadline after the last day", async () => {
    const { cookie } = await asCoordinator("cnao");
    const count = await prisma.opportunity.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ windows: [{ start: day(20), end: day(10) }] }, "windows[0].end", "coordinator:validation.rangeReversed"],
      [
        {
          windows: [
            { start: day(10), end: day(20) },
            { start: day(20), end: day(30) },
          ],
        },
        "windows[1].start",
        "coordinator:validation.windowOverlap",
      ],
      [
        { windows: [{ start: day(10), end: day(12) }], minDays: 5 },
        "windows[0].end",
        "coordinator:validation.windowTooShort",
      ],
      [{ titleEn: "x".repeat(151) }, "titleEn", "coordinator:validation.tooLong"],
      [{ descriptionIt: "é".repeat(4_001) }, "descriptionIt", "coordinator:validation.tooLong"],
      [{ topics: ["no-such-topic"] }, "topics[0]", "coordinator:validation.topicUnknown"],
      [{ topics: [] }, "topics", "coordinator:validation.topicsRequired"],
      [
        { questions: Array.from({ length: 6 }, (_, i) => ({ textEn: `Q${i}`, textIt: `D${i}` })) },
        "questions",
        "coordinator:validation.tooManyQuestions",
      ],
      [{ deadline: day(40) }, "deadline", "coordinator:validation.deadlineAfterEnd"],
      [{ seats: 0 }, "seats", "coordinator:validation.seatsRange"],
      [{ seats: 101 }, "seats", "coordinator:validation.seatsRange"],
      [{ minDays: 10, maxDays: 5 }, "maxDays", "coordinator:validation.maxBelowMin"],
      [{ maxDays: 366 }, "maxDays", "coordinator:validation.daysRange"],
      [{ languages: [{ code: "xx", level: "B2" }] }, "languages[0].code", "coordinator:validation.languageInvalid"],
      [{ languages: [{ code: "en", level: "D1" }] }, "languages[0].level", "coordinator:validation.levelRequired"],
      [{ windows: [{ start: "2020-01-01", end: "2020-02-01" }] }, "windows[0].end", "coordinator:validation.datePast"],
      [
        { windows: [{ start: day(1), end: "2035-01-01" }], maxDays: 30 },
        "windows[0].end",
        "coordinator:validation.dateTooFar",
      ],
      [{ windows: [{ start: day(10), end: "2027-02-30" }] }, "windows[0].end", "coordinator:validation.dateInvalid"],
      [
        { cohorts: [{ name: "A", start: day(50), end: day(49), seats: 2 }] },
        "cohorts[0].end",
        "coordinator:validation.rangeReversed",
      ],
      [
        { cohorts: [{ name: "A", start: day(50), end: day(120), seats: 2 }] },
        "cohorts[0].end",
        "coordinator:validation.cohortLength",
      ],
      [{ type: "HOLIDAY" }, "type", "coordinator:validation.typeRequired"],
    ];
    for (const [override, field, message] of cases) {
      const res = await create(cookie, opportunityForm(override));
      expect(statusOf(res), field).toBe(400);
      expect(errorsOf(res)[field], `${field}: ${JSON.stringify(errorsOf(res))}`).toContain(message);
    }
    expect(await prisma.opportunity.count()).toBe(count);
  });

  it("on edit: reversed window and unknown topic leave the opportunity as it was", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie);
    const before = await snapshot(id);
    const form = await currentForm(cookie, id);
    const res = await edit(cookie, id, {
      ...form,
      titleEn: "Changed",
      windows: [{ start: day(30), end: day(20) }],
      topics: ["nope"],
    });
    expect(statusOf(res)).toBe(400);
    expect(errorsOf(res)).toMatchObject({
      "windows[0].end": ["coordinator:validation.rangeReversed"],
      "topics[0]": ["coordinator:validation.topicUnknown"],
    });
    // Rules across fields are reported together with the fields' own errors.
    const together = await edit(cookie, id, {
      ...form,
      minDays: 20,
      windows: [{ start: day(10), end: day(19) }],
      topics: ["nope"],
      deadline: day(30),
    });
    expect(errorsOf(together)).toMatchObject({
      "windows[0].end": ["coordinator:validation.windowTooShort"],
      "topics[0]": ["coordinator:validation.topicUnknown"],
      deadline: ["coordinator:validation.deadlineAfterEnd"],
    });
    expect(await snapshot(id)).toEqual(before);
  });

  it("a published opportunity keeps at least one window or cohort", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie);
    await intent(cookie, id, "publish");
    const form = await currentForm(cookie, id);
    const res = await edit(cookie, id, { ...form, windows: [], deadline: undefined });
    expect(errorsOf(res).windows).toEqual(["coordinator:validation.datesRequiredPublished"]);
    expect((await snapshot(id)).status).toBe("PUBLISHED");
  });
});

describe("seat safety: changes never silently invalidate approved requests", () => {
  /** Approved stays d10–12, d11–15, d12 → occupancy d10:1 d11:2 d12:3 d13:1 d14:1 d15:1. */
  async function withApprovedStays(seats = 3) {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie, opportunityForm({ seats }));
    await intent(cookie, id, "publish");
    await approved(id, day(10), day(12));
    await approved(id, day(11), day(15));
    await approved(id, day(12), day(12));
    // A request that is not approved does not hold a seat.
    const applicant = await createUser();
    await createRequest({
      applicantId: applicant.id,
      opportunityId: id,
      start: day(12),
      end: day(13),
      status: "IN_REVIEW",
    });
    return { cookie, id };
  }

  it("refuses fewer daily seats than approved visitors, naming the conflicting dates", async () => {
    const { cookie, id } = await withApprovedStays();
    const before = await snapshot(id);
    const form = await currentForm(cookie, id);

    const to2 = await edit(cookie, id, { ...form, seats: 2, titleEn: "Also changed" });
    expect(statusOf(to2)).toBe(409);
    const errors = errorsOf(to2);
    expect(errors[""][0]).toBe("Nothing was saved: the change would affect requests that are already approved.");
    expect(errors[""][1]).toBe(
      `With 2 seats per day, more visitors are already approved than there would be seats on these dates: ${formatDates([day(12)], "en")}.`,
    );
    expect(errors.seats).toHaveLength(1);

    const to1 = await edit(cookie, id, { ...form, seats: 1 });
    expect(errorsOf(to1)[""][1]).toContain(formatRange({ start: day(11), end: day(12) }, "en"));
    expect(await snapshot(id)).toEqual(before);
  });

  it("allows the reduction when every approved stay still fits (exactly full is fine)", async () => {
    const { cookie, id } = await withApprovedStays(5);
    const form = await currentForm(cookie, id);
    const res = (await edit(cookie, id, { ...form, seats: 3 })) as Response;
    expect(res.status).toBe(302);
    expect((await snapshot(id)).seats).toBe(3);
  });

  it("refuses removing or shortening the window an approved stay lies in", async () => {
    const { cookie, id } = await withApprovedStays();
    const before = await snapshot(id);
    const form = await currentForm(cookie, id);
    const removed = await edit(cookie, id, { ...form, windows: [{ start: day(50), end: day(79) }] });
    expect(statusOf(removed)).toBe(409);
    expect(errorsOf(removed)[""][1]).toContain(formatRange({ start: day(10), end: day(12) }, "en"));
    expect(errorsOf(removed).windows).toHaveLength(1);
    const shortened = await edit(cookie, id, { ...form, windows: [{ start: day(13), end: day(39) }] });
    expect(statusOf(shortened)).toBe(409);
    expect(await snapshot(id)).toEqual(before);
    // Moving the window's far end, away from every stay, is fine.
    expect(((await edit(cookie, id, { ...form, windows: [{ start: day(5), end: day(30) }] })) as Response).status).toBe(
      302,
    );
  });

  it("cohorts: refuses fewer seats than approved, other dates for approved stays, and removing one with requests", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(
      cookie,
      opportunityForm({
        windows: [],
        deadline: undefined,
        cohorts: [{ name: "Spring", start: day(20), end: day(29), seats: 3 }],
      }),
    );
    await intent(cookie, id, "publish");
    const cohortId = (await snapshot(id)).cohorts[0].id;
    await approved(id, day(20), day(29), cohortId);
    await approved(id, day(20), day(29), cohortId);
    const before = await snapshot(id);
    const form = await currentForm(cookie, id);
    const cohort = (form.cohorts as Record<string, string>[])[0];

    const fewer = await edit(cookie, id, { ...form, cohorts: [{ ...cohort, seats: 1 }] });
    expect(statusOf(fewer)).toBe(409);
    expect(errorsOf(fewer)[""][1]).toBe(
      `Cohort “Spring” already has 2 approved requests: it cannot have fewer seats than that (${formatRange({ start: day(20), end: day(29) }, "en")}).`,
    );
    expect(errorsOf(fewer)["cohorts[0].seats"]).toHaveLength(1);

    const moved = await edit(cookie, id, { ...form, cohorts: [{ ...cohort, start: day(22), end: day(31) }] });
    expect(statusOf(moved)).toBe(409);
    expect(errorsOf(moved)["cohorts[0].end"]).toHaveLength(1);

    const gone = await edit(cookie, id, {
      ...form,
      cohorts: [{ name: "Autumn", start: day(40), end: day(49), seats: 3 }],
    });
    expect(statusOf(gone)).toBe(409);
    expect(errorsOf(gone)[""][1]).toBe("Cohort “Spring” has 2 requests and cannot be removed.");
    expect(await snapshot(id)).toEqual(before);

    // Exactly full, same dates, new name: fine; the cohort keeps its id and key.
    expect(
      ((await edit(cookie, id, { ...form, cohorts: [{ ...cohort, name: "Spring 2", seats: 2 }] })) as Response).status,
    ).toBe(302);
    const after = await snapshot(id);
    expect(after.cohorts.map((c) => [c.id, c.key, c.name, c.seats])).toEqual([
      [cohortId, before.cohorts[0].key, "Spring 2", 2],
    ]);
  });

  it("refuses removing a question applicants answered; rewording it is fine", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie);
    await intent(cookie, id, "publish");
    const question = (await snapshot(id)).questions[0];
    const request = await approved(id, day(10), day(12));
    await prisma.requestAnswer.create({ data: { requestId: request.id, questionId: question.id, body: "Because." } });
    const form = await currentForm(cookie, id);
    const removed = await edit(cookie, id, { ...form, questions: [] });
    expect(statusOf(removed)).toBe(409);
    expect(errorsOf(removed)[""][1]).toBe(
      "Question 1 has answers from applicants: it can be reworded but not removed.",
    );
    const reworded = (await edit(cookie, id, {
      ...form,
      questions: [{ ...(form.questions as object[])[0], textEn: "Why us?" }],
    })) as Response;
    expect(reworded.status).toBe(302);
    expect(await prisma.requestAnswer.count({ where: { questionId: question.id } })).toBe(1);
  });

  it("an approval in flight holds the row lock: the edit waits, then sees it and is refused", async () => {
    const { cookie, id } = await withApprovedStays();
    const form = await currentForm(cookie, id);
    const applicant = await createUser();
    const pending = await createRequest({
      applicantId: applicant.id,
      opportunityId: id,
      start: day(20),
      end: day(22),
      status: "IN_REVIEW",
    });
    let result: Promise<unknown> | undefined;
    await prisma.$transaction(async (tx) => {
      // What an approval does (app/requests/apply.server.ts): lock the opportunity, then approve.
      await tx.$queryRaw`SELECT id FROM "Opportunity" WHERE id = ${id} FOR UPDATE`;
      // Without the approval this edit would pass: every approved stay (d10–15) keeps its window.
      result = edit(cookie, id, { ...form, windows: [{ start: day(10), end: day(19) }] });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.request.update({ where: { id: pending.id }, data: { status: "APPROVED" } });
    });
    const res = await result;
    expect(statusOf(res)).toBe(409);
    // The stay approved meanwhile (d20–22) is named: it would lose its window.
    expect(errorsOf(res)[""].join(" ")).toContain(formatRange({ start: day(20), end: day(22) }, "en"));
    expect((await snapshot(id)).seats).toBe(3);
  });
});

describe("seat calendar", () => {
  it("shows each day's approved occupancy with inclusive ends, and cohorts with taken/seats", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(
      cookie,
      opportunityForm({
        seats: 3,
        windows: [{ start: day(10), end: day(39) }],
        cohorts: [{ name: "Group", start: day(50), end: day(59), seats: 4 }],
      }),
    );
    await intent(cookie, id, "publish");
    const cohortId = (await snapshot(id)).cohorts[0].id;
    await approved(id, day(10), day(12));
    await approved(id, day(12), day(14));
    await approved(id, day(14), day(14));
    await approved(id, day(50), day(59), cohortId);
    const applicant = await createUser();
    await createRequest({
      applicantId: applicant.id,
      opportunityId: id,
      start: day(11),
      end: day(13),
      status: "SUBMITTED",
    });

    const page = await callLoader(calendarLoader, `/coordinator/opportunities/${id}/calendar`, {
      params: { id },
      headers: { Cookie: cookie },
    });
    const days = new Map(
      page.data.months.flatMap((m) => m.weeks.flat()).flatMap((d) => (d ? [[d.date, d] as const] : [])),
    );
    const taken = (n: number) => days.get(day(n))?.taken;
    expect([9, 10, 11, 12, 13, 14, 15].map(taken)).toEqual([0, 1, 1, 2, 1, 2, 0]);
    expect(days.get(day(9))?.open).toBe(false);
    expect(days.get(day(10))?.open).toBe(true);
    expect(days.get(day(39))?.open).toBe(true);
    expect(days.get(day(40))?.open).toBe(false);
    expect(page.data.seats).toBe(3);
    // Whole months, weeks of seven days from Monday.
    for (const m of page.data.months) {
      for (const w of m.weeks) expect(w).toHaveLength(7);
      const first = m.weeks[0].find((d) => d)!;
      expect(first.date.endsWith("-01")).toBe(true);
      expect((new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7).toBe(m.weeks[0].indexOf(first));
    }
    expect(page.data.cohorts).toEqual([
      { id: cohortId, name: "Group", start: day(50), end: day(59), seats: 4, taken: 1 },
    ]);
  });
});
