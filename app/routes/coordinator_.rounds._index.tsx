/**
 * /coordinator/rounds: the allocation rounds a coordinator sees (their centres' rounds and
 * regional rounds with one of their programmes; an admin sees all), with a link to open a
 * new one (issue 17 part 1).
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStaff } from "~/accounts/staff.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDate, formatRange } from "~/platform/date-format";
import { todayIso } from "~/platform/dates";
import { getRequestT } from "~/platform/i18n.server";
import { listStaffRounds } from "~/requests/rounds.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const { t, language } = await getRequestT(request, "rounds");
  return data(
    { title: t("staff.metaTitle"), rounds: await listStaffRounds(staff, todayIso(), language) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function StaffRounds() {
  const { rounds } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("rounds");
  return (
    <section aria-labelledby="rounds-title">
      <h1 id="rounds-title">{t("staff.title")}</h1>
      <p className="lead">{t("staff.lead")}</p>
      <p>
        <Link to="/coordinator/rounds/new" className="button">
          {t("staff.new")}
        </Link>
      </p>
      {rounds.length ? (
        <ul className="card-list">
          {rounds.map((r) => (
            <li key={r.id} className="card">
              <h2 className="card-title">
                <Link to={`/coordinator/rounds/${r.id}`}>{r.name}</Link>
              </h2>
              <p className="muted">
                {r.regional ? t("staff.regional") : r.centreName} · {t(`phase.${r.phase}`)}
              </p>
              <p>
                {t("staff.period", {
                  range: formatRange({ start: r.applicationStart, end: r.applicationEnd }, i18n.language),
                  deadline: formatDate(r.rankingDeadline, i18n.language),
                })}
              </p>
              <p className="muted">{t("staff.counts", { programmes: r.programmes, applications: r.applications })}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("staff.none")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
