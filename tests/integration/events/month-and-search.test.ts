/**
 * /events as a month calendar (view=month) and its full-text search (q), through the real
 * loader: the grid has Monday-first weeks with weekday names in the page's language, a
 * multi-day event is on each of its Europe/Rome days (a timed event ending just after
 * midnight in Rome is on the next day too; an all-day event's exclusive end is not), past days
 * of the month are shown, the previous/next links keep the other filters; `q` finds events by
 * their English or Italian title and description, never drafts, and bad text finds nothing.
 */
import { describe, expect, it } from "vitest";
import { loader as listLoader } from "~/routes/events._index";
import { zonedWallClockToUtc } from "~/catalogue/event-time";
import { monthGrid, shiftMonth } from "~/catalogue/event-month";
import { prisma } from "~/platform/db.server";
import { callLoader } from "../../utils/http";

const EN = { "Accept-Language": "en-GB,en;q=0.9" };
const IT = { "Accept-Language": "it-IT,it;q=0.9" };

const rome = (date: string, time: string) => {
  const r = zonedWallClockToUtc(date, time);
  if (!r.ok) throw new Error(r.problem);
  return r.instant;
};

async function makeEvent(fields: {
  titleEn: string;
  titleIt?: string;
  descriptionEn?: string;
  descriptionIt?: string;
  status?: "PUBLISHED" | "DRAFT" | "CANCELLED";
  startsAt?: Date;
  endsAt?: Date;
  allDay?: { start: string; endExclusive: string };
  kind?: "CONFERENCE" | "COURSE";
}) {
  const centre = await prisma.centre.findFirstOrThrow({ where: { slug: "cnao" } });
  const allDay = fields.allDay;
  const startsAt = allDay ? new Date(`${allDay.start}T00:00:00Z`) : fields.startsAt!;
  const endsAt = allDay ? new Date(`${allDay.endExclusive}T00:00:00Z`) : fields.endsAt!;
  const row = await prisma.event.create({
    data: {
      kind: fields.kind ?? "CONFERENCE",
      status: fields.status ?? "PUBLISHED",
      titleEn: fields.titleEn,
      titleIt: fields.titleIt ?? `${fields.titleEn} (it)`,
      descriptionEn: fields.descriptionEn ?? "Test.",
      descriptionIt: fields.descriptionIt ?? "Prova.",
      allDay: Boolean(allDay),
      startsAt,
      endsAt,
      startDate: allDay ? startsAt : null,
      endDate: allDay ? endsAt : null,
      city: "Pavia",
      languages: ["en"],
      centres: { create: [{ centreId: centre.id, lead: true }] },
    },
    select: { id: true },
  });
  return row.id;
}

type Calendar = NonNullable<Awaited<ReturnType<typeof listLoader>>["calendar"]>;
const daysOf = (calendar: Calendar, id: string) =>
  calendar.weeks
    .flat()
    .filter((d) => d.events.some((e) => e.id === id))
    .map((d) => d.date);

