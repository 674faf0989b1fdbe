/**
 * Events (issue 18) through their routes, real Requests against the real database:
 * coordinators create (draft), publish, edit and cancel; the form refuses an end before the
 * start, a deadline after the start, capacity below the registrations, and wall-clock times
 * that do not exist (spring gap) or are ambiguous (autumn hour) in Europe/Rome, writing
 * nothing; /events lists upcoming published events with its filters; registration in Ponte
 * gives a place or a waiting-list place, refuses a second registration, a passed deadline and
 * a cancelled event with 409, promotes the first waiting person when a place frees up, and
 * mails confirmation, promotion and cancellation with a valid .ics (parsed with ical.js).
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { action as newAction } from "~/routes/coordinator_.centres.$slug.events.new";
import { action as manageAction, loader as manageLoader } from "~/routes/coordinator_.events.$id";
import { action as eventAction, loader as eventLoader } from "~/routes/events.$id";
import { loader as listLoader } from "~/routes/events._index";
import { loader as centreLoader } from "~/routes/centres.$slug";
import { loader as icsLoader } from "~/routes/events.$id_.ics";
import { prisma } from "~/platform/db.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { asApplicant, asCoordinator, bodyOf, day, errorsOf, toForm } from "../catalogue/helpers";
import { setUpResendStandIn } from "../notifications/helpers";
import type { SentEmail } from "../../stand-ins/resend";
import { lastSunday } from "./dst";

const resend = setUpResendStandIn();

/** A valid timed event form, in person, two days from `day(0)`. */
function eventForm(overrides: Record<string, unknown> = {}) {
  return {
    kind: "SIMULATION_SESSION",
    titleEn: "Obstetric emergencies simulation",
    titleIt: "Simulazione di emergenze ostetriche",
    descriptionEn: "A day of high-fidelity scenarios.",
    descriptionIt: "Una giornata di scenari ad alta fedeltà.",
    topics: ["proton-therapy"],
    startDate: day(0),
    startTime: "09:00",
    endDate: day(0),
    endTime: "17:30",
    venue: "Simulation centre",
    city: "Pavia",
    languages: ["en", "it"],
    capacity: "1",
    deadlineDate: day(-2),
    feeKind: "FREE",
    contactName: "Dr Chiara Conti",
    contactEmail: "events@centre.example",
    ...overrides,
  };
}

async function create(cookie: string, form: Record<string, unknown>, slug = "cnao") {
  return callAction(newAction, `/coordinator/centres/${slug}/events/new`, toForm(form), {
    params: { slug },
    headers: { Cookie: cookie },
  });
}

async function createdId(cookie: string, form = eventForm(), slug = "cnao"): Promise<string> {
  const res = (await create(cookie, form, slug)) as Response;
  expect(res.status, JSON.stringify(bodyOf(res))).toBe(302);
  const m = /^\/coordinator\/events\/([a-z0-9]+)\?notice=created$/.exec(res.headers.get("Location") ?? "");
  expect(m).not.toBeNull();
  return m![1];
}

const manage = (cookie: string, id: string, form: Record<string, string | string[]>) =>
  callAction(manageAction, `/coordinator/events/${id}`, form, { params: { id }, headers: { Cookie: cookie } });

async function published(cookie: string, form = eventForm()): Promise<string> {
  const id = await createdId(cookie, form);
  expect(statusOf(await manage(cookie, id, { intent: "publish" }))).toBe(302);
  return id;
}

const register = (cookie: string, id: string, intent = "register") =>
  callAction(eventAction, `/events/${id}`, { intent }, { params: { id }, headers: { Cookie: cookie } });

const page = (id: string, cookie?: string) =>
  callLoader(eventLoader, `/events/${id}`, { params: { id }, headers: cookie ? { Cookie: cookie } : {} });

function calendarOf(mail: SentEmail) {
  expect(mail.attachments, `${mail.subject} has one attachment`).toHaveLength(1);
  const text = Buffer.from(mail.attachments![0].content, "base64").toString("utf8");
  return parseCalendar(text);
}

