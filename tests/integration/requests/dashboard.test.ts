/**
 * Issue 17 part 2, the dashboards: /admin/dashboard (every centre) and /coordinator/dashboard
 * (their centres only), with their CSV downloads. A small hand-made fixture of requests with
 * known dates, outcomes, countries, areas and response times; every figure below is computed
 * by hand in the comments and checked in the loaders' tables, in the SVGs and in the CSV.
 */
import { describe, expect, it } from "vitest";
import { loader as adminLoader } from "~/routes/admin.dashboard";
import { loader as adminCsv } from "~/routes/admin.dashboard[.csv]";
import { loader as adminSvg } from "~/routes/admin.dashboard[.svg]";
import { loader as coordinatorLoader } from "~/routes/coordinator_.dashboard";
import { loader as coordinatorCsv } from "~/routes/coordinator_.dashboard[.csv]";
import { loader as coordinatorSvg } from "~/routes/coordinator_.dashboard[.svg]";
import { prisma } from "~/platform/db.server";
import { formatValue } from "~/requests/dashboard";
import type { ChartImage, ChartView } from "~/requests/dashboard";
import { createUser, sessionCookie } from "../../factories/accounts";
import { body, createApplicant, createCoordinator, get, location, status } from "../../factories/request-flow";
import { createOpportunity, createRequest } from "../../factories/requests";

type Page = { charts: ChartView[]; errors: Record<string, string>; centres: { slug: string; name: string }[] };

const PERIOD = "from=2026-01&to=2026-03";
const at = (iso: string) => new Date(iso);

/** The charts by id. */
function charts(value: unknown): Record<string, ChartView> {
  return Object.fromEntries(body<Page>(value).charts.map((c) => [c.id, c]));
}

/** Table rows as `{label: [cells]}` (the page's formatted cells). */
function cells(chart: ChartView): Record<string, string[]> {
  return Object.fromEntries(chart.table.rows.map((r, i) => [r.label, chart.cells[i]!]));
}

/**
 * The SVG an `<img>` of the page loads, through its resource route with the viewer's cookie;
 * null when the page shows no image. Checks the answer is an SVG image the browser may keep.
 */
async function image(img: ChartImage | null, cookie: string, loader: typeof adminSvg = adminSvg) {
  if (!img) return null;
  const res = (await get(loader, img.src, { cookie })) as Response;
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
  expect(res.headers.get("Cache-Control")).toBe("private, max-age=31536000, immutable");
  const svg = await res.text();
  // The size the page reserves is the drawing's own.
  expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${img.width}"[^>]* height="${img.height}"`));
  return svg;
}

function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(","));
}

/** The first day (UTC) of the month `n` months after now's, `YYYY-MM-DD`, and its length in days. */
function monthAhead(n: number): { first: string; days: number } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 1));
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n + 1, 1));
  return { first: first.toISOString().slice(0, 10), days: Math.round((next.getTime() - first.getTime()) / 86_400_000) };
}

