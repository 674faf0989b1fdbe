/**
 * Allocation rounds (issue 17 part 1) through their loaders and actions with real Requests:
 * a round of 3 cohorts and 30 applicants end to end (create, apply, rank, run, proposal
 * checked stable here, confirm → approved and declined requests through the workflow, with
 * their audit events and e-mails delivered through the real Resend SDK to the stand-in);
 * two coordinators confirming at once (exactly one set of approvals); bad input (deadline
 * before the period ends, a programme ranked twice, ranking someone who did not apply, a
 * second confirmation, seats taken between run and confirm: nothing half-applied).
 */
import { describe, expect, it } from "vitest";
import { action as newAction } from "~/routes/coordinator_.rounds.new";
import { action as roundAction, loader as roundLoader } from "~/routes/coordinator_.rounds.$id";
import { action as applyAction, loader as applyLoader } from "~/routes/rounds.$id";
import { loader as openLoader } from "~/routes/rounds._index";
import { processOutbox } from "~/notifications/mail-worker.server";
import { addDays } from "~/platform/calendar";
import { dateFromIso, todayIso } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import type { Placement } from "~/requests/allocation";
import { createUser, sessionCookie } from "../../factories/accounts";
import { createOpportunity, createRequest } from "../../factories/requests";
import {
  body,
  createApplicant,
  createCoordinator,
  errorsOf,
  get,
  location,
  multipart,
  post,
  status,
  type SignedIn,
} from "../../factories/request-flow";
import { setUpResendStandIn } from "../notifications/helpers";

const resend = setUpResendStandIn();

const today = todayIso();
const day = (n: number) => addDays(today, n);

/** A CNAO opportunity with three cohorts (seats 4, 6, 8) starting in two months. */
async function cohorts() {
  return createOpportunity({
    centreSlug: "cnao",
    seats: 10,
    cohorts: [
      { key: "spring", start: day(60), end: day(70), seats: 4 },
      { key: "summer", start: day(90), end: day(100), seats: 6 },
      { key: "autumn", start: day(120), end: day(130), seats: 8 },
    ],
  });
}

function roundForm(cohortIds: string[], over: Record<string, string> = {}) {
  return multipart({
    name: "Carbon-ion cohorts 2027",
    applicationStart: today,
    applicationEnd: day(5),
    rankingDeadline: day(10),
    maxChoices: "3",
    declineMessageEn: "We could not offer you a place in this round.",
    declineMessageIt: "Non è stato possibile offrirLe un posto in questo turno.",
    cohortIds,
    ...over,
  });
}

async function openRound(coordinator: SignedIn, cohortIds: string[]): Promise<string> {
  const res = await post(newAction, "/coordinator/rounds/new", roundForm(cohortIds), { cookie: coordinator.cookie });
  const to = location(res);
  expect(to, JSON.stringify(body(res))).toMatch(/^\/coordinator\/rounds\/[a-z0-9]+$/);
  return to!.split("/").pop()!;
}

const apply = (
  id: string,
  who: SignedIn,
  choices: string[],
  motivation = "I would like to learn carbon-ion planning.",
) =>
  post(
    applyAction,
    `/rounds/${id}`,
    multipart({ motivation, ...Object.fromEntries(choices.map((c, i) => [`choices[${i}]`, c])) }),
    {
      cookie: who.cookie,
      params: { id },
    },
  );

const staffAct = (id: string, who: SignedIn, fields: Record<string, string>) =>
  post(roundAction, `/coordinator/rounds/${id}`, multipart(fields), { cookie: who.cookie, params: { id } });

function rankForm(programmeId: string, entries: { applicationId: string; position: string }[]) {
  const fields: Record<string, string> = { intent: "rank", programmeId };
  entries.forEach((e, i) => {
    fields[`entries[${i}].applicationId`] = e.applicationId;
    fields[`entries[${i}].position`] = e.position;
  });
  return fields;
}

/** Moves the round's dates into the past: applications closed, ranking deadline yesterday. */
async function passDeadline(id: string) {
  await prisma.allocationRound.update({
    where: { id },
    data: {
      applicationStart: dateFromIso(day(-20)),
      applicationEnd: dateFromIso(day(-10)),
      rankingDeadline: dateFromIso(day(-1)),
    },
  });
}

