/**
 * Issue 19 part 4 and issue 17's "inbound vs outbound" (decision 0036): the dashboards'
 * "Inbound and outbound" section. A hand-made fixture of requests crossing Lombardy's border
 * both ways (and some that cross none); every figure is computed by hand in the comments and
 * checked in the loaders' tables, the SVGs and the CSV.
 */
import { describe, expect, it } from "vitest";
import { loader as adminLoader } from "~/routes/admin.dashboard";
import { loader as adminCsv } from "~/routes/admin.dashboard[.csv]";
import { loader as adminSvg } from "~/routes/admin.dashboard[.svg]";
import { loader as coordinatorLoader } from "~/routes/coordinator_.dashboard";
import { loader as coordinatorCsv } from "~/routes/coordinator_.dashboard[.csv]";
import { prisma } from "~/platform/db.server";
import type { ChartView } from "~/requests/dashboard";
import { createUser, sessionCookie } from "../../factories/accounts";
import { body, createApplicant, createCoordinator, get, status } from "../../factories/request-flow";
import { createOpportunity, createRequest } from "../../factories/requests";

const PERIOD = "from=2026-01&to=2026-03";

/** The "Inbound and outbound" charts by id. */
function flows(value: unknown): Record<string, ChartView> {
  return Object.fromEntries(body<{ flows: ChartView[] }>(value).flows.map((c) => [c.id, c]));
}

const rows = (chart: ChartView) => chart.table.rows;

