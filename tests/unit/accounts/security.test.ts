/** Security headers, the Origin rule, redirects and the outbox's pure helpers. */
import { describe, expect, it } from "vitest";
import { backoffMs, scrubPayload } from "~/notifications/mail-worker.server";
import { getEnv } from "~/platform/env.server";
import { cookieName, missingCookies, runWithRequestContext, setResponseCookie } from "~/platform/request-context.server";
import { safeRedirect } from "~/accounts/safe-redirect";
import { generateToken, hashToken } from "~/accounts/token.server";
import { emailPreviewHeaders, originAllowed, securityHeaders } from "../../../server/security";

const env = (origin: string) => getEnv({ NODE_ENV: "development", APP_ORIGIN: origin } as unknown as NodeJS.ProcessEnv);

describe("securityHeaders", () => {
  it("sends HSTS only when APP_ORIGIN is https", () => {
    const https = securityHeaders(env("https://ponte.example.org"), "n0nce");
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    const http = securityHeaders(env("http://localhost:3000"), "n0nce");
    expect(http["Strict-Transport-Security"]).toBeUndefined();
  });

  it("always sends the CSP with the nonce, frame-ancestors 'none', nosniff and the referrer policy", () => {
    const h = securityHeaders(env("http://localhost:3000"), "abc123");
    expect(h["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc123'");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("lets e-mail previews be framed by this site only, with no scripts", () => {
    const h = emailPreviewHeaders();
    expect(h["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'self'");
    expect(h["Content-Security-Policy"]).not.toContain("script-src");
  });
});

describe("originAllowed", () => {
  const e = env("https://ponte.example.org");
  it("allows safe methods and exact-origin writes only", () => {
    expect(originAllowed("GET", "/login", undefined, e)).toBe(true);
    expect(originAllowed("POST", "/login", "https://ponte.example.org", e)).toBe(true);
    for (const origin of [
      undefined,
      "null",
      "https://evil.example",
      "https://ponte.example.org.evil.example",
      "http://ponte.example.org",
      "https://ponte.example.org/",
    ]) {
      expect(originAllowed("POST", "/login", origin, e)).toBe(false);
    }
    expect(originAllowed("DELETE", "/account", "https://evil.example", e)).toBe(false);
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/account", "/account"],
    ["/centres/cnao?tab=1#x", "/centres/cnao?tab=1#x"],
    ["https://evil.example/", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["javascript:alert(1)", "/"],
    ["/\tevil", "/"],
    ["", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe("tokens", () => {
  it("are 32 base32 characters, unique, and hashed with SHA-256", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateToken));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(t).toMatch(/^[a-z2-7]{32}$/);
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("request context cookies", () => {
  it("adds recorded cookies unless the response sets that cookie itself", () => {
    runWithRequestContext((store) => {
      setResponseCookie("ponte_session", "ponte_session=new; Path=/");
      setResponseCookie("other", "other=1; Path=/");
      expect(missingCookies(store, ["ponte_session=; Max-Age=0"])).toEqual(["other=1; Path=/"]);
      expect(cookieName("a=b; Path=/")).toBe("a");
    });
  });
});

describe("outbox helpers", () => {
  it("backs off from 30 seconds, doubling, capped at an hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it("blanks the secret link of a sent mail and keeps the rest", () => {
    expect(scrubPayload("verify-email", { name: "A", url: "http://x/verify-email?token=t" })).toEqual({
      name: "A",
      url: null,
    });
    expect(scrubPayload("signup-attempt", { name: "A", loginUrl: "u" })).toEqual({ name: "A", loginUrl: "u" });
  });
});
