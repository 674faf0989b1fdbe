/**
 * GET /events/:id/ics: a published or cancelled event as an iCalendar file (METHOD:PUBLISH,
 * app/notifications/ics.server.ts `eventsCalendar`: DTSTART;TZID=Europe/Rome with its
 * VTIMEZONE, or all-day dates with an exclusive DTEND; decision 0030). 404 for drafts.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getUserId } from "~/accounts/auth.server";
import { getPublicEvent } from "~/catalogue/event.server";
import { calendarEntry } from "~/catalogue/event-feed.server";
import { eventsCalendar } from "~/notifications/ics.server";
import { downloadHeaders } from "~/platform/downloads.server";
import { notFound, resourceRoute } from "~/platform/http";
import { getLanguage } from "~/platform/i18n.server";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const event = await getPublicEvent(id, await getUserId(request));
  if (!event) notFound();
  const ics = eventsCalendar([calendarEntry(event, await getLanguage(request))], { method: "PUBLISH" });
  return new Response(ics, {
    headers: downloadHeaders("text/calendar; charset=utf-8", `ponte-event-${event.id}.ics`),
  });
});
