/**
 * Issue 19 part 5 (decision 0036): the example joint research proposals of the demo seed.
 * Proposed by the demo researcher, labelled as examples on the list and the page, hidden
 * where the installation hides examples (PONTE_EXAMPLES), and never contactable: expressing
 * interest is refused with 403 and a form error in the reader's language, nothing written,
 * no mail queued. Seeding twice creates nothing more.
 */
import { describe, expect, it } from "vitest";
import { loader as listLoader } from "~/routes/collaborations._index";
import { action as pageAction, loader as pageLoader } from "~/routes/collaborations.$id";
import { prisma } from "~/platform/db.server";
import { DEMO_RESEARCHER, seedDemoAccounts } from "../../../prisma/seed-demo";
import { exampleProposals } from "../../../prisma/data/proposals";
import { createUser, sessionCookie } from "../../factories/accounts";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { bodyOf, errorsOf } from "../catalogue/helpers";

/** Runs `fn` with PONTE_EXAMPLES set to `value`, then restores the test default. */
async function withExamples<T>(value: "show" | "hide", fn: () => Promise<T>): Promise<T> {
  const before = process.env.PONTE_EXAMPLES;
  process.env.PONTE_EXAMPLES = value;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.PONTE_EXAMPLES;
    else process.env.PONTE_EXAMPLES = before;
  }
}

type ListEntry = { id: string; title: string; proposerName: string; isExample: boolean };

async function seeded() {
  const first = await seedDemoAccounts(prisma);
  const rows = await prisma.collaborationProposal.findMany({
    where: { isExample: true },
    select: { id: true, seedKey: true, proposer: { select: { email: true } } },
    orderBy: { seedKey: "asc" },
  });
  return { first, rows };
}

describe("example collaboration proposals", () => {
  it("are seeded once, by the demo researcher", async () => {
    const { first, rows } = await seeded();
    expect(first.proposals).toBe(exampleProposals.length);
    expect(rows.map((r) => r.seedKey)).toEqual(exampleProposals.map((p) => p.key).sort());
    expect(new Set(rows.map((r) => r.proposer.email))).toEqual(new Set([DEMO_RESEARCHER]));
    expect((await seedDemoAccounts(prisma)).proposals).toBe(0);
    expect(await prisma.collaborationProposal.count()).toBe(exampleProposals.length);
  });

  it("are labelled as examples on the list and the page, in English and Italian", async () => {
    const { rows } = await seeded();
    const list = bodyOf(await callLoader(listLoader, "/collaborations")) as { proposals: ListEntry[] };
    expect(list.proposals).toHaveLength(exampleProposals.length);
    expect(list.proposals.every((p) => p.isExample && p.proposerName === "Demo Researcher")).toBe(true);

    const reader = await createUser({ roles: ["APPLICANT"], locale: "it" });
    const cookie = await sessionCookie(reader.id);
    const id = rows[0]!.id;
    const res = await callLoader(pageLoader, `/collaborations/${id}`, { params: { id }, headers: { Cookie: cookie } });
    expect((bodyOf(res) as { proposal: { isExample: boolean } }).proposal.isExample).toBe(true);
  });

  it("are hidden where the installation hides examples", async () => {
    const { rows } = await seeded();
    await withExamples("hide", async () => {
      const list = bodyOf(await callLoader(listLoader, "/collaborations")) as { proposals: ListEntry[] };
      expect(list.proposals).toEqual([]);
      const id = rows[0]!.id;
      const thrown = await thrownResponse(() => callLoader(pageLoader, `/collaborations/${id}`, { params: { id } }));
      expect(thrown.status).toBe(404);
    });
  });

  it("refuse an expression of interest with 403 and a form error, writing nothing", async () => {
    const { rows } = await seeded();
    const reader = await createUser({ roles: ["APPLICANT"], locale: "it" });
    const cookie = await sessionCookie(reader.id);
    const id = rows[0]!.id;
    const before = await prisma.notification.count();
    const res = await callAction(
      pageAction,
      `/collaborations/${id}`,
      { intent: "interest", message: "Vorrei partecipare." },
      { params: { id }, headers: { Cookie: cookie } },
    );
    expect(statusOf(res)).toBe(403);
    expect(errorsOf(res)[""]).toEqual(["collaborations:refusal.example"]);
    expect(await prisma.collaborationInterest.count()).toBe(0);
    expect(await prisma.notification.count()).toBe(before);
  });
});
