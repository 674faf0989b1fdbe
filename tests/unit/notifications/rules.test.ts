/**
 * The pure rules of notifications: failure classes, backoff with jitter, retry-after,
 * definite failures, provider keys, the kinds (essential, audience, digest), the digest
 * hour, unsubscribe tokens and the Origin exemption of /unsubscribe.
 */
import crypto from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEnv } from "~/platform/env.server";
import {
  audienceOf,
  COORDINATOR_KINDS,
  EMAIL_KINDS,
  goesToDigest,
  isEssentialKind,
  isKindEnabled,
  isOptionalKind,
  nextDigestAt,
  REQUEST_KINDS,
} from "~/notifications/kinds";
import {
  backoffMs,
  classifyFailure,
  isDefiniteFailure,
  jitteredBackoffMs,
  MAX_DELAY_MS,
  retryAfterMs,
  retryDelayMs,
} from "~/notifications/retry";
import { providerKey } from "~/notifications/mail-worker.server";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "~/notifications/unsubscribe.server";
import { NOTIFICATION_KINDS } from "~/requests/transitions";
import { originAllowed } from "../../../server/security";

describe("classifyFailure", () => {
  it("retries what may succeed later and stops at once on the rest", () => {
    const cases: [number | null, string, string][] = [
      [null, "application_error", "temporary"],
      [408, "timeout", "temporary"],
      [429, "rate_limit_exceeded", "temporary"],
      [500, "internal_server_error", "temporary"],
      [503, "application_error", "temporary"],
      [409, "concurrent_idempotent_requests", "temporary"],
      [401, "missing_api_key", "temporary"],
      [403, "invalid_api_key", "temporary"],
      [200, "missing_id", "temporary"],
      [409, "invalid_idempotent_request", "conflict"],
      [422, "validation_error", "permanent"],
      [400, "invalid_request", "permanent"],
      [403, "validation_error", "permanent"],
      [404, "not_found", "permanent"],
    ];
    for (const [statusCode, name, expected] of cases)
      expect(classifyFailure({ statusCode, name }), `${statusCode} ${name}`).toBe(expected);
  });
});

describe("backoff", () => {
  it("doubles from 30 seconds up to an hour, with jitter that never shortens it", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempts, r) => {
        const d = jitteredBackoffMs(attempts, () => r);
        expect(d).toBeGreaterThanOrEqual(backoffMs(attempts));
        expect(d).toBeLessThanOrEqual(Math.min(backoffMs(attempts) * 1.25, MAX_DELAY_MS));
      }),
    );
    const spread = new Set(Array.from({ length: 20 }, () => jitteredBackoffMs(3)));
    expect(spread.size).toBeGreaterThan(1);
  });

  it("reads retry-after as seconds or an HTTP-date and treats it as a floor", () => {
    const now = Date.parse("2026-11-29T10:00:00Z");
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs("0", now)).toBe(1_000);
    expect(retryAfterMs("Sun, 29 Nov 2026 10:02:30 GMT", now)).toBe(150_000);
    expect(retryAfterMs("Sun, 29 Nov 2026 09:00:00 GMT", now)).toBe(1_000);
    expect(retryAfterMs("999999", now)).toBe(MAX_DELAY_MS);
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
    for (const r of [0, 0.5, 0.99]) {
      const d = retryDelayMs(1, { "retry-after": "120" }, () => r, now);
      expect(d).toBeGreaterThanOrEqual(120_000);
      expect(d).toBeLessThanOrEqual(132_000);
    }
    expect(retryDelayMs(2, null, () => 0, now)).toBe(60_000);
  });
});

