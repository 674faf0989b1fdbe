/**
 * GET /inbox/:id/referees/:refereeId: a referee's recommendation letter for a request of one
 * of the coordinator's centres, as an attachment (decision 0037). 404 for anyone else,
 * the applicant included, and when the letter has not arrived or was removed.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireInboxActor } from "~/requests/inbox.server";
import { getRefereeLetterFile } from "~/requests/referees.server";
import { pdfResponse } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { IdSchema } from "~/requests/request-validation";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const id = params.id ?? "";
  const refereeId = params.refereeId ?? "";
  if (!IdSchema.safeParse(id).success || !IdSchema.safeParse(refereeId).success) notFound();
  const file = await getRefereeLetterFile(actor.scope, id, refereeId);
  if (!file) notFound();
  return pdfResponse(file);
});
