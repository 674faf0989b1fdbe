/**
 * Every URL no other route matches: a 404 page inside the site's layout (house style: the
 * Epic Stack's splat route), so it keeps its header, footer, demo banner, language and a
 * translated <title>, which the root's own boundary cannot give when no route matched.
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getRequestT } from "~/platform/i18n.server";

async function notFoundPage(request: Request) {
  const { t } = await getRequestT(request);
  return data({ title: `${t("errors.404.title")} · Ponte` }, { status: 404 });
}

export const loader = ({ request }: LoaderFunctionArgs) => notFoundPage(request);
export const action = ({ request }: LoaderFunctionArgs) => notFoundPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "robots", content: "noindex" },
];

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-code">404</p>
      <h1 id="error-title">{t("errors.404.title")}</h1>
      <p>{t("errors.404.body")}</p>
      <p>
        <Link to="/">{t("errors.home")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
