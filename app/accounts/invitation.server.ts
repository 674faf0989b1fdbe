/**
 * Coordinator invitations and centre membership. An admin invites an address to a centre;
 * the link (7 days, single use, only its hash stored) lets a new person create a
 * COORDINATOR account, or an existing account gain the role and the centre. Acceptance is
 * one transaction: either the user, the role, the centre link and the used invitation all
 * exist afterwards, or none of them changed.
 */
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { appUrl, enqueueEmail } from "~/notifications/outbox.server";
import { generateToken, hashToken, TOKEN_TTL_MS } from "~/accounts/token.server";
import { recordAudit } from "~/platform/audit.server";

type Tx = Prisma.TransactionClient;

/** Centres for the admin's select, by name. */
export async function listCentresForAdmin() {
  return prisma.centre.findMany({
    select: { id: true, slug: true, name: true, nameIt: true },
    orderBy: { name: "asc" },
  });
}

/** Each centre with its coordinators (name, address, since), by centre name. */
export async function listCoordinatorsByCentre() {
  return prisma.centre.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      nameIt: true,
      coordinators: {
        select: { createdAt: true, user: { select: { id: true, name: true, email: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: { name: "asc" },
  });
}

/** Invitations neither accepted, revoked nor expired, newest first. */
export async function listPendingInvitations(now = new Date()) {
  return prisma.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      email: true,
      expiresAt: true,
      createdAt: true,
      centre: { select: { slug: true, name: true, nameIt: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

export type InviteResult =
  | { status: "invited"; invitationId: string }
  | { status: "unknown-centre" }
  | { status: "already-coordinator" };

/**
 * Invites `email` (canonical) to coordinate `centreId`: earlier pending invitations of the
 * same address to the same centre are revoked, a new one is stored (hash only) and the mail
 * is queued to that address.
 */
export async function inviteCoordinator({
  email,
  centreId,
  invitedBy,
  locale,
}: {
  email: string;
  centreId: string;
  invitedBy: { id: string; name: string };
  locale: string;
}): Promise<InviteResult> {
  return prisma.$transaction(async (tx) => {
    const centre = await tx.centre.findUnique({
      where: { id: centreId },
      select: { id: true, name: true, nameIt: true },
    });
    if (!centre) return { status: "unknown-centre" } as const;
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, locale: true, coordinatorOf: { where: { centreId }, select: { centreId: true } } },
    });
    if (existing?.coordinatorOf.length) return { status: "already-coordinator" } as const;
    const now = new Date();
    await tx.invitation.updateMany({
      where: { email, centreId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const token = generateToken();
    const invitation = await tx.invitation.create({
      data: {
        email,
        centreId,
        tokenHash: hashToken(token),
        invitedById: invitedBy.id,
        expiresAt: new Date(now.getTime() + TOKEN_TTL_MS.INVITATION),
      },
      select: { id: true },
    });
    const mailLocale = existing?.locale ?? locale;
    await enqueueEmail(tx, {
      kind: "invitation",
      userId: existing?.id ?? null,
      to: email,
      locale: mailLocale,
      payload: {
        centreName: mailLocale === "it" ? centre.nameIt : centre.name,
        inviterName: invitedBy.name,
        url: appUrl("/invitations/accept", { token }),
      },
      idempotencyKey: `invitation:${invitation.id}`,
    });
    await recordAudit(
      { actorId: invitedBy.id, action: "invitation.created", subject: invitation.id, data: { centreId } },
      tx,
    );
    return { status: "invited", invitationId: invitation.id } as const;
  });
}

/** Revokes a pending invitation. @returns false when it was not pending. */
export async function revokeInvitation(invitationId: string, actorId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 1) await recordAudit({ actorId, action: "invitation.revoked", subject: invitationId }, tx);
    return count === 1;
  });
}

/**
 * Removes a coordinator from a centre; a user left without centres loses the COORDINATOR
 * role. @returns false when the user did not coordinate that centre.
 */
export async function removeCoordinator({
  userId,
  centreId,
  actorId,
}: {
  userId: string;
  centreId: string;
  actorId: string;
}): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.centreCoordinator.deleteMany({ where: { userId, centreId } });
    if (count !== 1) return false;
    const remaining = await tx.centreCoordinator.count({ where: { userId } });
    if (remaining === 0) {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } });
      await tx.user.update({
        where: { id: userId },
        data: { roles: user.roles.filter((r) => r !== "COORDINATOR") },
        select: { id: true },
      });
    }
    await recordAudit({ actorId, action: "coordinator.removed", subject: userId, data: { centreId } }, tx);
    return true;
  });
}

