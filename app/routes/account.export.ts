/**
 * GET /account/export: everything Ponte stores about the signed-in user, as a JSON file
 * download (GDPR arts. 15 and 20). No secrets (password hash, token hashes, session ids).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportUserData } from "~/accounts/user.server";
import { requireUserId } from "~/accounts/auth.server";
import { resourceRoute } from "~/platform/http";

export const loader = resourceRoute(async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request, { redirectTo: "/account" });
  const body = JSON.stringify(await exportUserData(userId), null, 2);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="ponte-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
