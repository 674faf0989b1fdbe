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
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { addDays } from "~/platform/calendar";
import { dateFromIso } from "~/platform/dates";
import { getEnv } from "~/platform/env.server";

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
  // RFC 5545 §3.1: every content line, the last one included, ends with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
