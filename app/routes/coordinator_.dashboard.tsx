/**
 * /coordinator/dashboard (COORDINATOR only): a coordinator's dashboard, all their centres or one
 * (`?centre=<slug>`; another centre is a 404), over a period of months (`?from=YYYY-MM&to=YYYY-MM`); charts drawn on
 * the server (app/requests/dashboard.server.ts), each with its table and CSV; then the
 * visitors' feedback on their stays, aggregated without names (issue 16, part 5).
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUserWithRole } from "~/accounts/auth.server";
import { loadDashboard } from "~/requests/dashboard.server";
import { DashboardView } from "~/requests/ui/dashboard-view";
import { FeedbackSummaryView } from "~/requests/ui/feedback-summary";
import { getRequestT } from "~/platform/i18n.server";
import dashboardStyles from "~/styles/dashboard.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const coordinator = await requireUserWithRole(request, "COORDINATOR");
  const { t, language } = await getRequestT(request, "dashboard");
  const dashboard = await loadDashboard({ id: coordinator.id, area: "coordinator" }, new URL(request.url), t, language);
  return data(
    { title: t("coordinator.metaTitle"), ...dashboard },
    { status: Object.keys(dashboard.errors).length ? 400 : 200, headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function CoordinatorDashboard() {
  const { filters, errors, centres, charts, feedback, flows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("dashboard");
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/coordinator">{t("coordinator.back")}</Link>
      </p>
      <h1>{t("coordinator.title")}</h1>
      <p className="lead">{t("coordinator.lead")}</p>
      <DashboardView
        filters={filters}
        errors={errors}
        centres={centres}
        charts={charts}
        flows={flows}
        flowsLead={t("coordinator.flowsLead")}
        allCentresLabel={t("filters.allMyCentres")}
      />
      {feedback ? <FeedbackSummaryView summary={feedback} /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
