/**
 * GET /requests/:id/cv: the applicant's own CV of this request, as a PDF attachment
 * (nosniff, never cached by shared caches). 404 for anyone else: the ownership is part of
 * the query.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { applicantScope, requireApplicant, getRequestFile } from "~/requests/request.server";
import { pdfResponse } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { IdSchema } from "~/requests/request-validation";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const id = params.id ?? "";
  if (!IdSchema.safeParse(id).success) notFound();
  const file = await getRequestFile(applicantScope(user.id), id, "cv", { includeNotes: false });
  if (!file) notFound();
  return pdfResponse(file);
});
