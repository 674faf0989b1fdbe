/** /requests: the signed-in applicant's requests, newest first, each with its state and expected decision date. */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Instant, StatusBadge, StayDates } from "~/requests/ui/request-display";
import { listApplicantRequests } from "~/requests/request.server";
import requestStyles from "~/styles/requests.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { getRequestT } from "~/platform/i18n.server";
import { isOpen } from "~/requests/transitions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const { t, language } = await getRequestT(request, "requests");
  const it = language === "it";
  const rows = await listApplicantRequests(user.id);
  return data(
    {
      title: t("list.metaTitle"),
      requests: rows.map((r) => ({
        id: r.id,
        status: r.status,
        open: isOpen(r.status),
        paused: r.pausedAt !== null,
        startDate: r.startDate,
        endDate: r.endDate,
        cohortName: r.cohort?.name ?? null,
        submittedAt: r.submittedAt,
        dueAt: r.dueAt,
        title: it ? r.opportunity.titleIt : r.opportunity.titleEn,
        centreName: it ? r.opportunity.centre.nameIt : r.opportunity.centre.name,
      })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function MyRequests() {
  const { requests } = useLoaderData<typeof loader>();
  const { t } = useTranslation("requests");
  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title">{t("list.title")}</h1>
      {requests.length === 0 ? (
        <p>
          {t("list.none")} <Link to="/opportunities">{t("list.browse")}</Link>
        </p>
      ) : (
        <ul className="card-list">
          {requests.map((r) => (
            <li key={r.id} className="card">
              <h2 className="card-title">
                <Link to={`/requests/${r.id}`}>{r.title}</Link>
              </h2>
              <p className="muted">{r.centreName}</p>
              <p>
                <StatusBadge status={r.status} /> ·{" "}
                <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohortName} />
              </p>
              <p className="muted">
                {t("list.submitted")} <Instant value={r.submittedAt} withTime={false} />
                {r.open ? (
                  <>
                    {" · "}
                    {r.paused ? (
                      t("list.paused")
                    ) : (
                      <>
                        {t("list.expected")} <Instant value={r.dueAt} withTime={false} />
                      </>
                    )}
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        {t("list.rounds")} <Link to="/rounds">{t("list.roundsLink")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
