/**
 * Subscribable event feeds (issue 18, part 4) through their routes, parsed with ical.js:
 * /events.ics carries every upcoming public event (a cancelled one as STATUS:CANCELLED; no
 * draft, no past event; examples only where the installation shows them), each with the UID
 * and SEQUENCE of its own .ics; timed events across the spring daylight-saving change keep
 * their Europe/Rome instants, all-day events their dates with the exclusive end;
 * /centres/:slug/events.ics narrows to one centre (co-organised events included), 404 for
 * an unknown centre.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { loader as allLoader } from "~/routes/events[.ics]";
import { loader as centreLoader } from "~/routes/centres.$slug_.events[.ics]";
import { loader as oneLoader } from "~/routes/events.$id_.ics";
import { zonedWallClockToUtc } from "~/catalogue/event-time";
import { prisma } from "~/platform/db.server";
import { callLoader, thrownResponse } from "../../utils/http";
import { lastSunday } from "./dst";

const DAY = 86_400_000;

async function makeEvent(
  fields: Partial<{
    title: string;
    status: "PUBLISHED" | "DRAFT" | "CANCELLED";
    startsAt: Date;
    endsAt: Date;
    allDay: { start: string; endExclusive: string };
    centres: string[];
  }>,
) {
  const centres = await prisma.centre.findMany({ where: { slug: { in: fields.centres ?? ["cnao"] } } });
  const allDay = fields.allDay;
  const startsAt = allDay
    ? new Date(`${allDay.start}T00:00:00Z`)
    : (fields.startsAt ?? new Date(Date.now() + 30 * DAY));
  const endsAt = allDay
    ? new Date(`${allDay.endExclusive}T00:00:00Z`)
    : (fields.endsAt ?? new Date(startsAt.getTime() + 3 * 3600_000));
  const row = await prisma.event.create({
    data: {
      kind: "CONFERENCE",
      status: fields.status ?? "PUBLISHED",
      titleEn: fields.title ?? "Feed test",
      titleIt: `${fields.title ?? "Feed test"} (it)`,
      descriptionEn: "Test.",
      descriptionIt: "Prova.",
      allDay: Boolean(allDay),
      startsAt,
      endsAt,
      startDate: allDay ? startsAt : null,
      endDate: allDay ? endsAt : null,
      version: 3,
      venue: "Aula Magna",
      city: "Pavia",
      languages: ["en"],
      centres: {
        create: (fields.centres ?? ["cnao"]).map((slug, i) => ({
          centreId: centres.find((c) => c.slug === slug)!.id,
          lead: i === 0,
        })),
      },
    },
    select: { id: true },
  });
  return row.id;
}

/** The feed's events by UID, with its zone registered as ical.js needs it. */
function parseFeed(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezone = root.getFirstSubcomponent("vtimezone");
  if (vtimezone) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const events = new Map(
    root.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return [e.uid, { event: e, status: v.getFirstPropertyValue("status"), sequence: e.sequence }] as const;
    }),
  );
  return {
    root,
    events,
    method: root.getFirstPropertyValue("method"),
    name: root.getFirstPropertyValue("x-wr-calname"),
  };
}

const uidOf = (id: string) => `event-${id}@`;
const find = (feed: ReturnType<typeof parseFeed>, id: string) =>
  [...feed.events.entries()].find(([uid]) => uid.startsWith(uidOf(id)))?.[1];

async function feed(path: string, loader: typeof allLoader, params: Record<string, string> = {}, headers = {}) {
  const res = (await callLoader(loader, path, { params, headers })) as Response;
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toContain("text/calendar");
  return parseFeed(await res.text());
}

