/**
 * Small HTTP helpers shared by routes. `invariantResponse` follows the Epic Stack's
 * `@epic-web/invariant` idea: throw an HTTP error the route's boundary renders.
 */
import { data } from "@remix-run/node";

/**
 * @throws a `data(message, {status})` response (default 400) unless `condition` holds.
 */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status: number } = { status: 400 },
): asserts condition {
  if (!condition) throw data(message, init);
}

/** Throws a 404 response with a plain message. */
export function notFound(message = "Not found"): never {
  throw data(message, { status: 404 });
}

/**
 * What a resource route (a route without UI: downloads, feeds, webhooks) throws, as a real
 * Response: a thrown `data(body, {status})` (notFound, invariantResponse, the role guards)
 * becomes a plain-text Response with that status and headers. Remix 2 answers a `data()`
 * thrown from a resource route with a JSON "Unexpected Server Error" body (and logs it as
 * an error), whatever its status. Anything else is returned unchanged.
 */
export function asThrownResponse(error: unknown): unknown {
  if (!error || typeof error !== "object" || (error as { type?: unknown }).type !== "DataWithResponseInit")
    return error;
  const { data: body, init } = error as { data: unknown; init: ResponseInit | null };
  const headers = new Headers(init?.headers);
  if (!headers.has("Content-Type")) headers.set("Content-Type", "text/plain; charset=utf-8");
  const text = typeof body === "string" ? body : body == null ? null : JSON.stringify(body);
  return new Response(text, { status: init?.status ?? 500, statusText: init?.statusText, headers });
}

/**
 * Wraps a resource route's loader or action so that what it throws goes through
 * `asThrownResponse` (see there).
 */
export function resourceRoute<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw asThrownResponse(error);
    }
  };
}
