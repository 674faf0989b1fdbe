/**
 * /matches: the signed-in applicant's ranked opportunities (app/matching/matching.server.ts),
 * top 10 with "show more" (?show=20, 30, …), each with its score parts, its reasons, the
 * earliest stay with a free seat, "request this" (/requests/new?opportunity=<id>) and "not
 * interested" (POST intent=hide; hidden ones are listed at the end with "show again").
 * A profile without interests gets a prompt to add them. Near misses on the applicant's
 * topics are counted by cause ("2 opportunities need Italian"). The words are built by
 * app/matching/matches-view.server.ts; the card and lists live in this folder. Beside them,
 * the upcoming events that fit the person's interests and languages, with reasons, an event
 * during an approved stay pointed out (app/matching/event-suggestions.server.ts).
 */
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { matchesView } from "~/matching/matches-view.server";
import { getMatchesPage, hideOpportunity, unhideOpportunity } from "~/matching/matching.server";
import { getMatchAlerts, setMatchAlerts } from "~/matching/alerts.server";
import { eventSuggestionView, suggestEvents } from "~/matching/event-suggestions.server";
import { getMatchingProfile } from "~/matching/profile.server";
import { getTaxonomy } from "~/catalogue/topic.server";
import { EventSummary } from "~/catalogue/ui/event-list";
import type { TFunction } from "i18next";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { invariantResponse } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { parseSearchParams } from "~/platform/search-params";
import { Excluded } from "./excluded-notice";
import { Hidden } from "./hidden-list";
import { MatchCard, useCardLabels } from "./match-card";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: matchingStyles }];

/** Results per step of "show more" (ten cards: a clinician's first look, and a light page). */
const MATCHES_STEP = 10;
const MATCHES_MAX = 500;

const QuerySchema = z.object({ show: z.coerce.number().int().min(1).max(MATCHES_MAX).default(MATCHES_STEP) });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const { show } = parseSearchParams(new URL(request.url), QuerySchema);
  const { t, language } = await getRequestT(request, "profile");
  const [page, alerts, events] = await Promise.all([
    getMatchesPage(user.id, { today: todayIso(), show }),
    getMatchAlerts(user.id),
    suggestedEvents(user.id, t, language),
  ]);
  const headers = { "Cache-Control": "private, no-store" };
  if (page.status === "noInterests") {
    return data(
      { title: t("matches.metaTitle"), status: "noInterests" as const, hiddenCount: page.hiddenCount, alerts, events },
      { headers },
    );
  }
  const view = matchesView(page, t, language, show);
  return data(
    {
      title: t("matches.metaTitle"),
      status: "ok" as const,
      show,
      total: page.total,
      totalIsExact: page.totalIsExact,
      alerts,
      events,
      ...view,
    },
    { headers },
  );
}

/** The events suggested beside the matches, in words (app/matching/event-suggestions.server.ts). */
async function suggestedEvents(userId: string, t: TFunction, language: string) {
  const [row, taxonomy] = await Promise.all([getMatchingProfile(userId), getTaxonomy()]);
  if (!row) return [];
  const labelOf = (id: string) => {
    const topic = taxonomy.byId.get(id);
    return topic ? (language === "it" ? topic.labelIt : topic.labelEn) : id;
  };
  return (await suggestEvents(userId, row.profile)).map((s) => eventSuggestionView(s, t, language, labelOf));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["hide", "unhide"]), opportunityId: z.string().regex(/^[a-z0-9]{1,40}$/i) }),
  z.object({ intent: z.literal("alerts"), alerts: z.enum(["on", "off"]) }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const parsed = ActionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  invariantResponse(parsed.success, "Unknown action or opportunity", { status: 400 });
  const input = parsed.data;
  if (input.intent === "alerts") {
    await setMatchAlerts(user.id, input.alerts === "on");
  } else if (input.intent === "hide") {
    const ok = await hideOpportunity(user.id, input.opportunityId);
    invariantResponse(ok, "No such opportunity", { status: 404 });
  } else {
    await unhideOpportunity(user.id, input.opportunityId);
  }
  // Post/redirect/get, back to the same depth of the list.
  const show = new URL(request.url).searchParams.get("show");
  return redirect(show && /^\d{1,3}$/.test(show) ? `/matches?show=${show}` : "/matches");
}

