/**
 * /coordinator ("My centres"): the centres a coordinator belongs to, with links to their
 * public pages. The inbox of requests arrives with the requests issue.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { listMyCentres } from "~/accounts/invitation.server";
import { requireUserWithRole } from "~/accounts/auth.server";
import { getRequestT } from "~/platform/i18n.server";
import { PlaceName } from "~/catalogue/ui/place-name";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const { t } = await getRequestT(request, "accounts");
  const centres = await listMyCentres(user.id);
  return {
    title: t("coordinator.metaTitle"),
    centres: centres.map((c) => ({
      slug: c.slug,
      name: c.name,
      nameIt: c.nameIt,
      city: c.city,
      opportunities: c._count.opportunities,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function CoordinatorHome() {
  const { centres } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("accounts");
  return (
    <section aria-labelledby="coordinator-title">
      <h1 id="coordinator-title">{t("coordinator.title")}</h1>
      <p className="lead">{t("coordinator.lead")}</p>
      <p>
        <Link to="/coordinator/suggestions">{t("profile:suggestions.title")}</Link>
      </p>
      <p>
        <Link to="/coordinator/dashboard">{t("dashboard:coordinator.link")}</Link>
      </p>
      <p>
        <Link to="/coordinator/rounds">{t("rounds:nav.rounds")}</Link>
      </p>
      <p>
        <Link to="/coordinator/home-centre-claims">{t("coordinator:claims.title")}</Link>
      </p>
      <p>
        <Link to="/coordinator/staff-abroad">{t("coordinator:staffAbroad.title")}</Link>
      </p>
      {centres.length ? (
        <ul className="card-list">
          {centres.map((c) => (
            <li key={c.slug} className="card">
              <h2 className="card-title">
                <Link to={`/centres/${c.slug}`}>{i18n.language === "it" ? c.nameIt : c.name}</Link>
              </h2>
              <p className="muted">
                <PlaceName name={c.city} /> · {t("coordinator.opportunities", { count: c.opportunities })}
              </p>
              <p>
                <Link
                  to={`/coordinator/centres/${c.slug}`}
                  aria-label={t("coordinator:home.manageLabel", { centre: i18n.language === "it" ? c.nameIt : c.name })}
                >
                  {t("coordinator:home.manage")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("coordinator.none")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
