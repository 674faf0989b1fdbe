/**
 * The bulk form of /inbox: the bulk action chosen in the menu (`intent`: bulk-assign,
 * bulk-approve or bulk-decline), the selected request `ids` (at least one, at most
 * BULK_MAX), the colleague to assign them to (`assigneeId`, required for bulk-assign), the
 * `reason` sent to each applicant (required for bulk-decline), and the list URL to go
 * `back` to. Used by the action and by the form in the browser; BULK_MAX comes from a
 * `.server` module, which the browser build leaves empty, so only the server enforces that
 * limit.
 */
import { z } from "zod";
import { BULK_MAX } from "~/requests/inbox.server";
import { IdSchema, ReasonSchema } from "~/requests/request-validation";

/** The bulk menu's intents, in the menu's order. */
export const BULK_INTENTS = ["bulk-assign", "bulk-approve", "bulk-decline"] as const;
export type BulkIntent = (typeof BULK_INTENTS)[number];

/** The query parameters a bulk action's report travels in (cleared by the list's links). */
export const REPORT_PARAMS = ["bulk", "applied", "refused"] as const;

const Ids = z
  .array(IdSchema, { required_error: "inbox:bulk.noneSelected" })
  .min(1, "inbox:bulk.noneSelected")
  .max(BULK_MAX, "inbox:bulk.tooMany");
const Assignee = IdSchema.optional().refine((v) => v !== undefined, "requests:validation.assigneeRequired");
const Back = z.string().max(2_000).optional();

/** The posted bulk form, by the action chosen. */
export const BulkSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("bulk-assign"), ids: Ids, assigneeId: Assignee, back: Back }),
    z.object({ intent: z.literal("bulk-approve"), ids: Ids, back: Back }),
    z.object({ intent: z.literal("bulk-decline"), ids: Ids, reason: ReasonSchema, back: Back }),
  ],
  { errorMap: () => ({ message: "inbox:bulk.actionRequired" }) },
);
