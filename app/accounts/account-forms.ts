/**
 * The /account page's forms (pure, safe in the browser): the schemas the browser validates
 * with (the server adds the common-password check, account-settings.server.ts), the intents
 * the page's forms post, and the action's answer, which carries its intent so only the form
 * that posted shows it.
 */
import type { SubmissionResult } from "@conform-to/react";
import { z } from "zod";
import { CurrentPasswordSchema, EmailSchema, NameSchema, NewPasswordSchema } from "./validation";

/** Profile basics: the display name. */
export const AccountNameSchema = z.object({ name: NameSchema });
/** Password change: the current password, and the new one. */
export const PasswordChangeSchema = z.object({
  currentPassword: CurrentPasswordSchema,
  newPassword: NewPasswordSchema,
});
/** E-mail change: the new address, confirmed with the current password. */
export const EmailChangeSchema = z.object({ newEmail: EmailSchema, password: CurrentPasswordSchema });

/** What each of the page's forms posts as `intent`. */
export type AccountIntent =
  | "profile"
  | "password"
  | "email"
  | "sign-out-others"
  | "sign-out-session"
  | "calendar-feed-reset"
  | "calendar-feed-remove";

/** The action's answer: the form's submission result, or a notice or error (i18n keys) for the form that posted. */
export type AccountActionResult = {
  intent: AccountIntent;
  result?: SubmissionResult<string[]>;
  notice?: string;
  error?: string;
  /** The private calendar feed's new address, shown once after "calendar-feed-reset". */
  feedUrl?: string;
};
