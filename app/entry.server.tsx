/**
 * Server rendering: streams the document with i18next bound to the request's language and
 * the CSP nonce from server.ts on every inline script.
 */
import { Transform, type TransformCallback } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { createInstance, type i18n } from "i18next";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { isDatabaseUnavailable } from "~/platform/db-errors.server";
import { i18nConfig, resources } from "~/platform/i18n";
import { getLanguage } from "~/platform/i18n.server";
import { memoizeTranslations } from "~/platform/i18n-memo.server";
import { NonceProvider } from "~/platform/nonce";
import { getRequestStore } from "~/platform/request-context.server";
import { RequestIdProvider } from "~/platform/request-id";

export const streamTimeout = 5_000;

/** Called by server.ts before the process listens (app/matching/warm-up.server.ts). */
export { warmUp } from "~/matching/warm-up.server";

/**
 * A pass-through that joins what React writes in one go (its output comes in 2 KB pieces)
 * into one chunk per turn of the event loop, so the socket gets one write where it got
 * dozens. Streaming is kept: each flush of React still goes out in the same turn.
 */
class CoalescingStream extends Transform {
  private pending: Buffer[] = [];
  private scheduled = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.pending.push(chunk);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.release());
    }
    callback();
  }

  override _flush(callback: TransformCallback) {
    this.release();
    callback();
  }

  private release() {
    this.scheduled = false;
    if (!this.pending.length) return;
    this.push(this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending));
    this.pending = [];
  }
}

const instances = new Map<string, Promise<i18n>>();

/**
 * One initialised i18next instance per language, shared by every render: the bundled
 * resources never change and nothing on the server changes an instance's language
 * (building one per request cost about a millisecond). Its translations are remembered
 * (platform/i18n-memo.server.ts).
 */
function i18nFor(language: string): Promise<i18n> {
  let instance = instances.get(language);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...i18nConfig, resources, lng: language })
      .then(() => memoizeTranslations(created));
    instance.catch(() => instances.delete(language));
    instances.set(language, instance);
  }
  return instance;
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const language = await getLanguage(request);
  const instance = await i18nFor(language);
  const nonce = loadContext.cspNonce ?? "";
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RequestIdProvider value={loadContext.requestId ?? ""}>
          <I18nextProvider i18n={instance}>
            <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
          </I18nextProvider>
        </RequestIdProvider>
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new CoalescingStream();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

/**
 * Logs unexpected errors with the request's correlation id; expected aborts and the 4xx
 * answers routes throw on purpose (a resource route's 404, say) are quiet. An unavailable
 * database is marked on the request, so the answer becomes a 503 (server/app.ts).
 */
export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  const id = context?.requestId ?? "-";
  if (isDatabaseUnavailable(error)) {
    // Answered 503 with Retry-After by server/app.ts; one line, not a stack, per request.
    const store = getRequestStore();
    if (store) store.databaseUnavailable = true;
    console.error(
      `[${id}] ${request.method} ${new URL(request.url).pathname}: database unavailable: ${String((error as Error)?.message ?? error).split("\n")[0]}`,
    );
    return;
  }
  console.error(`[${id}] ${request.method} ${new URL(request.url).pathname}:`, error);
}
