/**
 * /rounds: allocation rounds open for applications today, with their programmes (issue 17
 * part 1). Public; applying happens on each round's page.
 */
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDate, formatRange } from "~/platform/date-format";
import { todayIso } from "~/platform/dates";
import { getRequestT } from "~/platform/i18n.server";
import { listOpenRounds } from "~/requests/rounds.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, language } = await getRequestT(request, "rounds");
  return { title: t("public.metaTitle"), rounds: await listOpenRounds(todayIso(), language) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function OpenRounds() {
  const { rounds } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("rounds");
  return (
    <section aria-labelledby="open-rounds-title">
      <h1 id="open-rounds-title">{t("public.title")}</h1>
      <p className="lead">{t("public.lead")}</p>
      {rounds.length ? (
        <ul className="card-list">
          {rounds.map((r) => (
            <li key={r.id} className="card">
              <h2 className="card-title">
                <Link to={`/rounds/${r.id}`} aria-label={t("public.view", { name: r.name })}>
                  {r.name}
                </Link>
              </h2>
              <p className="muted">
                {r.regional ? t("staff.regional") : r.centreName} ·{" "}
                {t("public.closes", { date: formatDate(r.applicationEnd, i18n.language) })}
              </p>
              <ul>
                {r.programmes.map((p) => (
                  <li key={p.id}>
                    {p.title}, {p.cohortName} ({formatRange({ start: p.start, end: p.end }, i18n.language)}) —{" "}
                    {p.centreName}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("public.none")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