/** mulberry32: the same "random" round every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle<T>(xs: T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

type StaffView = {
  round: { phase: string };
  programmes: { id: string; seats: number; applicants: { applicationId: string; name: string; choice: number }[] }[];
  proposal: (Placement & { name: string })[] | null;
};

/** Stability of `placements` against the stored preferences and rankings (no blocking pair, capacities kept). */
async function assertStable(roundId: string, placements: Placement[], capacities: Record<string, number>) {
  const apps = await prisma.allocationApplication.findMany({
    where: { roundId },
    select: { id: true, choices: { select: { programmeId: true, rank: true } } },
  });
  const rankings = await prisma.allocationRanking.findMany({
    where: { programme: { roundId } },
    select: { programmeId: true, applicationId: true, position: true },
  });
  const pos = (p: string, a: string) =>
    rankings.find((r) => r.programmeId === p && r.applicationId === a)?.position ?? null;
  const placed = new Map(placements.map((p) => [p.applicantId, p.programmeId]));
  const members = (p: string) => placements.filter((x) => x.programmeId === p).map((x) => x.applicantId);
  for (const [p, cap] of Object.entries(capacities)) {
    expect(members(p).length).toBeLessThanOrEqual(cap);
    for (const a of members(p)) expect(pos(p, a)).not.toBeNull();
  }
  for (const a of apps) {
    const mine = placed.get(a.id);
    const myRank = mine ? a.choices.find((c) => c.programmeId === mine)!.rank : Infinity;
    for (const c of a.choices) {
      if (c.rank >= myRank) continue;
      const r = pos(c.programmeId, a.id);
      if (r === null) continue;
      const held = members(c.programmeId);
      // A programme the applicant prefers and that accepts them is full with better-ranked applicants.
      expect(held.length).toBe(capacities[c.programmeId]);
      for (const x of held) expect(pos(c.programmeId, x)!).toBeLessThan(r);
    }
  }
}

