/**
 * The database side of the request pre-check (issue 16, part 3): gathers what
 * `precheckRequest` (./eligibility.ts) needs for one applicant and one opportunity — the
 * profile, the wallet, the applicant's open request there, the opportunity's approved stays —
 * and runs it. Used by /opportunities/:id, /requests/new (page and action).
 */
import { prisma } from "~/platform/db.server";
import { getEnv } from "~/platform/env.server";
import { isoFromDate } from "~/platform/dates";
import { precheckRequest, type Gap } from "./eligibility";
import { getOpportunityForRequest, type OpportunityForRequest } from "./request.server";
import type { SeatStay } from "./seats";
import { OPEN_STATES } from "./transitions";
import { listWallet } from "./wallet.server";

/**
 * The gaps between `user` and `opportunity` as of `today` (`YYYY-MM-DD`), for the chosen
 * `stay` when given (a cohort request: the cohort's dates and id). `backTo`: where the wallet
 * links send the person back (a local path).
 */
export async function precheckFor(input: {
  user: { id: string; emailVerified: boolean };
  opportunity: OpportunityForRequest;
  today: string;
  stay?: SeatStay | null;
  backTo?: string;
}): Promise<Gap[]> {
  const { user, opportunity: o } = input;
  const [profile, wallet, open, approved] = await Promise.all([
    prisma.profile.findUnique({
      where: { userId: user.id },
      select: {
        profession: true,
        careerStage: true,
        homeCentreId: true,
        languages: { select: { code: true, level: true }, orderBy: { position: "asc" } },
      },
    }),
    listWallet(user.id),
    prisma.request.findFirst({
      where: { applicantId: user.id, opportunityId: o.id, status: { in: [...OPEN_STATES] } },
      select: { id: true },
      orderBy: { submittedAt: "desc" },
    }),
    prisma.request.findMany({
      where: { opportunityId: o.id, status: "APPROVED" },
      select: { startDate: true, endDate: true, cohortId: true },
    }),
  ]);
  return precheckRequest({
    today: input.today,
    opportunity: {
      id: o.id,
      professions: o.professions,
      careerStages: o.careerStages,
      languages: o.languages.map((l) => ({ code: l.code, level: l.minLevel })),
      deadline: o.deadline,
      requiredDocuments: o.requiredDocuments,
      seats: o.seats,
      minDays: o.minDays,
      windows: o.windows,
      cohorts: o.cohorts,
      centreCountry: o.centre.country,
    },
    applicant: {
      emailVerified: user.emailVerified,
      profile,
      wallet: wallet.map((d) => ({ type: d.type, expiresOn: d.expiresOn })),
      openRequestId: open?.id ?? null,
    },
    approved: approved.map((r) => ({
      start: isoFromDate(r.startDate),
      end: isoFromDate(r.endDate),
      cohortId: r.cohortId,
    })),
    stay: input.stay ?? null,
    enforceDirection: getEnv().enforceMobilityDirection,
    ...(input.backTo ? { backTo: input.backTo } : {}),
  });
}

/**
 * The pre-check for opportunity `opportunityId` as /opportunities/:id shows it (wallet links
 * come back to the request form); null when the opportunity is not requestable (unpublished).
 */
export async function precheckForOpportunity(
  user: { id: string; emailVerified: boolean },
  opportunityId: string,
  today: string,
): Promise<Gap[] | null> {
  const opportunity = await getOpportunityForRequest(opportunityId);
  if (!opportunity) return null;
  return precheckFor({
    user,
    opportunity,
    today,
    backTo: `/requests/new?opportunity=${encodeURIComponent(opportunityId)}`,
  });
}
