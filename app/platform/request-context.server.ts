/**
 * Per-request state that must reach the response whichever loader, action or resource
 * route produced it: the session cookie Lucia refreshes or blanks while validating
 * (docs/decisions/0007-sessions.md), and the memo of that validation.
 *
 * server/app.ts runs each request inside `runWithRequestContext` and, just before the
 * headers go out, adds every cookie recorded here that the response does not already set
 * (a route's own `Set-Cookie` for the same name wins). Outside a server request (tests
 * calling loaders directly) there is no store and nothing is recorded.
 *
 * The AsyncLocalStorage is a process-wide singleton, so server.ts (run by tsx) and the
 * Remix build share it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { singleton } from "./singleton.server";

export interface RequestStore {
  /** Cookie name → serialised Set-Cookie value. */
  cookies: Map<string, string>;
  /** Memo of per-request work, e.g. session validation keyed by session id. */
  memo: Map<string, Promise<unknown>>;
  /**
   * Set when a loader or action failed because the database was unavailable
   * (platform/db-errors.server.ts): the server then answers 503 with Retry-After, not 500.
   */
  databaseUnavailable?: boolean;
}

const storage = singleton("request-context", () => new AsyncLocalStorage<RequestStore>());

/** Runs `fn` with a fresh store for one HTTP request. */
export function runWithRequestContext<T>(fn: (store: RequestStore) => T): T {
  const store: RequestStore = { cookies: new Map(), memo: new Map() };
  return storage.run(store, () => fn(store));
}

/** The current request's store, or undefined outside a server request. */
export function getRequestStore(): RequestStore | undefined {
  return storage.getStore();
}

/**
 * `compute()` once per HTTP request for `key` (the same promise to every caller of the
 * request: loaders, the document render); outside a server request, every call computes.
 */
export function memoForRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const memo = storage.getStore()?.memo;
  if (!memo) return compute();
  let hit = memo.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = compute();
    memo.set(key, hit);
  }
  return hit;
}

/** Records a cookie for this request's response (replacing an earlier one of that name). */
export function setResponseCookie(name: string, serialized: string): void {
  storage.getStore()?.cookies.set(name, serialized);
}

/** Cookie name of a serialised Set-Cookie value ("a=b; Path=/" → "a"). */
export function cookieName(setCookie: string): string {
  return setCookie.slice(0, setCookie.indexOf("=")).trim();
}

/**
 * The cookies of `store` that `existing` (the response's Set-Cookie values) does not set
 * already, by name.
 */
export function missingCookies(store: RequestStore, existing: readonly string[]): string[] {
  const names = new Set(existing.map(cookieName));
  return [...store.cookies.entries()].filter(([name]) => !names.has(name)).map(([, value]) => value);
}
