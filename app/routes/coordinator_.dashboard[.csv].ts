/**
 * GET /coordinator/dashboard.csv?chart=<id>&<the dashboard's filters>: one chart's numbers as CSV
 * (cells guarded against formula injection, app/platform/csv.server.ts). COORDINATOR only; their centres only (another is a 404).
 */
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUserWithRole } from "~/accounts/auth.server";
import { dashboardCsv } from "~/requests/dashboard.server";
import { downloadHeaders } from "~/platform/downloads.server";
import { getRequestT } from "~/platform/i18n.server";
import { resourceRoute } from "~/platform/http";

export const loader = resourceRoute(async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const { t, language } = await getRequestT(request, "dashboard");
  const out = await dashboardCsv({ id: user.id, area: "coordinator" }, new URL(request.url), t, language);
  // A download has no form to show an error in: an unknown chart or a bad filter is a 400.
  if (!out) throw data(null, { status: 400 });
  return new Response(out.csv, { headers: downloadHeaders("text/csv; charset=utf-8", out.filename) });
});
