/**
 * Keeps the EXAMPLE opportunities open (issue 21), and the example events upcoming (issue 18),
 * as the calendar moves: once a window, a
 * cohort or the deadline of an example has passed, it moves forward by whole years to its
 * next occurrence (the same days of the year). Real opportunities (`isExample: false`) are
 * never read or written here. The daily job `catalogue-roll-examples` runs it; the seed
 * resolves the catalogue's yearly dates the same way (app/catalogue/example-dates.ts).
 *
 * A passed cohort that requests point to is kept as it is (their history stays true) and a
 * new cohort is added for its next occurrence; one without requests is moved in place.
 */
import { isoDateOfInstant } from "~/platform/calendar";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { enqueueJob, registerJob } from "~/platform/jobs.server";
import { cohortKeyInYear, cohortNameInYear, rollExampleEvent, rollSchedule } from "./example-dates";

/** The job that rolls the examples forward, once a day and at start-up. */
export const ROLL_EXAMPLES_JOB = "catalogue-roll-examples";

/** What one roll moved. */
export interface RollSummary {
  opportunities: number;
  windows: number;
  cohorts: number;
  deadlines: number;
}

/**
 * Moves every passed window, cohort and deadline of the example opportunities forward by
 * whole years, so that each ends (or falls) on or after today (UTC). Idempotent: a second
 * run the same day moves nothing. `now` is injectable for tests.
 */
export async function rollExamplesForward(now: Date = new Date()): Promise<RollSummary> {
  const today = isoDateOfInstant(now);
  const todayDate = dateFromIso(today);
  const passed = await prisma.opportunity.findMany({
    where: {
      isExample: true,
      OR: [
        { deadline: { lt: todayDate } },
        { windows: { some: { endDate: { lt: todayDate } } } },
        { cohorts: { some: { endDate: { lt: todayDate } } } },
      ],
    },
    select: {
      id: true,
      deadline: true,
      windows: { select: { id: true, startDate: true, endDate: true } },
      cohorts: {
        select: {
          id: true,
          key: true,
          name: true,
          seats: true,
          startDate: true,
          endDate: true,
          _count: { select: { requests: true } },
        },
      },
    },
  });
  const summary: RollSummary = { opportunities: 0, windows: 0, cohorts: 0, deadlines: 0 };
  for (const o of passed) {
    const ranges = [
      ...o.windows.map((w) => ({
        start: isoFromDate(w.startDate),
        end: isoFromDate(w.endDate),
        window: w,
        cohort: null,
      })),
      ...o.cohorts.map((c) => ({
        start: isoFromDate(c.startDate),
        end: isoFromDate(c.endDate),
        window: null,
        cohort: c,
      })),
    ];
    const deadline = o.deadline ? isoFromDate(o.deadline) : null;
    const rolled = rollSchedule(ranges, deadline, today);
    await prisma.$transaction(async (tx) => {
      const keys = new Set(o.cohorts.map((c) => c.key));
      for (const r of rolled.ranges) {
        if (r.years === 0) continue;
        const dates = { startDate: dateFromIso(r.start), endDate: dateFromIso(r.end) };
        if (r.window) {
          await tx.opportunityWindow.update({ where: { id: r.window.id }, data: dates });
          summary.windows += 1;
          continue;
        }
        const c = r.cohort!;
        const year = Number(r.start.slice(0, 4));
        const data = { ...dates, key: cohortKeyInYear(c.key, year), name: cohortNameInYear(c.name, year) };
        if (keys.has(data.key)) {
          // Its next occurrence exists already (added beside a cohort with requests).
          if (c._count.requests === 0) await tx.cohort.delete({ where: { id: c.id } });
          continue;
        }
        if (c._count.requests === 0) await tx.cohort.update({ where: { id: c.id }, data });
        else await tx.cohort.create({ data: { ...data, seats: c.seats, opportunityId: o.id } });
        keys.add(data.key);
        summary.cohorts += 1;
      }
      if (rolled.deadline !== deadline) {
        await tx.opportunity.update({
          where: { id: o.id },
          data: { deadline: rolled.deadline ? dateFromIso(rolled.deadline) : null },
        });
        summary.deadlines += 1;
      }
    });
    summary.opportunities += 1;
  }
  return summary;
}

/**
 * Moves every published EXAMPLE event whose registration has closed (or that has started)
 * to its next occurrence (`rollExampleEvent`), bumping its `version` (the .ics SEQUENCE).
 * Real events are never read or written. Idempotent the same day. @returns how many moved.
 */
export async function rollExampleEventsForward(now: Date = new Date()): Promise<number> {
  const passed = await prisma.event.findMany({
    where: {
      isExample: true,
      status: "PUBLISHED",
      OR: [{ registrationDeadline: { lte: now } }, { registrationDeadline: null, startsAt: { lte: now } }],
    },
    select: {
      id: true,
      allDay: true,
      startsAt: true,
      endsAt: true,
      startDate: true,
      endDate: true,
      registrationDeadline: true,
    },
  });
  let moved = 0;
  for (const { id, ...stored } of passed) {
    const next = rollExampleEvent(stored, now);
    if (!next) continue;
    await prisma.event.update({ where: { id }, data: { ...next, version: { increment: 1 } } });
    moved += 1;
  }
  return moved;
}

/** 00:05 UTC of the day after `now`: when the next daily roll runs. */
export function nextRollAt(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 0, 5));
  return next;
}

/**
 * Schedules a roll at `runAt` (default: now), once per UTC day it runs on (the job's unique
 * key holds the date). @returns true when a job was added.
 */
export async function scheduleExampleRoll(runAt: Date = new Date()): Promise<boolean> {
  return enqueueJob(prisma, {
    name: ROLL_EXAMPLES_JOB,
    uniqueKey: `${ROLL_EXAMPLES_JOB}:${isoDateOfInstant(runAt)}`,
    runAt,
  });
}

/** Registers the daily roll in this process: it rolls the examples, then schedules the next day's run. */
export function registerExampleRollJob(now: () => Date = () => new Date()): void {
  registerJob(ROLL_EXAMPLES_JOB, async () => {
    const at = now();
    await rollExamplesForward(at);
    await rollExampleEventsForward(at);
    await scheduleExampleRoll(nextRollAt(at));
  });
}
