/** The "Invite to apply" form of a suggestion card: which applicant, and an optional note. */
import { z } from "zod";
import { codePointLength } from "~/platform/fields";
import { TEXT_LIMITS } from "~/platform/text-limits";

export const INVITE_INTENT = "invite";
export const INVITE_MESSAGE_MAX = TEXT_LIMITS.inviteMessageMax;

const msg = (key: string) => `profile:suggestions.invite.validation.${key}`;

export const InviteSchema = z.object({
  intent: z.literal(INVITE_INTENT),
  applicantId: z.string({ required_error: msg("applicant") }).regex(/^[a-z0-9]{1,40}$/i, msg("applicant")),
  /** Optional; trimmed, NFC, at most INVITE_MESSAGE_MAX code points; blank = none. */
  message: z
    .string()
    .max(INVITE_MESSAGE_MAX * 4, { message: msg("messageTooLong") })
    .optional()
    .transform((v) => {
      const clean = (v ?? "").trim().normalize("NFC").replace(/\r\n?/g, "\n");
      return clean || null;
    })
    .refine((v) => v === null || codePointLength(v) <= INVITE_MESSAGE_MAX, { message: msg("messageTooLong") }),
});