export default function MatchesPage() {
  const loaderData = useLoaderData<typeof loader>();
  const { t } = useTranslation("profile");
  const labels = useCardLabels();
  if (loaderData.status === "noInterests") {
    return (
      <section aria-labelledby="matches-title">
        <h1 id="matches-title">{t("matches.title")}</h1>
        <div className="notice" role="status">
          <p>{t("matching:noInterests")}</p>
          <p>
            <Link className="button" to="/profile">
              {t("matches.addInterests")}
            </Link>
          </p>
        </div>
        <SuggestedEvents events={loaderData.events} />
        <AlertsForm on={loaderData.alerts} />
      </section>
    );
  }
  const { results, total, totalIsExact, show, excluded, hidden, horizon, empty } = loaderData;
  const more = totalIsExact ? total > results.length : results.length >= show;
  return (
    <section aria-labelledby="matches-title">
      <h1 id="matches-title">{t("matches.title")}</h1>
      <p className="lead">{t("matches.lead")}</p>
      <p role="status" className="result-count">
        {totalIsExact ? t("matches.count", { count: total }) : t("matches.countAtLeast", { count: total })}{" "}
        <Link to="/profile" className="muted">
          {t("matches.editProfile")}
        </Link>
      </p>
      {horizon ? (
        <p className="hint">
          {horizon}{" "}
          <Link to="/profile#availability" className="muted">
            {t("matches.addDates")}
          </Link>
        </p>
      ) : null}
      {empty ? (
        <div className="notice" role="status" id="no-matches">
          <p>{empty.text}</p>
          <p>
            <Link className="button" to={empty.link}>
              {empty.linkText}
            </Link>
          </p>
        </div>
      ) : null}
      <Excluded excluded={excluded} />
      {results.length ? (
        <ol className="card-list" aria-label={t("matches.listLabel")}>
          {results.map((r, i) => (
            <MatchCard key={r.opportunity.id} result={r} rank={i + 1} show={show} labels={labels} />
          ))}
        </ol>
      ) : null}
      {more ? (
        <p className="pagination">
          <Link
            className="button button-secondary"
            to={`/matches?show=${Math.min(show + MATCHES_STEP, MATCHES_MAX)}`}
            preventScrollReset
          >
            {t("matches.showMore")}
          </Link>
        </p>
      ) : null}
      <SuggestedEvents events={loaderData.events} />
      <Hidden hidden={hidden} show={show} />
      <AlertsForm on={loaderData.alerts} />
    </section>
  );
}

/** Upcoming events that fit, each with its reasons; nothing when none fits. */
function SuggestedEvents({ events }: { events: ReturnType<typeof eventSuggestionView>[] }) {
  const { t } = useTranslation("events");
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="suggested-events-title">
      <h2 id="suggested-events-title">{t("suggestions.title")}</h2>
      <p className="lead">{t("suggestions.lead")}</p>
      <ul className="event-list" aria-label={t("suggestions.listLabel")}>
        {events.map((e) => (
          <li key={e.id}>
            <EventSummary event={e} />
            <ul className="reasons">
              {e.reasons.map((r) => (
                <li key={r} className={e.duringStay && r === e.reasons[0] ? "reason-stay" : undefined}>
                  {r}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/events">{t("suggestions.all")}</Link>
      </p>
    </section>
  );
}

/** Opt in to (or out of) the weekly e-mail of new matches. */
function AlertsForm({ on }: { on: boolean }) {
  const { t } = useTranslation("profile");
  return (
    <Form method="post" className="notice" aria-labelledby="alerts-title">
      <h2 id="alerts-title" className="card-title">
        {t("matches.alerts.title")}
      </h2>
      <p>{on ? t("matches.alerts.on") : t("matches.alerts.off")}</p>
      <input type="hidden" name="intent" value="alerts" />
      <button className="button button-secondary" type="submit" name="alerts" value={on ? "off" : "on"}>
        {on ? t("matches.alerts.stop") : t("matches.alerts.start")}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