async function world() {
  // CNAO: seats 2, topics in two areas (Neoplasms C04, Infections C01). IEO: 1 seat, Neoplasms.
  const a = await createOpportunity({ centreSlug: "cnao", seats: 2 });
  const b = await createOpportunity({ centreSlug: "ieo", seats: 1 });
  await prisma.opportunityTopic.createMany({
    data: [
      { opportunityId: a.id, topicId: "lung-neoplasms" },
      { opportunityId: a.id, topicId: "sepsis" },
      { opportunityId: b.id, topicId: "breast-neoplasms" },
    ],
  });
  const coordinator = await createCoordinator("cnao", "Chiara Conti");
  const admin = await createUser({ roles: ["ADMIN"] });
  const amina = await createApplicant({ name: "Amina Okafor" }); // NG
  const bruno = await createApplicant({ name: "Bruno Díaz" });
  const chen = await createApplicant({ name: "Chen Wei" });
  await prisma.profile.update({ where: { userId: bruno.id }, data: { country: "PT" } });
  await prisma.profile.update({ where: { userId: chen.id }, data: { country: "CN" } });

  const mk = async (
    applicantId: string,
    opportunityId: string,
    status: "SUBMITTED" | "APPROVED" | "DECLINED" | "WITHDRAWN",
    submitted: string,
    decided: string | null = null,
    start = "2026-06-01",
    end = "2026-06-10",
  ) =>
    (
      await createRequest({
        applicantId,
        opportunityId,
        start,
        end,
        status,
        submittedAt: at(submitted),
        extra: { decidedAt: decided ? at(decided) : null },
      })
    ).id;
  const event = (
    requestId: string,
    action: string,
    createdAt: string,
    actorKind: "COORDINATOR" | "APPLICANT" = "COORDINATOR",
  ) => prisma.requestEvent.create({ data: { requestId, action, actorKind, createdAt: at(createdAt) } });

  // r1 (CNAO, NG): January, approved; first response (a message) after 1 day, decision after 4 days.
  const r1 = await mk(amina.id, a.id, "APPROVED", "2026-01-10T09:00:00Z", "2026-01-14T09:00:00Z");
  await event(r1, "submit", "2026-01-10T09:00:00Z", "APPLICANT");
  await event(r1, "message", "2026-01-11T09:00:00Z");
  await event(r1, "approve", "2026-01-14T09:00:00Z");
  // r2 (CNAO, PT): January, declined after 10 days, the decline being the first response.
  const r2 = await mk(bruno.id, a.id, "DECLINED", "2026-01-20T00:00:00Z", "2026-01-30T00:00:00Z");
  await event(r2, "decline", "2026-01-30T00:00:00Z");
  // r3 (CNAO, NG): February, still open; opening it is not a response.
  const r3 = await mk(amina.id, a.id, "SUBMITTED", "2026-02-05T12:00:00Z");
  await event(r3, "open", "2026-02-06T12:00:00Z");
  // r4 (CNAO, CN): the last half hour of March in UTC (1 April in Rome): March, withdrawn.
  await mk(chen.id, a.id, "WITHDRAWN", "2026-03-31T23:30:00Z");
  // r5 (IEO, PT): February, approved; request for information after 1 day, decision after 2.
  const r5 = await mk(bruno.id, b.id, "APPROVED", "2026-02-10T00:00:00Z", "2026-02-12T00:00:00Z");
  await event(r5, "request-info", "2026-02-11T00:00:00Z");
  // r6 (CNAO, NG): half an hour before the period starts: counted nowhere.
  await mk(amina.id, a.id, "DECLINED", "2025-12-31T23:30:00Z", "2026-01-02T00:00:00Z");
  // r7 (CNAO, CN): an approved stay of 10 days next month, submitted now (outside the period).
  const next = monthAhead(1);
  await mk(
    chen.id,
    a.id,
    "APPROVED",
    new Date().toISOString(),
    new Date().toISOString(),
    next.first,
    `${next.first.slice(0, 8)}10`,
  );

  // An event led by CNAO in February: 2 registered (1 attended), 1 on the waiting list.
  await prisma.event.create({
    data: {
      kind: "COURSE",
      status: "PUBLISHED",
      titleEn: '=HYPERLINK("http://evil.example")',
      titleIt: "Corso di adroterapia",
      descriptionEn: "Two days.",
      descriptionIt: "Due giorni.",
      startsAt: at("2026-02-15T09:00:00Z"),
      endsAt: at("2026-02-15T17:00:00Z"),
      city: "Pavia",
      languages: ["en"],
      capacity: 2,
      centres: { create: [{ centreId: a.centreId, lead: true }] },
      registrations: {
        create: [
          { userId: amina.id, status: "REGISTERED", attended: true },
          { userId: bruno.id, status: "REGISTERED" },
          { userId: chen.id, status: "WAITLISTED", position: 1 },
        ],
      },
    },
  });
  const names = Object.fromEntries(
    (
      await prisma.centre.findMany({ where: { slug: { in: ["cnao", "ieo"] } }, select: { slug: true, name: true } })
    ).map((c) => [c.slug, c.name]),
  );
  return { names, a, b, coordinator, admin: { cookie: await sessionCookie(admin.id) }, applicant: amina, next };
}

