/**
 * The bulk decline form of /inbox: the selected request `ids` (at least one, at most
 * BULK_MAX), the `reason` sent to each applicant, and the list URL to go `back` to. Used by
 * the action and by the form in the browser; BULK_MAX comes from a `.server` module, which
 * the browser build leaves empty, so only the server enforces that limit.
 */
import { z } from "zod";
import { BULK_MAX } from "~/requests/inbox.server";
import { IdSchema, ReasonSchema } from "~/requests/request-validation";

/** The posted bulk decline. */
export const BulkSchema = z.object({
  ids: z
    .array(IdSchema, { required_error: "inbox:bulk.noneSelected" })
    .min(1, "inbox:bulk.noneSelected")
    .max(BULK_MAX, "inbox:bulk.tooMany"),
  reason: ReasonSchema,
  back: z.string().max(2_000).optional(),
});
