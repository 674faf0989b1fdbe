/**
 * The approved stays of an opportunity, read once for everything that counts seats: the
 * seat calendar (app/catalogue/coordinator-opportunity.server.ts) and the seats on a
 * request's dates on /inbox/:id (app/requests/inbox.server.ts), so both count the same rows
 * with the same rule (app/requests/seats.ts `seatsOnStay`, `seatCalendar`).
 */
import { prisma } from "~/platform/db.server";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import type { DateRange } from "~/platform/calendar";
import type { OnSiteStay } from "./seats";

/**
 * Every APPROVED request of opportunity `opportunityId` (cohort or not), optionally only
 * those overlapping `range` (inclusive dates), by start date.
 * @returns stays with the request id, the applicant's name (null when deleted) and the cohort id.
 */
export async function listApprovedStays(opportunityId: string, range?: DateRange): Promise<OnSiteStay[]> {
  const rows = await prisma.request.findMany({
    where: {
      opportunityId,
      status: "APPROVED",
      ...(range ? { startDate: { lte: dateFromIso(range.end) }, endDate: { gte: dateFromIso(range.start) } } : {}),
    },
    select: { id: true, startDate: true, endDate: true, cohortId: true, applicant: { select: { name: true } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    start: isoFromDate(r.startDate),
    end: isoFromDate(r.endDate),
    cohortId: r.cohortId,
    name: r.applicant?.name ?? null,
  }));
}
