/**
 * Collaboration proposals in the database (issue 19 part 3): publish, edit, close, list with
 * filters and full-text search, read one for a viewer, and the data the two-sided matching
 * needs. Authorization lives in the `where` clause: only the proposer edits or closes; a
 * SIGNED_IN proposal does not exist for anonymous readers. Nothing here returns an e-mail
 * address or a profile's institution: contact details are the thread's (interests.server.ts).
 */
import { Prisma } from "~/generated/prisma/client";
import type { CollaborationPartnerKind } from "~/generated/prisma/enums";
import { examplesShown } from "~/catalogue/visibility.server";
import { prisma } from "~/platform/db.server";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import type { ProposalFilters, ProposalInput } from "./validation";

/**
 * What a reader may see: PUBLIC proposals for everyone, SIGNED_IN ones for signed-in people;
 * seeded examples only where the installation shows examples (PONTE_EXAMPLES, decision 0026).
 */
export function visibleWhere(viewerId: string | null): Prisma.CollaborationProposalWhereInput {
  return {
    ...(viewerId ? {} : { visibility: "PUBLIC" as const }),
    ...(examplesShown() ? {} : { isExample: false }),
  };
}

function proposalData(input: ProposalInput) {
  return {
    title: input.title,
    summary: input.summary,
    expertise: input.expertise,
    partnerKinds: input.partnerKinds as CollaborationPartnerKind[],
    languages: input.languages,
    fundingProgramme: input.fundingProgramme,
    fundingCallId: input.fundingCallId,
    fundingDeadline: input.fundingDeadline ? dateFromIso(input.fundingDeadline) : null,
    visibility: input.visibility,
  };
}

