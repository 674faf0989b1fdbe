/**
 * GET /inbox/:id/files/:fileId: a PDF attached to a message or internal note of a request
 * of one of the coordinator's centres, as an attachment. 404 outside those centres.
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
  const fileId = params.fileId ?? "";
  if (!IdSchema.safeParse(id).success || !IdSchema.safeParse(fileId).success || fileId === "cv") notFound();
  const file = await getRequestFile(actor.scope, id, fileId, { includeNotes: true });
  if (!file) notFound();
  return pdfResponse(file);
});
