/**
 * A seat calendar: one accessible table per month (caption = the month, column headers =
 * weekdays), each day showing approved visitors against the daily seats. Days outside the
 * opportunity's windows are marked; full and over-full days stand out.
 */
import { useTranslation } from "react-i18next";
import type { CalendarMonth } from "~/catalogue/opportunity-capacity";
import { formatDate, formatMonth, weekdayNames } from "~/platform/date-format";

export function SeatCalendar({ months, seats }: { months: CalendarMonth[]; seats: number }) {
  const { t, i18n } = useTranslation("coordinator");
  const weekdays = weekdayNames(i18n.language);
  return (
    <div className="seat-calendar">
      {months.map((m) => (
        <div key={m.month} className="table-wrap">
          <table className="month-grid">
            <caption>{formatMonth(m.month, i18n.language)}</caption>
            <thead>
              <tr>
                {weekdays.map((w) => (
                  <th key={w.long} scope="col" abbr={w.long}>
                    {w.short}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.weeks.map((week, wi) => (
                <tr key={wi}>
                  {week.map((day, di) => {
                    if (!day) return <td key={di} className="day-empty" />;
                    const state =
                      day.taken > seats
                        ? "over"
                        : day.taken === seats && day.taken > 0
                          ? "full"
                          : day.taken > 0
                            ? "some"
                            : "none";
                    const label = day.open
                      ? t("calendar.dayOpen", { date: formatDate(day.date, i18n.language), taken: day.taken, seats })
                      : t("calendar.dayClosed", { date: formatDate(day.date, i18n.language), taken: day.taken });
                    return (
                      <td
                        key={di}
                        className={`day ${day.open ? "day-open" : "day-closed"} day-${state}`}
                        data-date={day.date}
                      >
                        <span className="day-number" aria-hidden="true">
                          {Number(day.date.slice(8))}
                        </span>
                        <span className="day-occupancy" aria-hidden="true">
                          {day.open ? `${day.taken}/${seats}` : day.taken ? `${day.taken}` : "–"}
                        </span>
                        <span className="visually-hidden">{label}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
