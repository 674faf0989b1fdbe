/**
 * GET /coordinator/dashboard.svg?chart=<id>[&map=1]&<the dashboard's filters>&v=<version>: one
 * of a coordinator's charts as an SVG image (decision 0043). COORDINATOR only; their centres
 * only (another is a 404).
 */
import { dashboardSvgLoader } from "~/requests/dashboard-image.server";

export const loader = dashboardSvgLoader("coordinator");
