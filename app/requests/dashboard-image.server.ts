/**
 * The loader of `/<area>/dashboard.svg` (decision 0043): a dashboard's chart served as an SVG
 * image, so the page embeds `<img>` (a few hundred bytes) instead of the drawing, which would
 * travel twice (in the HTML and again in the data that hydrates it: 143 KB of SVG and 174 KB
 * of data on a 347 KB page at 10,000 requests).
 *
 * Answers: 200 `image/svg+xml`, kept by the browser for a year when `v` names the drawing's
 * current version (the page's link changes with the figures), otherwise revalidated each
 * time; 400 for an unknown chart or a bad filter; 404 when there is nothing to draw or the
 * centre is outside the viewer's; the role check as the page (login redirect, 403/404).
 */
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUserWithRole } from "~/accounts/auth.server";
import { getRequestT } from "~/platform/i18n.server";
import { resourceRoute } from "~/platform/http";
import { dashboardSvg, type DashboardArea } from "./dashboard.server";

/** The SVG loader of `area`'s dashboard (ADMIN for "admin", COORDINATOR for "coordinator"). */
export function dashboardSvgLoader(area: DashboardArea) {
  return resourceRoute(async function loader({ request }: LoaderFunctionArgs) {
    const user = await requireUserWithRole(request, area === "admin" ? "ADMIN" : "COORDINATOR");
    const { t, language } = await getRequestT(request, "dashboard");
    const out = await dashboardSvg({ id: user.id, area }, new URL(request.url), t, language);
    if (out === null) throw data(null, { status: 400 });
    if (out === "none") throw data(null, { status: 404 });
    return new Response(out.drawing.svg, {
      headers: {
        "Content-Type": "image/svg+xml; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
        // Private: the figures are the viewer's. Immutable only at the version the page linked.
        "Cache-Control": out.current ? "private, max-age=31536000, immutable" : "private, no-cache",
        ETag: `"${out.drawing.version}"`,
        Vary: "Cookie, Accept-Language",
      },
    });
  });
}
