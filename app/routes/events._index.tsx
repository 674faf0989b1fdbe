/**
 * GET /events: upcoming published events, soonest first, with filters (kind, centre, city,
 * topic with its narrower topics, language, month, online or in person), laid out as the
 * /opportunities filters (label above each field, the same submit button). A filter that does not
 * parse is dropped and the rest kept (parseFilters). Works without JavaScript.
 * `q` is the catalogue's full-text search. `view=month` shows the month (`month`, default the
 * current one in Europe/Rome) as a calendar table, its past days included, with links to the
 * previous and next months that keep the other filters.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getEventCentreOptions, getEventCityOptions, listPublicEvents, monthStart } from "~/catalogue/event.server";
import { placeName } from "~/catalogue/place-names";
import { SubmitButton } from "~/components/forms";
import { EVENT_KINDS } from "~/catalogue/event-validation";
import { eventListEntry } from "~/catalogue/event-view";
import { getTaxonomy, treeOrder } from "~/catalogue/topic.server";
import { EventList } from "~/catalogue/ui/event-list";
import { TopicOptions } from "~/catalogue/ui/topic-options";
import { getRequestT } from "~/platform/i18n.server";
import { namedOptions } from "~/platform/reference-lists";
import { languageOrder } from "~/platform/reference-lists.server";
import { parseFilters } from "~/platform/search-params";
import { formatMonth, weekdayNames } from "~/platform/date-format";
import { MAX_SEARCH_LENGTH } from "~/catalogue/search.server";
import { eventDays, monthGrid, romeMonth, shiftMonth } from "~/catalogue/event-month";
import { formatEventTime } from "~/catalogue/event-time";
import { EventMonth } from "~/catalogue/ui/event-month";

const FiltersSchema = z.object({
  kind: z.enum(EVENT_KINDS).optional(),
  centre: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional(),
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  mode: z.enum(["online", "in-person"]).optional(),
  /** As stored (the catalogue's English name, e.g. "Milan"); shown in the page's language. */
  city: z.string().trim().min(1).max(100).optional(),
  q: z.string().trim().min(1).max(MAX_SEARCH_LENGTH).optional(),
  view: z.enum(["list", "month"]).optional(),
});

