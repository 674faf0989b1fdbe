/** Events shaped for lists (pure): the title and organisers in the UI language, the time formatted in Europe/Rome. */
import { addDays } from "~/platform/calendar";
import { formatRange } from "~/platform/date-format";
import { formatEventInstant } from "./event-time";
import type { EventListEntry } from "./ui/event-list";

interface EventRow {
  id: string;
  kind: string;
  status: string;
  isExample: boolean;
  titleEn: string;
  titleIt: string;
  allDay: boolean;
  startsAt: Date;
  startDate: Date | null;
  endDate: Date | null;
  online: boolean;
  city: string | null;
  centres: { centre: { slug: string; name: string; nameIt: string } }[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One row as the list shows it; all-day events show their inclusive dates. */
export function eventListEntry(row: EventRow, language: string): EventListEntry {
  const it = language === "it";
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    isExample: row.isExample,
    title: it ? row.titleIt : row.titleEn,
    when:
      row.allDay && row.startDate && row.endDate
        ? formatRange({ start: day(row.startDate), end: addDays(day(row.endDate), -1) }, language)
        : formatEventInstant(row.startsAt, language),
    online: row.online,
    city: row.city,
    centres: row.centres.map(({ centre }) => ({ slug: centre.slug, name: it ? centre.nameIt : centre.name })),
  };
}