export interface InvitationView {
  id: string;
  email: string;
  centre: { id: string; slug: string; name: string; nameIt: string };
  expiresAt: Date;
  /** The account that already has the invited address, if any. */
  existingUserId: string | null;
}

/** The usable invitation behind a raw token (pending and unexpired), or null. */
export async function findUsableInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const inv = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      centre: { select: { id: true, slug: true, name: true, nameIt: true } },
    },
  });
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= now) return null;
  const user = await prisma.user.findUnique({ where: { email: inv.email }, select: { id: true } });
  return {
    id: inv.id,
    email: inv.email,
    centre: inv.centre,
    expiresAt: inv.expiresAt,
    existingUserId: user?.id ?? null,
  };
}

export class InvitationUnavailableError extends Error {
  constructor() {
    super("invitation no longer usable");
  }
}

/** Marks the invitation accepted if it is still usable; throws otherwise (rolls back `tx`). */
async function claimInvitation(tx: Tx, token: string, now: Date) {
  const tokenHash = hashToken(token);
  const { count } = await tx.invitation.updateMany({
    where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count !== 1) throw new InvitationUnavailableError();
  return tx.invitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, email: true, centreId: true } });
}

/**
 * A new person accepts: creates the COORDINATOR account for the invited address (verified:
 * the link proved the mailbox) with the centre, all in one transaction.
 * @returns the new user's id.
 * @throws InvitationUnavailableError when the invitation was used, revoked or expired;
 *   Prisma's P2002 when an account with the address appeared meanwhile (nothing written).
 */
export async function acceptInvitationAsNewUser(
  token: string,
  { name, passwordHash, privacyVersion }: { name: string; passwordHash: string; privacyVersion: string },
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const inv = await claimInvitation(tx, token, now);
    const user = await tx.user.create({
      data: {
        email: inv.email,
        name,
        passwordHash,
        roles: ["COORDINATOR"],
        emailVerifiedAt: now,
        privacyVersion,
        privacyAcceptedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(
      { actorId: user.id, action: "user.privacy_accepted", subject: user.id, data: { version: privacyVersion } },
      tx,
    );
    await tx.centreCoordinator.create({ data: { userId: user.id, centreId: inv.centreId } });
    await recordAudit(
      { actorId: user.id, action: "invitation.accepted", subject: inv.id, data: { centreId: inv.centreId } },
      tx,
    );
    return user.id;
  });
}

/**
 * The signed-in account whose address was invited accepts: gains COORDINATOR and the
 * centre (and a verified address), in one transaction.
 * @throws InvitationUnavailableError when the invitation is not usable or was sent to another address.
 */
export async function acceptInvitationAsExistingUser(token: string, userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    const inv = await claimInvitation(tx, token, now);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, roles: true, emailVerifiedAt: true },
    });
    if (user.email !== inv.email) throw new InvitationUnavailableError();
    await tx.user.update({
      where: { id: userId },
      data: {
        roles: user.roles.includes("COORDINATOR") ? user.roles : [...user.roles, "COORDINATOR"],
        emailVerifiedAt: user.emailVerifiedAt ?? now,
      },
      select: { id: true },
    });
    await tx.centreCoordinator.createMany({ data: [{ userId, centreId: inv.centreId }], skipDuplicates: true });
    await recordAudit(
      { actorId: userId, action: "invitation.accepted", subject: inv.id, data: { centreId: inv.centreId } },
      tx,
    );
  });
}

/** The centres a coordinator coordinates, for /coordinator. */
export async function listMyCentres(userId: string) {
  return prisma.centre.findMany({
    where: { coordinators: { some: { userId } } },
    select: { slug: true, name: true, nameIt: true, city: true, _count: { select: { opportunities: true } } },
    orderBy: { name: "asc" },
  });
}
