/**
 * GET /: what Ponte is, a search box, catalogue counts (real programmes only, with how many
 * examples are shown beside them) and the featured centres.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getCatalogueCounts, getFeaturedCentres } from "~/catalogue/centre.server";
import { getRequestT } from "~/platform/i18n.server";
import { SubmitButton } from "~/components/forms";
import { PlaceName } from "~/catalogue/ui/place-name";

/** The centres the brochure names, in its order. */
const FEATURED = [
  "niguarda",
  "cnao",
  "istituto-nazionale-tumori",
  "ieo",
  "humanitas",
  "policlinico-milano",
  "papa-giovanni-xxiii",
  "san-raffaele",
  "sr-tiget",
  "pavia-neuroscience",
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request);
  const [counts, featured] = await Promise.all([getCatalogueCounts(), getFeaturedCentres(FEATURED)]);
  const loggedOut = new URL(request.url).searchParams.get("loggedOut") === "1";
  return { title: t("home.metaTitle"), counts, featured, loggedOut };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function Home() {
  const { counts, featured, loggedOut } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <>
      {loggedOut ? (
        <p className="flash flash-success" role="status">
          {t("notices.loggedOut")}
        </p>
      ) : null}
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        <Form method="get" action="/opportunities" className="search-box" role="search">
          <label htmlFor="home-search" className="visually-hidden">
            {t("home.searchLabel")}
          </label>
          <input id="home-search" type="search" name="q" maxLength={100} placeholder={t("home.searchPlaceholder")} />
          <SubmitButton formMethod="GET" formAction="/opportunities" pendingLabel={t("pending.searching")}>
            {t("home.searchButton")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="counts-title">
        <h2 id="counts-title" className="visually-hidden">
          {t("home.countsTitle")}
        </h2>
        <ul className="stats">
          <li>
            <strong>{counts.centres}</strong> {t("home.counts.centres", { count: counts.centres })}
          </li>
          <li>
            <strong>{counts.opportunities}</strong> {t("home.counts.opportunities", { count: counts.opportunities })}
          </li>
          <li>
            <strong>{counts.simulation}</strong> {t("home.counts.simulation", { count: counts.simulation })}
          </li>
          <li>
            <strong>{counts.universities}</strong> {t("home.counts.universities", { count: counts.universities })}
          </li>
        </ul>
        {counts.examples ? <p className="muted">{t("home.examplesShown", { count: counts.examples })}</p> : null}
      </section>

      <section aria-labelledby="how-title" className="how">
        <h2 id="how-title">{t("home.howTitle")}</h2>
        <ol className="steps">
          <li>{t("home.how1")}</li>
          <li>{t("home.how2")}</li>
          <li>{t("home.how3")}</li>
        </ol>
      </section>

      <section aria-labelledby="featured-title">
        <h2 id="featured-title">{t("home.featuredTitle")}</h2>
        <ul className="card-grid">
          {featured.map((c) => (
            <li key={c.slug} className="card">
              <h3>
                <Link to={`/centres/${c.slug}`}>{i18n.language === "it" ? c.nameIt : c.name}</Link>
              </h3>
              <p className="muted">
                <PlaceName name={c.city} /> · {t(`centreKind.${c.kind}`)}
              </p>
              <p>{i18n.language === "it" ? c.descriptionIt : c.descriptionEn}</p>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/centres">{t("home.allCentres")}</Link>
        </p>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
