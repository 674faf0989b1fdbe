/**
 * The input guard at the edge (issue 12): what no route should ever see is refused before
 * any domain code runs, with a page in the user's language (the /request-refused route)
 * rather than a 500 or a reset connection.
 *
 * - The URL: a NUL byte (PostgreSQL refuses 0x00 in text), a percent-escape that is not
 *   valid UTF-8 (RFC 3629), or the retired `_data` parameter of Remix's pre-single-fetch
 *   data URLs → 400.
 * - The body, by its declared length: a form without files
 *   (`application/x-www-form-urlencoded`, and any other non-multipart body) above
 *   TEXT_BODY_BYTES, a multipart form above MULTIPART_BODY_BYTES → 413. The body is read and
 *   discarded up to DRAIN_BYTES so that the browser, still sending, receives the page
 *   instead of a connection reset; beyond that the socket is closed after the answer.
 */
import type { NextFunction, Request, Response } from "express";

/** Largest form without files (bytes): the opportunity form's 96 KiB with headroom. */
export const TEXT_BODY_BYTES = 128 * 1024;
/** Largest multipart form (bytes): a 5 MB PDF refused with a field error still fits. */
export const MULTIPART_BODY_BYTES = 16 * 1024 * 1024;
/** How much of a refused body is read and discarded before the socket is closed (bytes). */
export const DRAIN_BYTES = 32 * 1024 * 1024;

/** The path every refusal is rendered by (app/routes/request-refused.tsx). */
export const REFUSED_PATH = "/request-refused";

/**
 * Why the raw request target (path and query, as sent) must be refused, or null.
 * Decodes every path segment and query key and value strictly ("+" is a space in queries).
 */
export function targetProblem(rawUrl: string): "nul" | "encoding" | "legacy-data-url" | null {
  const q = rawUrl.indexOf("?");
  const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = q === -1 ? "" : rawUrl.slice(q + 1);
  const decode = (s: string): string | null => {
    try {
      return decodeURIComponent(s);
    } catch {
      return null;
    }
  };
  for (const segment of path.split("/")) {
    const value = decode(segment);
    if (value === null) return "encoding";
    if (value.includes("\0")) return "nul";
  }
  for (const pair of query.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = decode((eq === -1 ? pair : pair.slice(0, eq)).replaceAll("+", " "));
    const value = decode((eq === -1 ? "" : pair.slice(eq + 1)).replaceAll("+", " "));
    if (key === null || value === null) return "encoding";
    if (key.includes("\0") || value.includes("\0")) return "nul";
    if (key === "_data") return "legacy-data-url";
  }
  return null;
}

/** The body limit (bytes) for a request's declared content type. */
export function bodyLimitFor(contentType: string | undefined): number {
  return /^multipart\/form-data/i.test(contentType ?? "") ? MULTIPART_BODY_BYTES : TEXT_BODY_BYTES;
}

/**
 * Sends the request on to the refusal page (400 bad input, 403 a form from another site, 413
 * too large): a GET of REFUSED_PATH with the status, or, for a
 * single-fetch data request (`*.data`), a short plain-text answer with that status. The
 * request's own body, if any, is drained so the client can read the answer.
 */
export function refuse(req: Request, res: Response, next: NextFunction, status: 400 | 403 | 413) {
  const declared = Number.parseInt(req.get("content-length") ?? "0", 10);
  if (Number.isFinite(declared) && declared > DRAIN_BYTES) res.setHeader("Connection", "close");
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) req.socket.destroySoon();
  });
  req.resume();
  if (req.path.endsWith(".data")) {
    res
      .status(status)
      .type("text/plain")
      .send(
        status === 413 ? "Request body too large." : status === 403 ? "Cross-origin request refused." : "Bad request.",
      );
    return;
  }
  req.method = "GET";
  // The Remix adapter builds its Request from originalUrl.
  req.url = req.originalUrl = `${REFUSED_PATH}?status=${status}`;
  for (const name of ["content-length", "content-type", "transfer-encoding"]) delete req.headers[name];
  next();
}

/** Express middleware: the guard described above. */
export function inputGuard(req: Request, res: Response, next: NextFunction) {
  if (targetProblem(req.originalUrl) !== null) return refuse(req, res, next, 400);
  const declared = Number.parseInt(req.get("content-length") ?? "0", 10);
  if (Number.isFinite(declared) && declared > bodyLimitFor(req.get("content-type"))) return refuse(req, res, next, 413);
  next();
}

/**
 * Express middleware: once the answer is sent, reads and discards what is left of a request
 * body no one read (an action that redirected before reading its form, e.g. a signed-in
 * person posting to /signup), up to DRAIN_BYTES; beyond that the socket is closed. Without
 * it the unread body stays in the connection and the client's next request on it is reset.
 */
export function drainUnreadBody(req: Request, res: Response, next: NextFunction) {
  res.once("finish", () => {
    if (req.complete || req.destroyed) return;
    // The Remix adapter's body stream pauses the request whenever its buffer is full and no
    // one reads it; the answer is sent, so its reader is gone: stop feeding it.
    req.removeAllListeners("data");
    let drained = 0;
    req.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_BYTES) req.socket.destroySoon();
    });
    req.resume();
  });
  next();
}
