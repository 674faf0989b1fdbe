/**
 * HTTP fuzzing of every route (issue 12, item 8), through the real production server
 * process (as edge.test.ts starts it). The routes come from the Remix build's manifest
 * (`routes` of build/server/index.js); dynamic segments are filled with real ids (the
 * applicant's own request, its CV, a seeded opportunity and centre), other people's ids
 * (another applicant's request, another centre) and unknown or hostile ones. For each role
 * (anonymous, applicant, coordinator of another centre, CNAO's coordinator, admin) fast-check
 * (fixed seed) sends generated hostile input: NUL, broken UTF-8 percent-escapes, 100 KB
 * strings, repeated parameters, negative and huge numbers, SQL and HTML fragments, unknown and
 * other users' ids, to each route's GET parameters and, with the right Origin, to its form
 * action (urlencoded and multipart, field names read from the page's own forms).
 *
 * Asserted for every answer: status below 500; no stack frame, "Prisma", "Unexpected Server
 * Error" or PostgreSQL error text in the body; no HTML fragment echoed unescaped.
 *
 * "A refused POST changed nothing": on PostgreSQL (TEST_DATABASE_URL, as CI's second pass
 * runs) the server uses this worker's own database, so a checksum of every table people
 * write to (row count and md5 of all rows, read with SQL) is taken before and after each
 * POST, and must be equal when the answer is 4xx. Left out: RateLimit and AuditEvent (a
 * refused sign-in is meant to be counted and logged) and the static taxonomy (Topic). On
 * the embedded database the server runs on a copy only it may open while it runs, so rows
 * cannot be read between two requests: there the database check is skipped (said in the
 * test's name) and the rest runs unchanged.
 *
 * Bounded: `RUNS_GET` and `RUNS_POST` per route and role, about 2 minutes on 2 cores.
 */
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { createUser, sessionCookie } from "../../factories/accounts";
import { cnaoObservership, createApplicant, createCoordinator, PDF } from "../../factories/request-flow";
import { repoRoot, startTestServer, stopTestServer, type TestServer } from "../../utils/server";
import { onDay } from "../../factories/example-dates";

const usingPostgres = Boolean(process.env.DATABASE_URL);
const SEED = 12_008;
/** Generated GET requests per route and role. */
const RUNS_GET = 4;
/** Generated POSTs per route (with an action) and role. */
const RUNS_POST = 5;

type Role = "anonymous" | "applicant" | "otherCoordinator" | "coordinator" | "admin";
const ROLES: Role[] = ["anonymous", "applicant", "otherCoordinator", "coordinator", "admin"];

interface ManifestRoute {
  id: string;
  path: string;
  hasAction: boolean;
}

let server: TestServer;
let origin: string;
let routes: ManifestRoute[];
const cookies: Partial<Record<Role, string>> = {};
/** Values for each kind of dynamic segment: real, other people's, unknown. */
const segmentValues: Record<string, string[]> = {};
/** Ids worth sending in any field: real, other users', unknown. */
let ids: string[] = [];

/** The build's route manifest, read in a child process (the build imports the whole app). */
function readManifest(): ManifestRoute[] {
  const script = `const b = await import(${JSON.stringify(`${repoRoot}/build/server/index.js`)});
    console.log(JSON.stringify(Object.values(b.routes).filter((r) => r.id !== "root").map((r) => ({
      id: r.id, path: "/" + (r.path ?? ""), hasAction: typeof r.module.action === "function" }))));
    process.exit(0);`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: "production" },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop()!) as ManifestRoute[];
}

/** Stands for a 100 KB string (expanded when sent, so failure reports stay readable). */
const BIG = "<100 KB of x>";
const expand = (v: string) => (v === BIG ? "x".repeat(100_000) : v);

const HOSTILE = [
  "\u0000",
  "a\u0000b",
  BIG,
  "-1",
  "0",
  "-99999999999999999999",
  "99999999999999999999999999",
  "2147483648",
  "1e308",
  "NaN",
  "Infinity",
  "' OR '1'='1' --",
  '\'; DROP TABLE "User"; --',
  '1) UNION SELECT password_hash FROM "User" --',
  "$1::text",
  "<script>fuzzxss()</script>",
  '"><img src=x onerror=fuzzxss()>',
  "\u202e\u0301🙂",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "true",
  "[]",
  "{}",
  "../../../etc/passwd",
  "https://evil.example/",
  "//evil.example",
  "",
  " ",
];
/** Raw (already encoded) escapes that are not valid UTF-8 or not escapes at all. */
const RAW = ["%FF%FE", "%C0%AF", "%ED%A0%80", "%", "%zz", "%E2%82", "%00"];
const KEYS = [
  "q",
  "city",
  "page",
  "from",
  "until",
  "type",
  "status",
  "centre",
  "opportunity",
  "sort",
  "token",
  "email",
  "redirectTo",
  "id",
  "intent",
  "lang",
  "kind",
  "profession",
];

