/**
 * The HTTP server: Express in front of the Remix request handler, adding what must hold
 * for every response (security headers with a CSP nonce, the Origin check, the input guard
 * of server/input-guard.ts, a correlation id, Cache-Control) and serving the built assets.
 */
import crypto from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Env } from "../app/platform/env.server";
import { missingCookies, runWithRequestContext, type RequestStore } from "../app/platform/request-context.server";
import { drainUnreadBody, inputGuard, refuse } from "./input-guard";
import { createNonce, EMAIL_PREVIEW_PATH, emailPreviewHeaders, originAllowed, securityHeaders } from "./security";

/** The session cookie's name, with or without the __Host- prefix (app/accounts/auth.server.ts). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?ponte_session=/;

/**
 * Cache-Control for a page or data answer, set in this one place (issue 12): anything that
 * depends on a session (the request carries the session cookie, or the answer sets or
 * clears it) is `private, no-store`, whatever the route said; anything else that did not
 * choose is `no-cache` (a cache must ask again), and every answer varies by Cookie.
 * Remix drops loader headers unless a route exports `headers`, so routes cannot forget this.
 */
export function applyCachePolicy(req: Pick<Request, "headers">, res: Pick<Response, "getHeader" | "setHeader">) {
  const setCookies = res.getHeader("set-cookie");
  const set = setCookies === undefined ? [] : Array.isArray(setCookies) ? setCookies : [String(setCookies)];
  const session = SESSION_COOKIE.test(req.headers.cookie ?? "") || set.some((c) => SESSION_COOKIE.test(c));
  if (session) res.setHeader("Cache-Control", "private, no-store");
  else if (res.getHeader("cache-control") === undefined) res.setHeader("Cache-Control", "no-cache");
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\bcookie\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Cookie` : "Cookie");
  // A route's own copy of a header the server already sends (downloads' nosniff) is one header.
  const sniff = res.getHeader("x-content-type-options");
  if (Array.isArray(sniff)) res.setHeader("X-Content-Type-Options", "nosniff");
}

/** What a 503 asks a client to wait before trying again (a PostgreSQL restart takes seconds). */
const RETRY_AFTER_SECONDS = 5;

/**
 * Just before `res` writes its headers: adds the request context's cookies, applies the
 * cache policy above, and turns a 5xx caused by an unavailable database (marked by
 * entry.server's handleError) into 503 with Retry-After.
 */
function beforeHeaders(req: Request, res: Response, store: RequestStore) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
    if (!res.headersSent) {
      if (store.cookies.size) {
        const current = res.getHeader("set-cookie");
        const existing = current === undefined ? [] : Array.isArray(current) ? current : [String(current)];
        for (const cookie of missingCookies(store, existing)) res.append("Set-Cookie", cookie);
      }
      applyCachePolicy(req, res);
      if (store.databaseUnavailable && res.statusCode >= 500) {
        res.statusCode = 503;
        if (typeof args[0] === "number") args[0] = 503;
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      }
    }
    return writeHead.apply(this, args);
  } as Response["writeHead"];
}

/**
 * The load context of one request (app/load-context.d.ts): the CSP nonce and correlation id
 * set above, the client address as TRUST_PROXY allows (`req.ip`), and the socket's own peer
 * address, which no header can change.
 */
export function loadContextFor(req: Pick<Request, "ip" | "socket">, res: Pick<Response, "locals">): AppLoadContext {
  return {
    cspNonce: res.locals.cspNonce as string,
    requestId: res.locals.requestId as string,
    clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
    socketAddress: req.socket.remoteAddress ?? undefined,
  };
}

export function createApp(build: ServerBuild | (() => Promise<ServerBuild>), env: Env) {
  const app = express();
  app.disable("x-powered-by");
  const hops = Number.parseInt(env.TRUST_PROXY ?? "0", 10);
  app.set("trust proxy", Number.isFinite(hops) && hops > 0 ? hops : false);

  app.use((req: Request, res: Response, next: NextFunction) => {
    const nonce = createNonce();
    res.locals.cspNonce = nonce;
    res.locals.requestId = crypto.randomUUID();
    const headers = env.demo && EMAIL_PREVIEW_PATH.test(req.path) ? emailPreviewHeaders() : securityHeaders(env, nonce);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.setHeader("X-Request-Id", res.locals.requestId);
    next();
  });

  // Bad URLs and oversized bodies become a page before anything else reads them.
  app.use(inputGuard);
  app.use(drainUnreadBody);

  const appHost = new URL(env.APP_ORIGIN).host;
  app.use((req: Request, res: Response, next: NextFunction) => {
    // A form from another site gets the refusal page in the person's language, not a 500.
    if (!originAllowed(req.method, req.path, req.get("origin"), env)) return refuse(req, res, next, 403);
    // Remix repeats the check against the Host (or X-Forwarded-Host) header and throws (a
    // 500) when they differ, as they do behind a proxy that passes its upstream's Host on.
    // The Origin has just been checked against APP_ORIGIN, the only host Ponte answers as.
    if (req.get("origin") === env.APP_ORIGIN) req.headers["x-forwarded-host"] = appHost;
    next();
  });

  app.use(compression());
  app.use("/build", express.static(path.resolve("public/build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.resolve("public"), { maxAge: "1h" }));

  const handler = createRequestHandler({
    build,
    mode: env.isProduction ? "production" : "development",
    getLoadContext: loadContextFor,
  });
  // Each request runs in its own request context; cookies recorded there (a session that
  // Lucia extended or found invalid) join the response unless it sets that cookie itself.
  app.all("*", (req: Request, res: Response, next: NextFunction) =>
    runWithRequestContext((store) => {
      beforeHeaders(req, res, store);
      return handler(req, res, next);
    }),
  );
  return app;
}
