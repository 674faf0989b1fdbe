/**
 * The coordinators' side of events (issue 18): create, edit, publish and cancel the events
 * of their centres, and see who registered. Scoping is in every `where`: a coordinator
 * reaches an event through a centre they coordinate (an admin, every event). Cancelling
 * tells every registrant and waiting person by e-mail with METHOD:CANCEL, in the same
 * transaction (decision 0010).
 */
import type { Prisma } from "~/generated/prisma/client";
import type { Staff } from "~/accounts/staff.server";
import { prisma, TRANSACTION_OPTIONS } from "~/platform/db.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { eventMailPayload, MAIL_EVENT_SELECT, mailRegistrant, promoteWaiting } from "./event.server";
import type { EventMessageInput } from "./event-message";
import type { EventInput } from "./event-validation";

function eventScope(staff: Staff): Prisma.EventWhereInput {
  return staff.isAdmin ? {} : { centres: { some: { centre: { coordinators: { some: { userId: staff.id } } } } } };
}

function eventData(input: EventInput) {
  return {
    kind: input.kind,
    titleEn: input.titleEn,
    titleIt: input.titleIt,
    descriptionEn: input.descriptionEn,
    descriptionIt: input.descriptionIt,
    allDay: input.allDay,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    startDate: input.startDate ? new Date(`${input.startDate}T00:00:00Z`) : null,
    endDate: input.endDate ? new Date(`${input.endDate}T00:00:00Z`) : null,
    online: input.online,
    venue: input.venue,
    address: input.address,
    city: input.city,
    onlineUrl: input.onlineUrl,
    languages: input.languages,
    professions: input.professions,
    careerStages: input.careerStages,
    capacity: input.capacity,
    registrationDeadline: input.registrationDeadline,
    externalUrl: input.externalUrl,
    feeKind: input.feeKind,
    feeAmountMinor: input.feeAmountMinor,
    feeCurrency: input.feeCurrency,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
  };
}

/** Centres a co-organiser may be chosen from (every centre, by name). */
export async function listCentreChoices() {
  return prisma.centre.findMany({ select: { slug: true, name: true, nameIt: true }, orderBy: { name: "asc" } });
}

/**
 * Creates a draft event led by the centre `slug` (which the staff member must manage), with
 * the chosen co-organisers. Null when the centre is not theirs.
 */
export async function createEvent(staff: Staff, slug: string, input: EventInput): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const centre = await tx.centre.findFirst({
      where: { slug, ...(staff.isAdmin ? {} : { coordinators: { some: { userId: staff.id } } }) },
      select: { id: true },
    });
    if (!centre) return null;
    const co = await tx.centre.findMany({
      where: { slug: { in: input.coOrganisers.filter((s) => s !== slug) } },
      select: { id: true },
    });
    const event = await tx.event.create({
      data: {
        ...eventData(input),
        createdById: staff.id,
        centres: { create: [{ centreId: centre.id, lead: true }, ...co.map((c) => ({ centreId: c.id }))] },
        topics: { create: input.topics.map((topicId) => ({ topicId })) },
      },
      select: { id: true },
    });
    return event.id;
  }, TRANSACTION_OPTIONS);
}