/** One value as it goes on the wire: encoded text, or a raw hostile escape. */
const wireValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.constantFrom(...HOSTILE).map((v) => encodeURIComponent(v === BIG ? "x".repeat(3000) : v)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...RAW) },
    { weight: 2, arbitrary: fc.constantFrom(...(ids.length ? ids : ["x"])).map(encodeURIComponent) },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ""))),
    },
    { weight: 1, arbitrary: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map(String) },
  );

/** A query string: known and random keys, repeated sometimes, hostile values; capped so the URL stays under Node's header limit. */
const queryArb = (keys: string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...keys, "x"), wireValue()), { minLength: 1, maxLength: 6 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v.slice(0, 3000)}`).join("&"));

/** Fills a manifest path's dynamic segments with the values to try. */
const pathArb = (pattern: string): fc.Arbitrary<string> => {
  const parts = pattern.split("/").map((seg) => {
    if (seg === "*") return fc.constantFrom("no-such-page", "%FF", "a%00b", "x".repeat(2000), "..%2F..%2Fetc");
    if (seg.startsWith(":")) {
      const values = segmentValues[seg.slice(1)] ?? segmentValues.id!;
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...values).map(encodeURIComponent) },
        { weight: 1, arbitrary: wireValue().map((v) => v.slice(0, 3000) || "x") },
      );
    }
    return fc.constant(seg);
  });
  return fc.tuple(...parts).map((segs) => segs.join("/").replace(/\/+$/, "") || "/");
};

/** What may never appear in an answer: stack frames, internal errors, SQL errors, unescaped HTML input. */
const LEAKS: [string, RegExp][] = [
  ["a stack frame", /\n\s+at [^\n]*(?:\.[cm]?[jt]sx?:\d+:\d+|\(node:)/],
  ["Prisma", /Prisma|prisma\./],
  ["Unexpected Server Error", /Unexpected Server Error/],
  [
    "a PostgreSQL error",
    /invalid input syntax for|syntax error at or near|violates (?:foreign key|unique|not-null|check) constraint|invalid byte sequence for encoding|value too long for type/,
  ],
  ["unescaped HTML input", /<script>fuzzxss\(\)|<img src=x onerror=fuzzxss\(\)>/],
];

interface Outcome {
  status: number;
  body: string;
}

/** The request sent before the current one (a failure may come from what it left on the connection). */
let previous = "";

async function send(path: string, init: RequestInit & { role: Role }): Promise<Outcome> {
  const sending = `${init.method ?? "GET"} ${path.slice(0, 200)} as ${init.role} (${typeof init.body === "string" ? `urlencoded, ${init.body.length} chars: ${init.body.slice(0, 200)}` : init.body ? "multipart" : "no body"})`;
  const before = previous;
  previous = sending;
  const headers = new Headers(init.headers);
  const cookie = cookies[init.role];
  if (cookie) headers.set("Cookie", cookie);
  try {
    const res = await fetch(`${server.url}${path}`, { ...init, headers, redirect: "manual" });
    return { status: res.status, body: await res.text() };
  } catch (error) {
    throw new Error(
      `${sending} failed (${String((error as Error).cause ?? error)}) after ${before}; the server said:\n${server.output().slice(-3000)}`,
    );
  }
}

function check(label: string, outcome: Outcome) {
  expect(
    outcome.status,
    `${label} answered ${outcome.status}:\n${outcome.body.slice(0, 600)}\nThe server said:\n${server.output().slice(-3000)}`,
  ).toBeLessThan(500);
  for (const [what, pattern] of LEAKS) {
    const m = outcome.body.match(pattern);
    expect(
      m,
      `${label} answered ${outcome.status} and shows ${what}: …${m ? outcome.body.slice(Math.max(0, m.index! - 200), m.index! + 200) : ""}…`,
    ).toBeNull();
  }
}

/** Tables a refused POST must leave alone (every table people write to, see the docstring). */
let checkedTables: string[] = [];

/** Row count and md5 of every row of each checked table, as one string (PostgreSQL only). */
async function checksum(): Promise<string> {
  const parts = checkedTables.map(
    (t) =>
      `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS c FROM "${t}" x`,
  );
  const rows = await prisma.$queryRawUnsafe<{ t: string; c: string }[]>(parts.join(" UNION ALL "));
  return rows.map((r) => `${r.t}=${r.c}`).join(" ");
}

/** Field names, and intents other than signing out, from the forms of a page's HTML. */
function formFields(html: string): { names: string[]; intents: string[] } {
  const names = new Set<string>();
  for (const m of html.matchAll(/<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"/g)) names.add(m[1]!);
  const intents = new Set<string>();
  for (const m of html.matchAll(/<button\b[^>]*\bname="intent"[^>]*\bvalue="([^"]+)"/g)) intents.add(m[1]!);
  for (const m of html.matchAll(/<input\b[^>]*\bname="intent"[^>]*\bvalue="([^"]+)"/g)) intents.add(m[1]!);
  return { names: [...names], intents: [...intents].filter((i) => !/logout|sign-?out/i.test(i)) };
}

beforeAll(async () => {
  routes = readManifest();
  const applicant = await createApplicant();
  const otherApplicant = await createApplicant({ name: "Other Person" });
  const coordinator = await createCoordinator("cnao");
  const otherCoordinator = await createCoordinator("niguarda", "Nico Other");
  const admin = await createUser({ roles: ["ADMIN"] });
  Object.assign(cookies, {
    applicant: applicant.cookie,
    coordinator: coordinator.cookie,
    otherCoordinator: otherCoordinator.cookie,
    admin: await sessionCookie(admin.id),
  });
  const opportunity = await cnaoObservership();
  const other = await prisma.opportunity.findFirstOrThrow({
    where: { centre: { slug: "niguarda" } },
    select: { id: true },
  });
  if (usingPostgres) {
    const rows = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const skip = new Set(["RateLimit", "AuditEvent", "Topic", "_prisma_migrations"]);
    checkedTables = rows.map((r) => r.tablename).filter((t) => !skip.has(t));
  }

  server = await startTestServer("fuzz", {
    // Configured, so /webhooks/resend checks signatures instead of answering 503 "not set up".
    RESEND_WEBHOOK_SECRET: `whsec_${Buffer.from("ponte-fuzz-webhook-secret-32-bytes").toString("base64")}`,
  });
  origin = server.origin;

  // Real rows made through the app itself (so they exist on the server's database either way):
  // a request with a CV by the applicant, one by another applicant.
  const requestBy = async (cookie: string) => {
    const form = new FormData();
    form.append("startDate", onDay("2027-02-01"));
    form.append("endDate", onDay("2027-02-12"));
    form.append("motivation", "I plan carbon-ion treatments and would like to observe CNAO's workflow.");
    // The health insurance CNAO asks for goes into the wallet first; the CV comes with the form.
    const insurance = new FormData();
    insurance.append("intent", "add");
    insurance.append("type", "HEALTH_INSURANCE");
    insurance.append("file", new File([PDF], "insurance.pdf", { type: "application/pdf" }));
    const added = await fetch(`${server.url}/profile/documents`, {
      method: "POST",
      body: insurance,
      headers: { Origin: origin, Cookie: cookie },
      redirect: "manual",
    });
    if (added.status !== 302) throw new Error(`the wallet answered ${added.status}`);
    form.append("uploadType", "CV");
    form.append("upload", new File([PDF], "cv.pdf", { type: "application/pdf" }));
    const html = await (
      await fetch(`${server.url}/requests/new?opportunity=${opportunity.id}`, { headers: { Cookie: cookie } })
    ).text();
    for (const m of html.matchAll(/<input\b[^>]*\bname="documents"[^>]*\bvalue="([^"]+)"/g))
      form.append("documents", m[1]!);
    for (const m of html.matchAll(/<textarea\b[^>]*\bname="(answer[^"]*)"/g)) form.append(m[1]!, "An answer.");
    const key = html.match(/name="submitKey" value="([^"]+)"/)?.[1];
    if (key) form.append("submitKey", key);
    const res = await fetch(`${server.url}/requests/new?opportunity=${opportunity.id}`, {
      method: "POST",
      body: form,
      headers: { Origin: origin, Cookie: cookie },
      redirect: "manual",
    });
    const id = res.headers.get("location")?.match(/\/requests\/([^/?#]+)/)?.[1];
    if (!id) throw new Error(`the request form answered ${res.status}: ${(await res.text()).slice(0, 2000)}`);
    return id;
  };
  const own = await requestBy(applicant.cookie);
  const others = await requestBy(otherApplicant.cookie);
  const page = await (await fetch(`${server.url}/requests/${own}`, { headers: { Cookie: applicant.cookie } })).text();
  const fileIds = [...page.matchAll(/\/files\/([A-Za-z0-9]+)/g)].map((m) => m[1]!);
  const unknown = "clzzzzzzzzzzzzzzzzzzzzzzz";
  ids = [own, others, opportunity.id, other.id, applicant.id, otherApplicant.id, unknown, ...fileIds];
  segmentValues.id = [own, others, opportunity.id, other.id, unknown, "0", "-1"];
  segmentValues.slug = ["cnao", "niguarda", "no-such-centre"];
  segmentValues.fileId = [...fileIds, unknown];
}, 180_000);

afterAll(() => stopTestServer(server));

describe("HTTP fuzzing of every route in the build's manifest", () => {
  it("finds the routes and the rows to aim at", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.some((r) => r.path === "/inbox/:id" && r.hasAction)).toBe(true);
  });

  for (const role of ROLES) {
    it(`GET with hostile parameters as ${role}: no 5xx, nothing internal shown`, async () => {
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(pathArb(route.path), queryArb(KEYS), async (path, query) => {
            check(`GET ${path}?${query.slice(0, 200)} as ${role}`, await send(`${path}?${query}`, { role }));
          }),
          { seed: SEED, numRuns: RUNS_GET, endOnFailure: true },
        );
      }
    }, 120_000);

    it(`POST hostile forms as ${role}: no 5xx, nothing internal shown${usingPostgres ? ", a refused POST changes nothing" : " (database unchanged: checked on PostgreSQL only)"}`, async () => {
      for (const route of routes.filter((r) => r.hasAction)) {
        if (route.path === "/logout" && role !== "anonymous") continue; // would end the session the rest needs
        const sample = await send(
          fc.sample(pathArb(route.path), { seed: SEED, numRuns: 1 })[0]!.replace(/\/$/, "") || "/",
          { role },
        );
        const { names, intents } = formFields(sample.body);
        const keys = [...new Set([...names, ...KEYS.slice(0, 6)])];
        const fields = fc.array(
          fc.tuple(
            fc.constantFrom(...keys),
            fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
              { weight: 1, arbitrary: fc.constantFrom(...ids) },
              { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
            ),
          ),
          { minLength: 1, maxLength: 8 },
        );
        const intent = intents.length
          ? fc.option(fc.constantFrom(...intents), { nil: undefined })
          : fc.constant(undefined);
        await fc.assert(
          fc.asyncProperty(
            pathArb(route.path),
            fields,
            intent,
            fc.constantFrom("urlencoded", "raw", "multipart"),
            async (path, pairs, intentValue, encoding) => {
              const all = intentValue ? [["intent", intentValue] as [string, string], ...pairs] : pairs;
              let body: BodyInit;
              const headers: Record<string, string> = { Origin: origin };
              if (encoding === "multipart") {
                const form = new FormData();
                for (const [k, v] of all) form.append(k, expand(v).replace(/[\uD800-\uDFFF]/g, ""));
                form.append("cv", new File([PDF], "cv.pdf", { type: "application/pdf" }));
                body = form;
              } else {
                const encoded = all.map(
                  ([k, v]) =>
                    `${encodeURIComponent(k)}=${encodeURIComponent(expand(v).replace(/[\uD800-\uDFFF]/g, ""))}`,
                );
                if (encoding === "raw") encoded.push(`q=${RAW[pairs.length % RAW.length]}`);
                body = encoded.join("&");
                headers["Content-Type"] = "application/x-www-form-urlencoded";
              }
              const before = usingPostgres ? await checksum() : "";
              const outcome = await send(path, { method: "POST", body, headers, role });
              const label = `POST ${path} (${encoding}: ${all.map(([k, v]) => `${k}=${JSON.stringify(v.slice(0, 40))}`).join(" ")}) as ${role}`;
              check(label, outcome);
              if (usingPostgres && outcome.status >= 400)
                expect(await checksum(), `${label} was refused (${outcome.status}) but changed the database`).toBe(
                  before,
                );
            },
          ),
          { seed: SEED, numRuns: RUNS_POST, endOnFailure: true },
        );
      }
    }, 120_000);
  }
});
