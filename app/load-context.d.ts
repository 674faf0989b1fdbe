import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Nonce of this response's Content-Security-Policy (server.ts). */
    cspNonce?: string;
    /** Correlation id shown on error pages and written to the log. */
    requestId?: string;
    /** Client address as decided by the TRUST_PROXY setting. */
    clientIp?: string;
  }
}
