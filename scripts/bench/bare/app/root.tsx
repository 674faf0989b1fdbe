/** The bare fixture's document: a header, the page, a footer (the shape of Ponte's layout). */
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "@remix-run/react";

export default function App() {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <header>
          <a href="/">Bare</a>
          <nav>
            <a href="/centres">Centres</a> <a href="/opportunities">Opportunities</a> <a href="/login">Sign in</a>
          </nav>
        </header>
        <main>
          <Outlet />
        </main>
        <footer>
          <p>A bare Remix page for comparison.</p>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
