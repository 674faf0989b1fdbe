/**
 * How the mail worker judges a failed send and when it tries again (pure; unit-tested;
 * docs/decisions/0012-notifications.md).
 *
 * - Temporary, retried with the same idempotency key: no answer (network, timeout), 408,
 *   429, 5xx, 409 `concurrent_idempotent_requests` (the same key is still in flight), an
 *   answer without an id, and the API-key errors (401/403 `missing_api_key`,
 *   `invalid_api_key`, `restricted_api_key`: a configuration problem an operator fixes,
 *   after which the mails go out without anyone re-sending them).
 * - Permanent, FAILED at once: every other 4xx (`validation_error`, an invalid address…).
 * - Conflict, FAILED at once: 409 `invalid_idempotent_request`, the key was already used
 *   with another body, so an earlier attempt may have been sent.
 *
 * Backoff before attempt n + 1: 30 s × 2^(n − 1), at most 1 hour, times a random factor in
 * [1, 1.25) (jitter, so the retries of many mails after an outage spread out; never sooner
 * than the base delay). A 429's `retry-after` (seconds
 * or an HTTP-date, RFC 9110 §10.2.3) is a floor: the delay is that plus up to 10 %.
 */

/** Attempts before a temporary failure becomes FAILED. */
export const MAX_ATTEMPTS = 8;
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

/** An error as the Resend SDK returns it (`{data: null, error}`): statusCode null = no HTTP answer. */
export interface SendFailure {
  statusCode?: number | null;
  name?: string | null;
  message?: string | null;
}

export type FailureClass = "temporary" | "permanent" | "conflict";

const KEY_ERRORS = new Set(["missing_api_key", "invalid_api_key", "restricted_api_key"]);

/** Which kind of failure `error` is (see module docs). */
export function classifyFailure(error: SendFailure): FailureClass {
  const status = error.statusCode ?? null;
  if (status === null || status === 408 || status === 429 || status >= 500) return "temporary";
  if (status === 409) return error.name === "concurrent_idempotent_requests" ? "temporary" : "conflict";
  if ((status === 401 || status === 403) && KEY_ERRORS.has(error.name ?? "")) return "temporary";
  if (status >= 400) return "permanent";
  return "temporary"; // a 2xx/3xx without an id: retrying with the same key is safe
}

/** The base backoff (ms) before the attempt after `attempts` failed ones, without jitter. */
export function backoffMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_MS);
}

/** `backoffMs` times a random factor in [1, 1.25), at most 1 hour; `random` in [0, 1). */
export function jitteredBackoffMs(attempts: number, random: () => number = Math.random): number {
  return Math.min(Math.round(backoffMs(attempts) * (1 + 0.25 * random())), MAX_DELAY_MS);
}

/**
 * The delay a `retry-after` value asks for, in ms (at least 1 s, at most 1 hour), or null
 * when it is missing or unreadable. Accepts delay-seconds and HTTP-dates.
 */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (!Number.isFinite(date)) return null;
    ms = date - now;
  }
  return Math.min(Math.max(ms, 1000), MAX_DELAY_MS);
}

/** When to try again after a temporary failure: the provider's retry-after (plus ≤ 10 %), else the backoff. */
export function retryDelayMs(
  attempts: number,
  headers: Record<string, string> | null | undefined,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const asked = retryAfterMs(headers?.["retry-after"], now);
  if (asked !== null) return Math.min(Math.round(asked * (1 + 0.1 * random())), MAX_DELAY_MS);
  return jitteredBackoffMs(attempts, random);
}

/** "503 internal_server_error: …" — the error as recorded on the notification. */
export function describeFailure(error: SendFailure): string {
  return `${error.statusCode ?? "no-answer"} ${error.name ?? "error"}: ${error.message ?? ""}`.trim();
}

/**
 * True when a FAILED notification's `lastError` shows the provider never accepted it (a
 * permanent 4xx, a template error, or a provider-side failure reported by webhook), so a
 * re-send may use a new idempotency key without risking a second mail.
 */
export function isDefiniteFailure(lastError: string | null | undefined): boolean {
  return /^(permanent|render|provider): /.test(lastError ?? "");
}
