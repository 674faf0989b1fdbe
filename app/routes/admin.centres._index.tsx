/** /admin/centres (ADMIN only): every centre, with links to edit its facts and sources and to add one. */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { listCentresForAdminPage } from "~/catalogue/admin-centre.server";
import coordinatorStyles from "~/styles/coordinator.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { getRequestT } from "~/platform/i18n.server";
import { countryName } from "~/platform/reference-lists.server";
import { PlaceName } from "~/catalogue/ui/place-name";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: coordinatorStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "ADMIN");
  const { t, language } = await getRequestT(request, "admin");
  const centres = await listCentresForAdminPage();
  return data(
    {
      title: t("centres.metaTitle"),
      centres: centres.map((c) => ({
        slug: c.slug,
        name: language === "it" ? c.nameIt : c.name,
        kind: c.kind,
        city: c.city,
        /** Partners abroad: the country's name in the UI language; null in Lombardy. */
        country: c.country ? countryName(c.country, language) : null,
        facts: c._count.facts,
        sources: c._count.sources,
        opportunities: c._count.opportunities,
        coordinators: c._count.coordinators,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function AdminCentres() {
  const { centres } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/admin">{t("title")}</Link>
      </p>
      <h1>{t("centres.title")}</h1>
      <p className="lead">{t("centres.lead")}</p>
      <p>
        <Link to="/admin/centres/new" className="button">
          {t("centres.add")}
        </Link>
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("centres.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("centres.colName")}</th>
              <th scope="col">{t("centres.colKind")}</th>
              <th scope="col">{t("centres.colCity")}</th>
              <th scope="col">{t("centres.colFacts")}</th>
              <th scope="col">{t("centres.colSources")}</th>
              <th scope="col">{t("centres.colOpportunities")}</th>
              <th scope="col">{t("centres.colCoordinators")}</th>
            </tr>
          </thead>
          <tbody>
            {centres.map((c) => (
              <tr key={c.slug}>
                <th scope="row">
                  <Link to={`/admin/centres/${c.slug}`}>{c.name}</Link>
                </th>
                <td>{t(`common:centreKind.${c.kind}`)}</td>
                <td>
                  <PlaceName name={c.city} />
                  {c.country ? `, ${c.country} (${t("centres.abroad")})` : null}
                </td>
                <td>{c.facts}</td>
                <td>{c.sources}</td>
                <td>
                  <Link
                    to={`/coordinator/centres/${c.slug}`}
                    aria-label={t("centres.opportunitiesLabel", { centre: c.name, count: c.opportunities })}
                  >
                    {c.opportunities}
                  </Link>
                </td>
                <td>{c.coordinators}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
