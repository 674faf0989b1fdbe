/**
 * GET /profile/documents/:id: one of the applicant's own wallet documents, as an attachment
 * (its stored type: PDF, JPEG or PNG; nosniff, never cached by shared caches). 404 for
 * anyone else: the owner is part of the query.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUserWithRole } from "~/accounts/auth.server";
import { pdfResponse } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { IdSchema } from "~/requests/request-validation";
import { getWalletFile } from "~/requests/wallet.server";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const id = params.id ?? "";
  if (!IdSchema.safeParse(id).success) notFound();
  const file = await getWalletFile(user.id, id);
  if (!file) notFound();
  return pdfResponse(file);
});