describe("an allocation round end to end", () => {
  it("3 cohorts, 30 applicants: apply, rank, run (stable), confirm into approvals and declines with mails", async () => {
    resend.use();
    const opp = await cohorts();
    const coordinator = await createCoordinator("cnao");
    const id = await openRound(coordinator, Object.values(opp.cohortIds));

    // The round is listed as open and on its page.
    const open = body<{ rounds: { id: string }[] }>(await get(openLoader, "/rounds"));
    expect(open.rounds.map((r) => r.id)).toContain(id);
    const programmes = (
      await prisma.allocationProgramme.findMany({ where: { roundId: id }, select: { id: true } })
    ).map((p) => p.id);
    expect(programmes).toHaveLength(3);

    const random = rng(17);
    const applicants: SignedIn[] = [];
    for (let i = 0; i < 30; i++) {
      const a = await createApplicant({ name: `Applicant ${String(i).padStart(2, "0")}` });
      if (i % 3 === 0) await prisma.user.update({ where: { id: a.id }, data: { locale: "it" } });
      applicants.push(a);
      const k = 1 + Math.floor(random() * 3);
      expect(location(await apply(id, a, shuffle(programmes, random).slice(0, k)))).toBe(`/rounds/${id}?done=saved`);
    }

    // Each programme ranks its applicants; about one in eight is unacceptable.
    let view = body<StaffView>(
      await get(roundLoader, `/coordinator/rounds/${id}`, { cookie: coordinator.cookie, params: { id } }),
    );
    for (const p of view.programmes) {
      const order = shuffle(p.applicants, random);
      const entries = order.map((a, i) => ({
        applicationId: a.applicationId,
        position: random() < 0.125 ? "unacceptable" : String(i + 1),
      }));
      expect(location(await staffAct(id, coordinator, rankForm(p.id, entries)))).toBe(
        `/coordinator/rounds/${id}?done=ranked`,
      );
    }

    // Not before the deadline.
    expect(status(await staffAct(id, coordinator, { intent: "run" }))).toBe(409);
    await passDeadline(id);
    expect(location(await staffAct(id, coordinator, { intent: "run" }))).toBe(
      `/coordinator/rounds/${id}?done=run#proposal`,
    );
    view = body<StaffView>(
      await get(roundLoader, `/coordinator/rounds/${id}`, { cookie: coordinator.cookie, params: { id } }),
    );
    expect(view.round.phase).toBe("proposed");
    const proposal = view.proposal!;
    expect(proposal).toHaveLength(30);
    const stored = (await prisma.allocationRound.findUniqueOrThrow({ where: { id } })).proposal as {
      capacities: Record<string, number>;
    };
    expect(Object.values(stored.capacities).sort()).toEqual([4, 6, 8]);
    await assertStable(id, proposal, stored.capacities);
    const placed = proposal.filter((p) => p.programmeId);
    expect(placed.length).toBeGreaterThan(10);
    // Nothing is sent before confirmation.
    expect(await prisma.request.count({ where: { allocationRoundId: id } })).toBe(0);

    expect(location(await staffAct(id, coordinator, { intent: "confirm" }))).toBe(
      `/coordinator/rounds/${id}?done=confirmed`,
    );
    const choices = await prisma.allocationChoice.count({ where: { application: { roundId: id } } });
    const requests = await prisma.request.findMany({
      where: { allocationRoundId: id },
      select: {
        id: true,
        status: true,
        applicantId: true,
        cohortId: true,
        declineReason: true,
        events: { select: { action: true } },
      },
    });
    expect(requests).toHaveLength(choices);
    const approved = requests.filter((r) => r.status === "APPROVED");
    expect(approved).toHaveLength(placed.length);
    expect(requests.filter((r) => r.status === "DECLINED")).toHaveLength(choices - placed.length);
    // Each approval is the proposal's placement; every request went through submit, open, approve/decline.
    const cohortOf = new Map(
      (await prisma.allocationProgramme.findMany({ where: { roundId: id }, select: { id: true, cohortId: true } })).map(
        (p) => [p.id, p.cohortId],
      ),
    );
    const apps = await prisma.allocationApplication.findMany({
      where: { roundId: id },
      select: { id: true, applicantId: true },
    });
    const applicantOf = new Map(apps.map((a) => [a.id, a.applicantId]));
    expect(new Set(approved.map((r) => `${r.applicantId}:${r.cohortId}`))).toEqual(
      new Set(placed.map((p) => `${applicantOf.get(p.applicantId)}:${cohortOf.get(p.programmeId!)}`)),
    );
    for (const r of requests) {
      expect(r.events.map((e) => e.action).sort()).toEqual(
        ["open", "submit", r.status === "APPROVED" ? "approve" : "decline"].sort(),
      );
    }
    const italian = new Set(applicants.filter((_, i) => i % 3 === 0).map((a) => a.id));
    for (const r of requests.filter((x) => x.status === "DECLINED")) {
      expect(r.declineReason).toBe(
        italian.has(r.applicantId!)
          ? "Non è stato possibile offrirLe un posto in questo turno."
          : "We could not offer you a place in this round.",
      );
    }
    // Seats: no cohort over its seats.
    for (const c of Object.values(opp.cohortIds)) {
      const seats = (await prisma.cohort.findUniqueOrThrow({ where: { id: c } })).seats;
      expect(approved.filter((r) => r.cohortId === c).length).toBeLessThanOrEqual(seats);
    }

    // Mails: one approval per placement, one decline per other choice, nothing else; delivered to the stand-in.
    const kinds = (await prisma.notification.findMany({ select: { kind: true } })).map((n) => n.kind);
    expect(kinds.filter((k) => k === "request-approved")).toHaveLength(placed.length);
    expect(kinds.filter((k) => k === "request-declined")).toHaveLength(choices - placed.length);
    expect(kinds.filter((k) => k !== "request-approved" && k !== "request-declined")).toEqual([]);
    await processOutbox();
    expect(resend.standIn.emails).toHaveLength(choices);
    const first = approved[0];
    const mailTo = applicants.find((a) => a.id === first.applicantId)!.email;
    expect(resend.standIn.emails.some((m) => m.to[0] === mailTo)).toBe(true);

    // The applicant sees their approval and reasons.
    const who = applicants.find((a) => a.id === first.applicantId)!;
    const mine = body<{ outcome: Placement; requests: { status: string }[] }>(
      await get(applyLoader, `/rounds/${id}`, { cookie: who.cookie, params: { id } }),
    );
    expect(mine.outcome.programmeId).not.toBeNull();
    expect(mine.requests.map((r) => r.status)).toContain("APPROVED");

    // A second confirmation is refused and changes nothing.
    expect(status(await staffAct(id, coordinator, { intent: "confirm" }))).toBe(409);
    expect(status(await staffAct(id, coordinator, { intent: "run" }))).toBe(409);
    expect(await prisma.request.count({ where: { allocationRoundId: id } })).toBe(choices);
  }, 480_000);
});

