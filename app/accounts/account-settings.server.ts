/**
 * The /account page's server side: the overview its loader shows (profile basics, the
 * pending e-mail change, the active sessions), and the two forms that need more than a
 * parse and a call: the password change and the e-mail change, each rate-limited and
 * confirmed with the current password before anything changes.
 */
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { kickOutbox } from "~/notifications/outbox.server";
import { EmailChangeSchema, PasswordChangeSchema } from "./account-forms";
import { listUserSessions } from "./auth.server";
import { hashPassword, NewPasswordSchemaServer, verifyPassword } from "./password.server";
import { consumeRateLimits } from "./rate-limit.server";
import {
  changePassword,
  getAccount,
  getPasswordHash,
  getPendingEmailChange,
  requestEmailChange,
  summariseHeldData,
} from "./user.server";

/** The password change as the server checks it: the browser's rules plus the common-password check. */
const PasswordChangeSchemaServer = PasswordChangeSchema.extend({ newPassword: NewPasswordSchemaServer });

/** What a form answered: the HTTP status, and the submission result and notice (an i18n key) for the page. */
export type AccountFormOutcome = { status: number; result: SubmissionResult<string[]>; notice?: string };

/** Who posts a form, and from where: the signed-in user, their session, address and UI language. */
export type AccountFormContext = {
  user: { id: string; email: string };
  sessionId: string;
  clientIp: string;
  language: string;
};

/**
 * The account page's data, JSON-safe: the account's basics (dates as ISO strings), the
 * address an e-mail change waits to confirm, and the active sessions (`currentSessionId`'s
 * marked as current), each named by the first 12 characters of its id.
 */
export async function getAccountOverview(userId: string, currentSessionId: string | null) {
  const [account, sessions, pendingEmail, held] = await Promise.all([
    getAccount(userId),
    listUserSessions(userId, currentSessionId),
    getPendingEmailChange(userId),
    summariseHeldData(userId),
  ]);
  return {
    held,
    account: {
      name: account.name,
      email: account.email,
      roles: account.roles,
      emailVerified: account.emailVerifiedAt !== null,
      createdAt: account.createdAt.toISOString(),
      centres: account.coordinatorOf.map((c) => c.centre),
    },
    pendingEmail,
    sessions: sessions.map((s) => ({
      id: s.id.slice(0, 12),
      createdAt: s.createdAt.toISOString(),
      userAgent: s.userAgent,
      ipAddress: s.ipAddress,
      current: s.current,
    })),
  };
}

/**
 * The password change form: rate-limited like a login (by address and account), then the
 * current password checked; on success the password changes, every other session ends and
 * a notice e-mail is queued. Passwords are never echoed back.
 */
export async function changePasswordFromForm(formData: FormData, ctx: AccountFormContext): Promise<AccountFormOutcome> {
  const submission = parseWithZod(formData, { schema: PasswordChangeSchemaServer });
  const hidden = { hideFields: ["currentPassword", "newPassword"] };
  if (submission.status !== "success") return { status: 400, result: submission.reply(hidden) };
  const limit = await consumeRateLimits([
    ["login:ip", ctx.clientIp],
    ["login:account", ctx.user.email],
  ]);
  if (!limit.ok) return { status: 429, result: submission.reply({ ...hidden, formErrors: ["accounts:rateLimited"] }) };
  const stored = await getPasswordHash(ctx.user.id);
  if (!stored || !(await verifyPassword(stored, submission.value.currentPassword))) {
    return {
      status: 400,
      result: submission.reply({ ...hidden, fieldErrors: { currentPassword: ["accounts:validation.passwordWrong"] } }),
    };
  }
  await changePassword(ctx.user.id, await hashPassword(submission.value.newPassword), ctx.sessionId, ctx.language);
  kickOutbox();
  return { status: 200, result: submission.reply({ resetForm: true }), notice: "account.password.changed" };
}

/**
 * The e-mail change form: rate-limited like a verification e-mail (by address and account),
 * then the current password checked; then a confirmation link goes to the new address (none
 * when another account has it, with the same answer, so accounts stay private). The password
 * is never echoed back.
 */
export async function changeEmailFromForm(formData: FormData, ctx: AccountFormContext): Promise<AccountFormOutcome> {
  const submission = parseWithZod(formData, { schema: EmailChangeSchema });
  const hidden = { hideFields: ["password"] };
  if (submission.status !== "success") return { status: 400, result: submission.reply(hidden) };
  const limit = await consumeRateLimits([
    ["verify-mail:ip", ctx.clientIp],
    ["verify-mail:account", ctx.user.id],
  ]);
  if (!limit.ok) return { status: 429, result: submission.reply({ ...hidden, formErrors: ["accounts:rateLimited"] }) };
  const stored = await getPasswordHash(ctx.user.id);
  if (!stored || !(await verifyPassword(stored, submission.value.password))) {
    return {
      status: 400,
      result: submission.reply({ ...hidden, fieldErrors: { password: ["accounts:validation.passwordWrong"] } }),
    };
  }
  const outcome = await requestEmailChange(ctx.user.id, submission.value.newEmail, ctx.language);
  if (outcome === "same") {
    return {
      status: 400,
      result: submission.reply({ ...hidden, fieldErrors: { newEmail: ["accounts:validation.emailSame"] } }),
    };
  }
  kickOutbox();
  return { status: 200, result: submission.reply({ resetForm: true }), notice: "account.email.sent" };
}
