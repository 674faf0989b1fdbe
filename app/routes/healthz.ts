/**
 * GET /healthz: 200 `{"db":"ok"}` after a real round trip to the database, 503
 * `{"db":"unavailable"}` otherwise. For load balancers and uptime checks.
 */
import { pingDatabase } from "~/platform/db.server";
import { resourceRoute } from "~/platform/http";

export const loader = resourceRoute(async function loader() {
  try {
    await pingDatabase(2_000);
    return Response.json({ db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error(`healthz: database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return Response.json({ db: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
});