describe("the regional dashboard (admin)", () => {
  it("counts requests per month by outcome, in UTC months, with one bar per non-zero cell", async () => {
    const w = await world();
    const page = await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin.cookie });
    expect(status(page)).toBe(200);
    const months = charts(page).months;
    expect(months.table.columns).toEqual([
      "Approved",
      "Declined",
      "Awaiting decision",
      "Withdrawn",
      "Cancelled after approval",
      "Expired without decision",
    ]);
    // Jan: r1 approved, r2 declined; Feb: r5 approved, r3 open; Mar: r4 withdrawn (23:30 UTC on 31 March).
    expect(cells(months)).toEqual({
      "Jan 2026": ["1", "1", "0", "0", "0", "0"],
      "Feb 2026": ["1", "0", "1", "0", "0", "0"],
      "Mar 2026": ["0", "0", "0", "1", "0", "0"],
    });
    const svg = (await image(months.image, w.admin.cookie))!;
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-label="Requests per month by outcome. Requests submitted each month');
    expect(svg.match(/<rect/g)).toHaveLength(5); // five non-zero cells
    expect(svg).toContain("<title>Jan 2026, Approved: 1</title>");
    expect(svg).toContain("<title>Mar 2026, Withdrawn: 1</title>");
    expect(svg).not.toMatch(/<style|style="/);
  });

  it("counts applicants by country, names in the UI language, and draws one bar each", async () => {
    const w = await world();
    const page = await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin.cookie });
    const countries = charts(page).countries;
    // NG: Amina (r1, r3); PT: Bruno (r2, r5); CN: Chen (r4). r6 and r7 are outside the period.
    expect(countries.table.rows).toEqual([
      { label: "Nigeria", values: [1, 2], code: "NG" },
      { label: "Portugal", values: [1, 2], code: "PT" },
      { label: "China", values: [1, 1], code: "CN" },
    ]);
    const bars = (await image(countries.image, w.admin.cookie))!;
    expect(bars.match(/<rect/g)).toHaveLength(3);
    for (const name of ["Nigeria", "Portugal", "China"]) expect(bars).toContain(`>${name}</text>`);
    // The same numbers on a world map: the three countries shaded, each with its tooltip.
    expect(countries.map!.src).toMatch(/&chart=countries&map=1&v=/);
    const map = (await image(countries.map, w.admin.cookie))!;
    expect(map).toMatch(/^<svg[^>]*role="img"/);
    expect(map).toContain('aria-label="World map of applicants by country');
    expect(map).not.toMatch(/<style|style="/);
    const titled = [...map.matchAll(/<path[^>]*>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]).sort();
    expect(titled).toEqual(["China: 1", "Nigeria: 1", "Portugal: 1"]);

    const italian = await createUser({ roles: ["ADMIN"], locale: "it" });
    const itCookie = await sessionCookie(italian.id);
    const it = await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: itCookie });
    const itCountries = charts(it).countries;
    expect(itCountries.title).toBe("Candidati per paese");
    expect(itCountries.table.rows.map((r) => r.label)).toEqual(["Nigeria", "Portogallo", "Cina"]);
    expect(await image(itCountries.image, itCookie)).toContain(">Portogallo</text>");
    // Another language is another drawing, at another address (the browser keeps both).
    expect(itCountries.map!.src).not.toBe(countries.map!.src);
    const itMap = await image(itCountries.map, itCookie);
    expect(itMap).toContain("<title>Portogallo: 1</title>");
    expect(itMap).toContain('aria-label="Mappa del mondo dei candidati per paese');
    expect(cells(charts(it).months)["gen 2026"]).toEqual(["1", "1", "0", "0", "0", "0"]);
  });

  it("counts requests and approvals by top-level MeSH area", async () => {
    const w = await world();
    const areas = charts(await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin.cookie })).areas;
    // Neoplasms: r1–r4 (CNAO) and r5 (IEO), approved r1 and r5; Infections: r1–r4 (CNAO), approved r1.
    expect(areas.table.rows).toEqual([
      { label: "Neoplasms", values: [5, 2] },
      { label: "Infections", values: [4, 1] },
    ]);
    expect((await image(areas.image, w.admin.cookie))!.match(/<rect/g)).toHaveLength(4);
  });

  it("gives the median and 90th percentile of the time to first response and to decision per centre", async () => {
    const w = await world();
    const response = charts(await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin.cookie })).response;
    // CNAO: responses after 1 and 10 days → median 5.5, p90 1 + 0.9 × 9 = 9.1; decisions after
    // 4 and 10 days → median 7, p90 4 + 0.9 × 6 = 9.4 (r3, r4 have neither). IEO: 1 and 2 days.
    const byCentre = Object.fromEntries(response.table.rows.map((r) => [r.label, r.values]));
    expect(byCentre).toEqual({ [w.names.cnao!]: [5.5, 9.1, 7, 9.4], [w.names.ieo!]: [1, 1, 2, 2] });
    expect((await image(response.image, w.admin.cookie))!.match(/<circle/g)).toHaveLength(4);
  });

  it("shows next month's seat occupancy from approved stays", async () => {
    const w = await world();
    const occupancy = charts(
      await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin.cookie }),
    ).occupancy;
    expect(occupancy.table.columns).toHaveLength(6);
    // Opportunity A: 10 visitor-days next month over 2 seats × its days; B: nothing.
    const share = Math.round((10 / (2 * w.next.days)) * 1000) / 10;
    expect(occupancy.table.rows).toEqual([
      { label: "Test observership", values: [0, share, 0, 0, 0, 0] },
      { label: "Test observership", values: [0, 0, 0, 0, 0, 0] },
    ]);
    expect(occupancy.cells[0]![1]).toBe(`${Math.round(share)}%`);
    const drawn = (await image(occupancy.image, w.admin.cookie))!;
    expect(drawn.match(/<rect/g)).toHaveLength(12);
    // Two opportunities with one title are two rows, not one.
    expect(drawn.match(/>Test observership<\/text>/g)).toHaveLength(2);
  });

  it("counts event registrations, the waiting list and attendance", async () => {
    const w = await world();
    const events = charts(await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin.cookie })).events;
    expect(events.table.rows).toEqual([{ label: '=HYPERLINK("http://evil.example")', values: [2, 1, 1] }]);
    expect((await image(events.image, w.admin.cookie))!.match(/<rect/g)).toHaveLength(3);
    // A title with markup is text in the SVG, never markup.
    await prisma.event.updateMany({
      where: { titleEn: { startsWith: "=HYPERLINK" } },
      data: { titleEn: "<script>alert(1)</script> 1\u00a0000" },
    });
    const again = charts(await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin.cookie })).events;
    const escaped = await image(again.image, w.admin.cookie);
    expect(escaped).not.toContain("<script");
    expect(escaped).toContain("&lt;script&gt;");
    // Served as an XML image: a no-break space is a character (HTML's `&nbsp;` would break the image).
    expect(escaped).toContain("1\u00a0000");
    expect(escaped).not.toContain("&nbsp;");
  });

  it("downloads a chart's numbers as CSV, formulas neutralised", async () => {
    const w = await world();
    const res = (await get(adminCsv, `/admin/dashboard.csv?${PERIOD}&chart=countries`, {
      cookie: w.admin.cookie,
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    expect(csvRows(await res.text())).toEqual([
      ["Country", "Applicants", "Requests"],
      ["Nigeria", "1", "2"],
      ["Portugal", "1", "2"],
      ["China", "1", "1"],
    ]);
    const events = (await get(adminCsv, `/admin/dashboard.csv?${PERIOD}&chart=events`, {
      cookie: w.admin.cookie,
    })) as Response;
    const text = await events.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")",2,1,1`);
    const response = (await get(adminCsv, `/admin/dashboard.csv?${PERIOD}&chart=response`, {
      cookie: w.admin.cookie,
    })) as Response;
    expect(csvRows(await response.text()).slice(1)).toContainEqual([w.names.cnao, "5.5", "9.1", "7", "9.4"]);
    expect(status(await get(adminCsv, `/admin/dashboard.csv?${PERIOD}&chart=nope`, { cookie: w.admin.cookie }))).toBe(
      400,
    );
    expect(
      status(await get(adminCsv, `/admin/dashboard.csv?from=2026-13&chart=months`, { cookie: w.admin.cookie })),
    ).toBe(400);
  });

  it("filters by centre and answers a bad month with a field error, not a 500", async () => {
    const w = await world();
    const ieo = charts(await get(adminLoader, `/admin/dashboard?${PERIOD}&centre=ieo`, { cookie: w.admin.cookie }));
    expect(cells(ieo.months)).toEqual({
      "Jan 2026": ["0", "0", "0", "0", "0", "0"],
      "Feb 2026": ["1", "0", "0", "0", "0", "0"],
      "Mar 2026": ["0", "0", "0", "0", "0", "0"],
    });
    expect(ieo.events.table.rows).toEqual([]);
    expect(ieo.events.image).toBeNull();
    // Nothing to draw: no image on the page, and its address answers 404.
    expect(
      status(await get(adminSvg, `/admin/dashboard.svg?${PERIOD}&centre=ieo&chart=events`, { cookie: w.admin.cookie })),
    ).toBe(404);
    expect(status(await get(adminLoader, `/admin/dashboard?centre=nowhere`, { cookie: w.admin.cookie }))).toBe(404);
    const bad = await get(adminLoader, `/admin/dashboard?from=2026-13&to=2026-01`, { cookie: w.admin.cookie });
    expect(status(bad)).toBe(400);
    expect(body<Page>(bad).errors).toEqual({ from: "filters.invalidMonth" });
    const reversed = await get(adminLoader, `/admin/dashboard?from=2026-05&to=2026-01`, { cookie: w.admin.cookie });
    expect(body<Page>(reversed).errors).toEqual({ to: "filters.toBeforeFrom" });
  });
});

describe("a coordinator's dashboard", () => {
  it("covers only their centres; another centre is a 404, page and CSV", async () => {
    const w = await world();
    const page = await get(coordinatorLoader, `/coordinator/dashboard?${PERIOD}`, { cookie: w.coordinator.cookie });
    expect(status(page)).toBe(200);
    expect(body<Page>(page).centres.map((c) => c.slug)).toEqual(["cnao"]);
    // CNAO only: r5 (IEO) is not counted.
    expect(cells(charts(page).months)).toEqual({
      "Jan 2026": ["1", "1", "0", "0", "0", "0"],
      "Feb 2026": ["0", "0", "1", "0", "0", "0"],
      "Mar 2026": ["0", "0", "0", "1", "0", "0"],
    });
    expect(charts(page).countries.table.rows).toEqual([
      { label: "Nigeria", values: [1, 2], code: "NG" },
      { label: "China", values: [1, 1], code: "CN" },
      { label: "Portugal", values: [1, 1], code: "PT" },
    ]);
    expect(charts(page).response.table.rows.map((r) => r.label)).toEqual([w.names.cnao]);
    expect(charts(page).months.csvHref).toBe(`/coordinator/dashboard.csv?${PERIOD}&chart=months`);

    expect(
      status(await get(coordinatorLoader, `/coordinator/dashboard?centre=ieo`, { cookie: w.coordinator.cookie })),
    ).toBe(404);
    expect(
      status(
        await get(coordinatorCsv, `/coordinator/dashboard.csv?chart=months&centre=ieo`, {
          cookie: w.coordinator.cookie,
        }),
      ),
    ).toBe(404);
    const csv = (await get(coordinatorCsv, `/coordinator/dashboard.csv?${PERIOD}&chart=months`, {
      cookie: w.coordinator.cookie,
    })) as Response;
    expect(csvRows(await csv.text())[1]).toEqual(["Jan 2026", "1", "1", "0", "0", "0", "0"]);

    // The images: their own centres' drawing; another centre's is a 404 like the page.
    const months = charts(page).months.image!;
    expect(months.src).toMatch(new RegExp(`^/coordinator/dashboard\\.svg\\?${PERIOD}&chart=months&v=[\\w-]{16}$`));
    expect(await image(months, w.coordinator.cookie, coordinatorSvg)).toContain("<title>Jan 2026, Approved: 1</title>");
    const svgOf = (query: string) =>
      get(coordinatorSvg, `/coordinator/dashboard.svg?${query}`, { cookie: w.coordinator.cookie });
    expect(status(await svgOf(`${PERIOD}&chart=months&centre=ieo`))).toBe(404);
    expect(status(await svgOf(`${PERIOD}&chart=nope`))).toBe(400);
    expect(status(await svgOf(`from=2026-13&chart=months`))).toBe(400);
    // A map of anything but the countries: nothing to draw, 404.
    expect(status(await svgOf(`${PERIOD}&chart=months&map=1`))).toBe(404);
    // A link to an older version (the figures changed since) is served now, but not kept.
    const stale = (await svgOf(`${PERIOD}&chart=months&v=AAAAAAAAAAAAAAAA`)) as Response;
    expect(stale.status).toBe(200);
    expect(stale.headers.get("Cache-Control")).toBe("private, no-cache");
  });

  it("is closed to applicants and to the signed-out; the admin's is closed to coordinators", async () => {
    const w = await world();
    expect(status(await get(coordinatorLoader, "/coordinator/dashboard", { cookie: w.applicant.cookie }))).toBe(403);
    expect(status(await get(adminLoader, "/admin/dashboard", { cookie: w.applicant.cookie }))).toBe(403);
    expect(status(await get(adminLoader, "/admin/dashboard", { cookie: w.coordinator.cookie }))).toBe(403);
    expect(status(await get(adminCsv, "/admin/dashboard.csv?chart=months", { cookie: w.coordinator.cookie }))).toBe(
      403,
    );
    expect(
      status(await get(coordinatorCsv, "/coordinator/dashboard.csv?chart=months", { cookie: w.applicant.cookie })),
    ).toBe(403);
    expect(status(await get(adminSvg, "/admin/dashboard.svg?chart=months", { cookie: w.coordinator.cookie }))).toBe(
      403,
    );
    expect(
      status(await get(coordinatorSvg, "/coordinator/dashboard.svg?chart=months", { cookie: w.applicant.cookie })),
    ).toBe(403);
    expect(location(await get(adminSvg, "/admin/dashboard.svg?chart=months"))).toMatch(/^\/login/);
    const signedOut = await get(coordinatorLoader, "/coordinator/dashboard");
    expect(location(signedOut)).toMatch(/^\/login/);
  });
});

describe("numbers in the user's language", () => {
  it("groups thousands as Italians write them", () => {
    expect(formatValue(1234, "count", "it")).toBe("1.234");
    expect(formatValue(1234, "count", "en")).toBe("1,234");
    expect(formatValue(5.5, "days", "it")).toBe("5,5");
    expect(formatValue(37.5, "percent", "en")).toBe("38%");
    expect(formatValue(null, "days", "en")).toBe("–");
  });
});
