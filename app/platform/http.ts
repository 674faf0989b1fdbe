/**
 * Small HTTP helpers shared by routes. `invariantResponse` follows the Epic Stack's
 * `@epic-web/invariant` idea: throw an HTTP error the route's boundary renders.
 */
import { data } from "@remix-run/node";

/**
 * @throws a `data(message, {status})` response (default 400) unless `condition` holds.
 */
export function invariantResponse(condition: unknown, message: string, init: { status: number } = { status: 400 }): asserts condition {
  if (!condition) throw data(message, init);
}

/** Throws a 404 response with a plain message. */
export function notFound(message = "Not found"): never {
  throw data(message, { status: 404 });
}
