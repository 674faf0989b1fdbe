/**
 * Security headers and request checks applied to every response by the HTTP server
 * (OWASP Secure Headers; CSP Level 3 nonces, W3C).
 */
import crypto from "node:crypto";
import type { Env } from "../app/platform/env.server";

/** A fresh base64 nonce (128 bits) for one response's inline scripts. */
export function createNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/**
 * The headers every response carries. In development the live-reload socket needs
 * `connect-src ws:`; nothing else differs.
 */
export function securityHeaders(env: Env, nonce: string): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    env.isProduction ? "connect-src 'self'" : "connect-src 'self' ws:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'`,
    "frame-ancestors 'none'",
  ];
  if (env.isHttps) csp.push("upgrade-insecure-requests");
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp.join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
  if (env.isHttps) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** Paths of /dev/emails' HTML previews (development only), framed by /dev/emails. */
export const EMAIL_PREVIEW_PATH = /^\/dev\/emails\/[^/]+\/html$/;

/**
 * Headers for a development e-mail preview: the mail's own markup with inline styles, no
 * scripts at all, framed by this site only (the page itself is sandboxed by the frame).
 */
export function emailPreviewHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a request may proceed under the Origin check: safe methods always; any other
 * method only when its `Origin` header equals the configured APP_ORIGIN exactly (a missing
 * Origin is refused too). Exempt: webhooks, which authenticate by signature, and exactly
 * `/unsubscribe`, whose one-click POST comes from the recipient's mail provider with no
 * Origin, cookies or other context (RFC 8058 §3.2) and is authorised by the signed token
 * its URL carries (§3.1).
 */
export function originAllowed(method: string, path: string, origin: string | undefined, env: Env): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (path.startsWith("/webhooks/")) return true;
  if (path === "/unsubscribe") return true;
  return origin === env.APP_ORIGIN;
}
