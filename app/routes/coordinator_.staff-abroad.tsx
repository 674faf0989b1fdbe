/**
 * /coordinator/staff-abroad: read only. The requests to partner institutions abroad of the
 * people who named one of the coordinator's centres as their home centre, had it verified,
 * and agreed to share them (decision 0035): person, destination centre and country,
 * opportunity, dates and state. No actions; nobody else's staff; nothing after consent is
 * withdrawn (app/requests/staff-abroad.server.ts decides in its query).
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUserWithRole } from "~/accounts/auth.server";
import { listStaffRequestsAbroad } from "~/requests/staff-abroad.server";
import { formatRange } from "~/platform/date-format";
import { getRequestT } from "~/platform/i18n.server";
import { countryName } from "~/platform/reference-lists.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const { t, language } = await getRequestT(request, "coordinator");
  const it = language === "it";
  const rows = await listStaffRequestsAbroad(user.id);
  return data(
    {
      title: t("staffAbroad.metaTitle"),
      rows: rows.map((r) => ({
        id: r.id,
        person: r.person,
        homeCentre: it ? r.homeCentre.nameIt : r.homeCentre.name,
        host: it ? r.host.nameIt : r.host.name,
        country: r.host.country ? countryName(r.host.country, language) : "",
        opportunity: it ? r.opportunity.titleIt : r.opportunity.titleEn,
        dates: formatRange({ start: r.start, end: r.end }, language),
        status: r.status,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function StaffAbroad() {
  const { rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("coordinator");
  return (
    <section aria-labelledby="staff-abroad-title">
      <p className="breadcrumb">
        <Link to="/coordinator">{t("staffAbroad.back")}</Link>
      </p>
      <h1 id="staff-abroad-title">{t("staffAbroad.title")}</h1>
      <p className="lead">{t("staffAbroad.lead")}</p>
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("staffAbroad.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staffAbroad.colPerson")}</th>
                <th scope="col">{t("staffAbroad.colDestination")}</th>
                <th scope="col">{t("staffAbroad.colOpportunity")}</th>
                <th scope="col">{t("staffAbroad.colDates")}</th>
                <th scope="col">{t("staffAbroad.colState")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.person}
                    <br />
                    <span className="muted">{r.homeCentre}</span>
                  </th>
                  <td>
                    {r.host}
                    <br />
                    <span className="muted">{r.country}</span>
                  </td>
                  <td>{r.opportunity}</td>
                  <td>{r.dates}</td>
                  <td>{t(`requests:status.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("staffAbroad.none")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
