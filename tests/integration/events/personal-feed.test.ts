/**
 * The private per-user calendar feed (issue 18, part 4), through the /account action and the
 * /calendar/<token>.ics loader, parsed with ical.js: the address is made on /account and shown
 * once (only its hash is stored); the feed holds the person's places (REGISTERED: not
 * waitlisted, not cancelled, no draft, nobody else's) with the UID of each event's own .ics,
 * and their approved stays with the UID and dates of /requests/:id/stay.ics, in the account's
 * language; a reset makes a new address and the old one 404s; turning it off 404s too; a
 * malformed path 404s.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { action as accountAction, loader as accountLoader } from "~/routes/account._index/route";
import { loader as feedLoader } from "~/routes/calendar.$file";
import { loader as stayLoader } from "~/routes/requests.$id_.stay[.ics]";
import { loader as eventIcsLoader } from "~/routes/events.$id_.ics";
import { hashToken } from "~/accounts/token.server";
import { zonedWallClockToUtc } from "~/catalogue/event-time";
import { addDays } from "~/platform/calendar";
import { todayIso } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { callAction, callLoader, thrownResponse } from "../../utils/http";
import { createUser, sessionCookie } from "../../factories/accounts";
import { createRequest } from "../../factories/requests";
import { body, cnaoObservership } from "../../factories/request-flow";

// Dates from today, so the feed's window (what ended over 180 days ago is left out) holds on
// any day the suite runs, including `npm run test:future`'s clock 400 days ahead.
const TODAY = todayIso();
const EVENT_DAY = addDays(TODAY, 60);
const STAY_START = addDays(TODAY, 70);
const STAY_END = addDays(TODAY, 81);

const rome = (date: string, time: string) => {
  const r = zonedWallClockToUtc(date, time);
  if (!r.ok) throw new Error(r.problem);
  return r.instant;
};

async function makeEvent(title: string, status: "PUBLISHED" | "DRAFT" | "CANCELLED" = "PUBLISHED") {
  const centre = await prisma.centre.findFirstOrThrow({ where: { slug: "cnao" } });
  const row = await prisma.event.create({
    data: {
      kind: "COURSE",
      status,
      titleEn: title,
      titleIt: `${title} (it)`,
      descriptionEn: "Test.",
      descriptionIt: "Prova.",
      startsAt: rome(EVENT_DAY, "09:00"),
      endsAt: rome(EVENT_DAY, "17:00"),
      version: 2,
      city: "Pavia",
      languages: ["en"],
      centres: { create: [{ centreId: centre.id, lead: true }] },
    },
    select: { id: true },
  });
  return row.id;
}

async function register(eventId: string, userId: string, status: "REGISTERED" | "WAITLISTED" | "CANCELLED") {
  await prisma.eventRegistration.create({
    data: { eventId, userId, status, position: status === "WAITLISTED" ? 1 : null },
  });
}

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezone = root.getFirstSubcomponent("vtimezone");
  if (vtimezone) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  return {
    name: root.getFirstPropertyValue("x-wr-calname"),
    events: root.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)),
  };
}

async function feedText(path: string) {
  const response = (await callLoader(feedLoader, path, { params: { file: path.split("/").pop()! } })) as Response;
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toMatch(/^text\/calendar/);
  expect(response.headers.get("Cache-Control")).toContain("no-store");
  return response.text();
}

async function feedStatus(path: string) {
  const r = await thrownResponse(() => callLoader(feedLoader, path, { params: { file: path.split("/").pop()! } }));
  return r.status;
}

async function makeAddress(cookie: string): Promise<string> {
  const answer = body<{ feedUrl: string; notice: string }>(
    await callAction(accountAction, "/account", { intent: "calendar-feed-reset" }, { headers: { Cookie: cookie } }),
  );
  expect(answer.notice).toBe("account.calendarFeed.made");
  return new URL(answer.feedUrl).pathname;
}

describe("the private calendar feed", () => {
  it("carries the person's places and approved stays, deduped with their own .ics files", async () => {
    const user = await createUser({ name: "Amina", locale: "it" });
    const other = await createUser({ name: "Other" });
    const cookie = await sessionCookie(user.id);

    const mine = await makeEvent("Mine");
    const waiting = await makeEvent("Waiting");
    const gaveUp = await makeEvent("Gave up");
    const cancelledEvent = await makeEvent("Cancelled by the centre", "CANCELLED");
    const notMine = await makeEvent("Someone else's");
    await register(mine, user.id, "REGISTERED");
    await register(waiting, user.id, "WAITLISTED");
    await register(gaveUp, user.id, "CANCELLED");
    await register(cancelledEvent, user.id, "REGISTERED");
    await register(notMine, other.id, "REGISTERED");

    const opportunity = await cnaoObservership();
    const approved = await createRequest({
      applicantId: user.id,
      opportunityId: opportunity.id,
      start: STAY_START,
      end: STAY_END,
      status: "APPROVED",
    });
    await createRequest({
      applicantId: user.id,
      opportunityId: opportunity.id,
      start: addDays(TODAY, 120),
      end: addDays(TODAY, 131),
      status: "SUBMITTED",
    });

    // No address yet: the page says so.
    const before = await callLoader(accountLoader, "/account", { headers: { Cookie: cookie } });
    expect(before.data.calendarFeedCreatedAt).toBeNull();

    const path = await makeAddress(cookie);
    expect(path).toMatch(/^\/calendar\/[a-z2-7]{32}\.ics$/);
    const token = path.slice("/calendar/".length, -".ics".length);
    // Only the hash is stored; the page no longer shows the address, only that it exists.
    const row = await prisma.calendarFeed.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    const after = await callLoader(accountLoader, "/account", { headers: { Cookie: cookie } });
    expect(after.data.calendarFeedCreatedAt).not.toBeNull();
    expect(JSON.stringify(after.data)).not.toContain(token);

    const feed = parse(await feedText(path));
    expect(feed.name).toBe("Ponte: i miei eventi e soggiorni");
    const byUid = new Map(feed.events.map((e) => [e.uid, e]));
    expect(feed.events).toHaveLength(3);

    // The event: the UID, SEQUENCE and Rome time of its own .ics; the title in Italian.
    const own = parse(
      await ((await callLoader(eventIcsLoader, `/events/${mine}/ics`, { params: { id: mine } })) as Response).text(),
    ).events[0];
    const entry = byUid.get(own.uid)!;
    expect(entry.summary).toBe("Mine (it)");
    expect(entry.sequence).toBe(own.sequence);
    expect(entry.startDate.toJSDate().toISOString()).toBe(rome(EVENT_DAY, "09:00").toISOString());
    expect(entry.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Rome");
    // The event the centre cancelled stays, marked cancelled.
    const cancelledEntry = feed.events.find((e) => e.summary === "Cancelled by the centre (it)")!;
    expect(cancelledEntry.component.getFirstPropertyValue("status")).toBe("CANCELLED");

    // The stay: the UID, SEQUENCE and all-day dates of /requests/:id/stay.ics (exclusive end).
    const stayFile = (await callLoader(stayLoader, `/requests/${approved.id}/stay.ics`, {
      params: { id: approved.id },
      headers: { Cookie: cookie },
    })) as Response;
    const stay = parse(await stayFile.text()).events[0];
    const stayEntry = byUid.get(stay.uid)!;
    expect(stayEntry).toBeDefined();
    expect(stayEntry.sequence).toBe(stay.sequence);
    expect(stayEntry.startDate.isDate).toBe(true);
    expect(stayEntry.startDate.toString()).toBe(STAY_START);
    expect(stayEntry.endDate.toString()).toBe(addDays(STAY_END, 1));
    expect(stayEntry.summary).toBe(stay.summary);
  });

  it("a reset makes a new address and the old one 404s; turning it off 404s too", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const first = await makeAddress(cookie);
    expect(parse(await feedText(first)).name).toBe("Ponte: my events and stays");
    const second = await makeAddress(cookie);
    expect(second).not.toBe(first);
    expect(await feedStatus(first)).toBe(404);
    expect(parse(await feedText(second)).events).toHaveLength(0);
    expect(await prisma.calendarFeed.count({ where: { userId: user.id } })).toBe(1);

    const off = body<{ notice: string }>(
      await callAction(accountAction, "/account", { intent: "calendar-feed-remove" }, { headers: { Cookie: cookie } }),
    );
    expect(off.notice).toBe("account.calendarFeed.removed");
    expect(await feedStatus(second)).toBe(404);
  });

  it("answers 404 to malformed and unknown addresses, and needs a session to make one", async () => {
    for (const path of [
      "/calendar/abc.ics",
      `/calendar/${"a".repeat(32)}.ics`,
      `/calendar/${"a".repeat(32)}`,
      `/calendar/${"a".repeat(32)}.ics.ics`,
      "/calendar/..%2F.ics",
    ])
      expect(await feedStatus(path)).toBe(404);
    const r = await thrownResponse(() => callAction(accountAction, "/account", { intent: "calendar-feed-reset" }));
    expect(r.status).toBe(302);
  });
});
