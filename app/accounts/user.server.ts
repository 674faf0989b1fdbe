/**
 * Accounts: sign-up, e-mail verification, password reset and change, e-mail change, the
 * user's own data export and account deletion. Each function is one use case; those that
 * send mail enqueue it in the same transaction (app/notifications/outbox.server.ts) and leave
 * `kickOutbox()` to the caller, after the commit.
 *
 * Addresses passed in are canonical (app/accounts/validation.ts `EmailSchema` makes them so);
 * mail always goes to the address stored on the account.
 */
import { Prisma, type Role } from "~/generated/prisma/client";
import { deleteUserSessions } from "~/accounts/auth.server";
import { prisma } from "~/platform/db.server";
import { getStorage } from "~/platform/storage.server";
import { maskEmail } from "~/platform/email-address";
import { appUrl, enqueueEmail } from "~/notifications/outbox.server";
import { recordAudit } from "~/platform/audit.server";
import { settleHomeCentre } from "./home-centre.server";
import { consumeUserToken, createUserToken, findUserToken } from "./user-token.server";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** What login needs: null when no account has this address. */
export async function findUserForLogin(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, roles: true } });
}

/**
 * A successful sign-in: stores its time (the retention job counts idleness from it) and
 * clears a pending inactivity warning.
 * @returns the privacy notice version the person last accepted (null: none), so the caller
 * can ask again when it is not the current one.
 */
export async function recordSignIn(userId: string, now: Date = new Date()): Promise<string | null> {
  const user = await prisma.user.update({
    where: { id: userId },
    data: { lastSignInAt: now, inactiveWarnedAt: null },
    select: { privacyVersion: true },
  });
  return user.privacyVersion;
}

/** Records that the person accepted privacy notice `version` at `now` (and audits it). */
export async function acceptPrivacyNotice(userId: string, version: string, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { privacyVersion: version, privacyAcceptedAt: now },
      select: { id: true },
    });
    await recordAudit({ actorId: userId, action: "user.privacy_accepted", subject: userId, data: { version } }, tx);
  });
}

/** The privacy notice version a user accepted, or null. */
export async function getPrivacyVersion(userId: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { privacyVersion: true } });
  return user?.privacyVersion ?? null;
}

/** Replaces a user's password hash (e.g. an upgrade of argon2 parameters at login). */
export async function updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
}

/**
 * Sign-up. A new address gets an APPLICANT account and a verification mail; an address
 * that already has an account gets the "someone tried to sign up with your address" mail
 * instead, and nothing else changes. The caller answers both the same way.
 * @returns "created" or "exists" (for tests and logs only — never show it).
 */
