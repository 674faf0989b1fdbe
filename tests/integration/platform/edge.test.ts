/**
 * What the HTTP server does at the edge for every route (issue 12), through the real server
 * process: the input guard (NUL bytes, broken UTF-8, retired `_data` URLs, oversized bodies
 * answered with a page in the user's language, never a 500 or a reset connection), the
 * request form's oversized CV answered by the same form with a field error and the typed
 * values kept, Cache-Control per role, the 404 page's title, one nosniff header.
 */
import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser, sessionCookie, TEST_PASSWORD } from "../../factories/accounts";
import { cnaoObservership, createApplicant, createCoordinator, PDF } from "../../factories/request-flow";
import { startTestServer, stopTestServer, type TestServer } from "../../utils/server";

const usingPostgres = Boolean(process.env.DATABASE_URL);
let server: TestServer;
let origin: string;
let cookies: { applicant: string; coordinator: string; admin: string };
let opportunityId: string;

/** The people the tests act as; each test's database reset removes them, so PostgreSQL makes them again. */
async function makePeople() {
  const applicant = await createApplicant();
  const coordinator = await createCoordinator();
  const admin = await createUser({ roles: ["ADMIN"] });
  await createUser({ email: "edge-login@example.org" });
  cookies = { applicant: applicant.cookie, coordinator: coordinator.cookie, admin: await sessionCookie(admin.id) };
  opportunityId = (await cnaoObservership()).id;
}

// On PostgreSQL the server shares this worker's database, which is reset before each test.
beforeEach(async () => {
  if (usingPostgres) await makePeople();
});

beforeAll(async () => {
  if (!usingPostgres) await makePeople();
  server = await startTestServer("edge");
  origin = server.origin;
}, 120_000);

afterAll(() => stopTestServer(server));

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers, redirect: "manual" });

