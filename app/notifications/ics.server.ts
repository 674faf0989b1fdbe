/**
 * A request's stay as iCalendar (RFC 5545), with ical-generator: one all-day VEVENT.
 *
 * - DTSTART;VALUE=DATE is the first day and DTEND;VALUE=DATE the day AFTER the last one:
 *   for all-day events DTEND is exclusive (RFC 5545 §3.6.1), while Ponte's stays are
 *   inclusive ranges.
 * - UID `request-<id>@<APP_ORIGIN host>` is stable, and SEQUENCE is `Request.version`, so a
 *   calendar replaces the event when dates change and removes it on METHOD:CANCEL
 *   (RFC 5546 §3.2: REQUEST and CANCEL carry an ORGANIZER; the sender address is used).
 * - PUBLISH for the download on /requests/:id; REQUEST and CANCEL for e-mail attachments.
 *
 * Events (issue 18, decision 0031) use the same module: `eventsCalendar` writes timed events
 * with TZID=Europe/Rome and its VTIMEZONE, all-day events as dates with an exclusive end.
 */
import { TZDate } from "@date-fns/tz";
import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { addDays } from "~/platform/calendar";
import { dateFromIso } from "~/platform/dates";
import { getEnv } from "~/platform/env.server";

/** The zone of every event's times (decision 0031). */
const EVENT_TZID = "Europe/Rome";

export interface StayForCalendar {
  id: string;
  version: number;
  /** Inclusive `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  /** The opportunity's title, in the reader's language. */
  title: string;
  centreName: string;
  centreAddress?: string | null;
  /** A link back to the request. */
  url?: string | null;
  description?: string | null;
  /** The applicant, as ATTENDEE of REQUEST/CANCEL. */
  attendee?: { name: string; email: string } | null;
  /** DTSTAMP (default: now). E-mail passes the notification's creation time, so every retry of one mail has the same bytes. */
  stamp?: Date | null;
}

/** The stable UID of a request's event: `request-<id>@<APP_ORIGIN host>`. */
export function stayUid(requestId: string): string {
  return `request-${requestId}@${new URL(getEnv().APP_ORIGIN).hostname}`;
}

function senderAddress(): { name: string; email: string } {
  const from = getEnv().EMAIL_FROM;
  const m = /^(.*)<([^>]+)>\s*$/.exec(from);
  return m
    ? { name: m[1].trim().replace(/^"|"$/g, "") || "Ponte", email: m[2].trim() }
    : { name: "Ponte", email: from.trim() };
}

/**
 * The stay as an iCalendar text (CRLF lines).
 * @param method PUBLISH (download), REQUEST (approval mail) or CANCEL (withdrawal/cancellation).
 * @throws RangeError on malformed dates.
 */
