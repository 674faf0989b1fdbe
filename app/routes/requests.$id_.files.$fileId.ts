/**
 * GET /requests/:id/files/:fileId: a PDF attached to a message of the applicant's own
 * request (internal notes' attachments never), as an attachment. 404 for anyone else.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { applicantScope, requireApplicant, getRequestFile } from "~/requests/request.server";
import { pdfResponse } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { IdSchema } from "~/requests/request-validation";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const id = params.id ?? "";
  const fileId = params.fileId ?? "";
  if (!IdSchema.safeParse(id).success || !IdSchema.safeParse(fileId).success || fileId === "cv") notFound();
  const file = await getRequestFile(applicantScope(user.id), id, fileId, { includeNotes: false });
  if (!file) notFound();
  return pdfResponse(file);
});