async function world() {
  const centreId = async (slug: string) =>
    (await prisma.centre.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  // Lombardy: CNAO (Neoplasms and Infections), IEO (Neoplasms). Abroad: CERN (CH, Neoplasms),
  // HIT (DE, Infections), GSI (DE, Neoplasms).
  const cnao = await createOpportunity({ centreSlug: "cnao" });
  const ieo = await createOpportunity({ centreSlug: "ieo" });
  const cern = await createOpportunity({ centreSlug: "cern" });
  const hit = await createOpportunity({ centreSlug: "hit-heidelberg" });
  const gsi = await createOpportunity({ centreSlug: "gsi-darmstadt" });
  await prisma.opportunityTopic.createMany({
    data: [
      { opportunityId: cnao.id, topicId: "lung-neoplasms" },
      { opportunityId: cnao.id, topicId: "sepsis" },
      { opportunityId: ieo.id, topicId: "breast-neoplasms" },
      { opportunityId: cern.id, topicId: "lung-neoplasms" },
      { opportunityId: hit.id, topicId: "sepsis" },
      { opportunityId: gsi.id, topicId: "breast-neoplasms" },
    ],
  });
  const admin = await createUser({ roles: ["ADMIN"] });
  const amina = await createApplicant({ name: "Amina Okafor" }); // NG, no home centre
  const bruno = await createApplicant({ name: "Bruno Díaz" }); // PT, no home centre
  const lucia = await createApplicant({ name: "Lucia Ferri" }); // home centre CNAO
  const marco = await createApplicant({ name: "Marco Villa" }); // home centre IEO
  await prisma.profile.update({ where: { userId: bruno.id }, data: { country: "PT" } });
  await prisma.profile.update({ where: { userId: lucia.id }, data: { country: "IT", homeCentreId: cnao.centreId } });
  await prisma.profile.update({ where: { userId: marco.id }, data: { country: "IT", homeCentreId: ieo.centreId } });

  const mk = (
    applicantId: string,
    opportunityId: string,
    status: "SUBMITTED" | "APPROVED" | "DECLINED",
    submitted: string,
  ) =>
    createRequest({
      applicantId,
      opportunityId,
      start: "2026-06-01",
      end: "2026-06-10",
      status,
      submittedAt: new Date(submitted),
    });
  // Inbound: Amina → CNAO approved (Jan), → IEO open (Feb); Bruno → CNAO declined (Jan).
  await mk(amina.id, cnao.id, "APPROVED", "2026-01-10T09:00:00Z");
  await mk(amina.id, ieo.id, "SUBMITTED", "2026-02-10T09:00:00Z");
  await mk(bruno.id, cnao.id, "DECLINED", "2026-01-20T09:00:00Z");
  // Outbound: Lucia (CNAO) → CERN approved (Feb), → HIT open (Mar); Marco (IEO) → GSI approved (Jan).
  await mk(lucia.id, cern.id, "APPROVED", "2026-02-01T09:00:00Z");
  await mk(lucia.id, hit.id, "SUBMITTED", "2026-03-31T23:30:00Z");
  await mk(marco.id, gsi.id, "APPROVED", "2026-01-05T09:00:00Z");
  // Crossing no border: Lucia → CNAO (Lombardy to Lombardy), Bruno → CERN (abroad to abroad).
  await mk(lucia.id, cnao.id, "APPROVED", "2026-02-02T09:00:00Z");
  await mk(bruno.id, cern.id, "APPROVED", "2026-02-03T09:00:00Z");
  // Outside the period: Amina → CNAO half an hour before it starts, Marco → GSI in April.
  await mk(amina.id, cnao.id, "APPROVED", "2025-12-31T23:30:00Z");
  await mk(marco.id, gsi.id, "APPROVED", "2026-04-01T00:00:00Z");
  // A deleted account's request (no applicant any more) is in no direction.
  const gone = await mk(bruno.id, cnao.id, "APPROVED", "2026-01-15T09:00:00Z");
  await prisma.request.update({ where: { id: gone.id }, data: { applicantId: null } });

  return {
    admin: await sessionCookie(admin.id),
    cnaoCoordinator: await createCoordinator("cnao"),
    cernCoordinator: await createCoordinator("cern", "Clara Weiss"),
    cernId: await centreId("cern"),
  };
}

describe("inbound and outbound on the regional dashboard", () => {
  it("counts requests coming in by the applicant's country and going out by the partner's country", async () => {
    const w = await world();
    const page = await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: w.admin });
    expect(status(page)).toBe(200);
    const f = flows(page);
    expect(Object.keys(f)).toEqual(["inbound", "outbound", "flowAreas"]);
    // In: NG = Amina's CNAO (approved) and IEO (open); PT = Bruno's CNAO (declined). Bruno's
    // second CNAO request was "deleted" (no applicant), and his CERN request crosses no border.
    expect(rows(f.inbound!)).toEqual([
      { label: "Nigeria", values: [2, 1] },
      { label: "Portugal", values: [1, 0] },
    ]);
    expect(f.inbound!.table.columns).toEqual(["Requests", "Approved"]);
    expect(f.inbound!.table.rowHeader).toBe("Applicant's country");
    // Out: DE = Lucia's HIT (open, 23:30 UTC on 31 March) and Marco's GSI (approved; April's is
    // outside); CH = Lucia's CERN (approved). Lucia's CNAO request stays in Lombardy.
    expect(rows(f.outbound!)).toEqual([
      { label: "Germany", values: [2, 1] },
      { label: "Switzerland", values: [1, 1] },
    ]);
    expect(f.outbound!.table.rowHeader).toBe("Destination country");
    // Areas: in = CNAO ×2 (Neoplasms, Infections) + IEO (Neoplasms); out = CERN and GSI
    // (Neoplasms), HIT (Infections).
    expect(rows(f.flowAreas!)).toEqual([
      { label: "Neoplasms", values: [3, 2] },
      { label: "Infections", values: [2, 1] },
    ]);
    // The SVGs (each an image the page links): one bar per non-zero value, and nothing the site's CSP would refuse.
    const svgOf = async (chart: ChartView) => {
      const res = (await get(adminSvg, chart.image!.src, { cookie: w.admin })) as Response;
      expect(res.status).toBe(200);
      return res.text();
    };
    const [inbound, outbound, flowAreas] = await Promise.all([
      svgOf(f.inbound!),
      svgOf(f.outbound!),
      svgOf(f.flowAreas!),
    ]);
    expect(inbound.match(/<rect/g)).toHaveLength(3); // NG 2 and 1, PT 1
    expect(outbound.match(/<rect/g)).toHaveLength(4);
    expect(flowAreas.match(/<rect/g)).toHaveLength(4);
    expect(outbound).toMatch(/^<svg[^>]*role="img"/);
    expect(outbound).toContain('aria-label="Going abroad, by destination country.');
    expect(flowAreas).toContain("<title>Neoplasms, Going out: 2</title>");
    for (const svg of [inbound, outbound, flowAreas]) expect(svg).not.toMatch(/<style|style="/);
    expect(f.flowAreas!.legend).toEqual([
      { label: "Coming in", swatch: 0 },
      { label: "Going out", swatch: 1 },
    ]);
  });

  it("keeps a centre's own flows under the centre filter", async () => {
    const w = await world();
    // IEO hosts Amina's open request and is Marco's home centre.
    const ieo = flows(await get(adminLoader, `/admin/dashboard?${PERIOD}&centre=ieo`, { cookie: w.admin }));
    expect(rows(ieo.inbound!)).toEqual([{ label: "Nigeria", values: [1, 0] }]);
    expect(rows(ieo.outbound!)).toEqual([{ label: "Germany", values: [1, 1] }]);
    // CERN, a partner abroad: nobody comes in to it from abroad; Lucia's visit goes out to it.
    const cern = flows(await get(adminLoader, `/admin/dashboard?${PERIOD}&centre=cern`, { cookie: w.admin }));
    expect(rows(cern.inbound!)).toEqual([]);
    expect(cern.inbound!.image).toBeNull();
    expect(rows(cern.outbound!)).toEqual([{ label: "Switzerland", values: [1, 1] }]);
  });

  it("speaks Italian to an Italian admin", async () => {
    await world();
    const italian = await createUser({ roles: ["ADMIN"], locale: "it" });
    const f = flows(await get(adminLoader, `/admin/dashboard?${PERIOD}`, { cookie: await sessionCookie(italian.id) }));
    expect(f.outbound!.title).toBe("Verso l'estero, per paese di destinazione");
    expect(rows(f.outbound!).map((r) => r.label)).toEqual(["Germania", "Svizzera"]);
    expect(rows(f.inbound!).map((r) => r.label)).toEqual(["Nigeria", "Portogallo"]);
    expect(f.flowAreas!.table.columns).toEqual(["In entrata", "In uscita"]);
  });

  it("downloads each flow chart as CSV with the same numbers", async () => {
    const w = await world();
    const res = (await get(adminCsv, `/admin/dashboard.csv?${PERIOD}&chart=outbound`, { cookie: w.admin })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    const text = (await res.text()).replace(/^\uFEFF/, "").trim();
    expect(text.split("\r\n")).toEqual(["Destination country,Requests,Approved", "Germany,2,1", "Switzerland,1,1"]);
    const areas = (await get(adminCsv, `/admin/dashboard.csv?${PERIOD}&chart=flowAreas`, {
      cookie: w.admin,
    })) as Response;
    expect(
      (await areas.text())
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toEqual(["Therapeutic area,Coming in,Going out", "Neoplasms,3,2", "Infections,2,1"]);
  });
});

describe("inbound and outbound on a coordinator's dashboard", () => {
  it("shows requests received and the centre's own professionals going out", async () => {
    const w = await world();
    const f = flows(
      await get(coordinatorLoader, `/coordinator/dashboard?${PERIOD}`, { cookie: w.cnaoCoordinator.cookie }),
    );
    // Received at CNAO from abroad: Amina (approved), Bruno (declined). Lucia (home CNAO) went
    // to CERN (approved) and HIT (open); Marco is IEO's, not CNAO's.
    expect(rows(f.inbound!)).toEqual([
      { label: "Nigeria", values: [1, 1] },
      { label: "Portugal", values: [1, 0] },
    ]);
    // One request each: by country code (CH before DE).
    expect(rows(f.outbound!)).toEqual([
      { label: "Switzerland", values: [1, 1] },
      { label: "Germany", values: [1, 0] },
    ]);
    const csv = (await get(coordinatorCsv, `/coordinator/dashboard.csv?${PERIOD}&chart=inbound`, {
      cookie: w.cnaoCoordinator.cookie,
    })) as Response;
    expect(
      (await csv.text())
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toEqual(["Applicant's country,Requests,Approved", "Nigeria,1,1", "Portugal,1,0"]);
  });

  it("shows a partner abroad the Lombardy professionals it receives, and no other centre's", async () => {
    const w = await world();
    const f = flows(
      await get(coordinatorLoader, `/coordinator/dashboard?${PERIOD}`, { cookie: w.cernCoordinator.cookie }),
    );
    expect(rows(f.inbound!)).toEqual([]);
    expect(rows(f.outbound!)).toEqual([{ label: "Switzerland", values: [1, 1] }]);
    expect(rows(f.flowAreas!)).toEqual([{ label: "Neoplasms", values: [0, 1] }]);
    // Another centre's figures are out of scope, page and CSV alike.
    expect(
      status(
        await get(coordinatorLoader, `/coordinator/dashboard?${PERIOD}&centre=ieo`, {
          cookie: w.cernCoordinator.cookie,
        }),
      ),
    ).toBe(404);
  });
});
