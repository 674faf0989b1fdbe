/**
 * GET /centres/:slug/events.ics: a centre's upcoming public events (co-organised ones
 * included) as a subscribable iCalendar feed (app/catalogue/event-feed.server.ts), in the
 * request's language. 404 for an unknown centre.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { centreEventsFeed, feedHeaders } from "~/catalogue/event-feed.server";
import { notFound, resourceRoute } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";

export const loader = resourceRoute(async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound();
  const { t, language } = await getRequestT(request, "events");
  const ics = await centreEventsFeed(slug, language, (centre) => t("feeds.centreName", { centre }));
  if (ics === null) notFound("No such centre");
  return new Response(ics, { headers: feedHeaders(`ponte-events-${slug}.ics`) });
});