export function stayCalendar(stay: StayForCalendar, { method }: { method: "PUBLISH" | "REQUEST" | "CANCEL" }): string {
  const calendar = ical({
    name: "Ponte",
    prodId: { company: "Ponte", product: "requests", language: "EN" },
    method: ICalCalendarMethod[method],
  });
  addStay(calendar, stay, method);
  // RFC 5545 §3.1: every content line, the last one included, ends with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** The stay's VEVENT (the same UID and SEQUENCE wherever it appears, so calendars dedupe). */
function addStay(calendar: ICalCalendar, stay: StayForCalendar, method: "PUBLISH" | "REQUEST" | "CANCEL"): void {
  const scheduling = method !== "PUBLISH";
  const organizer = senderAddress();
  calendar.createEvent({
    id: stayUid(stay.id),
    sequence: stay.version,
    ...(stay.stamp ? { stamp: stay.stamp } : {}),
    allDay: true,
    start: dateFromIso(stay.startDate),
    end: dateFromIso(addDays(stay.endDate, 1)),
    summary: `${stay.title} · ${stay.centreName}`,
    description: stay.description ?? null,
    location: stay.centreAddress ? `${stay.centreName}, ${stay.centreAddress}` : stay.centreName,
    url: stay.url ?? null,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.OPAQUE,
    ...(scheduling ? { organizer } : {}),
    ...(scheduling && stay.attendee ? { attendees: [{ name: stay.attendee.name, email: stay.attendee.email }] } : {}),
  });
}

/**
 * Europe/Rome as a VTIMEZONE (RFC 5545 §3.6.5): the EU rule in force since 1996, summer
 * time from 02:00 CET on the last Sunday of March to 03:00 CEST on the last Sunday of
 * October. Every Ponte event is in this zone (decision 0031).
 */
const EUROPE_ROME_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Rome",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

export interface EventForCalendar {
  id: string;
  /** `Event.version` (SEQUENCE). */
  version: number;
  /** The event's title, in the reader's language. */
  title: string;
  description?: string | null;
  allDay: boolean;
  /** Timed events: UTC instants (end exclusive). */
  startsAt: Date;
  endsAt: Date;
  /** All-day events: first day and the day AFTER the last (exclusive), `YYYY-MM-DD`. */
  startDate?: string | null;
  endDate?: string | null;
  /** Venue and address, or "Online". */
  location?: string | null;
  /** The event's page. */
  url?: string | null;
  cancelled?: boolean;
  /** The registrant, as ATTENDEE of REQUEST/CANCEL. */
  attendee?: { name: string; email: string } | null;
  stamp?: Date | null;
}

/** The stable UID of an event: `event-<id>@<APP_ORIGIN host>`. */
export function eventUid(eventId: string): string {
  return `event-${eventId}@${new URL(getEnv().APP_ORIGIN).hostname}`;
}

/**
 * Events as an iCalendar text (CRLF lines): timed events with `DTSTART;TZID=Europe/Rome` and
 * the zone's VTIMEZONE; all-day events with `VALUE=DATE` and the exclusive DTEND.
 * @param method PUBLISH (download, feeds), REQUEST (registration mail) or CANCEL (the event
 * or the registration is cancelled).
 */
export function eventsCalendar(
  events: readonly EventForCalendar[],
  {
    method,
    name = "Ponte",
    stays = [],
  }: {
    method: "PUBLISH" | "REQUEST" | "CANCEL";
    name?: string;
    /** Approved stays to add as all-day VEVENTs (the private per-user feed), as `stayCalendar` writes them. */
    stays?: readonly StayForCalendar[];
  },
): string {
  const calendar = ical({
    name,
    prodId: { company: "Ponte", product: "events", language: "EN" },
    method: ICalCalendarMethod[method],
  });
  const scheduling = method !== "PUBLISH";
  const organizer = senderAddress();
  for (const event of events) {
    const when = event.allDay
      ? { allDay: true, start: dateFromIso(event.startDate!), end: dateFromIso(event.endDate!) }
      : {
          timezone: EVENT_TZID,
          start: new TZDate(event.startsAt.getTime(), EVENT_TZID),
          end: new TZDate(event.endsAt.getTime(), EVENT_TZID),
        };
    calendar.createEvent({
      id: eventUid(event.id),
      sequence: event.version,
      ...(event.stamp ? { stamp: event.stamp } : {}),
      ...when,
      summary: event.title,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      status: method === "CANCEL" || event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.OPAQUE,
      ...(scheduling ? { organizer } : {}),
      ...(scheduling && event.attendee
        ? { attendees: [{ name: event.attendee.name, email: event.attendee.email }] }
        : {}),
    });
  }
  for (const stay of stays) addStay(calendar, stay, method);
  let text = calendar.toString();
  // The zone's definition goes before the first VEVENT. (ical-generator's calendar-level
  // timezone would also write DTSTAMP in local time, which RFC 5545 §3.8.7.2 forbids.)
  if (events.some((e) => !e.allDay)) text = text.replace("BEGIN:VEVENT", `${EUROPE_ROME_VTIMEZONE}\r\nBEGIN:VEVENT`);
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
