/**
 * Allocation rounds (issue 17 part 1; decision 0040): the database side. A coordinator opens
 * a round for cohorts of their centre (an admin: a regional round across centres);
 * applicants apply and rank up to N programmes; each programme's coordinators rank its
 * applicants (or mark them unacceptable); after the ranking deadline the round is run
 * (app/requests/allocation.ts, deferred acceptance) and its proposal stored; confirming it
 * turns every choice into a real cohort Request that is approved (the placement) or declined
 * with the round's message, through the request workflow (`performMoveIn`), so audit
 * events, seat checks and e-mails are the workflow's own.
 *
 * Who may do what is in each query's `where` (`staffRoundWhere`, `programmeWhere`), never a
 * check after loading. Refusals are `RoundRefusal` values with an HTTP status; nothing is
 * half-written (one transaction per write).
 */
import type { Prisma } from "~/generated/prisma/client";
import { kickOutbox } from "~/notifications/outbox.server";
import { isoDateOfInstant, type IsoDate } from "~/platform/calendar";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import { prisma, TRANSACTION_OPTIONS } from "~/platform/db.server";
import type { Staff } from "~/accounts/staff.server";
import { allocate, type Placement } from "./allocation";
import { recordSubmission, type Tx } from "./apply.server";
import { startClock } from "./clock";
import { roundPhase, type ApplicationInput, type RankingEntry, type RoundInput, type RoundPhase } from "./rounds";
import { performMoveIn, writeMoveEffects } from "./workflow.server";

/** A refused round write: `status` is the HTTP status, `code` an i18n key under `rounds:errors.`. */
export interface RoundRefusal {
  ok: false;
  status: 404 | 409;
  code: string;
}

const refuse = (status: 404 | 409, code: string): RoundRefusal => ({ ok: false, status, code });

/** The proposal stored on a run round: each applicant's placement (`applicantId` = application id) and the seats used. */
export interface StoredProposal {
  placements: Placement[];
  capacities: Record<string, number>;
}

// ─── Scopes ─────────────────────────────────────────────────────────────────

/** Programmes the staff member ranks: those of their centres' opportunities (admin: all). */
function programmeWhere(staff: Staff): Prisma.AllocationProgrammeWhereInput {
  return staff.isAdmin ? {} : { cohort: { opportunity: { centre: { coordinators: { some: { userId: staff.id } } } } } };
}

/** Rounds the staff member sees: their centre's, or with one of their programmes (admin: all). */
function staffRoundWhere(staff: Staff): Prisma.AllocationRoundWhereInput {
  if (staff.isAdmin) return {};
  return {
    OR: [{ centre: { coordinators: { some: { userId: staff.id } } } }, { programmes: { some: programmeWhere(staff) } }],
  };
}

/** Rounds the staff member runs and confirms: their centre's round; a regional round only as admin. */
function runnerWhere(staff: Staff): Prisma.AllocationRoundWhereInput {
  return staff.isAdmin ? {} : { centre: { coordinators: { some: { userId: staff.id } } } };
}

// ─── Creating a round ───────────────────────────────────────────────────────

/** A cohort that a round may include: not started yet, of a published opportunity the staff member manages. */
export async function listOfferableCohorts(staff: Staff, today: IsoDate) {
  const rows = await prisma.cohort.findMany({
    where: {
      startDate: { gt: dateFromIso(today) },
      opportunity: {
        status: "PUBLISHED",
        ...(staff.isAdmin ? {} : { centre: { coordinators: { some: { userId: staff.id } } } }),
      },
    },
    select: {
      id: true,
      name: true,
      startDate: true,
      endDate: true,
      seats: true,
      opportunity: { select: { titleEn: true, titleIt: true, centreId: true, centre: { select: { name: true } } } },
    },
    orderBy: [{ opportunity: { centre: { name: "asc" } } }, { startDate: "asc" }],
    take: 500,
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    start: isoFromDate(c.startDate),
    end: isoFromDate(c.endDate),
    seats: c.seats,
    centreId: c.opportunity.centreId,
    centreName: c.opportunity.centre.name,
    titleEn: c.opportunity.titleEn,
    titleIt: c.opportunity.titleIt,
  }));
}

