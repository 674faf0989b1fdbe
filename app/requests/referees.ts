/**
 * Recommendation letters from referees (issue 16 part 2; decision 0037), the pure half: how
 * many letters an opportunity asks for, the link's lifetime, and the referee form's schema.
 * Safe in the browser.
 */
import { z } from "zod";
import { EmailSchema, NameSchema } from "~/accounts";
import type { RequiredDocument } from "~/generated/prisma/enums";

/** Most recommendation letters an opportunity may ask for (the coordinator's form: 0–5). */
export const LETTERS_MAX = 5;
/** Days a referee's link works (from the invitation or its resend). */
export const REFEREE_LINK_DAYS = 30;
/** Days after the (last) invitation that the one reminder goes to a referee who has not uploaded. */
export const REFEREE_REMINDER_DAYS = 14;
/** The languages a referee's mails can be in. */
export const REFEREE_LOCALES = ["en", "it"] as const;
export type RefereeLocale = (typeof REFEREE_LOCALES)[number];

/**
 * The number of recommendation letters an opportunity asks for: `recommendationLetters`
 * when its required documents list RECOMMENDATION_LETTERS, otherwise 0 (decision 0026).
 */
export function lettersRequired(o: {
  requiredDocuments: readonly RequiredDocument[];
  recommendationLetters: number | null;
}): number {
  if (!o.requiredDocuments.includes("RECOMMENDATION_LETTERS")) return 0;
  return Math.min(Math.max(o.recommendationLetters ?? 0, 0), LETTERS_MAX);
}

/** The validated fields of one referee. */
export interface RefereeFields {
  name: string;
  /** Canonical. */
  email: string;
  locale: RefereeLocale;
}

/**
 * The referee form (add or replace): a name (NameSchema), an e-mail address (EmailSchema,
 * canonical) that is not `applicantEmail` (canonical), and the language of the referee's
 * mails. A referee already named on the request is refused by the server (duplicate).
 */
export function createRefereeSchema(applicantEmail: string) {
  return z.object({
    name: NameSchema,
    email: EmailSchema.refine((v) => v !== applicantEmail, { message: "requests:referees.validation.ownEmail" }),
    locale: z.enum(REFEREE_LOCALES, {
      errorMap: () => ({ message: "requests:referees.validation.locale" }),
    }),
  });
}