describe("the month calendar of /events", () => {
  it("lays the month out Monday first, each event on each of its Rome days", async () => {
    // June 2030: 1 June is a Saturday, 30 June a Sunday.
    const timed = await makeEvent({
      titleEn: "Night course",
      startsAt: rome("2030-06-10", "20:00"),
      endsAt: rome("2030-06-11", "00:30"),
    });
    const allDay = await makeEvent({
      titleEn: "Congress",
      allDay: { start: "2030-06-28", endExclusive: "2030-07-02" },
    });
    const later = await makeEvent({
      titleEn: "July only",
      startsAt: rome("2030-07-05", "09:00"),
      endsAt: rome("2030-07-05", "12:00"),
    });
    const draft = await makeEvent({
      titleEn: "Draft",
      status: "DRAFT",
      startsAt: rome("2030-06-12", "09:00"),
      endsAt: rome("2030-06-12", "10:00"),
    });

    const data = await callLoader(listLoader, "/events?view=month&month=2030-06&kind=CONFERENCE", { headers: EN });
    const calendar = data.calendar!;
    expect(calendar.month).toBe("2030-06");
    expect(calendar.caption).toBe("Events in June 2030");
    expect(calendar.weekdays.map((w) => w.long)).toEqual([
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
    ]);
    expect(calendar.weeks).toHaveLength(5);
    expect(calendar.weeks.every((w) => w.length === 7)).toBe(true);
    expect(calendar.weeks[0][0]).toMatchObject({ date: "2030-05-27", inMonth: false });
    expect(calendar.weeks[0][5]).toMatchObject({ date: "2030-06-01", inMonth: true, day: "1" });
    expect(calendar.weeks[4][6]).toMatchObject({ date: "2030-06-30", inMonth: true });

    // 20:00–00:30 Rome: the 10th and the 11th; the time shown on the first day only.
    expect(daysOf(calendar, timed)).toEqual(["2030-06-10", "2030-06-11"]);
    const tenth = calendar.weeks.flat().find((d) => d.date === "2030-06-10")!;
    expect(tenth.events.find((e) => e.id === timed)).toMatchObject({ title: "Night course", time: "20:00" });
    // All day 28 June – 1 July (end exclusive 2 July); the grid stops on Sunday 30 June.
    expect(daysOf(calendar, allDay)).toEqual(["2030-06-28", "2030-06-29", "2030-06-30"]);
    expect(daysOf(calendar, later)).toEqual([]);
    expect(daysOf(calendar, draft)).toEqual([]);

    // The month links keep the other filters and the view.
    const previous = new URL(calendar.previous.href, "http://x");
    expect(previous.pathname).toBe("/events");
    expect(Object.fromEntries(previous.searchParams)).toEqual({ view: "month", month: "2030-05", kind: "CONFERENCE" });
    expect(new URL(calendar.next.href, "http://x").searchParams.get("month")).toBe("2030-07");
    expect(new URL(data.listHref, "http://x").searchParams.get("view")).toBeNull();

    const july = await callLoader(listLoader, calendar.next.href, { headers: EN });
    expect(daysOf(july.calendar!, allDay)).toEqual(["2030-07-01"]);
    expect(daysOf(july.calendar!, later)).toEqual(["2030-07-05"]);
  });

  it("speaks Italian, shows the month's past days, and defaults to the current month", async () => {
    const past = await makeEvent({
      titleEn: "Past course",
      titleIt: "Corso passato",
      startsAt: new Date(Date.now() - 3 * 3600_000),
      endsAt: new Date(Date.now() - 2 * 3600_000),
    });
    const data = await callLoader(listLoader, "/events?view=month", { headers: IT });
    const calendar = data.calendar!;
    expect(calendar.weekdays[0].long).toBe("lunedì");
    expect(calendar.weekdays[6].long).toBe("domenica");
    expect(calendar.caption).toMatch(/^Eventi di \p{L}+ \d{4}$/u);
    const day = calendar.weeks.flat().find((d) => d.events.some((e) => e.id === past));
    // The event is in the current month unless it started in the previous one (just after midnight).
    if (day) expect(day.events.find((e) => e.id === past)!.title).toBe("Corso passato");
    // The list view does not show it (it has ended) and has no calendar.
    const list = await callLoader(listLoader, "/events", { headers: IT });
    expect(list.calendar).toBeNull();
    expect(list.events.some((e) => e.id === past)).toBe(false);
  });

  it("handles a malformed month by showing the current one", async () => {
    const data = await callLoader(listLoader, "/events?view=month&month=2030-13", { headers: EN });
    expect(data.calendar!.month).toMatch(/^\d{4}-\d{2}$/);
    expect(data.errors).toBeDefined();
  });

  it("monthGrid: February 2027 starts on a Monday and fills four weeks; months wrap", () => {
    const weeks = monthGrid("2027-02", []);
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0].date).toBe("2027-02-01");
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(shiftMonth("2027-12", 1)).toBe("2028-01");
  });
});

describe("full-text search on /events", () => {
  it("finds events by their English or Italian title and description, not drafts", async () => {
    const start = new Date(Date.now() + 20 * 86_400_000);
    const end = new Date(start.getTime() + 3600_000);
    const ultrasound = await makeEvent({
      titleEn: "Point-of-care ultrasound workshop",
      titleIt: "Laboratorio di ecografia al letto del paziente",
      startsAt: start,
      endsAt: end,
    });
    const hadron = await makeEvent({
      titleEn: "Particle therapy day",
      titleIt: "Giornata di adroterapia",
      descriptionEn: "Carbon-ion treatment planning for paediatric tumours.",
      descriptionIt: "Pianificazione dei trattamenti con ioni carbonio per i tumori pediatrici.",
      startsAt: start,
      endsAt: end,
    });
    const draft = await makeEvent({ titleEn: "Ultrasound draft", status: "DRAFT", startsAt: start, endsAt: end });

    const ids = async (q: string, headers = EN) =>
      (await callLoader(listLoader, `/events?q=${encodeURIComponent(q)}`, { headers })).events.map((e) => e.id);

    expect(await ids("ultrasound")).toContain(ultrasound);
    expect(await ids("ultrasound")).not.toContain(hadron);
    expect(await ids("ultrasound")).not.toContain(draft);
    expect(await ids("ecografia", IT)).toEqual(expect.arrayContaining([ultrasound]));
    expect(await ids("carbon ion")).toContain(hadron);
    expect(await ids("tumori pediatrici")).toContain(hadron);
    expect(await ids("adroterapia")).toContain(hadron);
    // The organising centre's name counts too (CNAO: Centro Nazionale di Adroterapia Oncologica).
    expect(await ids("adroterapia")).toContain(ultrasound);
    // The search combines with the other filters and with the month view.
    expect(await ids("ultrasound&kind=COURSE")).not.toContain(ultrasound);
    const month = start.toISOString().slice(0, 7);
    const monthView = await callLoader(listLoader, `/events?view=month&month=${month}&q=giornata%20adroterapia`, {
      headers: EN,
    });
    expect(monthView.events.map((e) => e.id)).toEqual([hadron]);
    // Bad text finds nothing, never an error.
    for (const q of ["'", '"unterminated', "-", "a & | !", "\u0000x", "zzzzqqq"])
      expect(await ids(q)).not.toContain(ultrasound);
  });
});