/** Publishes a proposal by `proposerId` (OPEN), with its topics, in one transaction. @returns its id. */
export async function createProposal(proposerId: string, input: ProposalInput): Promise<string> {
  const created = await prisma.collaborationProposal.create({
    data: {
      proposerId,
      ...proposalData(input),
      topics: { create: input.topics.map((topicId) => ({ topicId })) },
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * Replaces the proposal's fields and topics when `proposerId` proposed it (one transaction).
 * @returns false when it is not theirs (or does not exist).
 */
export async function updateProposal(proposerId: string, id: string, input: ProposalInput): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.collaborationProposal.updateMany({
      where: { id, proposerId },
      data: proposalData(input),
    });
    if (count === 0) return false;
    await tx.collaborationTopic.deleteMany({ where: { proposalId: id } });
    await tx.collaborationTopic.createMany({ data: input.topics.map((topicId) => ({ proposalId: id, topicId })) });
    return true;
  });
}

/**
 * Closes the proposal (the proposer found partners): OPEN → CLOSED, compare-and-swap.
 * @returns "closed", "already-closed", or "not-found" when it is not `proposerId`'s.
 */
export async function closeProposal(proposerId: string, id: string, now = new Date()) {
  const { count } = await prisma.collaborationProposal.updateMany({
    where: { id, proposerId, status: "OPEN" },
    data: { status: "CLOSED", closedAt: now },
  });
  if (count === 1) return "closed" as const;
  const exists = await prisma.collaborationProposal.count({ where: { id, proposerId } });
  return exists ? ("already-closed" as const) : ("not-found" as const);
}

const listSelect = {
  id: true,
  title: true,
  summary: true,
  partnerKinds: true,
  languages: true,
  fundingProgramme: true,
  fundingCallId: true,
  fundingDeadline: true,
  visibility: true,
  status: true,
  isExample: true,
  createdAt: true,
  proposerId: true,
  proposer: { select: { name: true } },
  topics: { select: { topicId: true } },
} satisfies Prisma.CollaborationProposalSelect;

export type ProposalRow = Prisma.CollaborationProposalGetPayload<{ select: typeof listSelect }>;

/** The most proposals one list shows. */
export const LIST_MAX = 200;

/**
 * Ids of proposals whose title, summary or expertise match `text` (English and Italian
 * stemming, `websearch_to_tsquery` on a bound parameter as the catalogue's search, decision
 * 0027), with their relevance; all words first, any word when that finds nothing.
 */
async function searchProposals(text: string): Promise<Map<string, number>> {
  const run = async (anyWord: boolean) => {
    const both = Prisma.sql`(websearch_to_tsquery('ponte_en', ${text}) || websearch_to_tsquery('ponte_it', ${text}))`;
    const query = anyWord ? Prisma.sql`replace(${both}::text, ' & ', ' | ')::tsquery` : both;
    return prisma.$queryRaw<{ id: string; rank: number }[]>`
      SELECT p.id, ts_rank(doc.v, q.q) AS rank
      FROM "CollaborationProposal" p,
        LATERAL (SELECT
            setweight(to_tsvector('ponte_en', p.title), 'A') || setweight(to_tsvector('ponte_it', p.title), 'A')
         || setweight(to_tsvector('ponte_en', p.summary || ' ' || p.expertise), 'C')
         || setweight(to_tsvector('ponte_it', p.summary || ' ' || p.expertise), 'C') AS v) doc,
        (SELECT ${query} AS q) q
      WHERE p.status = 'OPEN' AND doc.v @@ q.q`;
  };
  let rows = await run(false);
  if (rows.length === 0 && /\s/.test(text) && !/(^|\s)-\S/.test(text)) rows = await run(true);
  return new Map(rows.map((r) => [r.id, Number(r.rank)]));
}

/**
 * OPEN proposals `viewerId` may see (null: signed out), newest first (by relevance when
 * searching), filtered by `filters`: `topicIds` is the chosen topic with its narrower
 * topics (the caller expands it), or null for any topic. At most LIST_MAX.
 */
export async function listProposals(
  viewerId: string | null,
  filters: ProposalFilters,
  topicIds: string[] | null,
): Promise<ProposalRow[]> {
  const ranks = filters.q ? await searchProposals(filters.q) : null;
  if (ranks && ranks.size === 0) return [];
  const rows = await prisma.collaborationProposal.findMany({
    where: {
      status: "OPEN",
      ...visibleWhere(viewerId),
      ...(topicIds ? { topics: { some: { topicId: { in: topicIds } } } } : {}),
      // `hasSome: [kind]`, not `has: kind`: on the embedded database's adapter `has` on an enum
      // array sent the kind as a scalar where the query wanted an array ("malformed array
      // literal", a 500 on /collaborations?partnerKind=… from the production server).
      ...(filters.partnerKind ? { partnerKinds: { hasSome: [filters.partnerKind] } } : {}),
      ...(filters.language ? { languages: { has: filters.language } } : {}),
      ...(ranks ? { id: { in: [...ranks.keys()] } } : {}),
    },
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LIST_MAX,
  });
  if (!ranks) return rows;
  return rows
    .map((row, i) => ({ row, i, rank: ranks.get(row.id) ?? 0 }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.row);
}

/** OPEN proposals (any visibility: the callers are signed in) by id with their topics, newest first, for matching. */
export async function openProposalsForMatching(): Promise<ProposalRow[]> {
  return prisma.collaborationProposal.findMany({
    where: { status: "OPEN", ...(examplesShown() ? {} : { isExample: false }) },
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 2_000,
  });
}

/** The person's profile interests (topic and weight); empty without a profile. */
export async function profileInterestsOf(userId: string) {
  return prisma.profileInterest.findMany({
    where: { profileId: userId },
    select: { topicId: true, weight: true },
  });
}

/**
 * One proposal as `viewerId` may see it (null: signed out), with the proposer's name (never
 * their address) and the viewer's own expression of interest; null when it does not exist
 * or is not visible to them (a 404).
 */
export async function getProposal(id: string, viewerId: string | null) {
  const p = await prisma.collaborationProposal.findFirst({
    where: { id, ...visibleWhere(viewerId) },
    select: {
      ...listSelect,
      expertise: true,
      closedAt: true,
      interests: viewerId
        ? { where: { personId: viewerId }, select: { id: true, status: true, message: true, createdAt: true } }
        : false,
      _count: { select: { interests: { where: { status: "PENDING" } } } },
    },
  });
  if (!p) return null;
  return {
    ...p,
    fundingDeadline: p.fundingDeadline ? isoFromDate(p.fundingDeadline) : null,
    isProposer: viewerId !== null && p.proposerId === viewerId,
    myInterest: (p.interests ?? [])[0] ?? null,
    pendingInterests: p._count.interests,
  };
}

/** The proposal's fields for the edit form, when `proposerId` proposed it; null otherwise. */
export async function getProposalForEditing(proposerId: string, id: string) {
  const p = await prisma.collaborationProposal.findFirst({
    where: { id, proposerId },
    select: { ...listSelect, expertise: true },
  });
  if (!p) return null;
  return {
    id: p.id,
    status: p.status,
    value: {
      title: p.title,
      summary: p.summary,
      expertise: p.expertise,
      topics: p.topics.map((t) => t.topicId),
      partnerKinds: p.partnerKinds,
      languages: p.languages,
      fundingProgramme: p.fundingProgramme ?? "",
      fundingCallId: p.fundingCallId ?? "",
      fundingDeadline: p.fundingDeadline ? isoFromDate(p.fundingDeadline) : "",
      visibility: p.visibility,
    },
  };
}

/** The proposals `proposerId` published, newest first (for their list). */
export async function listOwnProposals(proposerId: string) {
  return prisma.collaborationProposal.findMany({
    where: { proposerId },
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      _count: { select: { interests: { where: { status: "PENDING" } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}
