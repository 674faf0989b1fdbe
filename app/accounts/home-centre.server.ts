/**
 * A Lombardy professional's home centre and whether it is verified (issue 19 part 2,
 * decision 0035), and their consent to share their requests abroad with it.
 *
 * - Stating a home centre (or changing it, or the account's address) leaves it UNVERIFIED.
 * - A verified account address on one of the centre's institutional e-mail domains
 *   (`Centre.emailDomains`, a subdomain counts) verifies it at once (via EMAIL_DOMAIN).
 * - Otherwise the person asks the centre's coordinators (PENDING); one of them confirms
 *   (VERIFIED via COORDINATOR) or rejects (REJECTED); the person gets an e-mail either way.
 *   Only PENDING claims can be decided: a second answer is a 409, never a second mail.
 * Authorization is in each query's `where` clause (the coordinator's own centres).
 */
import type { HomeCentreStatus, HomeCentreVerification, Prisma } from "~/generated/prisma/client";
import { appUrl, enqueueEmail } from "~/notifications/outbox.server";
import { recordAudit } from "~/platform/audit.server";
import { prisma } from "~/platform/db.server";

/** The part of `email` after the last "@", lower case ("" when none). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

/** True when `email`'s domain is one of `domains` or a subdomain of one ("a.cnao.it" under "cnao.it"). */
export function isOnDomains(email: string, domains: readonly string[]): boolean {
  const d = emailDomain(email);
  return d !== "" && domains.some((x) => d === x || d.endsWith(`.${x}`));
}

/**
 * Brings a profile's home-centre status in line with its account address (inside `tx`).
 * `reset` (the home centre or the address changed) first clears any verification. Then a
 * verified address on the centre's domains verifies it; a domain verification whose address
 * no longer fits is cleared. A coordinator's answer stays unless `reset`.
 * @returns the status after, or null when the user has no profile.
 */
export async function settleHomeCentre(
  tx: Prisma.TransactionClient,
  userId: string,
  { reset }: { reset: boolean },
): Promise<HomeCentreStatus | null> {
  const p = await tx.profile.findUnique({
    where: { userId },
    select: {
      homeCentreId: true,
      homeCentreStatus: true,
      homeCentreVerifiedVia: true,
      homeCentre: { select: { emailDomains: true } },
      user: { select: { email: true, emailVerifiedAt: true } },
    },
  });
  if (!p) return null;
  let status: HomeCentreStatus = reset ? "UNVERIFIED" : p.homeCentreStatus;
  let via: HomeCentreVerification | null = reset ? null : p.homeCentreVerifiedVia;
  const byDomain =
    p.homeCentre !== null && p.user.emailVerifiedAt !== null && isOnDomains(p.user.email, p.homeCentre.emailDomains);
  if (!p.homeCentreId) {
    status = "UNVERIFIED";
    via = null;
  } else if (byDomain && status !== "VERIFIED") {
    status = "VERIFIED";
    via = "EMAIL_DOMAIN";
  } else if (!byDomain && via === "EMAIL_DOMAIN") {
    status = "UNVERIFIED";
    via = null;
  }
  if (status === p.homeCentreStatus && via === p.homeCentreVerifiedVia && !reset) return status;
  await tx.profile.update({
    where: { userId },
    data: {
      homeCentreStatus: status,
      homeCentreVerifiedVia: via,
      homeCentreStatusAt: new Date(),
      ...(via === "COORDINATOR" ? {} : { homeCentreDecidedById: null }),
    },
    select: { userId: true },
  });
  if (status === "VERIFIED" && via === "EMAIL_DOMAIN" && p.homeCentreVerifiedVia !== "EMAIL_DOMAIN") {
    await recordAudit({ actorId: userId, action: "home_centre.verified_by_domain", subject: p.homeCentreId }, tx);
  } else if (p.homeCentreStatus === "VERIFIED" && status !== "VERIFIED") {
    await recordAudit({ actorId: userId, action: "home_centre.verification_cleared", subject: p.homeCentreId }, tx);
  }
  return status;
}

/** Re-checks every profile naming `centreId` (after an admin changed its e-mail domains). */
export async function settleHomeCentreStaff(tx: Prisma.TransactionClient, centreId: string): Promise<void> {
  const staff = await tx.profile.findMany({ where: { homeCentreId: centreId }, select: { userId: true } });
  for (const s of staff) await settleHomeCentre(tx, s.userId, { reset: false });
}

/** What /profile shows about the home centre: null when none is stated. */
export async function getHomeCentreState(userId: string) {
  const p = await prisma.profile.findUnique({
    where: { userId },
    select: {
      homeCentre: { select: { name: true, nameIt: true } },
      homeCentreStatus: true,
      homeCentreVerifiedVia: true,
      homeCentreStatusAt: true,
    },
  });
  if (!p?.homeCentre) return null;
  return {
    centre: p.homeCentre,
    status: p.homeCentreStatus,
    via: p.homeCentreVerifiedVia,
    at: p.homeCentreStatusAt?.toISOString() ?? null,
  };
}

