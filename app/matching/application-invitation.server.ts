/**
 * Coordinators invite suggested applicants to apply (issue 14 part 7). A coordinator sees, on
 * /coordinator/opportunities/:id/suggestions, the applicants who agreed to be suggested to
 * centres (Profile.suggestToCentres) and rank the opportunity; they may invite each of them
 * once per opportunity, with an optional note. The invitation is one `ApplicationInvitation`
 * row, one e-mail through the outbox (kind "application-invitation", in the applicant's
 * language, idempotency key `application-invitation:<opportunityId>:<applicantId>`) and one
 * audit event, written in one transaction. "Applied since" is a request by the applicant
 * for that opportunity submitted after the invitation.
 */
import { publicOpportunityWhere } from "~/catalogue/visibility.server";
import type { RequestStatus } from "~/generated/prisma/enums";
import { appUrl, enqueueEmail, kickOutbox } from "~/notifications/outbox.server";
import { recordAudit } from "~/platform/audit.server";
import { prisma } from "~/platform/db.server";
import { OPEN_STATES } from "~/requests";
import { getOpportunityFit } from "./matching.server";

export const INVITATION_KIND = "application-invitation";

/** The outbox key of the one mail per opportunity and applicant. */
export function invitationMailKey(opportunityId: string, applicantId: string): string {
  return `${INVITATION_KIND}:${opportunityId}:${applicantId}`;
}

export type InviteOutcome =
  /** Written: the row, the mail and the audit event. */
  | { status: "invited"; invitationId: string; createdAt: Date }
  /** Not a published opportunity of the coordinator's centres (404). */
  | { status: "no-opportunity" }
  /** A seeded example: it cannot be requested, so nobody is invited to (409). */
  | { status: "example" }
  /** Not an applicant who opted in to suggestions, or not one for whom the opportunity ranks (404). */
  | { status: "not-suggested" }
  /** Already invited to this opportunity, by anyone at the centre (409). */
  | { status: "already-invited"; invitedAt: Date }
  /** They already have an open request for it (409). */
  | { status: "open-request" };

function isUniqueViolation(error: unknown): boolean {
  return Boolean(error && typeof error === "object" && (error as { code?: unknown }).code === "P2002");
}

/**
 * Invites `applicantId` to apply to `opportunityId` on behalf of `coordinator` (see module
 * docs). Every rule is checked again on the server: the opportunity is a published, real
 * (not example) opportunity of one of the coordinator's centres; the applicant opted in to
 * suggestions and the opportunity ranks for them on `today` (YYYY-MM-DD); no earlier
 * invitation; no open request. Nothing is written unless everything holds.
 * `message` is already trimmed and at most TEXT_LIMITS.inviteMessageMax code points (the
 * route's schema), or null.
 */
