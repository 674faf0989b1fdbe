/**
 * The coordinators' registrant tools (issue 18 part 3), through the routes with real Requests
 * on the real database: the CSV export of registrants (formula injection neutralised; 404 for
 * coordinators of other centres), attendance marked per registered person once the event has
 * started (409 before, for waiting people, 400 for nonsense), and a message to everyone
 * registered or waiting written to the outbox once per person (field errors for an empty or
 * over-long text, nothing written; the same form twice writes nothing more).
 */
import { describe, expect, it } from "vitest";
import { action as newAction } from "~/routes/coordinator_.centres.$slug.events.new";
import { action as manageAction, loader as manageLoader } from "~/routes/coordinator_.events.$id";
import { loader as csvLoader } from "~/routes/coordinator_.events.$id_.registrants[.csv]";
import { action as eventAction } from "~/routes/events.$id";
import { prisma } from "~/platform/db.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { asCoordinator, bodyOf, day, errorsOf, signedIn, toForm } from "../catalogue/helpers";
import { setUpResendStandIn } from "../notifications/helpers";

const resend = setUpResendStandIn();

const FORM = {
  kind: "COURSE",
  titleEn: "Suturing course",
  titleIt: "Corso di sutura",
  descriptionEn: "Hands-on suturing.",
  descriptionIt: "Sutura pratica.",
  topics: ["proton-therapy"],
  startDate: day(0),
  startTime: "09:00",
  endDate: day(0),
  endTime: "17:00",
  venue: "Simulation centre",
  city: "Pavia",
  languages: ["en"],
  capacity: "2",
  feeKind: "FREE",
  contactName: "Dr Chiara Conti",
  contactEmail: "events@centre.example",
};

const manage = (cookie: string, id: string, form: Record<string, string>) =>
  callAction(manageAction, `/coordinator/events/${id}`, form, { params: { id }, headers: { Cookie: cookie } });

const csv = (cookie: string, id: string) =>
  callLoader(csvLoader, `/coordinator/events/${id}/registrants.csv`, { params: { id }, headers: { Cookie: cookie } });

/** A published CNAO course with two places, three people (one waiting); the first is called `name`. */
async function courseWithPeople(name = "Anna Rossi") {
  const coordinator = await asCoordinator("cnao");
  const res = (await callAction(newAction, "/coordinator/centres/cnao/events/new", toForm(FORM), {
    params: { slug: "cnao" },
    headers: { Cookie: coordinator.cookie },
  })) as Response;
  const id = /\/coordinator\/events\/([a-z0-9]+)/.exec(res.headers.get("Location") ?? "")![1];
  expect(statusOf(await manage(coordinator.cookie, id, { intent: "publish" }))).toBe(302);
  const people = [
    await signedIn({ name }),
    await signedIn({ name: "Bruno Bianchi", locale: "it" }),
    await signedIn({ name: "Carla Verdi" }),
  ];
  for (const p of people)
    await callAction(
      eventAction,
      `/events/${id}`,
      { intent: "register" },
      { params: { id }, headers: { Cookie: p.cookie } },
    );
  return { coordinator, id, people };
}

/** Moves the event into the past, as if it had started an hour ago. */
async function start(id: string) {
  const now = Date.now();
  await prisma.event.update({
    where: { id },
    data: { startsAt: new Date(now - 3_600_000), endsAt: new Date(now + 3_600_000), registrationDeadline: null },
  });
}

/** The field errors of the message form's reply (the action answers `{ message: reply }`). */
const messageErrors = (value: unknown) => errorsOf({ data: { result: bodyOf<{ message: unknown }>(value).message } });

function rowsOf(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(","));
}

