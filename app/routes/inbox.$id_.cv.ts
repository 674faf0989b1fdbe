/**
 * GET /inbox/:id/cv: the CV of a request of one of the coordinator's centres, as a PDF
 * attachment. 404 for a request of another centre: the centre is part of the query.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireInboxActor } from "~/requests/inbox.server";
import { getRequestFile } from "~/requests/request.server";
import { pdfResponse } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { IdSchema } from "~/requests/request-validation";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const id = params.id ?? "";
  if (!IdSchema.safeParse(id).success) notFound();
  const file = await getRequestFile(actor.scope, id, "cv", { includeNotes: true });
  if (!file) notFound();
  return pdfResponse(file);
});
