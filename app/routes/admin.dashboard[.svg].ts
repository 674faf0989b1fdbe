/**
 * GET /admin/dashboard.svg?chart=<id>[&map=1]&<the dashboard's filters>&v=<version>: one of the
 * region's charts as an SVG image (decision 0043). ADMIN only.
 */
import { dashboardSvgLoader } from "~/requests/dashboard-image.server";

export const loader = dashboardSvgLoader("admin");