/** The page's URL with `changes` applied (null removes a parameter). */
function withParams(url: URL, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(url.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `/events?${query}` : "/events";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { filters, errors } = parseFilters(url, FiltersSchema);
  const [{ t, language }, taxonomy, centres, cities] = await Promise.all([
    getRequestT(request, "events"),
    getTaxonomy(),
    getEventCentreOptions(),
    getEventCityOptions(),
  ]);
  const it = language === "it";
  const monthView = filters.view === "month";
  const month = monthView ? (filters.month ?? romeMonth(new Date())) : null;
  const rows = month
    ? await listPublicEvents({ ...filters, month }, taxonomy, { now: monthStart(month) ?? new Date() })
    : await listPublicEvents(filters, taxonomy);
  const calendar = month
    ? {
        month,
        caption: t("month.caption", { month: formatMonth(month, language) }),
        weekdays: weekdayNames(language),
        previous: {
          href: withParams(url, { month: shiftMonth(month, -1) }),
          label: formatMonth(shiftMonth(month, -1), language),
        },
        next: {
          href: withParams(url, { month: shiftMonth(month, 1) }),
          label: formatMonth(shiftMonth(month, 1), language),
        },
        weeks: monthGrid(month, rows).map((week) =>
          week.map((d) => ({
            date: d.date,
            day: String(Number(d.date.slice(8))),
            label: new Intl.DateTimeFormat(it ? "it-IT" : "en-GB", {
              timeZone: "UTC",
              weekday: "short",
              day: "numeric",
              month: "long",
              year: "numeric",
            }).format(new Date(`${d.date}T00:00:00Z`)),
            inMonth: d.inMonth,
            events: d.events.map((e) => ({
              id: e.id,
              title: it ? e.titleIt : e.titleEn,
              // The start time on the first day of a timed event; nothing on all-day events.
              time: !e.allDay && eventDays(e).first === d.date ? formatEventTime(e.startsAt) : null,
              cancelled: e.status === "CANCELLED",
            })),
          })),
        ),
      }
    : null;
  return {
    title: t("list.metaTitle"),
    metaDescription: t("list.metaDescription"),
    filters,
    errors,
    calendar,
    listHref: withParams(url, { view: null }),
    monthHref: withParams(url, { view: "month" }),
    events: rows.map((row) => eventListEntry(row, language)),
    centres: centres.map((c) => ({ value: c.slug, label: it ? c.nameIt : c.name })),
    cities: cities.map((c) => ({ value: c, label: placeName(c, language) })),
    topics: treeOrder(taxonomy).map((topic) => ({
      id: topic.id,
      depth: topic.depth,
      labelEn: topic.labelEn,
      labelIt: topic.labelIt,
    })),
    // Codes in order only: the page names them (reference-lists.ts), so the names are sent once.
    languages: languageOrder(language),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function EventsPage() {
  const { filters, events, centres, cities, topics, languages, calendar, listHref, monthHref } =
    useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["events", "common"]);
  return (
    <div>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      <p>
        <a href="/events.ics" type="text/calendar">
          {t("feeds.subscribe")}
        </a>
      </p>
      <nav className="month-nav" aria-label={t("month.views")}>
        {calendar ? (
          <Link to={listHref}>{t("month.showList")}</Link>
        ) : (
          <Link to={monthHref}>{t("month.showMonth")}</Link>
        )}
      </nav>
      <Form method="get" className="filters" aria-label={t("list.filters")}>
        {calendar ? <input type="hidden" name="view" value="month" /> : null}
        <div className="field">
          <label htmlFor="f-q">{t("list.search")}</label>
          <input id="f-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="f-kind">{t("list.kind")}</label>
          <select id="f-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("list.any")}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-topic">{t("list.topic")}</label>
          <select id="f-topic" name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">{t("list.any")}</option>
            <TopicOptions topics={topics} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-centre">{t("list.centre")}</label>
          <select id="f-centre" name="centre" defaultValue={filters.centre ?? ""}>
            <option value="">{t("list.any")}</option>
            {centres.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-city">{t("list.city")}</label>
          <select id="f-city" name="city" defaultValue={filters.city ?? ""}>
            <option value="">{t("list.any")}</option>
            {cities.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-language">{t("list.language")}</label>
          <select id="f-language" name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t("list.any")}</option>
            {namedOptions("language", languages, i18n.language).map((l) => (
              <option key={l.value} value={l.value} suppressHydrationWarning>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-month">{t("list.month")}</label>
          <input id="f-month" type="month" name="month" defaultValue={calendar?.month ?? filters.month ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-mode">{t("list.mode")}</label>
          <select id="f-mode" name="mode" defaultValue={filters.mode ?? ""}>
            <option value="">{t("list.any")}</option>
            <option value="online">{t("list.online")}</option>
            <option value="in-person">{t("list.inPerson")}</option>
          </select>
        </div>
        <div className="filter-actions">
          <SubmitButton formMethod="GET" pendingLabel={t("common:pending.applying")}>
            {t("list.apply")}
          </SubmitButton>
          <Link to="/events">{t("list.clear")}</Link>
        </div>
      </Form>
      {calendar ? (
        <>
          <nav className="month-nav" aria-label={t("month.nav")}>
            <Link to={calendar.previous.href} rel="prev">
              {t("month.previous", { month: calendar.previous.label })}
            </Link>
            <Link to={calendar.next.href} rel="next">
              {t("month.next", { month: calendar.next.label })}
            </Link>
          </nav>
          <p role="status">{t("month.count", { count: events.length })}</p>
          <EventMonth caption={calendar.caption} weekdays={calendar.weekdays} weeks={calendar.weeks} />
        </>
      ) : (
        <>
          <p role="status">{t("list.count", { count: events.length })}</p>
          {events.length ? <EventList events={events} /> : <p>{t("list.none")}</p>}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
