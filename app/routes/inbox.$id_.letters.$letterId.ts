/**
 * GET /inbox/:id/letters/:letterId: a letter issued for this request (invitation letter or
 * certificate, decision 0030) as a PDF attachment, drawn from its stored snapshot. Only
 * a coordinator of the request's centre (or an admin); anyone else, and any unknown id, gets 404.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadHeaders } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { requireInboxActor } from "~/requests/inbox.server";
import { getLetterPdf } from "~/requests/letters.server";
import { IdSchema } from "~/requests/request-validation";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const id = params.id ?? "";
  const letterId = params.letterId ?? "";
  if (!IdSchema.safeParse(id).success || !IdSchema.safeParse(letterId).success) notFound();
  const pdf = await getLetterPdf(actor.scope, id, letterId);
  if (!pdf) notFound();
  return new Response(pdf.bytes as Uint8Array<ArrayBuffer>, {
    headers: { ...downloadHeaders("application/pdf", pdf.filename), "Content-Length": String(pdf.bytes.byteLength) },
  });
});
