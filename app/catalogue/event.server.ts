/**
 * Events (issue 18): the public listing and page, and registration in Ponte.
 *
 * Registration is one transaction that first locks the event's row (`SELECT … FOR UPDATE`),
 * so concurrent registrations for the last place queue on the lock and exactly one gets it;
 * the others land on the waiting list. Cancelling a place promotes the first person of the
 * waiting list (lowest `position`) in the same transaction. Every mail goes through the
 * outbox in that transaction (decision 0010). Times: decision 0031.
 */
import type { Prisma } from "~/generated/prisma/client";
import { prisma, TRANSACTION_OPTIONS } from "~/platform/db.server";
import { appUrl, enqueueEmail, type EmailPayloads } from "~/notifications/outbox.server";
import { withDescendants, type Taxonomy } from "./topic.server";
import { addDays } from "~/platform/calendar";
import { formatRange } from "~/platform/date-format";
import { formatEventInstant, zonedWallClockToUtc } from "./event-time";
import type { EventKindValue } from "./event-validation";
import { examplesShown } from "./visibility.server";
import { searchEvents, searchText } from "./search.server";

export interface EventFilters {
  kind?: EventKindValue | null;
  centre?: string | null;
  topic?: string | null;
  language?: string | null;
  /** `YYYY-MM`, a month in Europe/Rome. */
  month?: string | null;
  mode?: "online" | "in-person" | null;
  /** The city as stored (the catalogue's English name, e.g. "Milan"). */
  city?: string | null;
  /** Full-text search (the catalogue's, decision 0027): titles, topics, organisers, descriptions, EN and IT. */
  q?: string | null;
}

/**
 * Events anyone may see: published or cancelled (cancelled ones say so), never drafts; the
 * seeded example events only where the installation shows examples (decision 0026, as
 * `publicOpportunityWhere`).
 */
export function publicEventWhere(): Prisma.EventWhereInput {
  const status: Prisma.EventWhereInput = { status: { in: ["PUBLISHED", "CANCELLED"] } };
  return examplesShown() ? status : { ...status, isExample: false };
}

/** Published events the public may see (listings, feeds, suggestions): examples as `publicEventWhere`. */
export function listedEventWhere(): Prisma.EventWhereInput {
  return examplesShown() ? { status: "PUBLISHED" } : { status: "PUBLISHED", isExample: false };
}

const LIST_SELECT = {
  id: true,
  kind: true,
  status: true,
  isExample: true,
  titleEn: true,
  titleIt: true,
  allDay: true,
  startsAt: true,
  endsAt: true,
  startDate: true,
  endDate: true,
  online: true,
  city: true,
  venue: true,
  languages: true,
  centres: { select: { centre: { select: { slug: true, name: true, nameIt: true } } }, orderBy: { lead: "desc" } },
} satisfies Prisma.EventSelect;

/** The first instant of a month in Europe/Rome (`YYYY-MM`), or null when malformed. */
export function monthStart(month: string): Date | null {
  const r = zonedWallClockToUtc(`${month}-01`, "00:00");
  return r.ok ? r.instant : null;
}

/**
 * Upcoming events (not yet ended at `now`), published only, soonest first, with the filters;
 * `topic` includes its narrower topics; `q` keeps the events the full-text search finds
 * (still soonest first: a list of events is read by date). At most `limit` (default 200).
 * The month calendar passes `now` = the start of its month to show the month's past days too.
 */