describe("registrants as CSV", () => {
  it("lists registered and waiting people with their state, time, place in the list and attendance; formulas are neutralised", async () => {
    const { coordinator, id, people } = await courseWithPeople('=HYPERLINK("http://evil.example")');
    const res = (await csv(coordinator.cookie, id)) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="ponte-event-registrants-/);
    const text = await res.text();
    const rows = rowsOf(text);
    expect(rows[0]).toEqual(["Name", "E-mail", "State", "Registered (UTC)", "Place on the waiting list", "Attended"]);
    expect(rows).toHaveLength(4);
    // The first name starts with "=": quoted by csv-stringify and prefixed with a single quote.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(`${people[1].user.email},Registered,`);
    const waiting = rows.find((r) => r[1] === people[2].user.email)!;
    expect(waiting[2]).toBe("Waiting list");
    expect(waiting[4]).toBe("1");
    expect(waiting[3]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(waiting[5]).toBe("");
  });

  it("is in Italian for Italian coordinators, and 404 for coordinators of other centres and unknown ids", async () => {
    const { coordinator, id } = await courseWithPeople();
    const it = (await callLoader(csvLoader, `/coordinator/events/${id}/registrants.csv`, {
      params: { id },
      headers: { Cookie: `${coordinator.cookie}; lng=it`, "Accept-Language": "it" },
    })) as Response;
    expect(rowsOf(await it.text())[0][0]).toBe("Nome");
    const other = await asCoordinator("humanitas");
    expect((await thrownResponse(() => csv(other.cookie, id))).status).toBe(404);
    expect((await thrownResponse(() => csv(coordinator.cookie, "nosuchevent"))).status).toBe(404);
    expect((await thrownResponse(() => csv(coordinator.cookie, "../x"))).status).toBe(404);
    const applicant = await signedIn({});
    expect((await thrownResponse(() => csv(applicant.cookie, id))).status).toBe(403);
  });
});

describe("attendance", () => {
  it("is marked per registered person only once the event has started, and shows in the page and the CSV", async () => {
    const { coordinator, id, people } = await courseWithPeople();
    const regs = await prisma.eventRegistration.findMany({ where: { eventId: id } });
    const reg = (userId: string) => regs.find((r) => r.userId === userId)!;
    const first = reg(people[0].user.id);

    // Before the start: refused, nothing written.
    const early = await thrownResponse(() =>
      manage(coordinator.cookie, id, { intent: "attendance", registrationId: first.id, attended: "yes" }),
    );
    expect(early.status).toBe(409);
    expect(early.data).toBe("Attendance can be marked only once the event has started.");
    expect(
      (await prisma.eventRegistration.findUniqueOrThrow({ where: { id: first.id } })).attendanceMarkedAt,
    ).toBeNull();

    await start(id);
    const ok = (await manage(coordinator.cookie, id, {
      intent: "attendance",
      registrationId: first.id,
      attended: "yes",
    })) as Response;
    expect(ok.status).toBe(302);
    const second = reg(people[1].user.id);
    expect(
      statusOf(
        await manage(coordinator.cookie, id, { intent: "attendance", registrationId: second.id, attended: "no" }),
      ),
    ).toBe(302);
    const after = await prisma.eventRegistration.findMany({ where: { eventId: id } });
    expect(after.find((r) => r.id === first.id)).toMatchObject({ attended: true });
    expect(after.find((r) => r.id === first.id)!.attendanceMarkedAt).not.toBeNull();
    expect(after.find((r) => r.id === second.id)).toMatchObject({ attended: false });
    expect(after.find((r) => r.id === second.id)!.attendanceMarkedAt).not.toBeNull();

    // A waiting person holds no place: 409. Nonsense: 400. Nothing changes.
    const waiting = reg(people[2].user.id);
    expect(
      (
        await thrownResponse(() =>
          manage(coordinator.cookie, id, { intent: "attendance", registrationId: waiting.id, attended: "yes" }),
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await thrownResponse(() =>
          manage(coordinator.cookie, id, { intent: "attendance", registrationId: first.id, attended: "maybe" }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await thrownResponse(() =>
          manage(coordinator.cookie, id, { intent: "attendance", registrationId: "", attended: "yes" }),
        )
      ).status,
    ).toBe(400);
    expect(
      (await prisma.eventRegistration.findUniqueOrThrow({ where: { id: waiting.id } })).attendanceMarkedAt,
    ).toBeNull();

    // Another centre's coordinator: 404, nothing changes.
    const other = await asCoordinator("humanitas");
    expect(
      (
        await thrownResponse(() =>
          manage(other.cookie, id, { intent: "attendance", registrationId: first.id, attended: "no" }),
        )
      ).status,
    ).toBe(404);
    expect((await prisma.eventRegistration.findUniqueOrThrow({ where: { id: first.id } })).attended).toBe(true);

    const page = await callLoader(manageLoader, `/coordinator/events/${id}`, {
      params: { id },
      headers: { Cookie: coordinator.cookie },
    });
    expect(page.data.started).toBe(true);
    expect(page.data.registrations.map((r) => r.attendance)).toEqual(["attended", "absent", null]);
    const rows = rowsOf(await ((await csv(coordinator.cookie, id)) as Response).text());
    expect(rows.slice(1).map((r) => r[5])).toEqual(["yes", "no", ""]);
  });
});

describe("a message to everyone registered or waiting", () => {
  it("refuses an empty or over-long text with field errors and writes nothing", async () => {
    const { coordinator, id } = await courseWithPeople();
    const empty = await manage(coordinator.cookie, id, {
      intent: "message",
      messageId: "m-00000001",
      subject: "Hello",
      body: "  ",
    });
    expect(statusOf(empty)).toBe(400);
    expect(messageErrors(empty).body).toEqual(["events:coordinator.message.errors.bodyRequired"]);
    const long = await manage(coordinator.cookie, id, {
      intent: "message",
      messageId: "m-00000002",
      subject: "x".repeat(151),
      body: "Fine",
    });
    expect(statusOf(long)).toBe(400);
    expect(messageErrors(long).subject).toEqual(["events:coordinator.message.errors.subjectTooLong"]);
    expect(await prisma.notification.count({ where: { kind: "event-message" } })).toBe(0);
  });

  it("writes one mail per person registered or waiting, in their language; the same form twice writes nothing more; other centres get 404", async () => {
    resend.use();
    const { coordinator, id, people } = await courseWithPeople();
    const other = await asCoordinator("humanitas");
    const form = {
      intent: "message",
      messageId: "m-abcdef12",
      subject: "Meeting point",
      body: "Main entrance, 08:30.",
    };
    expect((await thrownResponse(() => manage(other.cookie, id, form))).status).toBe(404);
    expect(await prisma.notification.count({ where: { kind: "event-message" } })).toBe(0);

    const res = (await manage(coordinator.cookie, id, form)) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/coordinator/events/${id}?notice=messaged&count=3`);
    expect(statusOf(await manage(coordinator.cookie, id, form))).toBe(302);
    const written = await prisma.notification.findMany({ where: { kind: "event-message" } });
    expect(written.map((n) => n.userId).sort()).toEqual(people.map((p) => p.user.id).sort());

    await processOutbox();
    const mails = resend.standIn.emails.filter((m) => m.subject.startsWith("Meeting point ("));
    expect(mails).toHaveLength(3);
    const en = mails.find((m) => m.to.includes(people[0].user.email))!;
    expect(en.subject).toBe("Meeting point (Suturing course)");
    expect(en.html).toContain("Main entrance, 08:30.");
    expect(en.html).toContain("write to everyone registered");
    const it = mails.find((m) => m.to.includes(people[1].user.email))!;
    expect(it.subject).toBe("Meeting point (Corso di sutura)");
    expect(it.html).toContain("scrivono a tutti gli iscritti");
  });
});
