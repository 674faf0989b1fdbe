/**
 * /request-refused?status=400|403|413: the page the input guard (server/input-guard.ts) shows
 * when a request's URL or body size is refused before any route reads it, inside the site's
 * layout and in the user's language, with the refusal's status. Any other status reads 400.
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getRequestT } from "~/platform/i18n.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const asked = new URL(request.url).searchParams.get("status");
  const status = asked === "413" ? 413 : asked === "403" ? 403 : 400;
  const { t } = await getRequestT(request);
  return data({ status, title: `${t(`errors.${status}.title`)} · Ponte` }, { status });
}

/** A form sent straight here (the guard turns refused requests into a GET) is refused too. */
export function action() {
  return data({ status: 400, title: "Ponte" }, { status: 400 });
}

/** Plain HTML: the browser's URL is the refused one, which the client router would match elsewhere. */
export const handle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "robots", content: "noindex" },
];

export default function RequestRefused() {
  const { status } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-code">{status}</p>
      <h1 id="error-title">{t(`errors.${status}.title`)}</h1>
      <p>{t(`errors.refused.${status}`)}</p>
      <p>
        <Link to="/">{t("errors.home")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
