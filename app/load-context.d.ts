import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Nonce of this response's Content-Security-Policy (server.ts). */
    cspNonce?: string;
    /** Correlation id shown on error pages and written to the log. */
    requestId?: string;
    /** Client address as decided by the TRUST_PROXY setting. */
    clientIp?: string;
    /** The TCP peer's own address (never from a header): who may read the demo mailbox. */
    socketAddress?: string;
  }
}

declare module "@remix-run/node" {
  /** Single fetch types for `useLoaderData`/`useActionData` (Remix 2 single fetch docs). */
  interface Future {
    v3_singleFetch: true;
  }
}