export async function inviteToApply({
  coordinator,
  opportunityId,
  applicantId,
  message,
  today,
  now = new Date(),
}: {
  coordinator: { id: string; name: string };
  opportunityId: string;
  applicantId: string;
  message: string | null;
  today: string;
  now?: Date;
}): Promise<InviteOutcome> {
  // The ranking is read-only and cached: check it before the transaction.
  const fit = await getOpportunityFit(applicantId, opportunityId, today);
  let outcome: InviteOutcome;
  try {
    outcome = await prisma.$transaction(async (tx) => {
      const opportunity = await tx.opportunity.findFirst({
        where: {
          id: opportunityId,
          ...publicOpportunityWhere(),
          centre: { coordinators: { some: { userId: coordinator.id } } },
        },
        select: {
          id: true,
          isExample: true,
          titleEn: true,
          titleIt: true,
          centre: { select: { name: true, nameIt: true } },
        },
      });
      if (!opportunity) return { status: "no-opportunity" } as const;
      if (opportunity.isExample) return { status: "example" } as const;
      const applicant = await tx.user.findFirst({
        where: { id: applicantId, roles: { has: "APPLICANT" }, profile: { suggestToCentres: true } },
        select: { id: true, email: true, locale: true },
      });
      if (!applicant || fit?.status !== "ranked") return { status: "not-suggested" } as const;
      const earlier = await tx.applicationInvitation.findUnique({
        where: { opportunityId_applicantId: { opportunityId, applicantId } },
        select: { createdAt: true },
      });
      if (earlier) return { status: "already-invited", invitedAt: earlier.createdAt } as const;
      const open = await tx.request.findFirst({
        where: { applicantId, opportunityId, status: { in: [...OPEN_STATES] } },
        select: { id: true },
      });
      if (open) return { status: "open-request" } as const;
      const invitation = await tx.applicationInvitation.create({
        data: { opportunityId, applicantId, invitedById: coordinator.id, message, createdAt: now },
        select: { id: true, createdAt: true },
      });
      const it = applicant.locale === "it";
      await enqueueEmail(tx, {
        kind: INVITATION_KIND,
        userId: applicant.id,
        to: applicant.email,
        locale: it ? "it" : "en",
        payload: {
          url: appUrl(`/opportunities/${opportunity.id}`),
          opportunityTitle: it ? opportunity.titleIt : opportunity.titleEn,
          centreName: it ? opportunity.centre.nameIt : opportunity.centre.name,
          coordinatorName: coordinator.name,
          message,
        },
        idempotencyKey: invitationMailKey(opportunityId, applicantId),
      });
      await recordAudit(
        {
          actorId: coordinator.id,
          action: "suggestion.invited",
          subject: invitation.id,
          data: { opportunityId, applicantId },
        },
        tx,
      );
      return { status: "invited", invitationId: invitation.id, createdAt: invitation.createdAt } as const;
    });
  } catch (error) {
    // Two coordinators inviting at once: the unique index keeps one; the other is told.
    if (!isUniqueViolation(error)) throw error;
    const earlier = await prisma.applicationInvitation.findUnique({
      where: { opportunityId_applicantId: { opportunityId, applicantId } },
      select: { createdAt: true },
    });
    if (!earlier) throw error;
    outcome = { status: "already-invited", invitedAt: earlier.createdAt };
  }
  if (outcome.status === "invited") kickOutbox();
  return outcome;
}

/** One invitation as the suggestions page shows it; `applied` is their first request since. */
export interface InvitationState {
  invitedAt: Date;
  invitedByName: string | null;
  applied: { requestId: string; submittedAt: Date; status: RequestStatus } | null;
}

/**
 * The invitations to `opportunityIds` (the caller authorised them: the coordinator's own),
 * by opportunity id, then applicant id, each with the applicant's first request for that
 * opportunity submitted at or after the invitation.
 */
export async function getInvitationStates(
  opportunityIds: readonly string[],
): Promise<Map<string, Map<string, InvitationState>>> {
  const out = new Map<string, Map<string, InvitationState>>(opportunityIds.map((id) => [id, new Map()]));
  if (!opportunityIds.length) return out;
  const invitations = await prisma.applicationInvitation.findMany({
    where: { opportunityId: { in: [...opportunityIds] } },
    select: { opportunityId: true, applicantId: true, createdAt: true, invitedBy: { select: { name: true } } },
  });
  if (!invitations.length) return out;
  const requests = await prisma.request.findMany({
    where: {
      OR: invitations.map((i) => ({
        opportunityId: i.opportunityId,
        applicantId: i.applicantId,
        submittedAt: { gte: i.createdAt },
      })),
    },
    select: { id: true, opportunityId: true, applicantId: true, submittedAt: true, status: true },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  for (const i of invitations) {
    const first = requests.find(
      (r) => r.opportunityId === i.opportunityId && r.applicantId === i.applicantId && r.submittedAt >= i.createdAt,
    );
    out.get(i.opportunityId)!.set(i.applicantId, {
      invitedAt: i.createdAt,
      invitedByName: i.invitedBy?.name ?? null,
      applied: first ? { requestId: first.id, submittedAt: first.submittedAt, status: first.status } : null,
    });
  }
  return out;
}

/** Per opportunity: how many applicants were invited and how many of them applied since. */
export async function countInvitations(
  opportunityIds: readonly string[],
): Promise<Map<string, { invited: number; applied: number }>> {
  const states = await getInvitationStates(opportunityIds);
  return new Map(
    [...states].map(([id, byApplicant]) => {
      const list = [...byApplicant.values()];
      return [id, { invited: list.length, applied: list.filter((s) => s.applied).length }];
    }),
  );
}

/**
 * The applicant's invitation to apply to `opportunityId`, for the opportunity page's notice:
 * when, and the inviting coordinator's name; null when there is none.
 */
export async function getInvitationForApplicant(applicantId: string, opportunityId: string) {
  return prisma.applicationInvitation.findUnique({
    where: { opportunityId_applicantId: { opportunityId, applicantId } },
    select: { createdAt: true, invitedBy: { select: { name: true } } },
  });
}