/**
 * The person asks their home centre's coordinators to confirm it: UNVERIFIED or REJECTED
 * becomes PENDING. @returns false when there is nothing to ask (no home centre, already
 * pending or verified).
 */
export async function askHomeCentreConfirmation(userId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.profile.updateMany({
      where: { userId, homeCentreId: { not: null }, homeCentreStatus: { in: ["UNVERIFIED", "REJECTED"] } },
      data: { homeCentreStatus: "PENDING", homeCentreStatusAt: new Date(), homeCentreDecidedById: null },
    });
    if (count) await recordAudit({ actorId: userId, action: "home_centre.confirmation_asked", subject: userId }, tx);
    return count > 0;
  });
}

/** The pending claims on the coordinator's centres, oldest first. */
export async function listHomeCentreClaims(coordinatorId: string) {
  const rows = await prisma.profile.findMany({
    where: {
      homeCentreStatus: "PENDING",
      homeCentre: { coordinators: { some: { userId: coordinatorId } } },
    },
    orderBy: [{ homeCentreStatusAt: "asc" }, { userId: "asc" }],
    select: {
      userId: true,
      profession: true,
      homeCentreStatusAt: true,
      user: { select: { name: true, email: true, emailVerifiedAt: true } },
      homeCentre: { select: { name: true, nameIt: true } },
    },
  });
  return rows.map((r) => ({
    userId: r.userId,
    name: r.user.name,
    email: r.user.email,
    emailVerified: r.user.emailVerifiedAt !== null,
    profession: r.profession,
    askedAt: r.homeCentreStatusAt?.toISOString() ?? null,
    centre: r.homeCentre!,
  }));
}

export type ClaimDecision = "confirm" | "reject";
export type ClaimDecisionResult = "done" | "not-found" | "already-decided";

/**
 * A coordinator answers the claim of `userId`. "not-found" when the person does not name one
 * of the coordinator's centres (the route answers 404, so other centres learn nothing);
 * "already-decided" when the claim is not PENDING (409). On success the person's status
 * changes, an audit event is written and the mail is queued, in one transaction.
 */
export async function decideHomeCentreClaim(
  coordinator: { id: string; name: string },
  userId: string,
  decision: ClaimDecision,
): Promise<ClaimDecisionResult> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.profile.findFirst({
      where: { userId, homeCentre: { coordinators: { some: { userId: coordinator.id } } } },
      select: {
        homeCentreId: true,
        homeCentreStatus: true,
        homeCentre: { select: { name: true, nameIt: true } },
        user: { select: { email: true, name: true, locale: true } },
      },
    });
    if (!p?.homeCentre) return "not-found";
    const now = new Date();
    const { count } = await tx.profile.updateMany({
      where: { userId, homeCentreId: p.homeCentreId, homeCentreStatus: "PENDING" },
      data:
        decision === "confirm"
          ? {
              homeCentreStatus: "VERIFIED",
              homeCentreVerifiedVia: "COORDINATOR",
              homeCentreStatusAt: now,
              homeCentreDecidedById: coordinator.id,
            }
          : {
              homeCentreStatus: "REJECTED",
              homeCentreVerifiedVia: null,
              homeCentreStatusAt: now,
              homeCentreDecidedById: coordinator.id,
            },
    });
    if (!count) return "already-decided";
    await recordAudit(
      {
        actorId: coordinator.id,
        action: decision === "confirm" ? "home_centre.confirmed" : "home_centre.rejected",
        subject: userId,
        data: { centreId: p.homeCentreId },
      },
      tx,
    );
    const locale = p.user.locale === "it" ? "it" : "en";
    await enqueueEmail(tx, {
      kind: decision === "confirm" ? "home-centre-confirmed" : "home-centre-rejected",
      userId,
      to: p.user.email,
      locale,
      payload: {
        url: appUrl("/profile"),
        centreName: locale === "it" ? p.homeCentre.nameIt : p.homeCentre.name,
        coordinatorName: coordinator.name,
      },
      idempotencyKey: `home-centre:${userId}:${p.homeCentreId}:${now.toISOString()}`,
    });
    return "done";
  });
}

/**
 * Records a change of the consent to share requests abroad with the home centre (inside
 * `tx`): the time on the profile and an audit event. Does nothing when `on` is unchanged.
 */
export async function recordShareConsent(
  tx: Prisma.TransactionClient,
  userId: string,
  before: boolean,
  on: boolean,
): Promise<void> {
  if (before === on) return;
  await tx.profile.update({ where: { userId }, data: { shareWithHomeCentreAt: new Date() }, select: { userId: true } });
  await recordAudit(
    { actorId: userId, action: on ? "home_centre.sharing_given" : "home_centre.sharing_withdrawn", subject: userId },
    tx,
  );
}
