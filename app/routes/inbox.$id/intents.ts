/**
 * What a coordinator does on /inbox/:id: the intents the page offers, those whose form may
 * carry a PDF attachment, and the form schema of each intent (the assign form's schema is
 * also used by the form in the browser). Pure, safe in the browser.
 */
import { z } from "zod";
import { ApproveSchema, BodySchema, IdSchema, ReasonSchema } from "~/requests/request-validation";

/** What a coordinator does on this page. */
export const INBOX_INTENTS = [
  "open",
  "assign",
  "request-info",
  "message",
  "note",
  "approve",
  "decline",
  "cancel",
] as const;
/** The intents whose form may carry a PDF `attachment`. */
export const MESSAGE_INTENTS = new Set(["request-info", "message", "note"]);

/** The intents that take a second step (`confirmed=yes`) before they happen (issue 17). */
export const CONFIRM_INTENTS: ReadonlySet<string> = new Set(["cancel"]);

/** The assign form: the colleague to assign the request to. */
export const AssignSchema = z.object({
  assigneeId: IdSchema.optional().refine((v) => v !== undefined, "requests:validation.assigneeRequired"),
});

/** The form schema of each intent. */
export const INBOX_SCHEMAS: Record<(typeof INBOX_INTENTS)[number], z.ZodTypeAny> = {
  open: z.object({}),
  assign: AssignSchema,
  "request-info": z.object({ body: BodySchema }),
  message: z.object({ body: BodySchema }),
  note: z.object({ body: BodySchema }),
  approve: ApproveSchema,
  decline: z.object({ reason: ReasonSchema }),
  cancel: z.object({ reason: ReasonSchema }),
};
