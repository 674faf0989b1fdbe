/**
 * What a home centre's coordinators see of their staff's requests to partner institutions
 * abroad (issue 19 part 2, decision 0035): read only, and only for people who named one of
 * the coordinator's centres as their home centre, had it VERIFIED, and consent to share
 * (`Profile.shareWithHomeCentre`). Withdrawing consent, a home centre no longer verified or a
 * different home centre hides every row at once: the rule is in the query's `where` clause.
 */
import { prisma } from "~/platform/db.server";
import { isoFromDate } from "~/platform/dates";

/**
 * The requests abroad of the coordinator's consenting, verified staff, newest first (at most
 * `take`). Dates are inclusive `YYYY-MM-DD`; `country` is the host's ISO 3166-1 alpha-2 code.
 */
export async function listStaffRequestsAbroad(coordinatorId: string, take = 500) {
  const rows = await prisma.request.findMany({
    where: {
      opportunity: { centre: { country: { not: null } } },
      applicant: {
        profile: {
          shareWithHomeCentre: true,
          homeCentreStatus: "VERIFIED",
          homeCentre: { coordinators: { some: { userId: coordinatorId } } },
        },
      },
    },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      submittedAt: true,
      applicant: {
        select: { name: true, profile: { select: { homeCentre: { select: { name: true, nameIt: true } } } } },
      },
      opportunity: {
        select: {
          titleEn: true,
          titleIt: true,
          centre: { select: { name: true, nameIt: true, country: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    start: isoFromDate(r.startDate),
    end: isoFromDate(r.endDate),
    submittedAt: r.submittedAt.toISOString(),
    person: r.applicant!.name,
    homeCentre: r.applicant!.profile!.homeCentre!,
    opportunity: { titleEn: r.opportunity.titleEn, titleIt: r.opportunity.titleIt },
    host: r.opportunity.centre,
  }));
}