/**
 * Creates a round for validated input (cohorts already checked against `listOfferableCohorts`).
 * A coordinator's round belongs to the centre of its cohorts (they must share one: else 409
 * "oneCentre"); an admin's round is regional (no centre).
 */
export async function createRound(
  staff: Staff,
  input: RoundInput,
  offered: { id: string; centreId: string }[],
): Promise<{ ok: true; id: string } | RoundRefusal> {
  const centres = new Set(offered.filter((c) => input.cohortIds.includes(c.id)).map((c) => c.centreId));
  if (!staff.isAdmin && centres.size !== 1) return refuse(409, "oneCentre");
  const round = await prisma.allocationRound.create({
    data: {
      centreId: staff.isAdmin ? null : [...centres][0],
      createdById: staff.id,
      name: input.name,
      applicationStart: dateFromIso(input.applicationStart),
      applicationEnd: dateFromIso(input.applicationEnd),
      rankingDeadline: dateFromIso(input.rankingDeadline),
      maxChoices: input.maxChoices,
      declineMessageEn: input.declineMessageEn,
      declineMessageIt: input.declineMessageIt,
      programmes: { create: input.cohortIds.map((cohortId) => ({ cohortId })) },
    },
    select: { id: true },
  });
  return { ok: true, id: round.id };
}

// ─── Reading ────────────────────────────────────────────────────────────────

const programmeSelect = {
  id: true,
  cohort: {
    select: {
      id: true,
      name: true,
      startDate: true,
      endDate: true,
      seats: true,
      opportunity: {
        select: { id: true, titleEn: true, titleIt: true, centre: { select: { name: true, nameIt: true } } },
      },
    },
  },
} satisfies Prisma.AllocationProgrammeSelect;

type ProgrammeRow = Prisma.AllocationProgrammeGetPayload<{ select: typeof programmeSelect }>;

function programmeView(p: ProgrammeRow, language: string) {
  const it = language === "it";
  return {
    id: p.id,
    cohortName: p.cohort.name,
    opportunityId: p.cohort.opportunity.id,
    title: it ? p.cohort.opportunity.titleIt : p.cohort.opportunity.titleEn,
    centreName: it ? p.cohort.opportunity.centre.nameIt : p.cohort.opportunity.centre.name,
    start: isoFromDate(p.cohort.startDate),
    end: isoFromDate(p.cohort.endDate),
    seats: p.cohort.seats,
  };
}

const roundSelect = {
  id: true,
  centreId: true,
  name: true,
  applicationStart: true,
  applicationEnd: true,
  rankingDeadline: true,
  maxChoices: true,
  declineMessageEn: true,
  declineMessageIt: true,
  state: true,
  proposal: true,
  centre: { select: { name: true, nameIt: true } },
} satisfies Prisma.AllocationRoundSelect;

type RoundRow = Prisma.AllocationRoundGetPayload<{ select: typeof roundSelect }>;

function roundView(r: RoundRow, today: IsoDate, language: string) {
  const dates = {
    applicationStart: isoFromDate(r.applicationStart),
    applicationEnd: isoFromDate(r.applicationEnd),
    rankingDeadline: isoFromDate(r.rankingDeadline),
  };
  return {
    id: r.id,
    name: r.name,
    regional: r.centreId === null,
    centreName: r.centre ? (language === "it" ? r.centre.nameIt : r.centre.name) : null,
    ...dates,
    maxChoices: r.maxChoices,
    phase: roundPhase({ state: r.state, ...dates }, today) as RoundPhase,
  };
}