function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezone = root.getFirstSubcomponent("vtimezone");
  if (vtimezone) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const vevent = root.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return { text, method: root.getFirstPropertyValue("method"), event, status: vevent.getFirstPropertyValue("status") };
}

describe("coordinators publish events", () => {
  it("creates a draft, publishes it, and shows it on /events, the event page and the centre's page", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie, eventForm({ coOrganisers: ["humanitas"] }));
    const row = await prisma.event.findUniqueOrThrow({
      where: { id },
      include: { centres: { include: { centre: true } }, topics: true },
    });
    expect(row.status).toBe("DRAFT");
    expect(row.centres.map((c) => [c.centre.slug, c.lead]).sort()).toEqual([
      ["cnao", true],
      ["humanitas", false],
    ]);
    // 09:00 in Rome is stored as the UTC instant.
    const rome = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Rome", hour: "2-digit", minute: "2-digit" });
    expect(rome.format(row.startsAt)).toBe("09:00");
    expect((await thrownResponse(() => page(id))).status).toBe(404);

    await manage(cookie, id, { intent: "publish" });
    const list = await callLoader(listLoader, "/events");
    expect(list.events.map((e) => e.id)).toContain(id);
    expect((await page(id)).data.event.status).toBe("PUBLISHED");
    const centre = await callLoader(centreLoader, "/centres/humanitas", { params: { slug: "humanitas" } });
    expect(centre.events.map((e) => e.id)).toContain(id);
  });

  it("refuses bad times with field errors and writes nothing", async () => {
    const { cookie } = await asCoordinator("cnao");
    const year = Number(day(0).slice(0, 4)) + 1;
    const spring = lastSunday(year, 3);
    const autumn = lastSunday(year, 10);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endTime: "08:00" }, "endTime", "events:validation.endBeforeStart"],
      [{ deadlineDate: day(1) }, "deadlineDate", "events:validation.deadlineAfterStart"],
      [
        { startDate: spring, endDate: spring, startTime: "02:30", endTime: "05:00", deadlineDate: "" },
        "startTime",
        "events:validation.timeNonexistent",
      ],
      [
        { startDate: autumn, endDate: autumn, startTime: "01:00", endTime: "02:15", deadlineDate: "" },
        "endTime",
        "events:validation.timeAmbiguous",
      ],
      [{ startTime: "" }, "startTime", "events:validation.timeRequired"],
      [{ topics: ["no-such-topic"] }, "topics", "events:validation.topicUnknown"],
      [{ capacity: "0" }, "capacity", "events:validation.capacityRange"],
    ];
    for (const [overrides, field, message] of cases) {
      const res = await create(cookie, eventForm(overrides));
      expect(statusOf(res), JSON.stringify(overrides)).toBe(400);
      expect(errorsOf(res)[field], JSON.stringify(errorsOf(res))).toContain(message);
    }
    expect(await prisma.event.count({ where: { seedKey: null } })).toBe(0);
  });

  it("accepts the hour just after the spring gap and the hour after the autumn repeat; all-day events store an exclusive end", async () => {
    const { cookie } = await asCoordinator("cnao");
    const year = Number(day(0).slice(0, 4)) + 1;
    const spring = lastSunday(year, 3);
    const id = await createdId(
      cookie,
      eventForm({ startDate: spring, endDate: spring, startTime: "01:30", endTime: "03:30", deadlineDate: "" }),
    );
    const row = await prisma.event.findUniqueOrThrow({ where: { id } });
    // 01:30 CET (+01:00) to 03:30 CEST (+02:00): one hour of real time.
    expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe(3600_000);
    expect(row.startsAt.toISOString()).toBe(`${spring}T00:30:00.000Z`);

    const allDay = await createdId(
      cookie,
      eventForm({ allDay: "on", startTime: "", endTime: "", startDate: day(0), endDate: day(1), deadlineDate: "" }),
    );
    const a = await prisma.event.findUniqueOrThrow({ where: { id: allDay } });
    expect(a.startDate!.toISOString().slice(0, 10)).toBe(day(0));
    expect(a.endDate!.toISOString().slice(0, 10)).toBe(day(2));
  });

  it("only the centre's coordinators manage its events", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await createdId(cookie);
    const other = await asCoordinator("humanitas");
    expect((await thrownResponse(() => create(other.cookie, eventForm(), "cnao"))).status).toBe(404);
    expect(
      (
        await thrownResponse(() =>
          callLoader(manageLoader, `/coordinator/events/${id}`, { params: { id }, headers: { Cookie: other.cookie } }),
        )
      ).status,
    ).toBe(404);
    expect((await thrownResponse(() => manage(other.cookie, id, { intent: "publish" }))).status).toBe(404);
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("/events filters", () => {
  it("filters by kind, centre, city, topic with narrower topics, language, month and format; past events are not listed", async () => {
    const { cookie } = await asCoordinator("cnao");
    const topic = await prisma.topic.findUniqueOrThrow({ where: { id: "proton-therapy" } });
    const broader = topic.parentId!;
    const a = await published(cookie, eventForm({ capacity: "" }));
    const b = await published(
      cookie,
      eventForm({
        kind: "WEBINAR",
        online: "on",
        onlineUrl: "https://meet.example/room",
        venue: "",
        languages: ["it"],
        startDate: day(40),
        endDate: day(40),
        deadlineDate: "",
      }),
    );
    const past = await published(cookie, eventForm());
    await prisma.event.update({
      where: { id: past },
      data: { startsAt: new Date(Date.now() - 7200_000), endsAt: new Date(Date.now() - 3600_000) },
    });

    // The seeded example events are listed too (tests/integration/events/example-events.test.ts).
    const ids = async (query: string) =>
      (await callLoader(listLoader, `/events${query}`)).events.filter((e) => !e.isExample).map((e) => e.id);
    expect(await ids("")).toEqual([a, b]);
    expect(await ids("?kind=WEBINAR")).toEqual([b]);
    expect(await ids("?centre=cnao")).toEqual([a, b]);
    expect(await ids("?centre=humanitas")).toEqual([]);
    expect(await ids(`?topic=${broader}`)).toEqual([a, b]);
    expect(await ids("?language=en")).toEqual([a]);
    expect(await ids("?mode=online")).toEqual([b]);
    expect(await ids("?mode=in-person")).toEqual([a]);
    expect(await ids(`?month=${day(40).slice(0, 7)}`)).toContain(b);
    expect(await ids("?month=1999-01")).toEqual([]);
    expect(await ids("?city=Pavia")).toEqual([a, b]);
    expect(await ids("?city=Milan")).toEqual([]);
    const { cities } = await callLoader(listLoader, "/events");
    expect(cities).toContainEqual({ value: "Pavia", label: "Pavia" });
    // The seeded examples' cities, each once, in the page's language.
    expect(cities.filter((c) => c.value === "Milan")).toEqual([{ value: "Milan", label: "Milan" }]);
    const italian = await callLoader(listLoader, "/events", { headers: { "Accept-Language": "it" } });
    expect(italian.cities).toContainEqual({ value: "Rozzano (Milan)", label: "Rozzano (MI)" });
    // A malformed filter is dropped, not an error page.
    expect(await ids("?kind=PARTY")).toEqual([a, b]);
    // An all-day event on the last day of a month is not in the next month.
    const monthEnd = new Date(Date.UTC(Number(day(60).slice(0, 4)), Number(day(60).slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    const lastDay = await published(
      cookie,
      eventForm({ allDay: "on", startTime: "", endTime: "", startDate: monthEnd, endDate: monthEnd, deadlineDate: "" }),
    );
    const following = new Date(`${monthEnd}T00:00:00Z`);
    following.setUTCDate(following.getUTCDate() + 1);
    expect(await ids(`?month=${monthEnd.slice(0, 7)}`)).toContain(lastDay);
    expect(await ids(`?month=${following.toISOString().slice(0, 7)}`)).not.toContain(lastDay);
  });
});

describe("registration in Ponte", () => {
  it("a place, the waiting list, no second registration, promotion when the place frees up, with mails and .ics", async () => {
    resend.use();
    const { cookie } = await asCoordinator("cnao");
    const id = await published(
      cookie,
      eventForm({ capacity: "1", online: "on", onlineUrl: "https://meet.example/x", venue: "" }),
    );
    const first = await asApplicant();
    const second = await asApplicant();

    const r1 = (await register(first.cookie, id)) as Response;
    expect(r1.headers.get("Location")).toBe(`/events/${id}?notice=registered`);
    const r2 = (await register(second.cookie, id)) as Response;
    expect(r2.headers.get("Location")).toBe(`/events/${id}?notice=waitlisted`);
    const again = await register(first.cookie, id);
    expect(statusOf(again)).toBe(409);
    expect(bodyOf<{ refused: string }>(again).refused).toBe("already-registered");
    expect(await prisma.eventRegistration.count({ where: { eventId: id } })).toBe(2);

    // The online link only for the person with a place.
    expect((await page(id, first.cookie)).data.event.onlineUrl).toBe("https://meet.example/x");
    expect((await page(id, second.cookie)).data.event.onlineUrl).toBeNull();
    expect((await page(id)).data.event.onlineUrl).toBeNull();
    expect((await page(id, second.cookie)).data.event.mine).toEqual({ status: "WAITLISTED", position: 1 });

    await processOutbox();
    const confirm = resend.standIn.emails.find((m) => m.to.includes(first.user.email))!;
    expect(confirm.subject).toContain("You are registered");
    const ics = calendarOf(confirm);
    expect(ics.method).toBe("REQUEST");
    expect(ics.event.uid).toMatch(new RegExp(`^event-${id}@`));
    expect(ics.text).toContain("DTSTART;TZID=Europe/Rome:");
    const row = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(ics.event.startDate.toJSDate().getTime()).toBe(row.startsAt.getTime());
    const waiting = resend.standIn.emails.find((m) => m.to.includes(second.user.email))!;
    expect(waiting.subject).toContain("waiting list");
    expect(waiting.attachments ?? []).toHaveLength(0);

    // The first cancels: the second is promoted and told.
    const cancelled = (await register(first.cookie, id, "cancel")) as Response;
    expect(cancelled.headers.get("Location")).toBe(`/events/${id}?notice=cancelledRegistration`);
    const regs = await prisma.eventRegistration.findMany({ where: { eventId: id }, include: { user: true } });
    expect(regs.find((r) => r.userId === first.user.id)!.status).toBe("CANCELLED");
    expect(regs.find((r) => r.userId === second.user.id)).toMatchObject({ status: "REGISTERED", position: null });
    await processOutbox();
    const promoted = resend.standIn.emails.find(
      (m) => m.to.includes(second.user.email) && m.subject.startsWith("A place became free"),
    )!;
    expect(calendarOf(promoted).method).toBe("REQUEST");
    expect(statusOf(await register(first.cookie, id, "cancel"))).toBe(409);
  });

  it("refuses after the deadline and for a cancelled event (409); cancelling the event mails METHOD:CANCEL", async () => {
    resend.use();
    const { cookie } = await asCoordinator("cnao");
    const id = await published(cookie, eventForm({ capacity: "" }));
    const person = await asApplicant();
    await register(person.cookie, id);

    const late = await published(cookie, eventForm());
    await prisma.event.update({ where: { id: late }, data: { registrationDeadline: new Date(Date.now() - 60_000) } });
    const refused = await register(person.cookie, late);
    expect(statusOf(refused)).toBe(409);
    expect(bodyOf<{ refused: string }>(refused).refused).toBe("deadline");

    expect(statusOf(await manage(cookie, id, { intent: "cancel-event" }))).toBe(302);
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
    const other = await asApplicant();
    const r = await register(other.cookie, id);
    expect(statusOf(r)).toBe(409);
    expect(bodyOf<{ refused: string }>(r).refused).toBe("cancelled");

    await processOutbox();
    const mail = resend.standIn.emails.find((m) => m.subject.startsWith("Cancelled:"))!;
    expect(mail.to).toContain(person.user.email);
    const ics = calendarOf(mail);
    expect(ics.method).toBe("CANCEL");
    expect(ics.status).toBe("CANCELLED");
    expect(ics.event.sequence).toBeGreaterThan(1);
    // An example (decision 0026) is never registrable.
    const example = await published(cookie, eventForm({ capacity: "" }));
    await prisma.event.update({ where: { id: example }, data: { isExample: true } });
    expect(bodyOf<{ refused: string }>(await register(person.cookie, example)).refused).toBe("example");
    // A draft cannot be registered for: 404.
    const draft = await createdId(cookie);
    expect((await thrownResponse(() => register(person.cookie, draft))).status).toBe(404);
  });

  it("capacity cannot go below the people registered (field error, nothing saved)", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await published(cookie, eventForm({ capacity: "3" }));
    for (let i = 0; i < 2; i++) await register((await asApplicant()).cookie, id);
    const res = await manage(cookie, id, toForm(eventForm({ capacity: "1" })) as Record<string, string>);
    expect(statusOf(res)).toBe(400);
    expect(errorsOf(res).capacity).toContain("events:validation.capacityBelowRegistered");
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).capacity).toBe(3);
    expect(statusOf(await manage(cookie, id, toForm(eventForm({ capacity: "2" })) as Record<string, string>))).toBe(
      302,
    );
  });

  it("concurrent registrations for the last place: exactly one place, the others wait in order", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await published(cookie, eventForm({ capacity: "1" }));
    const people = await Promise.all(Array.from({ length: 6 }, () => asApplicant()));
    const results = await Promise.all(people.map((p) => register(p.cookie, id)));
    const locations = results.map((r) => (r as Response).headers.get("Location"));
    expect(locations.filter((l) => l?.endsWith("notice=registered"))).toHaveLength(1);
    expect(locations.filter((l) => l?.endsWith("notice=waitlisted"))).toHaveLength(5);
    const regs = await prisma.eventRegistration.findMany({ where: { eventId: id } });
    expect(regs.filter((r) => r.status === "REGISTERED")).toHaveLength(1);
    expect(
      regs
        .filter((r) => r.status === "WAITLISTED")
        .map((r) => r.position)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("/events/:id/ics", () => {
  it("a timed event on the spring DST day: TZID=Europe/Rome with a VTIMEZONE, instants right in ical.js", async () => {
    const { cookie } = await asCoordinator("cnao");
    const year = Number(day(0).slice(0, 4)) + 1;
    const spring = lastSunday(year, 3);
    const id = await published(
      cookie,
      eventForm({ startDate: spring, endDate: spring, startTime: "01:30", endTime: "03:30", deadlineDate: "" }),
    );
    const res = await callLoader(icsLoader, `/events/${id}/ics`, { params: { id } });
    expect(res.headers.get("Content-Type")).toContain("text/calendar");
    const ics = parseCalendar(await res.text());
    expect(ics.method).toBe("PUBLISH");
    expect(ics.text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Rome");
    expect(ics.text).toContain(`DTSTART;TZID=Europe/Rome:${spring.replaceAll("-", "")}T013000`);
    expect(ics.text).toContain(`DTEND;TZID=Europe/Rome:${spring.replaceAll("-", "")}T033000`);
    expect(ics.text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(ics.event.startDate.toJSDate().toISOString()).toBe(`${spring}T00:30:00.000Z`);
    expect(ics.event.endDate.toJSDate().toISOString()).toBe(`${spring}T01:30:00.000Z`);
    expect(ics.event.uid).toBe(`event-${id}@localhost`);
  });

  it("an all-day event: VALUE=DATE with the exclusive end; drafts 404", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await published(
      cookie,
      eventForm({ allDay: "on", startTime: "", endTime: "", endDate: day(1), deadlineDate: "" }),
    );
    const ics = parseCalendar(await (await callLoader(icsLoader, `/events/${id}/ics`, { params: { id } })).text());
    expect(ics.event.startDate.isDate).toBe(true);
    expect(ics.event.startDate.toString()).toBe(day(0));
    expect(ics.event.endDate.toString()).toBe(day(2));
    expect(ics.text).not.toContain("VTIMEZONE");
    const draft = await createdId(cookie);
    expect(
      (await thrownResponse(() => callLoader(icsLoader, `/events/${draft}/ics`, { params: { id: draft } }))).status,
    ).toBe(404);
  });
});
