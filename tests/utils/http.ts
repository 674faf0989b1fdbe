/**
 * Helpers to call route loaders and actions with real `Request` objects, as Remix does.
 */
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";

export const ORIGIN = "http://localhost:3000";

type Loader = (args: LoaderFunctionArgs) => unknown;

type CallOptions = {
  params?: Record<string, string>;
  headers?: Record<string, string>;
  /** The load context server/app.ts would give (e.g. `{ clientIp: "203.0.113.5" }`). */
  context?: AppLoadContext;
};

/** GETs `path` through `loader` with the given route params, headers and load context. */
export async function callLoader<L extends Loader>(
  loader: L,
  path: string,
  { params = {}, headers = {}, context = {} }: CallOptions = {},
): Promise<Awaited<ReturnType<L>>> {
  const request = new Request(new URL(path, ORIGIN), { headers });
  return (await loader({ request, params, context })) as Awaited<ReturnType<L>>;
}

/** POSTs a form to `action`. */
export async function callAction<A extends (args: ActionFunctionArgs) => unknown>(
  action: A,
  path: string,
  form: Record<string, string | string[] | Blob> | FormData,
  { params = {}, headers = {}, context = {} }: CallOptions = {},
): Promise<Awaited<ReturnType<A>>> {
  let body: FormData;
  if (form instanceof FormData) body = form;
  else {
    body = new FormData();
    for (const [k, v] of Object.entries(form)) {
      if (Array.isArray(v)) v.forEach((x) => body.append(k, x));
      else body.append(k, v);
    }
  }
  const request = new Request(new URL(path, ORIGIN), {
    method: "POST",
    body,
    headers: { Origin: ORIGIN, ...headers },
  });
  return (await action({ request, params, context })) as Awaited<ReturnType<A>>;
}

/** The HTTP status of whatever a loader/action threw or returned (Response or data()). */
export function statusOf(value: unknown): number | undefined {
  if (value instanceof Response) return value.status;
  if (value && typeof value === "object" && "init" in value) {
    const init = (value as { init?: { status?: number } | null }).init;
    return init?.status ?? 200;
  }
  return undefined;
}

/** Runs `fn`, expecting it to throw an HTTP response; returns its status and body. */
export async function thrownResponse(fn: () => unknown): Promise<{ status: number | undefined; data: unknown }> {
  try {
    await fn();
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    const data = error instanceof Response ? await error.text() : (error as { data: unknown }).data;
    return { status, data };
  }
  throw new Error("expected the call to throw a response, but it returned");
}
