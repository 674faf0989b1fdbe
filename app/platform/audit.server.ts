/**
 * Security-relevant events outside the request workflow (sign-in, password change,
 * invitations, account deletion). Never record passwords, tokens or full addresses here.
 */
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";

export type AuditAction =
  | "user.signup"
  | "user.login"
  | "user.login_failed"
  | "user.logout_others"
  | "user.logout_session"
  | "user.email_verified"
  | "user.password_changed"
  | "user.password_reset"
  | "user.email_change_requested"
  | "user.email_changed"
  | "user.deleted"
  | "user.privacy_accepted"
  | "user.calendar_feed_reset"
  | "user.calendar_feed_removed"
  | "retention.files_removed"
  | "retention.account_warned"
  | "retention.account_anonymised"
  | "invitation.created"
  | "invitation.revoked"
  | "invitation.accepted"
  | "coordinator.removed"
  | "suggestion.invited"
  | "email.resent"
  | "user.email_retried"
  | "home_centre.verified_by_domain"
  | "home_centre.verification_cleared"
  | "home_centre.confirmation_asked"
  | "home_centre.confirmed"
  | "home_centre.rejected"
  | "home_centre.sharing_given"
  | "home_centre.sharing_withdrawn";

/** Writes one audit event (inside `tx` when given). */
export async function recordAudit(
  {
    actorId,
    action,
    subject = null,
    data,
  }: { actorId: string | null; action: AuditAction; subject?: string | null; data?: Prisma.InputJsonValue },
  tx: Prisma.TransactionClient = prisma,
): Promise<void> {
  await tx.auditEvent.create({ data: { actorId, action, subject, data } });
}
