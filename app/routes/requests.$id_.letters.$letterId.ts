/**
 * GET /requests/:id/letters/:letterId: a letter issued for this request (invitation letter or
 * certificate, decision 0030) as a PDF attachment, drawn from its stored snapshot. Only
 * the applicant of the request; anyone else, and any unknown id, gets 404.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadHeaders } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { applicantScope, requireApplicant } from "~/requests/request.server";
import { getLetterPdf } from "~/requests/letters.server";
import { IdSchema } from "~/requests/request-validation";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const id = params.id ?? "";
  const letterId = params.letterId ?? "";
  if (!IdSchema.safeParse(id).success || !IdSchema.safeParse(letterId).success) notFound();
  const pdf = await getLetterPdf(applicantScope(user.id), id, letterId);
  if (!pdf) notFound();
  return new Response(pdf.bytes as Uint8Array<ArrayBuffer>, {
    headers: { ...downloadHeaders("application/pdf", pdf.filename), "Content-Length": String(pdf.bytes.byteLength) },
  });
});
