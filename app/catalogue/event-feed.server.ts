/**
 * Subscribable event feeds (issue 18, part 4): `/events.ics` (every upcoming public event)
 * and `/centres/:slug/events.ics` (a centre's, co-organised ones included). Upcoming means
 * not yet ended; cancelled ones stay in the feed with STATUS:CANCELLED until they would
 * have ended, so subscribed calendars drop them; drafts never appear, examples only where
 * the installation shows them (`publicEventWhere`). Each VEVENT is the one the event's own
 * .ics carries (same UID and SEQUENCE: app/notifications/ics.server.ts `eventsCalendar`).
 */
import type { Prisma } from "~/generated/prisma/client";
import { eventsCalendar, type EventForCalendar, type StayForCalendar } from "~/notifications/ics.server";
import { appUrl } from "~/notifications/outbox.server";
import { prisma } from "~/platform/db.server";
import { publicEventWhere } from "./event.server";

/** Most events in one feed (soonest first). */
export const FEED_MAX_EVENTS = 500;

/** What an event's calendar entry needs. */
export const CALENDAR_EVENT_SELECT = {
  id: true,
  version: true,
  status: true,
  titleEn: true,
  titleIt: true,
  descriptionEn: true,
  descriptionIt: true,
  allDay: true,
  startsAt: true,
  endsAt: true,
  startDate: true,
  endDate: true,
  online: true,
  venue: true,
  address: true,
  city: true,
} satisfies Prisma.EventSelect;

type CalendarRow = Prisma.EventGetPayload<{ select: typeof CALENDAR_EVENT_SELECT }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** One event as its calendar entry, in `language` (the per-event .ics and the feeds share it). */
export function calendarEntry(event: CalendarRow, language: string): EventForCalendar {
  const it = language === "it";
  return {
    id: event.id,
    version: event.version,
    title: it ? event.titleIt : event.titleEn,
    description: it ? event.descriptionIt : event.descriptionEn,
    allDay: event.allDay,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    startDate: day(event.startDate),
    endDate: day(event.endDate),
    location: event.online ? "Online" : [event.venue, event.address, event.city].filter(Boolean).join(", ") || null,
    url: appUrl(`/events/${event.id}`),
    cancelled: event.status === "CANCELLED",
  };
}

/**
 * The feed of upcoming public events as iCalendar text (METHOD:PUBLISH), in `language`;
 * `centreId` narrows it to one centre's events. `name` becomes the calendar's name.
 */
export async function eventsFeed({
  centreId,
  name,
  language,
  now = new Date(),
}: {
  centreId?: string;
  name: string;
  language: string;
  now?: Date;
}): Promise<string> {
  const rows = await prisma.event.findMany({
    where: {
      AND: [publicEventWhere(), { endsAt: { gt: now } }, centreId ? { centres: { some: { centreId } } } : {}],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_MAX_EVENTS,
    select: CALENDAR_EVENT_SELECT,
  });
  return eventsCalendar(
    rows.map((r) => calendarEntry(r, language)),
    { method: "PUBLISH", name },
  );
}

/** Headers of a subscribable feed: shown inline, refetched by calendars (15 minutes). */
export function feedHeaders(filename: string): Record<string, string> {
  return {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `inline; filename="${filename}"`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=900",
  };
}

/**
 * A centre's feed (`eventsFeed` narrowed to it), named by `nameOf(centre name in language)`;
 * null when no centre has that slug.
 */
export async function centreEventsFeed(
  slug: string,
  language: string,
  nameOf: (centreName: string) => string,
): Promise<string | null> {
  const centre = await prisma.centre.findUnique({ where: { slug }, select: { id: true, name: true, nameIt: true } });
  if (!centre) return null;
  return eventsFeed({ centreId: centre.id, name: nameOf(language === "it" ? centre.nameIt : centre.name), language });
}

/** How far back the private feed keeps what has ended (so last month's course stays visible). */
export const PERSONAL_FEED_PAST_DAYS = 180;

/**
 * A person's private feed (`/calendar/<token>.ics`), in `language`: the events they hold a
 * place at (REGISTERED, not waitlisted or cancelled; a cancelled event as STATUS:CANCELLED),
 * and their approved (or completed) stays as the all-day VEVENT of
 * /requests/:id/stay.ics (same UID and SEQUENCE, so calendars that have both keep one).
 * What ended more than PERSONAL_FEED_PAST_DAYS ago is left out; drafts never appear.
 */
export async function personalFeed({
  userId,
  name,
  language,
  now = new Date(),
}: {
  userId: string;
  name: string;
  language: string;
  now?: Date;
}): Promise<string> {
  const since = new Date(now.getTime() - PERSONAL_FEED_PAST_DAYS * 86_400_000);
  const it = language === "it";
  const [events, requests] = await Promise.all([
    prisma.event.findMany({
      where: {
        status: { in: ["PUBLISHED", "CANCELLED"] },
        endsAt: { gt: since },
        registrations: { some: { userId, status: "REGISTERED" } },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: FEED_MAX_EVENTS,
      select: CALENDAR_EVENT_SELECT,
    }),
    prisma.request.findMany({
      where: { applicantId: userId, status: { in: ["APPROVED", "COMPLETED"] }, endDate: { gte: since } },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      take: FEED_MAX_EVENTS,
      select: {
        id: true,
        version: true,
        startDate: true,
        endDate: true,
        opportunity: {
          select: {
            titleEn: true,
            titleIt: true,
            centre: { select: { name: true, nameIt: true, address: true, city: true } },
          },
        },
      },
    }),
  ]);
  const stays: StayForCalendar[] = requests.map((r) => {
    const centre = r.opportunity.centre;
    return {
      id: r.id,
      version: r.version,
      startDate: day(r.startDate)!,
      endDate: day(r.endDate)!,
      title: it ? r.opportunity.titleIt : r.opportunity.titleEn,
      centreName: it ? centre.nameIt : centre.name,
      centreAddress: [centre.address, centre.city].filter(Boolean).join(", ") || null,
      url: appUrl(`/requests/${r.id}`),
    };
  });
  return eventsCalendar(
    events.map((e) => calendarEntry(e, language)),
    { method: "PUBLISH", name, stays },
  );
}

/** Headers of the private feed: like `feedHeaders`, but never stored by shared caches or indexed. */
export function privateFeedHeaders(filename: string): Record<string, string> {
  return {
    ...feedHeaders(filename),
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
  };
}
