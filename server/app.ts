/**
 * The HTTP server: Express in front of the Remix request handler, adding what must hold
 * for every response (security headers with a CSP nonce, the Origin check, a body size
 * limit, a correlation id) and serving the built assets.
 */
import crypto from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Env } from "../app/platform/env.server";
import { missingCookies, runWithRequestContext, type RequestStore } from "../app/platform/request-context.server";
import { createNonce, EMAIL_PREVIEW_PATH, emailPreviewHeaders, originAllowed, securityHeaders } from "./security";

/** Largest request body accepted before any parsing (a 5 MB PDF plus form fields). */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/** Adds the request context's cookies to `res` just before its headers are written. */
function addRecordedCookies(res: Response, store: RequestStore) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
    if (store.cookies.size && !res.headersSent) {
      const current = res.getHeader("set-cookie");
      const existing = current === undefined ? [] : Array.isArray(current) ? current : [String(current)];
      for (const cookie of missingCookies(store, existing)) res.append("Set-Cookie", cookie);
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

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!originAllowed(req.method, req.path, req.get("origin"), env)) {
      res.status(403).type("text/plain").send("Cross-origin request refused.");
      return;
    }
    const length = Number.parseInt(req.get("content-length") ?? "0", 10);
    if (length > MAX_BODY_BYTES) {
      res.status(413).type("text/plain").send("Request body too large.");
      return;
    }
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
      addRecordedCookies(res, store);
      return handler(req, res, next);
    }),
  );
  return app;
}