describe("/events.ics and /centres/:slug/events.ics", () => {
  it("carry upcoming public events with their UIDs, DST-correct instants and exclusive all-day ends", async () => {
    const year = new Date().getUTCFullYear() + 1;
    const spring = lastSunday(year, 3);
    // 01:30 CET to 03:30 CEST: one hour of wall clock is skipped, so it lasts one hour.
    const start = zonedWallClockToUtc(spring, "01:30");
    const end = zonedWallClockToUtc(spring, "03:30");
    if (!start.ok || !end.ok) throw new Error("test setup");
    const timed = await makeEvent({
      title: "Spring night",
      startsAt: start.instant,
      endsAt: end.instant,
      centres: ["cnao", "humanitas"],
    });
    const allDay = await makeEvent({
      title: "Two days",
      allDay: { start: `${year}-06-10`, endExclusive: `${year}-06-12` },
      centres: ["humanitas"],
    });
    const cancelled = await makeEvent({ title: "Called off", status: "CANCELLED" });
    const draft = await makeEvent({ title: "Draft", status: "DRAFT" });
    const past = await makeEvent({ startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 2 * DAY) });

    const all = await feed("/events.ics", allLoader);
    expect(all.method).toBe("PUBLISH");
    expect(all.name).toBe("Ponte: events");
    const t = find(all, timed)!;
    expect(t.event.summary).toBe("Spring night");
    expect(t.sequence).toBe(3);
    expect(t.event.startDate.zone?.tzid).toBe("Europe/Rome");
    expect(t.event.startDate.toJSDate().getTime()).toBe(start.instant.getTime());
    expect(t.event.endDate.toJSDate().getTime()).toBe(end.instant.getTime());
    expect(end.instant.getTime() - start.instant.getTime()).toBe(3600_000);
    const a = find(all, allDay)!;
    expect(a.event.startDate.isDate).toBe(true);
    expect(a.event.startDate.toString()).toBe(`${year}-06-10`);
    expect(a.event.endDate.toString()).toBe(`${year}-06-12`);
    expect(find(all, cancelled)!.status).toBe("CANCELLED");
    expect(t.status).toBe("CONFIRMED");
    expect(find(all, draft)).toBeUndefined();
    expect(find(all, past)).toBeUndefined();

    // The same UID as the event's own .ics, so a subscribed calendar and a download agree.
    const one = (await callLoader(oneLoader, `/events/${timed}/ics`, { params: { id: timed } })) as Response;
    const single = parseFeed(await one.text());
    expect([...single.events.keys()]).toEqual([[...all.events.keys()].find((u) => u.startsWith(uidOf(timed)))]);

    const humanitas = await feed("/centres/humanitas/events.ics", centreLoader, { slug: "humanitas" });
    expect(find(humanitas, timed)).toBeDefined();
    expect(find(humanitas, allDay)).toBeDefined();
    expect(find(humanitas, cancelled)).toBeUndefined();
    const cnao = await feed("/centres/cnao/events.ics", centreLoader, { slug: "cnao" });
    expect(find(cnao, timed)).toBeDefined();
    expect(find(cnao, allDay)).toBeUndefined();

    // In Italian: titles and the calendar's name.
    const italian = await feed("/events.ics", allLoader, {}, { "Accept-Language": "it" });
    expect(italian.name).toBe("Ponte: eventi");
    expect(find(italian, timed)!.event.summary).toBe("Spring night (it)");

    expect(
      (
        await thrownResponse(() =>
          callLoader(centreLoader, "/centres/nowhere/events.ics", { params: { slug: "nowhere" } }),
        )
      ).status,
    ).toBe(404);
  });

  it("carry the seeded examples only where the installation shows them", async () => {
    const examples = await prisma.event.findMany({ where: { isExample: true }, select: { id: true } });
    expect(examples.length).toBeGreaterThan(0);
    const shown = await feed("/events.ics", allLoader);
    for (const e of examples) expect(find(shown, e.id), e.id).toBeDefined();
    const before = process.env.PONTE_EXAMPLES;
    process.env.PONTE_EXAMPLES = "hide";
    try {
      const hidden = await feed("/events.ics", allLoader);
      for (const e of examples) expect(find(hidden, e.id), e.id).toBeUndefined();
    } finally {
      process.env.PONTE_EXAMPLES = before;
    }
  });
});
