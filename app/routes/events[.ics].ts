/**
 * GET /events.ics: every upcoming public event as a subscribable iCalendar feed
 * (app/catalogue/event-feed.server.ts), in the request's language.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { eventsFeed, feedHeaders } from "~/catalogue/event-feed.server";
import { resourceRoute } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";

export const loader = resourceRoute(async function loader({ request }: LoaderFunctionArgs) {
  const { t, language } = await getRequestT(request, "events");
  const ics = await eventsFeed({ name: t("feeds.allName"), language });
  return new Response(ics, { headers: feedHeaders("ponte-events.ics") });
});
