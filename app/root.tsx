import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useMatches } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SiteFooter, SiteHeader } from "~/components/layout";
import type { RootData } from "~/components/root-data";
import appStyles from "~/styles/app.css";
import { getEnv } from "~/platform/env.server";
import { getLanguage } from "~/platform/i18n.server";
import { deepestMetaDescription } from "~/platform/meta-description";
import { useNonce } from "~/platform/nonce";
import { getOptionalUser } from "~/accounts/root-user.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const user = await getOptionalUser(request);
  const url = new URL(request.url);
  return {
    language,
    user,
    path: `${url.pathname}${url.search}`,
    demo: getEnv().demo,
    mailSent: Boolean(getEnv().RESEND_API_KEY),
  } satisfies RootData;
}

function Document({ children, language }: { children: React.ReactNode; language: string }) {
  const nonce = useNonce();
  // Marks the page as hydrated: the browser journeys wait for it before acting, so they hold
  // on a busy machine (tests/e2e/helpers.ts).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  // A route whose handle says `hydrate: false` is served as plain HTML, without scripts: the
  // edge guard's refusal page is rendered for a URL the browser's router would match to
  // another route, so hydrating it would replace the page.
  const matches = useMatches();
  const hydrate = !matches.some((m) => (m.handle as { hydrate?: boolean } | undefined)?.hydrate === false);
  const { t } = useTranslation();
  const description = deepestMetaDescription(matches) ?? t("meta.description");
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={description} />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  const data = useLoaderData<typeof loader>();
  // After a client-side navigation (e.g. the footer switcher) the browser's i18next follows.
  useChangeLanguage(data.language);
  return (
    <Document language={data.language}>
      <SiteHeader />
      <main id="main" className="container">
        <Outlet />
      </main>
      <SiteFooter />
    </Document>
  );
}

export function ErrorBoundary() {
  const { i18n } = useTranslation();
  return (
    <Document language={i18n.language ?? "en"}>
      <SiteHeader />
      <main id="main" className="container">
        <GeneralErrorBoundary />
      </main>
      <SiteFooter />
    </Document>
  );
}
