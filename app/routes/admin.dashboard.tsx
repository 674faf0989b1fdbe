/**
 * /admin/dashboard (ADMIN only): the region's dashboard, every centre or one
 * (`?centre=<slug>`), over a period of months (`?from=YYYY-MM&to=YYYY-MM`); charts drawn on
 * the server (app/requests/dashboard.server.ts), each with its table and CSV.
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUserWithRole } from "~/accounts/auth.server";
import { loadDashboard } from "~/requests/dashboard.server";
import { DashboardView } from "~/requests/ui/dashboard-view";
import { getRequestT } from "~/platform/i18n.server";
import dashboardStyles from "~/styles/dashboard.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireUserWithRole(request, "ADMIN");
  const { t, language } = await getRequestT(request, "dashboard");
  const dashboard = await loadDashboard({ id: admin.id, area: "admin" }, new URL(request.url), t, language);
  return data(
    { title: t("admin.metaTitle"), ...dashboard },
    { status: Object.keys(dashboard.errors).length ? 400 : 200, headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function AdminDashboard() {
  const { filters, errors, centres, charts, flows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("dashboard");
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.lead")}</p>
      <DashboardView
        filters={filters}
        errors={errors}
        centres={centres}
        charts={charts}
        flows={flows}
        flowsLead={t("admin.flowsLead")}
        allCentresLabel={t("filters.allCentres")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