export async function signUpApplicant({
  name,
  email,
  passwordHash,
  locale,
  privacyVersion,
  now = new Date(),
}: {
  name: string;
  email: string;
  passwordHash: string;
  locale: string;
  /** The privacy notice's version the person accepted on the form (app/platform/legal-config.ts). */
  privacyVersion: string;
  now?: Date;
}): Promise<"created" | "exists"> {
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!existing) {
    try {
      await prisma.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: {
            email,
            name,
            passwordHash,
            roles: ["APPLICANT"],
            privacyVersion,
            privacyAcceptedAt: now,
            lastSignInAt: now,
          },
          select: { id: true },
        });
        const { token, id } = await createUserToken(tx, { userId: user.id, kind: "EMAIL_VERIFICATION", email });
        await enqueueEmail(tx, {
          kind: "verify-email",
          userId: user.id,
          to: email,
          locale,
          payload: { name, url: appUrl("/verify-email", { token }) },
          idempotencyKey: `verify-email:${id}`,
        });
        await recordAudit({ actorId: user.id, action: "user.signup", subject: user.id }, tx);
        await recordAudit(
          { actorId: user.id, action: "user.privacy_accepted", subject: user.id, data: { version: privacyVersion } },
          tx,
        );
      });
      return "created";
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone signed up with this address a moment ago: answer as for an existing account.
    }
  }
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true, locale: true },
    });
    await enqueueEmail(tx, {
      kind: "signup-attempt",
      userId: user.id,
      to: user.email,
      locale: user.locale ?? locale,
      payload: { name: user.name, loginUrl: appUrl("/login"), resetUrl: appUrl("/forgot-password") },
      idempotencyKey: `signup-attempt:${user.id}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
    });
  });
  return "exists";
}

/**
 * Sends a new verification link to the user's stored address (earlier links stop working).
 * @returns false when the address is already verified (nothing sent).
 */
export async function resendVerification(userId: string, locale: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true, emailVerifiedAt: true },
    });
    if (user.emailVerifiedAt) return false;
    const { token, id } = await createUserToken(tx, { userId, kind: "EMAIL_VERIFICATION", email: user.email });
    await enqueueEmail(tx, {
      kind: "verify-email",
      userId,
      to: user.email,
      locale: user.locale ?? locale,
      payload: { name: user.name, url: appUrl("/verify-email", { token }) },
      idempotencyKey: `verify-email:${id}`,
    });
    return true;
  });
}

export type VerifyResult =
  | { status: "verified"; userId: string }
  | { status: "email-changed"; userId: string }
  | { status: "email-taken"; userId: string }
  | { status: "invalid" };

/**
 * Uses a link from /verify-email: an EMAIL_VERIFICATION token marks the address verified
 * (if it is still the account's address); an EMAIL_CHANGE token moves the account to the
 * new address, verified, and tells the old address. Each token works once.
 */
export async function applyEmailToken(token: string, locale: string): Promise<VerifyResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const now = new Date();
      const verification = await consumeUserToken(tx, "EMAIL_VERIFICATION", token, now);
      if (verification) {
        const user = await tx.user.findUniqueOrThrow({
          where: { id: verification.userId },
          select: { email: true, emailVerifiedAt: true },
        });
        if (verification.email !== user.email) return { status: "invalid" } as const;
        if (!user.emailVerifiedAt)
          await tx.user.update({
            where: { id: verification.userId },
            data: { emailVerifiedAt: now },
            select: { id: true },
          });
        await recordAudit(
          { actorId: verification.userId, action: "user.email_verified", subject: verification.userId },
          tx,
        );
        // An institutional address verifies the stated home centre (decision 0035).
        await settleHomeCentre(tx, verification.userId, { reset: false });
        return { status: "verified", userId: verification.userId } as const;
      }
      const change = await consumeUserToken(tx, "EMAIL_CHANGE", token, now);
      if (!change?.email) return { status: "invalid" } as const;
      const before = await tx.user.findUniqueOrThrow({
        where: { id: change.userId },
        select: { email: true, name: true, locale: true },
      });
      await tx.user.update({
        where: { id: change.userId },
        data: { email: change.email, emailVerifiedAt: now, emailUndeliverableAt: null },
        select: { id: true },
      });
      await enqueueEmail(tx, {
        kind: "email-changed",
        userId: change.userId,
        to: before.email,
        locale: before.locale ?? locale,
        payload: { name: before.name, newEmailMasked: maskEmail(change.email) },
        idempotencyKey: `email-changed:${change.id}`,
      });
      await recordAudit({ actorId: change.userId, action: "user.email_changed", subject: change.userId }, tx);
      // A new address clears the home centre's verification; the new one may verify it again.
      await settleHomeCentre(tx, change.userId, { reset: true });
      return { status: "email-changed", userId: change.userId } as const;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The new address was taken by another account in the meantime; the token stays unused.
    const t = await findUserToken("EMAIL_CHANGE", token);
    return t ? { status: "email-taken", userId: t.userId } : { status: "invalid" };
  }
}

/**
 * Forgot password: when `email` has an account, a reset link goes to its stored address;
 * otherwise nothing happens. The caller answers both the same way.
 * @returns whether a mail was queued (tests only).
 */
export async function requestPasswordReset(email: string, locale: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (!user) return false;
    const { token, id } = await createUserToken(tx, { userId: user.id, kind: "PASSWORD_RESET" });
    await enqueueEmail(tx, {
      kind: "reset-password",
      userId: user.id,
      to: user.email,
      locale: user.locale ?? locale,
      payload: { name: user.name, url: appUrl("/reset-password", { token }) },
      idempotencyKey: `reset-password:${id}`,
    });
    return true;
  });
}

function passwordChangedMail(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string; name: string; locale: string | null },
  locale: string,
  key: string,
) {
  return enqueueEmail(tx, {
    kind: "password-changed",
    userId: user.id,
    to: user.email,
    locale: user.locale ?? locale,
    payload: { name: user.name, resetUrl: appUrl("/forgot-password") },
    idempotencyKey: key,
  });
}

/**
 * Sets a new password from a reset link: uses the token (once), stores the hash, marks the
 * address verified (the link proved the mailbox), ends every session of the user, and
 * sends the "password changed" mail.
 * @returns the user id, or null when the token is unknown, used or expired.
 */
export async function resetPasswordWithToken(
  token: string,
  passwordHash: string,
  locale: string,
): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const t = await consumeUserToken(tx, "PASSWORD_RESET", token, now);
    if (!t) return null;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: t.userId },
      select: { id: true, email: true, name: true, locale: true, emailVerifiedAt: true },
    });
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now },
      select: { id: true },
    });
    if (!user.emailVerifiedAt) await settleHomeCentre(tx, user.id, { reset: false });
    await tx.userToken.updateMany({
      where: { userId: user.id, kind: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: now },
    });
    await deleteUserSessions(user.id, { tx });
    await passwordChangedMail(tx, user, locale, `password-changed:reset:${t.id}`);
    await recordAudit({ actorId: user.id, action: "user.password_reset", subject: user.id }, tx);
    return user.id;
  });
}

/** The stored hash of a user's password (null for accounts without one). */
export async function getPasswordHash(userId: string): Promise<string | null> {
  return (
    (await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ?? null
  );
}

/**
 * Changes the password of a signed-in user (who re-typed the current one), ends every
 * other session and sends the "password changed" mail.
 */
export async function changePassword(
  userId: string,
  passwordHash: string,
  currentSessionId: string,
  locale: string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash },
      select: { id: true, email: true, name: true, locale: true },
    });
    await tx.userToken.updateMany({
      where: { userId, kind: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: new Date() },
    });
    await deleteUserSessions(userId, { exceptSessionId: currentSessionId, tx });
    await passwordChangedMail(tx, user, locale, `password-changed:${userId}:${Date.now()}`);
    await recordAudit({ actorId: userId, action: "user.password_changed", subject: userId }, tx);
  });
}

/**
 * Starts an e-mail change: a link goes to the new address; the account keeps its current
 * address until the link is used. When the new address already belongs to an account,
 * nothing is sent (the page answers the same way, so it does not reveal accounts).
 * @returns "sent", "same" (already the address) or "taken" (tests only).
 */
export async function requestEmailChange(
  userId: string,
  newEmail: string,
  locale: string,
): Promise<"sent" | "same" | "taken"> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (user.email === newEmail) return "same";
    const owner = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
    if (owner) return "taken";
    const { token, id } = await createUserToken(tx, { userId, kind: "EMAIL_CHANGE", email: newEmail });
    await enqueueEmail(tx, {
      kind: "email-change",
      userId,
      to: newEmail,
      locale: user.locale ?? locale,
      payload: { name: user.name, newEmail, url: appUrl("/verify-email", { token }) },
      idempotencyKey: `email-change:${id}`,
    });
    await recordAudit({ actorId: userId, action: "user.email_change_requested", subject: userId }, tx);
    return "sent";
  });
}

/** The pending (unused, unexpired) e-mail change of a user, if any. */
export async function getPendingEmailChange(userId: string): Promise<string | null> {
  const t = await prisma.userToken.findFirst({
    where: { userId, kind: "EMAIL_CHANGE", usedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true },
    orderBy: { createdAt: "desc" },
  });
  return t?.email ?? null;
}

/** What /account shows about the user. */
export async function getAccount(userId: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      emailVerifiedAt: true,
      locale: true,
      createdAt: true,
      coordinatorOf: {
        select: { centre: { select: { slug: true, name: true, nameIt: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

export async function updateName(userId: string, name: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { name }, select: { id: true } });
}

/** Stores the UI and e-mail language ("en" | "it") on the account. */
export async function setUserLocale(userId: string, locale: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

export function hasRole(user: { roles: Role[] }, role: Role): boolean {
  return user.roles.includes(role);
}

/**
 * What Ponte holds about the user, counted for the /account page (GDPR art. 13 and 15: the
 * person sees at a glance what the export contains).
 */
export async function summariseHeldData(userId: string) {
  const [user, requests, files, messages, sessions, emails, securityEvents] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        privacyVersion: true,
        privacyAcceptedAt: true,
        lastSignInAt: true,
        profile: { select: { _count: { select: { interests: true, languages: true, windows: true } } } },
      },
    }),
    prisma.request.count({ where: { applicantId: userId } }),
    prisma.storedFile.count({ where: { ownerId: userId } }),
    prisma.message.count({ where: { authorId: userId } }),
    prisma.session.count({ where: { userId } }),
    prisma.notification.count({ where: { userId } }),
    prisma.auditEvent.count({ where: { actorId: userId } }),
  ]);
  return {
    profile: user.profile
      ? { interests: user.profile._count.interests, languages: user.profile._count.languages, windows: user.profile._count.windows }
      : null,
    requests,
    files,
    messages,
    sessions,
    emails,
    securityEvents,
    privacyVersion: user.privacyVersion,
    privacyAcceptedAt: user.privacyAcceptedAt?.toISOString() ?? null,
  };
}

/**
 * Everything Ponte stores about the user, for the "download my data" button (GDPR art. 15
 * and 20). Secrets (password hash, token hashes, session ids) are left out.
 */
export async function exportUserData(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      emailVerifiedAt: true,
      locale: true,
      digest: true,
      createdAt: true,
      updatedAt: true,
      profile: { include: { languages: true, interests: true, windows: true } },
      coordinatorOf: { select: { createdAt: true, centre: { select: { slug: true, name: true } } } },
      sessions: { select: { createdAt: true, expiresAt: true, userAgent: true, ipAddress: true } },
      notificationPrefs: { select: { kind: true, enabled: true } },
      hidden: { select: { opportunityId: true, createdAt: true } },
      files: { select: { id: true, filename: true, contentType: true, size: true, sha256: true, createdAt: true } },
      collaborationProposals: {
        select: {
          id: true,
          title: true,
          summary: true,
          expertise: true,
          partnerKinds: true,
          languages: true,
          fundingProgramme: true,
          fundingCallId: true,
          fundingDeadline: true,
          visibility: true,
          status: true,
          closedAt: true,
          createdAt: true,
          updatedAt: true,
          topics: { select: { topicId: true } },
          // The answers the user gave to others' interest; the others' messages are theirs.
          interests: { select: { id: true, status: true, createdAt: true, decidedAt: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      collaborationInterests: {
        select: { id: true, proposalId: true, message: true, status: true, createdAt: true, decidedAt: true },
        orderBy: { createdAt: "asc" },
      },
      collaborationMessages: {
        select: { id: true, interestId: true, body: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      requests: {
        select: {
          id: true,
          opportunityId: true,
          cohortId: true,
          startDate: true,
          endDate: true,
          motivation: true,
          status: true,
          submittedAt: true,
          decidedAt: true,
          createdAt: true,
          answers: { select: { questionId: true, body: true } },
          events: { select: { action: true, fromStatus: true, toStatus: true, createdAt: true } },
          messages: {
            where: { kind: { not: "NOTE" } },
            select: { kind: true, body: true, createdAt: true, authorId: true },
          },
        },
      },
    },
  });
  const [notifications, auditEvents] = await Promise.all([
    prisma.notification.findMany({
      where: { userId },
      select: { kind: true, toEmail: true, status: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: "asc" },
    }),
    prisma.auditEvent.findMany({
      where: { actorId: userId },
      select: { action: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { exportedAt: new Date().toISOString(), user, notifications, auditEvents };
}

/**
 * Deletes the account: sessions, tokens, profile, notification preferences, coordinator
 * links, outbox rows and the user row. Requests the user sent stay for the centres,
 * anonymised: the applicant link is cut (`onDelete: SetNull`), the motivation, answers
 * and CV link are cleared, and messages the user wrote are blanked. Audit events keep the
 * bare user id only. The bytes of the files the user uploaded (CVs, attachments, the
 * document wallet and the copies sent with requests: all are rows they own, and the wallet's
 * and the requests' document rows go with their files) are removed from storage once the
 * transaction has committed; a removal that fails is logged with the key (the row is gone,
 * so the file can no longer be served).
 */
export async function deleteAccount(userId: string): Promise<void> {
  const storageKeys = await prisma.$transaction(async (tx) => {
    const files = await tx.storedFile.findMany({ where: { ownerId: userId }, select: { storageKey: true } });
    await tx.requestAnswer.deleteMany({ where: { request: { applicantId: userId } } });
    await tx.request.updateMany({ where: { applicantId: userId }, data: { motivation: "", cvFileId: null } });
    await tx.message.updateMany({
      where: { authorId: userId },
      data: { body: "", attachmentId: null, authorId: null },
    });
    await tx.storedFile.deleteMany({ where: { ownerId: userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.invitation.deleteMany({
      where: { email: (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email },
    });
    // Cascades: sessions, tokens, profile (+ languages, interests, windows), preferences,
    // coordinator links, hidden opportunities, the private calendar feed. SetNull: requests,
    // assignments.
    await tx.user.delete({ where: { id: userId }, select: { id: true } });
    await recordAudit({ actorId: null, action: "user.deleted", subject: userId }, tx);
    return files.map((f) => f.storageKey);
  });
  const storage = getStorage();
  for (const key of storageKeys) {
    await storage.delete(key).catch((error: unknown) => {
      console.error(`Account deletion: the file ${key} could not be removed from storage:`, error);
    });
  }
}