/** One event the staff member may manage, with its registrations (null otherwise). */
export async function getManagedEvent(staff: Staff, id: string) {
  return prisma.event.findFirst({
    where: { id, ...eventScope(staff) },
    select: {
      id: true,
      kind: true,
      status: true,
      isExample: true,
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
      onlineUrl: true,
      languages: true,
      professions: true,
      careerStages: true,
      capacity: true,
      registrationDeadline: true,
      externalUrl: true,
      feeKind: true,
      feeAmountMinor: true,
      feeCurrency: true,
      contactName: true,
      contactEmail: true,
      version: true,
      topics: { select: { topicId: true } },
      centres: { select: { lead: true, centre: { select: { slug: true, name: true, nameIt: true } } } },
      registrations: {
        where: { status: { not: "CANCELLED" } },
        orderBy: [{ status: "asc" }, { position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          status: true,
          position: true,
          attended: true,
          attendanceMarkedAt: true,
          createdAt: true,
          user: { select: { name: true, email: true } },
        },
      },
    },
  });
}

export type ManagedEvent = NonNullable<Awaited<ReturnType<typeof getManagedEvent>>>;

/** People holding a place (the form's lower bound for capacity). */
export async function countRegistered(eventId: string): Promise<number> {
  return prisma.eventRegistration.count({ where: { eventId, status: "REGISTERED" } });
}

export type EventUpdateResult =
  | { ok: true }
  | { ok: false; reason: "not-found" | "cancelled" | "capacity"; registered?: number };

/**
 * Saves the form over the event (topics and co-organisers replaced; the lead centre kept).
 * Locks the event row and checks capacity against the registrations again, so a registration
 * that arrived after the form was read is counted. A larger capacity promotes waiting people.
 */
export async function updateEvent(staff: Staff, id: string, input: EventInput): Promise<EventUpdateResult> {
  return prisma.$transaction(async (tx) => {
    const found = await tx.event.findFirst({ where: { id, ...eventScope(staff) }, select: { id: true } });
    if (!found) return { ok: false, reason: "not-found" } as const;
    await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${id} FOR UPDATE`;
    const current = await tx.event.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        centres: { where: { lead: true }, select: { centreId: true, centre: { select: { slug: true } } } },
      },
    });
    if (current.status === "CANCELLED") return { ok: false, reason: "cancelled" } as const;
    const registered = await tx.eventRegistration.count({ where: { eventId: id, status: "REGISTERED" } });
    if (input.capacity !== null && input.capacity < registered)
      return { ok: false, reason: "capacity", registered } as const;
    const leadSlugs = current.centres.map((c) => c.centre.slug);
    const co = await tx.centre.findMany({
      where: { slug: { in: input.coOrganisers.filter((s) => !leadSlugs.includes(s)) } },
      select: { id: true },
    });
    await tx.eventCentre.deleteMany({ where: { eventId: id, lead: false } });
    await tx.eventTopic.deleteMany({ where: { eventId: id } });
    await tx.event.update({
      where: { id },
      data: {
        ...eventData(input),
        version: { increment: 1 },
        centres: { create: co.map((c) => ({ centreId: c.id })) },
        topics: { create: input.topics.map((topicId) => ({ topicId })) },
      },
    });
    if (current.status === "PUBLISHED") await promoteWaiting(tx, id);
    return { ok: true } as const;
  }, TRANSACTION_OPTIONS);
}

/** Publishes a draft. False when not found, not a draft. */
export async function publishEvent(staff: Staff, id: string): Promise<boolean> {
  const { count } = await prisma.event.updateMany({
    where: { id, status: "DRAFT", ...eventScope(staff) },
    data: { status: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } },
  });
  return count === 1;
}

/**
 * Cancels a draft or published event; everyone registered or waiting is told by e-mail with
 * an .ics METHOD:CANCEL (same UID, higher SEQUENCE). False when not found or already cancelled.
 */
export async function cancelEvent(staff: Staff, id: string, now = new Date()): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const found = await tx.event.findFirst({ where: { id, ...eventScope(staff) }, select: { id: true } });
    if (!found) return false;
    await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${id} FOR UPDATE`;
    const { count } = await tx.event.updateMany({
      where: { id, status: { in: ["DRAFT", "PUBLISHED"] } },
      data: { status: "CANCELLED", cancelledAt: now, version: { increment: 1 } },
    });
    if (count !== 1) return false;
    const event = await tx.event.findUniqueOrThrow({ where: { id }, select: MAIL_EVENT_SELECT });
    const people = await tx.eventRegistration.findMany({
      where: { eventId: id, status: { in: ["REGISTERED", "WAITLISTED"] } },
      select: { userId: true, status: true },
    });
    for (const p of people) {
      await mailRegistrant(tx, "event-cancelled", event, p.userId, {
        waitlisted: p.status === "WAITLISTED",
        ics: p.status === "REGISTERED" ? "cancel" : null,
        key: "event",
      });
    }
    return true;
  }, TRANSACTION_OPTIONS);
}

/** Every event a centre organises or co-organises (drafts and cancelled ones too), newest start first. */
export async function listManagedCentreEvents(centreId: string) {
  return prisma.event.findMany({
    where: { centres: { some: { centreId } } },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 100,
    select: { id: true, status: true, titleEn: true, titleIt: true, startsAt: true },
  });
}

/**
 * The registrants of an event the staff member manages, for the CSV export: everyone
 * registered or waiting (not those who cancelled), places first, then the waiting list in
 * order. Null when the event is not theirs (the route answers 404).
 */
export async function listRegistrantsForExport(staff: Staff, id: string) {
  const event = await prisma.event.findFirst({
    where: { id, ...eventScope(staff) },
    select: {
      id: true,
      titleEn: true,
      titleIt: true,
      registrations: {
        where: { status: { not: "CANCELLED" } },
        orderBy: [{ status: "asc" }, { position: "asc" }, { createdAt: "asc" }],
        select: {
          status: true,
          position: true,
          attended: true,
          attendanceMarkedAt: true,
          createdAt: true,
          user: { select: { name: true, email: true } },
        },
      },
    },
  });
  return event;
}

export type AttendanceResult = { ok: true } | { ok: false; reason: "not-found" | "not-started" | "not-registered" };

/**
 * Marks whether one registered person (REGISTERED, not waiting or cancelled) attended, once
 * the event has started (`startsAt <= now`). Scoped like every coordinator action; a
 * registration of another event is "not-registered". Stamps `attendanceMarkedAt`.
 */
export async function markAttendance(
  staff: Staff,
  eventId: string,
  registrationId: string,
  attended: boolean,
  now = new Date(),
): Promise<AttendanceResult> {
  const event = await prisma.event.findFirst({
    where: { id: eventId, ...eventScope(staff) },
    select: { startsAt: true, status: true },
  });
  if (!event) return { ok: false, reason: "not-found" };
  if (event.status !== "PUBLISHED" || event.startsAt > now) return { ok: false, reason: "not-started" };
  const { count } = await prisma.eventRegistration.updateMany({
    where: { id: registrationId, eventId, status: "REGISTERED" },
    data: { attended, attendanceMarkedAt: now },
  });
  return count === 1 ? { ok: true } : { ok: false, reason: "not-registered" };
}

/**
 * Writes the organisers' message into the outbox, one `event-message` mail per person
 * registered or waiting (each in their own language, to their stored address), in one
 * transaction. The idempotency key `event-message:<event>:<user>:<messageId>` makes a repeat
 * of the same form a no-op. Returns how many people it was written for, or null when the
 * event is not the staff member's. Cancelled events keep no one to write to (0).
 */
export async function messageRegistrants(staff: Staff, id: string, input: EventMessageInput): Promise<number | null> {
  return prisma.$transaction(async (tx) => {
    const found = await tx.event.findFirst({ where: { id, ...eventScope(staff) }, select: { id: true } });
    if (!found) return null;
    const event = await tx.event.findUniqueOrThrow({ where: { id }, select: MAIL_EVENT_SELECT });
    const people = await tx.eventRegistration.findMany({
      where: { eventId: id, status: { in: ["REGISTERED", "WAITLISTED"] } },
      select: { userId: true, status: true, user: { select: { email: true, locale: true } } },
    });
    for (const p of people) {
      const locale = p.user.locale === "it" ? "it" : "en";
      await enqueueEmail(tx, {
        kind: "event-message",
        userId: p.userId,
        to: p.user.email,
        locale,
        payload: {
          ...eventMailPayload(event, locale, { waitlisted: p.status === "WAITLISTED", ics: null }),
          subject: input.subject,
          messageBody: input.body,
        },
        idempotencyKey: `event-message:${id}:${p.userId}:${input.messageId}`,
      });
    }
    return people.length;
  }, TRANSACTION_OPTIONS);
}