/** A small round, run: 3 applicants for two cohorts, everyone ranked. */
async function proposedRound() {
  const opp = await cohorts();
  const coordinator = await createCoordinator("cnao");
  const id = await openRound(coordinator, [opp.cohortIds.spring, opp.cohortIds.summer]);
  const programmes = (
    await prisma.allocationProgramme.findMany({ where: { roundId: id }, select: { id: true, cohortId: true } })
  ).sort((a, b) => (a.cohortId === opp.cohortIds.spring ? -1 : b.cohortId === opp.cohortIds.spring ? 1 : 0));
  const applicants: SignedIn[] = [];
  for (let i = 0; i < 3; i++) {
    const a = await createApplicant({ name: `Small ${i}` });
    applicants.push(a);
    expect(
      location(
        await apply(
          id,
          a,
          programmes.map((p) => p.id),
        ),
      ),
    ).toBe(`/rounds/${id}?done=saved`);
  }
  const apps = await prisma.allocationApplication.findMany({
    where: { roundId: id },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  for (const p of programmes) {
    const entries = apps.map((a, i) => ({ applicationId: a.id, position: String(i + 1) }));
    expect(location(await staffAct(id, coordinator, rankForm(p.id, entries)))).toBe(
      `/coordinator/rounds/${id}?done=ranked`,
    );
  }
  await passDeadline(id);
  expect(location(await staffAct(id, coordinator, { intent: "run" }))).toBe(
    `/coordinator/rounds/${id}?done=run#proposal`,
  );
  return { opp, coordinator, id, programmes, applicants, apps };
}

describe("confirming at the same moment", () => {
  it("two coordinators confirm at once: one wins, one set of approvals", async () => {
    const { id, opp } = await proposedRound();
    const colleague = await createCoordinator("cnao", "Marco Bassi");
    const first = await createCoordinator("cnao", "Chiara Rossi");
    const results = await Promise.all([
      staffAct(id, first, { intent: "confirm" }),
      staffAct(id, colleague, { intent: "confirm" }),
    ]);
    const codes = results.map((r) => (location(r) ? 302 : status(r))).sort();
    expect(codes).toEqual([302, 409]);
    // 3 applicants × 2 choices; spring has 4 seats, so all three are placed in their first choice.
    expect(await prisma.request.count({ where: { allocationRoundId: id } })).toBe(6);
    expect(await prisma.request.count({ where: { allocationRoundId: id, status: "APPROVED" } })).toBe(3);
    expect(await prisma.request.count({ where: { cohortId: opp.cohortIds.spring, status: "APPROVED" } })).toBe(3);
    expect(await prisma.notification.count({ where: { kind: "request-approved" } })).toBe(3);
  }, 120_000);
});

describe("bad input", () => {
  it("a ranking deadline before the application period ends is a field error", async () => {
    const opp = await cohorts();
    const coordinator = await createCoordinator("cnao");
    const res = await post(
      newAction,
      "/coordinator/rounds/new",
      roundForm([opp.cohortIds.spring], { rankingDeadline: day(3) }),
      { cookie: coordinator.cookie },
    );
    expect(status(res)).toBe(400);
    expect(errorsOf(res).rankingDeadline).toEqual(["rounds:validation.deadlineBeforeEnd"]);
    expect(await prisma.allocationRound.count()).toBe(0);
  });

  it("a coordinator cannot put another centre's cohort in a round", async () => {
    const opp = await cohorts();
    const outsider = await createCoordinator("ieo", "Olga Outsider");
    const res = await post(newAction, "/coordinator/rounds/new", roundForm([opp.cohortIds.spring]), {
      cookie: outsider.cookie,
    });
    expect(status(res)).toBe(400);
    expect(errorsOf(res).cohortIds).toEqual(["rounds:validation.cohorts"]);
  });

  it("an applicant ranking a programme twice gets a field error on the repeat", async () => {
    const opp = await cohorts();
    const coordinator = await createCoordinator("cnao");
    const id = await openRound(coordinator, [opp.cohortIds.spring, opp.cohortIds.summer]);
    const [p] = await prisma.allocationProgramme.findMany({ where: { roundId: id }, select: { id: true } });
    const applicant = await createApplicant();
    const res = await apply(id, applicant, [p.id, p.id]);
    expect(status(res)).toBe(400);
    expect(errorsOf(res)["choices[1]"]).toEqual(["rounds:validation.choiceTwice"]);
    expect(await prisma.allocationApplication.count()).toBe(0);
  });

  it("ranking someone who did not apply is refused (409) and nothing is saved", async () => {
    const { id } = await proposedRound().then(async (r) => {
      // A fresh round still open for ranking: reopen the dates.
      await prisma.allocationRound.update({
        where: { id: r.id },
        data: {
          state: "RANKING",
          proposal: undefined,
          applicationStart: dateFromIso(day(-5)),
          applicationEnd: dateFromIso(day(-1)),
          rankingDeadline: dateFromIso(day(5)),
        },
      });
      return r;
    });
    const coordinator = await createCoordinator("cnao", "Paola Neri");
    const other = await createApplicant({ name: "Not Applied" });
    const programmes = await prisma.allocationProgramme.findMany({ where: { roundId: id }, select: { id: true } });
    // An application to this round, but only to the first programme.
    const foreign = await prisma.allocationApplication.create({
      data: {
        roundId: id,
        applicantId: other.id,
        motivation: "x",
        choices: { create: [{ programmeId: programmes[0].id, rank: 1 }] },
      },
    });
    const before = await prisma.allocationRanking.count({ where: { programmeId: programmes[1].id } });
    const res = await staffAct(
      id,
      coordinator,
      rankForm(programmes[1].id, [{ applicationId: foreign.id, position: "1" }]),
    );
    expect(status(res)).toBe(409);
    expect(await prisma.allocationRanking.count({ where: { programmeId: programmes[1].id } })).toBe(before);
    // Two applicants on one position is a field error.
    const apps = await prisma.allocationChoice.findMany({
      where: { programmeId: programmes[1].id },
      select: { applicationId: true },
    });
    const twice = await staffAct(
      id,
      coordinator,
      rankForm(
        programmes[1].id,
        apps.slice(0, 2).map((a) => ({ applicationId: a.applicationId, position: "1" })),
      ),
    );
    expect(status(twice)).toBe(400);
    expect(errorsOf(twice)["entries[1].position"]).toEqual(["rounds:validation.positionTwice"]);
  }, 120_000);

  it("a coordinator of another centre cannot see, rank, run or confirm the round (404)", async () => {
    const { id } = await proposedRound();
    const outsider = await createCoordinator("ieo", "Olga Outsider");
    expect(
      status(await get(roundLoader, `/coordinator/rounds/${id}`, { cookie: outsider.cookie, params: { id } })),
    ).toBe(404);
    expect(status(await staffAct(id, outsider, { intent: "run" }))).toBe(404);
    expect(status(await staffAct(id, outsider, { intent: "confirm" }))).toBe(404);
    expect(await prisma.request.count()).toBe(0);
  }, 120_000);

  it("seats taken between run and confirm: 409, nothing half-applied, the round stays proposed", async () => {
    const { id, coordinator, opp } = await proposedRound();
    // Spring (4 seats) fills up through ordinary requests approved after the run.
    for (let i = 0; i < 4; i++) {
      const a = await createUser({ name: `Walk-in ${i}` });
      await createRequest({
        applicantId: a.id,
        opportunityId: opp.id,
        cohortId: opp.cohortIds.spring,
        start: day(60),
        end: day(70),
        status: "APPROVED",
      });
    }
    const res = await staffAct(id, coordinator, { intent: "confirm" });
    expect(status(res)).toBe(409);
    expect(await prisma.request.count({ where: { allocationRoundId: id } })).toBe(0);
    expect(await prisma.requestEvent.count()).toBe(0);
    expect(await prisma.notification.count()).toBe(0);
    expect((await prisma.allocationRound.findUniqueOrThrow({ where: { id } })).state).toBe("PROPOSED");
    // Run again: spring has no seats left, everyone goes to summer.
    expect(location(await staffAct(id, coordinator, { intent: "run" }))).toBe(
      `/coordinator/rounds/${id}?done=run#proposal`,
    );
    expect(location(await staffAct(id, coordinator, { intent: "confirm" }))).toBe(
      `/coordinator/rounds/${id}?done=confirmed`,
    );
    expect(
      await prisma.request.count({
        where: { allocationRoundId: id, status: "APPROVED", cohortId: opp.cohortIds.summer },
      }),
    ).toBe(3);
  }, 120_000);

  it("applying after the period is a 409 in the user's language; an admin may run a regional round", async () => {
    const { id, applicants } = await proposedRound();
    const res = await apply(id, applicants[0], []);
    expect([400, 409]).toContain(status(res));
    const late = await apply(id, applicants[0], [
      (await prisma.allocationProgramme.findFirstOrThrow({ where: { roundId: id } })).id,
    ]);
    expect(status(late)).toBe(409);
    const admin = await createUser({ name: "Ada Admin", roles: ["ADMIN"] });
    const cookie = await sessionCookie(admin.id);
    expect(status(await get(roundLoader, `/coordinator/rounds/${id}`, { cookie, params: { id } }))).toBe(200);
  }, 120_000);
});