export async function listPublicEvents(
  filters: EventFilters,
  taxonomy: Taxonomy,
  { now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {},
) {
  const and: Prisma.EventWhereInput[] = [listedEventWhere(), { endsAt: { gt: now } }];
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.centre) and.push({ centres: { some: { centre: { slug: filters.centre } } } });
  if (filters.topic) and.push({ topics: { some: { topicId: { in: withDescendants(taxonomy, filters.topic) } } } });
  if (filters.language) and.push({ languages: { has: filters.language } });
  if (filters.mode) and.push({ online: filters.mode === "online" });
  if (filters.city) and.push({ city: filters.city });
  if (filters.q && searchText(filters.q)) {
    const found = await searchEvents(filters.q);
    and.push({ id: { in: [...found.keys()] } });
  }
  if (filters.month) {
    const from = monthStart(filters.month);
    const [y, m] = filters.month.split("-").map(Number);
    const next = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, "0")}`;
    const to = monthStart(next);
    // Timed events by their instants; all-day events by their dates (end exclusive).
    if (from && to)
      and.push({
        OR: [
          { allDay: false, startsAt: { lt: to }, endsAt: { gt: from } },
          {
            allDay: true,
            startDate: { lt: new Date(`${next}-01T00:00:00Z`) },
            endDate: { gt: new Date(`${filters.month}-01T00:00:00Z`) },
          },
        ],
      });
  }
  return prisma.event.findMany({
    where: { AND: and },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: LIST_SELECT,
  });
}

/** A centre's upcoming published events (its page). */
export async function listCentreEvents(centreId: string, now = new Date()) {
  return prisma.event.findMany({
    where: { ...listedEventWhere(), endsAt: { gt: now }, centres: { some: { centreId } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 50,
    select: LIST_SELECT,
  });
}

export type EventListItem = Awaited<ReturnType<typeof listCentreEvents>>[number];

/** Filter choices: the centres that organise a published event. */
export async function getEventCentreOptions() {
  return prisma.centre.findMany({
    where: { events: { some: { event: listedEventWhere() } } },
    select: { slug: true, name: true, nameIt: true },
    orderBy: { name: "asc" },
  });
}

/** Filter choices: the cities of upcoming listed events, as stored (English names), sorted. */
export async function getEventCityOptions(now = new Date()): Promise<string[]> {
  const rows = await prisma.event.findMany({
    where: { ...listedEventWhere(), endsAt: { gt: now }, city: { not: null } },
    distinct: ["city"],
    select: { city: true },
    orderBy: { city: "asc" },
  });
  return rows.flatMap((r) => (r.city ? [r.city] : []));
}

/**
 * One event for its public page, with the viewer's registration (null when signed out or
 * not registered) and the counts. Null for drafts and unknown ids. `onlineUrl` is blanked
 * unless the viewer holds a place.
 */
export async function getPublicEvent(id: string, viewerId: string | null) {
  const event = await prisma.event.findFirst({
    where: { id, ...publicEventWhere() },
    select: {
      ...LIST_SELECT,
      descriptionEn: true,
      descriptionIt: true,
      address: true,
      onlineUrl: true,
      capacity: true,
      registrationDeadline: true,
      externalUrl: true,
      feeKind: true,
      feeAmountMinor: true,
      feeCurrency: true,
      contactName: true,
      contactEmail: true,
      version: true,
      professions: true,
      careerStages: true,
      topics: { select: { topicId: true } },
    },
  });
  if (!event) return null;
  const [registered, waitlisted, mine] = await Promise.all([
    prisma.eventRegistration.count({ where: { eventId: id, status: "REGISTERED" } }),
    prisma.eventRegistration.count({ where: { eventId: id, status: "WAITLISTED" } }),
    viewerId
      ? prisma.eventRegistration.findUnique({
          where: { eventId_userId: { eventId: id, userId: viewerId } },
          select: { status: true, position: true },
        })
      : null,
  ]);
  const holdsPlace = mine?.status === "REGISTERED";
  return {
    ...event,
    onlineUrl: holdsPlace ? event.onlineUrl : null,
    registered,
    waitlisted,
    mine: mine && mine.status !== "CANCELLED" ? mine : null,
  };
}

export type RegistrationRefusal =
  | "not-found"
  | "example"
  | "cancelled"
  | "external"
  | "deadline"
  | "started"
  | "already-registered"
  | "not-registered";

export type RegistrationResult =
  | { ok: true; status: "REGISTERED" | "WAITLISTED" }
  | { ok: false; reason: RegistrationRefusal };

/** The event's row, locked until the transaction ends (serialises registrations per event). */
async function lockEvent(tx: Prisma.TransactionClient, eventId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      status: true,
      capacity: true,
      startsAt: true,
      registrationDeadline: true,
      externalUrl: true,
      isExample: true,
      version: true,
    },
  });
}

type MailEvent = {
  id: string;
  version: number;
  titleEn: string;
  titleIt: string;
  descriptionEn: string;
  descriptionIt: string;
  allDay: boolean;
  startsAt: Date;
  endsAt: Date;
  startDate: Date | null;
  endDate: Date | null;
  online: boolean;
  venue: string | null;
  address: string | null;
  city: string | null;
};

const MAIL_EVENT_SELECT = {
  id: true,
  version: true,
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

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** What an event mail carries, in the recipient's language (the .ics is built from it). */
export function eventMailPayload(
  event: MailEvent,
  locale: string,
  extra: { waitlisted: boolean; ics: "request" | "cancel" | null },
): EmailPayloads["event-registered"] {
  const it = locale === "it";
  const when = event.allDay
    ? formatRange({ start: isoDay(event.startDate)!, end: addDays(isoDay(event.endDate)!, -1) }, locale)
    : `${formatEventInstant(event.startsAt, locale)} – ${formatEventInstant(event.endsAt, locale)}`;
  return {
    eventId: event.id,
    version: event.version,
    title: it ? event.titleIt : event.titleEn,
    when,
    allDay: event.allDay,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    startDate: isoDay(event.startDate),
    endDate: isoDay(event.endDate),
    location: event.online ? null : [event.venue, event.address, event.city].filter(Boolean).join(", ") || null,
    online: event.online,
    url: appUrl(`/events/${event.id}`),
    waitlisted: extra.waitlisted,
    ics: extra.ics,
  };
}

async function mailRegistrant(
  tx: Prisma.TransactionClient,
  kind: "event-registered" | "event-promoted" | "event-cancelled",
  event: MailEvent,
  userId: string,
  extra: { waitlisted: boolean; ics: "request" | "cancel" | null; key: string },
) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, locale: true } });
  if (!user) return;
  const locale = user.locale === "it" ? "it" : "en";
  await enqueueEmail(tx, {
    kind,
    userId,
    to: user.email,
    locale,
    payload: eventMailPayload(event, locale, extra),
    idempotencyKey: `${kind}:${event.id}:${userId}:${extra.key}`,
  });
}

/**
 * Registers a signed-in person: a place when one is free (or capacity is unlimited), else
 * the end of the waiting list. Refused for drafts/unknown ids, cancelled events, examples
 * (decision 0026: never requestable), events
 * that register elsewhere, after the deadline or the start, and for a second registration.
 * A person who cancelled earlier may register again (their row is reused).
 */
export async function registerForEvent(userId: string, eventId: string, now = new Date()): Promise<RegistrationResult> {
  return prisma.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event || event.status === "DRAFT") return { ok: false, reason: "not-found" } as const;
    if (event.status === "CANCELLED") return { ok: false, reason: "cancelled" } as const;
    if (event.isExample) return { ok: false, reason: "example" } as const;
    if (event.externalUrl) return { ok: false, reason: "external" } as const;
    if (event.startsAt <= now) return { ok: false, reason: "started" } as const;
    if (event.registrationDeadline && event.registrationDeadline < now)
      return { ok: false, reason: "deadline" } as const;
    const existing = await tx.eventRegistration.findUnique({
      where: { eventId_userId: { eventId, userId } },
      select: { id: true, status: true },
    });
    if (existing && existing.status !== "CANCELLED") return { ok: false, reason: "already-registered" } as const;
    const registered = await tx.eventRegistration.count({ where: { eventId, status: "REGISTERED" } });
    const full = event.capacity !== null && registered >= event.capacity;
    let position: number | null = null;
    if (full) {
      const last = await tx.eventRegistration.aggregate({ where: { eventId }, _max: { position: true } });
      position = (last._max.position ?? 0) + 1;
    }
    const status = full ? "WAITLISTED" : "REGISTERED";
    const row = existing
      ? await tx.eventRegistration.update({
          where: { id: existing.id },
          data: { status, position, cancelledAt: null, attended: false },
          select: { id: true },
        })
      : await tx.eventRegistration.create({ data: { eventId, userId, status, position }, select: { id: true } });
    const mailEvent = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: MAIL_EVENT_SELECT });
    await mailRegistrant(tx, "event-registered", mailEvent, userId, {
      waitlisted: full,
      ics: full ? null : "request",
      key: `${row.id}:${now.getTime()}`,
    });
    return { ok: true, status } as const;
  }, TRANSACTION_OPTIONS);
}

/**
 * The person gives up their place or leaves the waiting list (until the event starts). When a
 * place frees up, the first of the waiting list takes it and is told by e-mail.
 */
export async function cancelRegistration(
  userId: string,
  eventId: string,
  now = new Date(),
): Promise<{ ok: true; promoted: string | null } | { ok: false; reason: RegistrationRefusal }> {
  return prisma.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event || event.status === "DRAFT") return { ok: false, reason: "not-found" } as const;
    if (event.startsAt <= now) return { ok: false, reason: "started" } as const;
    const mine = await tx.eventRegistration.findUnique({
      where: { eventId_userId: { eventId, userId } },
      select: { id: true, status: true },
    });
    if (!mine || mine.status === "CANCELLED") return { ok: false, reason: "not-registered" } as const;
    await tx.eventRegistration.update({
      where: { id: mine.id },
      data: { status: "CANCELLED", position: null, cancelledAt: now },
    });
    let promoted: string | null = null;
    if (mine.status === "REGISTERED" && event.status === "PUBLISHED") promoted = await promoteWaiting(tx, eventId, now);
    return { ok: true, promoted } as const;
  }, TRANSACTION_OPTIONS);
}

/**
 * Fills free places from the waiting list in `position` order (call with the event locked).
 * @returns the id of the last person promoted, or null.
 */
export async function promoteWaiting(tx: Prisma.TransactionClient, eventId: string, now = new Date()) {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { ...MAIL_EVENT_SELECT, capacity: true },
  });
  let registered = await tx.eventRegistration.count({ where: { eventId, status: "REGISTERED" } });
  let promoted: string | null = null;
  while (event.capacity === null || registered < event.capacity) {
    const next = await tx.eventRegistration.findFirst({
      where: { eventId, status: "WAITLISTED" },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, userId: true },
    });
    if (!next) break;
    await tx.eventRegistration.update({ where: { id: next.id }, data: { status: "REGISTERED", position: null } });
    await mailRegistrant(tx, "event-promoted", event, next.userId, {
      waitlisted: false,
      ics: "request",
      key: `${next.id}:${now.getTime()}`,
    });
    registered += 1;
    promoted = next.userId;
  }
  return promoted;
}

export { MAIL_EVENT_SELECT, mailRegistrant };
