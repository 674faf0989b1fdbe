/**
 * GET /calendar/<token>.ics: a person's private calendar feed (their event places and approved
 * stays, app/catalogue/event-feed.server.ts `personalFeed`), in their account's language. The
 * token is the secret made on /account (app/accounts/calendar-feed.server.ts); an unknown or
 * replaced token, or a path without `.ics`, is 404 (the same answer, so nothing is learnt).
 * No session: calendar apps fetch it on their own.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarFeedOwner } from "~/accounts/calendar-feed.server";
import { personalFeed, privateFeedHeaders } from "~/catalogue/event-feed.server";
import { notFound, resourceRoute } from "~/platform/http";
import { getFixedT } from "~/platform/i18n.server";

export const loader = resourceRoute(async function loader({ params }: LoaderFunctionArgs) {
  const match = /^([a-z2-7]{32})\.ics$/.exec(params.file ?? "");
  if (!match) notFound();
  const owner = await calendarFeedOwner(match[1]);
  if (!owner) notFound();
  const t = await getFixedT(owner.locale, "events");
  const ics = await personalFeed({ userId: owner.id, name: t("feeds.personalName"), language: owner.locale });
  return new Response(ics, { headers: privateFeedHeaders("ponte-my-calendar.ics") });
});
