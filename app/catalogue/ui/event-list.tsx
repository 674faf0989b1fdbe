/** A list of events (the /events page and each centre's page): date, kind, title, organisers, place. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PlaceName } from "./place-name";

export interface EventListEntry {
  id: string;
  kind: string;
  status: string;
  isExample: boolean;
  title: string;
  /** Formatted in Europe/Rome. */
  when: string;
  online: boolean;
  city: string | null;
  centres: { slug: string; name: string }[];
}

/** One event's summary (kind, title linked to its page, when and where, organisers), for a list item. */
export function EventSummary({ event: e }: { event: EventListEntry }) {
  const { t } = useTranslation("events");
  return (
    <>
      <p className="eyebrow">
        {t(`kinds.${e.kind}`)}
        {e.isExample ? ` · ${t("page.example")}` : null}
      </p>
      <h3>
        <Link to={`/events/${e.id}`}>{e.title}</Link>
      </h3>
      <p>
        {e.when} · {e.online ? t("list.online") : e.city ? <PlaceName name={e.city} /> : null}
      </p>
      <p className="muted">{e.centres.map((c) => c.name).join(", ")}</p>
    </>
  );
}

export function EventList({ events }: { events: EventListEntry[] }) {
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.id}>
          <EventSummary event={e} />
        </li>
      ))}
    </ul>
  );
}
