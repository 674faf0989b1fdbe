/**
 * The seeded EXAMPLE events (issue 18, part 5) through the routes and the daily job: seeded
 * upcoming and labelled, hidden wherever the installation hides examples (PONTE_EXAMPLES, as
 * example opportunities), never registrable, rolled forward by the daily job once closed
 * (real events untouched), and kept by resetDatabase while test-made events go. The
 * catalogue tables outlive each test (tests/setup/db.ts), so the examples' times are put back.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loader as listLoader } from "~/routes/events._index";
import { action as eventAction, loader as eventLoader } from "~/routes/events.$id";
import { loader as centreLoader } from "~/routes/centres.$slug";
import { rollExampleEventsForward } from "~/catalogue/example-dates.server";
import { utcToZonedWallClock } from "~/catalogue/event-time";
import { prisma } from "~/platform/db.server";
import { exampleEvents } from "../../../prisma/data/events";
import { resetDatabase } from "../../setup/db";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { asApplicant } from "../catalogue/helpers";

const TIMES = {
  id: true,
  startsAt: true,
  endsAt: true,
  startDate: true,
  endDate: true,
  registrationDeadline: true,
  version: true,
} as const;

const examples = () => prisma.event.findMany({ where: { isExample: true }, select: TIMES, orderBy: { id: "asc" } });

let saved: Awaited<ReturnType<typeof examples>>;
beforeEach(async () => {
  saved = await examples();
});
afterEach(async () => {
  for (const { id, ...times } of saved) await prisma.event.update({ where: { id }, data: times });
});

async function withExamples<T>(value: "show" | "hide", fn: () => Promise<T>): Promise<T> {
  const before = process.env.PONTE_EXAMPLES;
  process.env.PONTE_EXAMPLES = value;
  try {
    return await fn();
  } finally {
    process.env.PONTE_EXAMPLES = before;
  }
}

const page = (id: string, cookie?: string) =>
  callLoader(eventLoader, `/events/${id}`, { params: { id }, headers: cookie ? { Cookie: cookie } : {} });

describe("seeded example events", () => {
  it("are seeded published, upcoming and labelled, on /events, their pages and their centres' pages", async () => {
    const seeded = await prisma.event.findMany({
      where: { seedKey: { not: null } },
      select: { id: true, seedKey: true, isExample: true, status: true, startsAt: true },
    });
    expect(seeded.map((e) => e.seedKey).sort()).toEqual(exampleEvents.map((e) => e.key).sort());
    for (const e of seeded) {
      expect(e.isExample && e.status === "PUBLISHED", e.seedKey!).toBe(true);
      expect(e.startsAt.getTime(), e.seedKey!).toBeGreaterThan(Date.now());
    }
    const list = await callLoader(listLoader, "/events");
    const listed = list.events.filter((e) => e.isExample).map((e) => e.id);
    expect(listed.sort()).toEqual(seeded.map((e) => e.id).sort());

    const open = seeded.find((e) => e.seedKey === "cnao-particle-therapy-open-day")!;
    expect((await page(open.id)).data.event.isExample).toBe(true);
    const cnao = await callLoader(centreLoader, "/centres/cnao", { params: { slug: "cnao" } });
    expect(cnao.events.map((e) => e.id)).toContain(open.id);
    // Co-organised: on both centres' pages.
    const course = await prisma.event.findUniqueOrThrow({
      where: { seedKey: "csp-buzzi-maternal-child-emergency-course" },
      select: { id: true },
    });
    for (const slug of ["policlinico-csp-training-center", "buzzi-paediatric-simulation-centre"]) {
      const centre = await callLoader(centreLoader, `/centres/${slug}`, { params: { slug } });
      expect(
        centre.events.map((e) => e.id),
        slug,
      ).toContain(course.id);
    }
  });

  it("cannot be registered for (409), and nothing is written", async () => {
    const { cookie } = await asApplicant();
    const { id } = await prisma.event.findUniqueOrThrow({
      where: { seedKey: "cnao-particle-therapy-open-day" },
      select: { id: true },
    });
    const res = await callAction(
      eventAction,
      `/events/${id}`,
      { intent: "register" },
      {
        params: { id },
        headers: { Cookie: cookie },
      },
    );
    expect(statusOf(res)).toBe(409);
    expect(await prisma.eventRegistration.count({ where: { eventId: id } })).toBe(0);
  });

  it("where examples are hidden, they appear nowhere public: /events, their pages (404), centres' pages", async () => {
    const { id } = await prisma.event.findUniqueOrThrow({
      where: { seedKey: "cnao-particle-therapy-open-day" },
      select: { id: true },
    });
    await withExamples("hide", async () => {
      const list = await callLoader(listLoader, "/events");
      expect(list.events.filter((e) => e.isExample)).toEqual([]);
      expect((await thrownResponse(() => page(id))).status).toBe(404);
      const cnao = await callLoader(centreLoader, "/centres/cnao", { params: { slug: "cnao" } });
      expect(cnao.events.map((e) => e.id)).not.toContain(id);
      const options = list.centres.map((c) => c.value);
      expect(options).not.toContain("besta-neurosim");
    });
  });
});

describe("the daily roll", () => {
  it("moves every closed example to its next occurrence, same day of the year and Rome times; real events stay", async () => {
    const real = await prisma.event.create({
      data: {
        kind: "COURSE",
        status: "PUBLISHED",
        titleEn: "Real course",
        titleIt: "Corso reale",
        descriptionEn: "Real.",
        descriptionIt: "Reale.",
        startsAt: new Date("2027-03-01T08:00:00Z"),
        endsAt: new Date("2027-03-01T16:00:00Z"),
        languages: ["en"],
      },
      select: { id: true, startsAt: true },
    });
    const before = await examples();
    // Three years on, in summer time: every example has closed.
    const now = new Date(`${new Date().getUTCFullYear() + 3}-07-01T00:05:00.000Z`);
    expect(await rollExampleEventsForward(now)).toBe(before.length);
    expect(await rollExampleEventsForward(now)).toBe(0);
    const after = await examples();
    for (const [i, e] of after.entries()) {
      const was = before[i]!;
      expect(e.startsAt.getTime()).toBeGreaterThan(now.getTime());
      if (e.registrationDeadline) expect(e.registrationDeadline.getTime()).toBeGreaterThan(now.getTime());
      expect(e.version).toBe(was.version + 1);
      const [a, b] = [utcToZonedWallClock(was.startsAt), utcToZonedWallClock(e.startsAt)];
      expect(b.date.slice(5)).toBe(a.date.slice(5));
      expect(b.time).toBe(a.time);
    }
    expect((await prisma.event.findUniqueOrThrow({ where: { id: real.id } })).startsAt).toEqual(real.startsAt);
  });
});

describe("resetDatabase", () => {
  it("removes the events tests create and keeps the seeded examples", async () => {
    const made = await prisma.event.create({
      data: {
        kind: "WEBINAR",
        titleEn: "Test",
        titleIt: "Prova",
        descriptionEn: "Test.",
        descriptionIt: "Prova.",
        startsAt: new Date("2030-01-01T10:00:00Z"),
        endsAt: new Date("2030-01-01T11:00:00Z"),
        languages: ["en"],
      },
      select: { id: true },
    });
    const seeded = await prisma.event.count({ where: { seedKey: { not: null } } });
    await resetDatabase();
    expect(await prisma.event.findUnique({ where: { id: made.id } })).toBeNull();
    expect(await prisma.event.count({ where: { seedKey: { not: null } } })).toBe(seeded);
  });
});
