/**
 * Every URL no other route matches: a 404 inside the site's layout (house style: the Epic
 * Stack's splat route), so the page keeps its header, footer, demo banner and language,
 * which the root's own boundary cannot show when no route matched.
 */
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { data } from "@remix-run/node";

/** No message: the boundary shows the translated "page not found" text. */
export function loader(): never {
  throw data(null, { status: 404 });
}

export function action(): never {
  throw data(null, { status: 404 });
}

export default function NotFoundPage() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
