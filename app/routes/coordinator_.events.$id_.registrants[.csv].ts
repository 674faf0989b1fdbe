/**
 * GET /coordinator/events/:id/registrants.csv: the event's registrants (registered, then the
 * waiting list in order) as CSV — name, e-mail, state, registered at (UTC), place on the
 * waiting list, attended (yes/no, empty until marked) — cells guarded against formula
 * injection (app/platform/csv.server.ts). Only for coordinators of one of the event's
 * centres (and admins); 404 for anyone else.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/accounts/staff.server";
import { listRegistrantsForExport } from "~/catalogue/coordinator-event.server";
import { toCsv } from "~/platform/csv.server";
import { todayIso } from "~/platform/dates";
import { downloadHeaders } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such event");
  const event = await listRegistrantsForExport(staff, id);
  if (!event) notFound("No such event");
  const { t } = await getRequestT(request, "events");
  const header = ["name", "email", "state", "registeredAt", "position", "attended"].map((k) =>
    t(`coordinator.csv.${k}`),
  );
  const csv = toCsv(
    header,
    event.registrations.map((r) => [
      r.user.name,
      r.user.email,
      t(`coordinator.registrationStatus.${r.status}`),
      r.createdAt.toISOString(),
      r.position,
      r.attendanceMarkedAt ? t(r.attended ? "coordinator.csv.yes" : "coordinator.csv.no") : "",
    ]),
  );
  return new Response(csv, {
    headers: downloadHeaders("text/csv; charset=utf-8", `ponte-event-registrants-${todayIso()}.csv`),
  });
});