/** The staff member's rounds, newest first. */
export async function listStaffRounds(staff: Staff, today: IsoDate, language: string) {
  const rows = await prisma.allocationRound.findMany({
    where: staffRoundWhere(staff),
    select: { ...roundSelect, _count: { select: { applications: true, programmes: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map((r) => ({
    ...roundView(r, today, language),
    applications: r._count.applications,
    programmes: r._count.programmes,
  }));
}

/**
 * A round as its staff see it: programmes (with `mine`: the staff member ranks it), each
 * programme's applicants with their choice number and current ranking position, whether the
 * staff member may run and confirm it, and the proposal with applicant names.
 * @returns null when the round is outside the staff member's scope (404).
 */
export async function getStaffRound(staff: Staff, id: string, today: IsoDate, language: string) {
  const round = await prisma.allocationRound.findFirst({
    where: { id, ...staffRoundWhere(staff) },
    select: {
      ...roundSelect,
      programmes: { select: programmeSelect, orderBy: { cohort: { startDate: "asc" } } },
      applications: {
        select: {
          id: true,
          motivation: true,
          applicant: { select: { name: true } },
          choices: { select: { programmeId: true, rank: true }, orderBy: { rank: "asc" } },
          rankings: { select: { programmeId: true, position: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!round) return null;
  const [mine, runner] = await Promise.all([
    prisma.allocationProgramme.findMany({ where: { roundId: id, ...programmeWhere(staff) }, select: { id: true } }),
    prisma.allocationRound.count({ where: { id, ...runnerWhere(staff) } }),
  ]);
  const mineIds = new Set(mine.map((p) => p.id));
  const programmes = round.programmes.map((p) => ({
    ...programmeView(p, language),
    mine: mineIds.has(p.id),
    applicants: round.applications
      .filter((a) => a.choices.some((c) => c.programmeId === p.id))
      .map((a) => ({
        applicationId: a.id,
        name: a.applicant.name,
        motivation: a.motivation,
        choice: a.choices.find((c) => c.programmeId === p.id)!.rank,
        ranking: a.rankings.find((r) => r.programmeId === p.id) ?? null,
      }))
      .map(({ ranking, ...a }) => ({
        ...a,
        ranked: ranking !== null,
        position: ranking?.position ?? null,
      })),
  }));
  const proposal = round.proposal as StoredProposal | null;
  const names = new Map(round.applications.map((a) => [a.id, a.applicant.name]));
  return {
    round: {
      ...roundView(round, today, language),
      declineMessage: language === "it" ? round.declineMessageIt : round.declineMessageEn,
    },
    programmes,
    applications: round.applications.length,
    mayRun: runner > 0,
    proposal: proposal ? proposal.placements.map((p) => ({ ...p, name: names.get(p.applicantId) ?? "—" })) : null,
  };
}

/** Rounds open for applications on `today`, with their programmes; `opportunityId` narrows to rounds with one of its cohorts. */
export async function listOpenRounds(today: IsoDate, language: string, opportunityId?: string) {
  const day = dateFromIso(today);
  const rows = await prisma.allocationRound.findMany({
    where: {
      state: { in: ["OPEN", "RANKING"] },
      applicationStart: { lte: day },
      applicationEnd: { gte: day },
      ...(opportunityId ? { programmes: { some: { cohort: { opportunityId } } } } : {}),
    },
    select: { ...roundSelect, programmes: { select: programmeSelect, orderBy: { cohort: { startDate: "asc" } } } },
    orderBy: { applicationEnd: "asc" },
    take: 100,
  });
  return rows.map((r) => ({
    ...roundView(r, today, language),
    programmes: r.programmes.map((p) => programmeView(p, language)),
  }));
}

/**
 * A round as an applicant sees it: its programmes, their own application (choices in order)
 * and, once confirmed, their outcome. Any round can be read (it is public once open);
 * null when it does not exist or is not yet open.
 */
export async function getApplicantRound(applicantId: string, id: string, today: IsoDate, language: string) {
  const round = await prisma.allocationRound.findFirst({
    where: { id, applicationStart: { lte: dateFromIso(today) } },
    select: {
      ...roundSelect,
      programmes: { select: programmeSelect, orderBy: { cohort: { startDate: "asc" } } },
      applications: {
        where: { applicantId },
        select: {
          id: true,
          motivation: true,
          choices: { select: { programmeId: true }, orderBy: { rank: "asc" } },
        },
      },
    },
  });
  if (!round) return null;
  const application = round.applications[0] ?? null;
  const proposal = round.state === "CONFIRMED" ? (round.proposal as StoredProposal | null) : null;
  const outcome =
    application && proposal ? (proposal.placements.find((p) => p.applicantId === application.id) ?? null) : null;
  const requests =
    round.state === "CONFIRMED"
      ? await prisma.request.findMany({
          where: { allocationRoundId: id, applicantId },
          select: { id: true, status: true, cohortId: true },
        })
      : [];
  return {
    round: roundView(round, today, language),
    programmes: round.programmes.map((p) => programmeView(p, language)),
    application: application
      ? { motivation: application.motivation, choices: application.choices.map((c) => c.programmeId) }
      : null,
    outcome,
    requests: requests.map((r) => ({
      id: r.id,
      status: r.status,
      programmeId: round.programmes.find((p) => p.cohort.id === r.cohortId)?.id ?? null,
    })),
  };
}

// ─── Writing ────────────────────────────────────────────────────────────────

async function phaseOf(where: Prisma.AllocationRoundWhereInput, today: IsoDate) {
  const r = await prisma.allocationRound.findFirst({
    where,
    select: {
      id: true,
      state: true,
      applicationStart: true,
      applicationEnd: true,
      rankingDeadline: true,
      maxChoices: true,
    },
  });
  if (!r) return null;
  return {
    maxChoices: r.maxChoices,
    phase: roundPhase(
      {
        state: r.state,
        applicationStart: isoFromDate(r.applicationStart),
        applicationEnd: isoFromDate(r.applicationEnd),
        rankingDeadline: isoFromDate(r.rankingDeadline),
      },
      today,
    ),
  };
}

/**
 * Saves (or replaces) the applicant's application while the round is open: motivation and
 * choices, first first. Rankings of programmes the applicant no longer chose are removed.
 * @returns 404 for an unknown round, 409 "closed" outside the application period.
 */
export async function saveApplication(
  applicantId: string,
  roundId: string,
  input: ApplicationInput,
  today: IsoDate,
): Promise<{ ok: true } | RoundRefusal> {
  const current = await phaseOf({ id: roundId }, today);
  if (!current) return refuse(404, "notFound");
  if (current.phase !== "open") return refuse(409, "closed");
  await prisma.$transaction(async (tx) => {
    // The round must still be open when the row is written (a run moves it to PROPOSED).
    const still = await tx.allocationRound.count({ where: { id: roundId, state: { in: ["OPEN", "RANKING"] } } });
    if (!still) throw new Error("round closed while applying");
    const application = await tx.allocationApplication.upsert({
      where: { roundId_applicantId: { roundId, applicantId } },
      create: { roundId, applicantId, motivation: input.motivation },
      update: { motivation: input.motivation },
      select: { id: true },
    });
    await tx.allocationChoice.deleteMany({ where: { applicationId: application.id } });
    await tx.allocationChoice.createMany({
      data: input.choices.map((programmeId, i) => ({ applicationId: application.id, programmeId, rank: i + 1 })),
    });
    await tx.allocationRanking.deleteMany({
      where: { applicationId: application.id, programmeId: { notIn: input.choices } },
    });
  }, TRANSACTION_OPTIONS);
  return { ok: true };
}

/**
 * Replaces a programme's ranking (positions 1 = best; null = unacceptable) while the round is
 * open or in ranking, up to its deadline.
 * @returns 404 when the programme is not one the staff member ranks in this round; 409
 *   "closed" after the deadline or once run; 409 "notApplied" when an entry names an
 *   application that did not choose this programme (nothing is written).
 */
export async function saveRanking(
  staff: Staff,
  roundId: string,
  programmeId: string,
  entries: RankingEntry[],
  today: IsoDate,
): Promise<{ ok: true } | RoundRefusal> {
  const programme = await prisma.allocationProgramme.findFirst({
    where: { id: programmeId, roundId, ...programmeWhere(staff) },
    select: { id: true },
  });
  if (!programme) return refuse(404, "notFound");
  const current = await phaseOf({ id: roundId }, today);
  if (!current) return refuse(404, "notFound");
  if (current.phase !== "open" && current.phase !== "ranking") return refuse(409, "rankingClosed");
  const applied = await prisma.allocationChoice.findMany({
    where: { programmeId, applicationId: { in: entries.map((e) => e.applicationId) } },
    select: { applicationId: true },
  });
  if (applied.length !== entries.length) return refuse(409, "notApplied");
  await prisma.$transaction(async (tx) => {
    await tx.allocationRanking.deleteMany({ where: { programmeId } });
    await tx.allocationRanking.createMany({
      data: entries.map((e) => ({ programmeId, applicationId: e.applicationId, position: e.position })),
    });
    await tx.allocationRound.updateMany({ where: { id: roundId, state: "OPEN" }, data: { state: "RANKING" } });
  }, TRANSACTION_OPTIONS);
  return { ok: true };
}

/**
 * Runs the round after its ranking deadline (again, while only proposed): each programme's
 * capacity is its cohort's seats less the cohort's approved requests; an applicant a
 * programme did not rank is unacceptable to it. Stores the proposal and moves the round to
 * PROPOSED.
 * @returns 404 outside the runner's scope; 409 "notReady" before the deadline, "confirmed" after confirmation.
 */
export async function runRound(staff: Staff, roundId: string, now = new Date()): Promise<{ ok: true } | RoundRefusal> {
  const today = isoDateOfInstant(now);
  const current = await phaseOf({ id: roundId, ...runnerWhere(staff) }, today);
  if (!current) return refuse(404, "notFound");
  if (current.phase === "confirmed") return refuse(409, "confirmed");
  if (current.phase !== "ready" && current.phase !== "proposed") return refuse(409, "notReady");
  return prisma.$transaction(async (tx) => {
    const round = await tx.allocationRound.findUniqueOrThrow({
      where: { id: roundId },
      select: {
        programmes: {
          select: {
            id: true,
            cohort: { select: { id: true, seats: true } },
            rankings: { where: { position: { not: null } }, select: { applicationId: true, position: true } },
          },
        },
        applications: {
          select: { id: true, choices: { select: { programmeId: true }, orderBy: { rank: "asc" } } },
          orderBy: { createdAt: "asc" },
        },
      },
    });
    const approved = await tx.request.groupBy({
      by: ["cohortId"],
      where: { cohortId: { in: round.programmes.map((p) => p.cohort.id) }, status: "APPROVED" },
      _count: { _all: true },
    });
    const taken = new Map(approved.map((a) => [a.cohortId, a._count._all]));
    const capacities: Record<string, number> = {};
    for (const p of round.programmes) capacities[p.id] = Math.max(0, p.cohort.seats - (taken.get(p.cohort.id) ?? 0));
    const result = allocate(
      round.applications.map((a) => ({ id: a.id, preferences: a.choices.map((c) => c.programmeId) })),
      round.programmes.map((p) => ({
        id: p.id,
        capacity: capacities[p.id],
        ranking: [...p.rankings].sort((x, y) => x.position! - y.position!).map((r) => r.applicationId),
      })),
    );
    const proposal: StoredProposal = { placements: result.placements, capacities };
    const { count } = await tx.allocationRound.updateMany({
      where: { id: roundId, state: { in: ["OPEN", "RANKING", "PROPOSED"] } },
      data: { state: "PROPOSED", proposal: proposal as unknown as Prisma.InputJsonObject, proposedAt: now },
    });
    if (count === 0) return refuse(409, "confirmed");
    return { ok: true as const };
  }, TRANSACTION_OPTIONS);
}

class Rollback extends Error {
  constructor(readonly refusal: RoundRefusal) {
    super(`round confirmation refused: ${refusal.code}`);
  }
}

/**
 * Confirms the proposed result, once: a conditional update PROPOSED → CONFIRMED inside the
 * transaction (a second or concurrent confirmation finds nothing to update: 409
 * "confirmed"), then for every application and every choice, in order, a cohort Request
 * (submitted now, audit "submit"; its receipt and centre mails are not sent, the round was
 * the application) that the confirming staff member approves (the placement, for the
 * cohort's dates, through the seat check) or declines with the round's message in the
 * applicant's language: the workflow's moves, audit events and e-mails.
 * @returns 404 outside the runner's scope; 409 "notProposed"/"confirmed"; 409 "seatsChanged"
 *   when an approval no longer fits (seats taken since the run): nothing is written.
 */
export async function confirmRound(
  staff: Staff,
  roundId: string,
  now = new Date(),
): Promise<{ ok: true; approved: number; declined: number } | RoundRefusal> {
  const visible = await prisma.allocationRound.findFirst({
    where: { id: roundId, ...runnerWhere(staff) },
    select: { state: true },
  });
  if (!visible) return refuse(404, "notFound");
  if (visible.state === "CONFIRMED") return refuse(409, "confirmed");
  if (visible.state !== "PROPOSED") return refuse(409, "notProposed");
  try {
    const counts = await prisma.$transaction(
      async (tx) => {
        const { count } = await tx.allocationRound.updateMany({
          where: { id: roundId, state: "PROPOSED" },
          data: { state: "CONFIRMED", confirmedAt: now, confirmedById: staff.id },
        });
        if (count === 0) throw new Rollback(refuse(409, "confirmed"));
        return writeRoundRequests(tx, staff, roundId, now);
      },
      { ...TRANSACTION_OPTIONS, timeout: 300_000 },
    );
    kickOutbox();
    return { ok: true, ...counts };
  } catch (error) {
    if (error instanceof Rollback) return error.refusal;
    throw error;
  }
}

async function writeRoundRequests(tx: Tx, staff: Staff, roundId: string, now: Date) {
  const round = await tx.allocationRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      proposal: true,
      declineMessageEn: true,
      declineMessageIt: true,
      programmes: {
        select: {
          id: true,
          cohort: {
            select: {
              id: true,
              startDate: true,
              endDate: true,
              opportunity: { select: { id: true, centre: { select: { responseTimeDays: true } } } },
            },
          },
        },
      },
      applications: {
        select: {
          id: true,
          applicantId: true,
          motivation: true,
          applicant: { select: { locale: true } },
          choices: { select: { programmeId: true }, orderBy: { rank: "asc" } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const proposal = round.proposal as unknown as StoredProposal;
  const placedIn = new Map(proposal.placements.map((p) => [p.applicantId, p.programmeId]));
  const programmes = new Map(round.programmes.map((p) => [p.id, p.cohort]));
  const actor = staff.isAdmin ? "ADMIN" : "COORDINATOR";
  let approved = 0;
  let declined = 0;
  for (const application of round.applications) {
    const placement = placedIn.get(application.id) ?? null;
    const reason = application.applicant.locale === "it" ? round.declineMessageIt : round.declineMessageEn;
    for (const choice of application.choices) {
      const cohort = programmes.get(choice.programmeId)!;
      const request = await tx.request.create({
        data: {
          applicantId: application.applicantId,
          opportunityId: cohort.opportunity.id,
          cohortId: cohort.id,
          startDate: cohort.startDate,
          endDate: cohort.endDate,
          motivation: application.motivation,
          submittedAt: now,
          dueAt: startClock(now, cohort.opportunity.centre.responseTimeDays).dueAt,
          allocationRoundId: roundId,
        },
        select: { id: true },
      });
      const submitted = await recordSubmission(tx, { requestId: request.id, now });
      if (!submitted.ok) throw new Error(`recording round request ${request.id} failed: ${submitted.code}`);
      await writeMoveEffects(tx, { ...submitted, notifications: [] });
      const place = placement === choice.programmeId;
      const moved = await performMoveIn(tx, {
        requestId: request.id,
        expectedStatus: "SUBMITTED",
        action: place ? "approve" : "decline",
        actor,
        actorId: staff.id,
        now,
        data: place
          ? { finalStay: { start: isoFromDate(cohort.startDate), end: isoFromDate(cohort.endDate) } }
          : { reason },
      });
      if (!moved.ok) throw new Rollback(refuse(409, moved.code === "seats-full" ? "seatsChanged" : "moveRefused"));
      if (place) approved++;
      else declined++;
    }
  }
  return { approved, declined };
}
