/**
 * GET /events: upcoming published events, soonest first, with filters (kind, centre, topic
 * with its narrower topics, language, month, online or in person). A filter that does not
 * parse is dropped and the rest kept (parseFilters). Works without JavaScript.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getEventCentreOptions, listPublicEvents } from "~/catalogue/event.server";
import { EVENT_KINDS } from "~/catalogue/event-validation";
import { eventListEntry } from "~/catalogue/event-view";
import { getTaxonomy, treeOrder } from "~/catalogue/topic.server";
import { EventList } from "~/catalogue/ui/event-list";
import { TopicOptions } from "~/catalogue/ui/topic-options";
import { getRequestT } from "~/platform/i18n.server";
import { languageOptions } from "~/platform/reference-lists.server";
import { parseFilters } from "~/platform/search-params";

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
});

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { filters, errors } = parseFilters(url, FiltersSchema);
  const [{ t, language }, taxonomy, centres] = await Promise.all([
    getRequestT(request, "events"),
    getTaxonomy(),
    getEventCentreOptions(),
  ]);
  const rows = await listPublicEvents(filters, taxonomy);
  const it = language === "it";
  return {
    title: t("list.metaTitle"),
    filters,
    errors,
    events: rows.map((row) => eventListEntry(row, language)),
    centres: centres.map((c) => ({ value: c.slug, label: it ? c.nameIt : c.name })),
    topics: treeOrder(taxonomy).map((topic) => ({
      id: topic.id,
      depth: topic.depth,
      labelEn: topic.labelEn,
      labelIt: topic.labelIt,
    })),
    languages: languageOptions(language),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function EventsPage() {
  const { filters, events, centres, topics, languages } = useLoaderData<typeof loader>();
  const { t } = useTranslation("events");
  return (
    <div>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      <Form method="get" className="filters" aria-label={t("list.filters")}>
        <label>
          {t("list.kind")}
          <select name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("list.any")}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("list.centre")}
          <select name="centre" defaultValue={filters.centre ?? ""}>
            <option value="">{t("list.any")}</option>
            {centres.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("list.topic")}
          <select name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">{t("list.any")}</option>
            <TopicOptions topics={topics} />
          </select>
        </label>
        <label>
          {t("list.language")}
          <select name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t("list.any")}</option>
            {languages.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("list.month")}
          <input type="month" name="month" defaultValue={filters.month ?? ""} />
        </label>
        <label>
          {t("list.mode")}
          <select name="mode" defaultValue={filters.mode ?? ""}>
            <option value="">{t("list.any")}</option>
            <option value="online">{t("list.online")}</option>
            <option value="in-person">{t("list.inPerson")}</option>
          </select>
        </label>
        <button type="submit">{t("list.apply")}</button> <Link to="/events">{t("list.clear")}</Link>
      </Form>
      <p role="status">{t("list.count", { count: events.length })}</p>
      {events.length ? <EventList events={events} /> : <p>{t("list.none")}</p>}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
