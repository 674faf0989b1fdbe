/**
 * The month calendar of /events: a real table (caption, a column header per weekday, Monday
 * first), each day listing its events as links. On narrow screens (CSS `.event-month`) the
 * table is laid out as a list of the days that have events, so nothing scrolls sideways.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface EventMonthDay {
  date: string;
  /** The day of the month ("7"). */
  day: string;
  /** The full date in the UI language ("Mon 7 June 2027"), for the narrow layout and screen readers. */
  label: string;
  inMonth: boolean;
  events: { id: string; title: string; time: string | null; cancelled: boolean }[];
}

export function EventMonth({
  caption,
  weekdays,
  weeks,
}: {
  caption: string;
  weekdays: { short: string; long: string }[];
  weeks: EventMonthDay[][];
}) {
  const { t } = useTranslation("events");
  return (
    <table className="event-month">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th key={w.long} scope="col">
              <abbr title={w.long}>{w.short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0].date}>
            {week.map((d) => (
              <td
                key={d.date}
                className={
                  [d.inMonth ? null : "outside", d.events.length ? "has-events" : null].filter(Boolean).join(" ") ||
                  undefined
                }
              >
                <span className="day-number" aria-hidden="true">
                  {d.day}
                </span>
                <span className="day-label">{d.label}</span>
                {d.events.length ? (
                  <ul>
                    {d.events.map((e) => (
                      <li key={e.id}>
                        {e.time ? <span className="muted">{e.time} </span> : null}
                        <Link to={`/events/${e.id}`}>{e.title}</Link>
                        {e.cancelled ? ` (${t("month.cancelled")})` : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
