/** /collaborations/mine: the proposals the signed-in person published, with their new expressions of interest. */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/accounts/auth.server";
import { listOwnProposals } from "~/collaborations/proposals.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getRequestT } from "~/platform/i18n.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getRequestT(request, "collaborations");
  const rows = await listOwnProposals(user.id);
  return data(
    {
      title: t("mine.metaTitle"),
      proposals: rows.map((r) => ({ id: r.id, title: r.title, status: r.status, pending: r._count.interests })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function MyProposals() {
  const { proposals } = useLoaderData<typeof loader>();
  const { t } = useTranslation("collaborations");
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/collaborations">{t("page.back")}</Link>
      </p>
      <h1>{t("mine.title")}</h1>
      <p>
        <Link className="button" to="/collaborations/new">
          {t("list.new")}
        </Link>
      </p>
      {proposals.length ? (
        <ul className="card-list">
          {proposals.map((p) => (
            <li key={p.id} className="card">
              <h2>
                <Link to={`/collaborations/${p.id}`}>{p.title}</Link>
              </h2>
              <p className="muted">
                <span className="badge">{t(`status.${p.status}`)}</span>
                {p.pending ? (
                  <>
                    {" · "}
                    <Link to={`/collaborations/${p.id}/interests`}>{t("mine.pending", { count: p.pending })}</Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("mine.none")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
