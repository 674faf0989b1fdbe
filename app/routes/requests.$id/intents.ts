/**
 * What an applicant does on /requests/:id: the intents the page offers (answer a request
 * for information, message the centre, withdraw), those whose form may carry a PDF
 * attachment, and the form schema of each intent. Pure, safe in the browser.
 */
import { z } from "zod";
import { BodySchema } from "~/requests/request-validation";

/** What an applicant does on this page. */
export const APPLICANT_INTENTS = ["answer", "message", "withdraw"] as const;
/** The intents whose form may carry a PDF `attachment`. */
export const MESSAGE_INTENTS = new Set(["answer", "message"]);

/** The intents that take a second step (`confirmed=yes`) before they happen (issue 17). */
export const CONFIRM_INTENTS: ReadonlySet<string> = new Set(["withdraw"]);

/** The form schema of each intent. */
export const APPLICANT_SCHEMAS: Record<(typeof APPLICANT_INTENTS)[number], z.ZodTypeAny> = {
  answer: z.object({ body: BodySchema }),
  message: z.object({ body: BodySchema }),
  withdraw: z.object({}),
};
