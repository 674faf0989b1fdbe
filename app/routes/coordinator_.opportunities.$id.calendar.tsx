/**
 * /coordinator/opportunities/:id/calendar: the seat calendar of an opportunity of one's
 * centre: each day of its windows with the approved visitors against the daily seats
 * (inclusive dates), each cohort with its approved requests against its seats, and who is
 * on site (runs of days with the same approved visitors, linked to their requests).
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DateRangeText } from "~/components/labels";
import { SeatCalendar } from "~/catalogue/ui/seat-calendar";
import { getSeatCalendar } from "~/catalogue/coordinator-opportunity.server";
import coordinatorStyles from "~/styles/coordinator.css";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { requireStaff } from "~/accounts/staff.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: coordinatorStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such opportunity");
  const calendar = await getSeatCalendar(staff, id);
  if (!calendar) notFound("No such opportunity");
  const { t, language } = await getRequestT(request, "coordinator");
  const it = language === "it";
  const title = it ? calendar.titleIt : calendar.titleEn;
  return data(
    {
      title: t("calendar.metaTitle", { title }),
      heading: title,
      id: calendar.id,
      seats: calendar.seats,
      centre: { slug: calendar.centre.slug, name: it ? calendar.centre.nameIt : calendar.centre.name },
      windows: calendar.windows,
      months: calendar.months,
      cohorts: calendar.cohorts,
      onSite: calendar.onSite,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function SeatCalendarPage() {
  const { heading, id, seats, centre, windows, months, cohorts, onSite } = useLoaderData<typeof loader>();
  const { t } = useTranslation("coordinator");
  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/coordinator/centres/${centre.slug}`}>{centre.name}</Link> ·{" "}
        <Link to={`/coordinator/opportunities/${id}`}>{heading}</Link>
      </p>
      <h1>{t("calendar.title")}</h1>
      <p className="lead">{heading}</p>

      <section aria-labelledby="daily-title">
        <h2 id="daily-title">{t("calendar.daily", { count: seats })}</h2>
        {windows.length ? (
          <>
            <p>
              {t("calendar.windows")}{" "}
              {windows.map((w, i) => (
                <span key={`${w.start}${w.end}`}>
                  {i ? ", " : ""}
                  <DateRangeText start={w.start} end={w.end} />
                </span>
              ))}
            </p>
            <p className="hint">{t("calendar.legend")}</p>
          </>
        ) : (
          <p>{t("calendar.noWindows")}</p>
        )}
        {months.length ? <SeatCalendar months={months} seats={seats} /> : null}
      </section>

      {cohorts.length ? (
        <section aria-labelledby="cohorts-title">
          <h2 id="cohorts-title">{t("calendar.cohorts")}</h2>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("calendar.cohortsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("calendar.cohort")}</th>
                  <th scope="col">{t("calendar.dates")}</th>
                  <th scope="col">{t("calendar.approved")}</th>
                  <th scope="col">{t("calendar.seats")}</th>
                  <th scope="col">{t("calendar.free")}</th>
                </tr>
              </thead>
              <tbody>
                {cohorts.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td>
                      <DateRangeText start={c.start} end={c.end} />
                    </td>
                    <td>{c.taken}</td>
                    <td>{c.seats}</td>
                    <td>{c.seats - c.taken}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="on-site-title">
        <h2 id="on-site-title">{t("calendar.onSite")}</h2>
        <p className="hint">{t("calendar.onSiteHint")}</p>
        {onSite.length ? (
          <div className="table-wrap">
            <table className="on-site">
              <caption className="visually-hidden">{t("calendar.onSiteCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("calendar.onSiteDays")}</th>
                  <th scope="col">{t("calendar.onSiteVisitors")}</th>
                </tr>
              </thead>
              <tbody>
                {onSite.map((run) => (
                  <tr key={run.start}>
                    <th scope="row">
                      <DateRangeText start={run.start} end={run.end} />
                    </th>
                    <td>
                      <ul className="plain-list">
                        {run.visitors.map((v) => (
                          <li key={v.requestId}>
                            <Link to={`/inbox/${v.requestId}`}>{v.name ?? t("calendar.deletedApplicant")}</Link>
                            {v.cohortName ? ` (${t("calendar.inCohort", { name: v.cohortName })})` : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("calendar.onSiteNobody")}</p>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