describe("definite failures and provider keys", () => {
  it("re-sends under a new key only when the provider never accepted the mail", () => {
    expect(isDefiniteFailure("permanent: 422 validation_error: Invalid `to` field.")).toBe(true);
    expect(isDefiniteFailure("render: payload has no url")).toBe(true);
    expect(isDefiniteFailure("provider: domain not verified")).toBe(true);
    expect(isDefiniteFailure("gave up after 8 attempts: 503 unavailable: down")).toBe(false);
    expect(isDefiniteFailure("conflict: 409 invalid_idempotent_request: …")).toBe(false);
    expect(isDefiniteFailure(null)).toBe(false);
    expect(providerKey({ idempotencyKey: "request-approved:e1:u1", resends: 0 })).toBe("request-approved:e1:u1");
    expect(providerKey({ idempotencyKey: "request-approved:e1:u1", resends: 2 })).toBe("request-approved:e1:u1#2");
    const long = providerKey({ idempotencyKey: "x".repeat(256), resends: 1 });
    expect(long).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe("kinds", () => {
  it("covers every workflow kind and keeps account mails and decisions essential", () => {
    expect([...REQUEST_KINDS].sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const k of [
      "verify-email",
      "reset-password",
      "invitation",
      "request-approved",
      "request-declined",
      "request-cancelled",
      "request-expired",
      "request-withdrawal-confirmed",
    ])
      expect(isEssentialKind(k), k).toBe(true);
    for (const k of ["request-received", "request-new", "request-message", "request-reminder", "digest"])
      expect(isOptionalKind(k), k).toBe(true);
    expect(isOptionalKind("nonsense")).toBe(false);
    expect(EMAIL_KINDS).toHaveLength(41);
    // The request for feedback after a stay (issue 16 part 5): on by default, can be switched off.
    expect(isOptionalKind("stay-feedback")).toBe(true);
    expect(isKindEnabled("stay-feedback", undefined)).toBe(true);
    expect(isKindEnabled("stay-feedback", false)).toBe(false);
    expect(audienceOf("stay-feedback")).toBe("applicant");
    // The wallet's expiry reminder (issue 16): on by default, can be switched off.
    expect(isOptionalKind("document-expiring")).toBe(true);
    expect(isKindEnabled("document-expiring", undefined)).toBe(true);
    // Partner search (issue 19): the proposer's answer is always sent; interests and thread messages can be switched off.
    for (const k of ["collaboration-accepted", "collaboration-declined"]) expect(isEssentialKind(k), k).toBe(true);
    for (const k of ["collaboration-interest", "collaboration-message"]) expect(isOptionalKind(k), k).toBe(true);
    // Home centre (issue 19 part 2): the coordinator's answer is always sent.
    for (const k of ["home-centre-confirmed", "home-centre-rejected"]) expect(isEssentialKind(k), k).toBe(true);
    // Events (issue 18): confirmations, promotions and cancellations are always sent.
    for (const k of ["event-registered", "event-promoted", "event-cancelled"]) expect(isEssentialKind(k), k).toBe(true);
    // The organisers' message to registrants: on by default, can be switched off.
    expect(isOptionalKind("event-message")).toBe(true);
    expect(isKindEnabled("event-message", undefined)).toBe(true);
    expect(isKindEnabled("event-message", false)).toBe(false);
    expect(audienceOf("event-message")).toBe("applicant");
    // A centre's invitation to apply: on by default (opting in to suggestions is the consent), can be switched off.
    expect(isOptionalKind("application-invitation")).toBe(true);
    expect(isKindEnabled("application-invitation", undefined)).toBe(true);
    expect(isKindEnabled("application-invitation", false)).toBe(false);
    expect(audienceOf("application-invitation")).toBe("applicant");
    // Opt-in: off until switched on, then off again by its unsubscribe link.
    expect(isOptionalKind("new-matches")).toBe(true);
    expect(isKindEnabled("new-matches", undefined)).toBe(false);
    expect(isKindEnabled("new-matches", true)).toBe(true);
    expect(isKindEnabled("request-message", undefined)).toBe(true);
    expect(isKindEnabled("request-message", false)).toBe(false);
    expect(isKindEnabled("verify-email", false)).toBe(true);
    for (const k of ["contact-message", "documents-removal", "account-inactive", "letter-issued"])
      expect(isEssentialKind(k), k).toBe(true);
    for (const k of COORDINATOR_KINDS) expect(isEssentialKind(k)).toBe(false);
  });

  it("tells the two sides of a message apart by its link, and digests only coordinator mail", () => {
    expect(audienceOf("request-message", { url: "http://x/inbox/r1" })).toBe("coordinator");
    expect(audienceOf("request-message", { url: "http://x/requests/r1" })).toBe("applicant");
    expect(audienceOf("request-new")).toBe("coordinator");
    expect(audienceOf("request-approved")).toBe("applicant");
    expect(audienceOf("verify-email")).toBe("account");
    expect(goesToDigest("request-message", { url: "http://x/inbox/r1" })).toBe(true);
    expect(goesToDigest("request-message", { url: "http://x/requests/r1" })).toBe(false);
    expect(goesToDigest("request-approved")).toBe(false);
    expect(goesToDigest("request-reminder")).toBe(true);
  });

  it("sends the digest at 07:00 UTC: today before then, tomorrow after", () => {
    expect(nextDigestAt(new Date("2026-11-29T06:59:59Z")).toISOString()).toBe("2026-11-29T07:00:00.000Z");
    expect(nextDigestAt(new Date("2026-11-29T07:00:00Z")).toISOString()).toBe("2026-11-30T07:00:00.000Z");
    expect(nextDigestAt(new Date("2026-12-31T23:00:00Z")).toISOString()).toBe("2027-01-01T07:00:00.000Z");
  });
});

describe("unsubscribe tokens", () => {
  const key = crypto.randomBytes(32);

  it("round-trip, and refuse forged, altered or essential ones", () => {
    const token = signUnsubscribeToken(key, "cluser123", "request-new");
    expect(verifyUnsubscribeToken(key, token)).toEqual({ userId: "cluser123", kind: "request-new" });
    expect(verifyUnsubscribeToken(crypto.randomBytes(32), token)).toBeNull();
    expect(verifyUnsubscribeToken(key, token.replace("cluser123", "cluser124"))).toBeNull();
    expect(verifyUnsubscribeToken(key, token.replace("request-new", "request-message"))).toBeNull();
    expect(verifyUnsubscribeToken(key, `${token}x`)).toBeNull();
    expect(verifyUnsubscribeToken(key, null)).toBeNull();
    expect(verifyUnsubscribeToken(key, "a.b")).toBeNull();
    const [u, , sig] = token.split(".");
    expect(verifyUnsubscribeToken(key, `${u}.request-approved.${sig}`)).toBeNull();
    expect(() => signUnsubscribeToken(key, "cluser123", "request-approved")).toThrow(/cannot be unsubscribed/);
    expect(() => signUnsubscribeToken(key, "bad id", "request-new")).toThrow(/malformed/);
  });
});

describe("the Origin check", () => {
  const env = getEnv({
    NODE_ENV: "development",
    APP_ORIGIN: "https://ponte.example.org",
  } as unknown as NodeJS.ProcessEnv);
  it("lets the one-click POST to exactly /unsubscribe through without an Origin, nothing else", () => {
    expect(originAllowed("POST", "/unsubscribe", undefined, env)).toBe(true);
    expect(originAllowed("POST", "/webhooks/resend", undefined, env)).toBe(true);
    expect(originAllowed("POST", "/unsubscribe/other", undefined, env)).toBe(false);
    expect(originAllowed("POST", "/account/notifications", undefined, env)).toBe(false);
    expect(originAllowed("POST", "/account/notifications", "https://evil.example", env)).toBe(false);
  });
});