describe("the input guard", () => {
  it.each([
    ["/opportunities?q=%00", {}],
    ["/centres?q=%00", {}],
    ["/centres?city=%00", {}],
    ["/inbox?q=%00", "coordinator"],
    ["/inbox/export.csv?q=%00", "coordinator"],
    ["/opportunities?q=%FF%FE", {}],
    ["/centres/%00", {}],
    ["/matches?_data=routes%2Fmatches", "applicant"],
  ] as const)("answers %s with a 400 page in the user's language", async (path, who) => {
    const headers: Record<string, string> =
      typeof who === "string" ? { Cookie: cookies[who as keyof typeof cookies] } : {};
    const en = await get(path, headers);
    expect(en.status).toBe(400);
    const html = await en.text();
    expect(html).toContain("characters Ponte cannot read");
    expect(html).not.toMatch(/\n\s+at |Unexpected Server Error/);
    const it = await get(path, { ...headers, "Accept-Language": "it" });
    expect(it.status).toBe(400);
    expect(await it.text()).toContain("La preghiamo di tornare indietro");
  });

  it.each([
    ["a NUL byte", "email=a%00b%40example.org&password=whatever-123"],
    ["broken UTF-8", "email=%FF%FE%40example.org&password=whatever-123"],
  ])("answers a text form with %s 400, translated, never 500", async (_what, body) => {
    for (const [lang, text] of [
      ["en", "That request was not understood"],
      ["it", "Richiesta non valida"],
    ]) {
      const res = await fetch(`${server.url}/login`, {
        method: "POST",
        body,
        headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": lang },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(text);
    }
  });

  it("answers a multipart form with a NUL byte in a field 400, and stores nothing", async () => {
    const form = new FormData();
    form.append("startDate", "2027-02-01");
    form.append("endDate", "2027-02-12");
    form.append("motivation", "Carbon-ion\u0000 planning");
    form.append("uploadType", "CV");
    form.append("upload", new File([PDF], "cv.pdf", { type: "application/pdf" }));
    const res = await fetch(`${server.url}/requests/new?opportunity=${opportunityId}`, {
      method: "POST",
      body: form,
      headers: { Origin: origin, Cookie: cookies.applicant },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/Unexpected Server Error/);
  });

  it("takes a form whose Origin is Ponte's own although the Host a proxy passed on is another", async () => {
    // A reverse proxy that keeps its upstream's Host (ponte-web:3000) in front of APP_ORIGIN.
    const body = new URLSearchParams({ email: "edge-login@example.org", password: "not-the-password" }).toString();
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        `${server.url}/login`,
        {
          method: "POST",
          headers: {
            Host: "ponte-web:3000",
            Origin: origin,
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": Buffer.byteLength(body),
          },
        },
        (r) => {
          let text = "";
          r.setEncoding("utf8");
          r.on("data", (c: string) => (text += c));
          r.on("end", () => resolve({ status: r.statusCode ?? 0, body: text }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain("The e-mail address or the password is not correct.");
  });

  it("answers a data request with a NUL byte 400, not 500", async () => {
    expect((await get("/opportunities.data?q=%00")).status).toBe(400);
  });

  it("refuses a 5 MB text form at once with a 413 page, and the connection survives to deliver it", async () => {
    const started = performance.now();
    const res = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "a@example.org", password: "x".repeat(5 * 1024 * 1024) }),
      headers: { Origin: origin },
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("larger than Ponte accepts");
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await get("/healthz")).status).toBe(200);
  });

  it("answers a 7 MB CV with the same form, a field error and the typed values kept", async () => {
    const big = new Uint8Array(7 * 1024 * 1024);
    big.set(PDF);
    const form = new FormData();
    form.append("startDate", "2027-02-01");
    form.append("endDate", "2027-02-12");
    form.append("motivation", "I plan carbon-ion treatments in Porto and would like to observe CNAO's workflow.");
    // A new document uploaded from the form into the wallet (issue 16).
    form.append("uploadType", "CV");
    form.append("upload", new File([big], "cv.pdf", { type: "application/pdf" }));
    const res = await fetch(`${server.url}/requests/new?opportunity=${opportunityId}`, {
      method: "POST",
      body: form,
      headers: { Origin: origin, Cookie: cookies.applicant },
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("I plan carbon-ion treatments in Porto");
    expect(html).toMatch(/at most 5 MB|5 MB/);
  });
});

describe("Cache-Control", () => {
  it.each([
    ["anonymous", "/"],
    ["anonymous", "/opportunities"],
    ["anonymous", "/opportunities.data"],
  ] as const)("lets %s pages be revalidated, never shared across cookies: %s", async (_who, path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("vary")).toMatch(/Cookie/);
  });

  it.each([
    ["applicant", "/requests"],
    ["applicant", "/requests.data"],
    ["applicant", "/matches"],
    ["applicant", "/opportunities"],
    ["coordinator", "/inbox"],
    ["coordinator", "/inbox.data"],
    ["coordinator", "/inbox/export.csv"],
    ["admin", "/admin"],
    ["admin", "/admin.data"],
  ] as const)("keeps what a signed-in %s sees private and unstored: %s", async (who, path) => {
    const res = await get(path, { Cookie: cookies[who] });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("marks the redirect that signs someone in private, and sends nosniff once on downloads", async () => {
    const login = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "edge-login@example.org", password: TEST_PASSWORD }),
      headers: { Origin: origin },
      redirect: "manual",
    });
    expect(login.status).toBe(302);
    expect(login.headers.getSetCookie().some((c) => c.startsWith("ponte_session="))).toBe(true);
    expect(login.headers.get("cache-control")).toBe("private, no-store");
    const csv = await get("/inbox/export.csv", { Cookie: cookies.coordinator });
    expect(csv.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("the 404 page", () => {
  it("has a translated title and stays in the layout", async () => {
    const en = await get("/no-such-page");
    expect(en.status).toBe(404);
    expect(await en.text()).toMatch(/<title>Page not found · Ponte<\/title>/);
    const it = await get("/no-such-page", { "Accept-Language": "it" });
    expect(await it.text()).toMatch(/<title>Pagina non trovata · Ponte<\/title>/);
  });
});

describe("idle connections", () => {
  it("are kept for 65 s, so a proxy or client (60 s) closes them first, never the server mid-request", async () => {
    const res = await get("/healthz");
    expect(res.headers.get("keep-alive")).toBe("timeout=65");
  });
});
