/**
 * GET /requests/:id/stay.ics: the approved stay as an iCalendar file (METHOD:PUBLISH, an
 * all-day event, app/notifications/ics.server.ts), for the applicant's own approved or completed
 * request; 404 otherwise.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { applicantScope, requireApplicant, getStayForCalendar } from "~/requests/request.server";
import { downloadHeaders } from "~/platform/downloads.server";
import { appUrl } from "~/notifications/outbox.server";
import { notFound, resourceRoute } from "~/platform/http";
import { getLanguage } from "~/platform/i18n.server";
import { stayCalendar } from "~/notifications/ics.server";
import { IdSchema } from "~/requests/request-validation";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const id = params.id ?? "";
  if (!IdSchema.safeParse(id).success) notFound();
  const stay = await getStayForCalendar(applicantScope(user.id), id);
  if (!stay) notFound();
  const it = (await getLanguage(request)) === "it";
  const centre = stay.opportunity.centre;
  const ics = stayCalendar(
    {
      id: stay.id,
      version: stay.version,
      startDate: stay.startDate,
      endDate: stay.endDate,
      title: it ? stay.opportunity.titleIt : stay.opportunity.titleEn,
      centreName: it ? centre.nameIt : centre.name,
      centreAddress: [centre.address, centre.city].filter(Boolean).join(", ") || null,
      url: appUrl(`/requests/${stay.id}`),
    },
    { method: "PUBLISH" },
  );
  return new Response(ics, {
    headers: downloadHeaders("text/calendar; charset=utf-8", `ponte-stay-${stay.startDate}.ics`),
  });
});
