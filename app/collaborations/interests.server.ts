/**
 * Expressions of interest in collaboration proposals and the thread that follows (issue 19
 * part 3). A person (not the proposer) expresses interest once per OPEN proposal, with a
 * short message; the proposer is mailed. The proposer accepts or declines (PENDING →
 * ACCEPTED | DECLINED, compare-and-swap); the person is mailed either way. Only once
 * ACCEPTED do the two see each other's contact details (account e-mail, home institution)
 * and write in a thread, each message mailed to the other.
 *
 * Each change and its mail commit in one transaction (the outbox, decision 0010); mails go
 * out in the recipient's language with idempotency keys `collaboration-<kind>:<id>`.
 * Authorization lives in the `where` clause: an interest is found only by its proposer or
 * its person, so anyone else gets "not-found" (a 404).
 */
import type { Prisma } from "~/generated/prisma/client";
import { appUrl, enqueueEmail, kickOutbox } from "~/notifications/outbox.server";
import { prisma } from "~/platform/db.server";
import { visibleWhere } from "./proposals.server";

function isUniqueViolation(error: unknown): boolean {
  return Boolean(error && typeof error === "object" && (error as { code?: unknown }).code === "P2002");
}

const recipient = { id: true, email: true, name: true, locale: true } as const;

export type ExpressOutcome =
  | { status: "created"; interestId: string }
  /** No such proposal, or not visible to the person (404). */
  | { status: "not-found" }
  /** The person proposed it (403). */
  | { status: "own" }
  /** A seeded example: nobody stands behind it (403; decision 0036). */
  | { status: "example" }
  /** The proposal is closed (409). */
  | { status: "closed" }
  /** The person already expressed interest (409). */
  | { status: "duplicate" };

/**
 * Records `personId`'s interest in `proposalId` with `message` (validated, trimmed) and
 * mails the proposer, in one transaction; nothing is written unless every rule holds.
 */
export async function expressInterest(proposalId: string, personId: string, message: string): Promise<ExpressOutcome> {
  let outcome: ExpressOutcome;
  try {
    outcome = await prisma.$transaction(async (tx) => {
      const proposal = await tx.collaborationProposal.findFirst({
        where: { id: proposalId, ...visibleWhere(personId) },
        select: { id: true, title: true, status: true, isExample: true, proposer: { select: recipient } },
      });
      if (!proposal) return { status: "not-found" } as const;
      // Before any other check, as requesting an example opportunity (decision 0026).
      if (proposal.isExample) return { status: "example" } as const;
      if (proposal.proposer.id === personId) return { status: "own" } as const;
      if (proposal.status !== "OPEN") return { status: "closed" } as const;
      const earlier = await tx.collaborationInterest.findUnique({
        where: { proposalId_personId: { proposalId, personId } },
        select: { id: true },
      });
      if (earlier) return { status: "duplicate" } as const;
      const person = await tx.user.findUniqueOrThrow({ where: { id: personId }, select: { name: true } });
      const interest = await tx.collaborationInterest.create({
        data: { proposalId, personId, message },
        select: { id: true },
      });
      const to = proposal.proposer;
      await enqueueEmail(tx, {
        kind: "collaboration-interest",
        userId: to.id,
        to: to.email,
        locale: to.locale === "it" ? "it" : "en",
        payload: {
          url: appUrl(`/collaborations/${proposalId}/interests`),
          proposalTitle: proposal.title,
          otherName: person.name,
          message,
        },
        idempotencyKey: `collaboration-interest:${interest.id}`,
      });
      return { status: "created", interestId: interest.id } as const;
    });
  } catch (error) {
    // Two posts at once: the unique index keeps one; the other is told.
    if (!isUniqueViolation(error)) throw error;
    outcome = { status: "duplicate" };
  }
  if (outcome.status === "created") kickOutbox();
  return outcome;
}

export type DecideOutcome =
  | { status: "done"; interestId: string }
  /** Not an interest in one of the proposer's proposals (404). */
  | { status: "not-found" }
  /** Already accepted or declined (409). */
  | { status: "already-decided" };

/**
 * The proposer `proposerId` accepts or declines `interestId` (PENDING only), mailing the
 * person; one transaction.
 */
export async function decideInterest(
  proposerId: string,
  interestId: string,
  decision: "ACCEPTED" | "DECLINED",
  now = new Date(),
): Promise<DecideOutcome> {
  const outcome = await prisma.$transaction(async (tx) => {
    const interest = await tx.collaborationInterest.findFirst({
      where: { id: interestId, proposal: { proposerId } },
      select: {
        id: true,
        proposalId: true,
        person: { select: recipient },
        proposal: { select: { title: true, proposer: { select: { name: true } } } },
      },
    });
    if (!interest) return { status: "not-found" } as const;
    const { count } = await tx.collaborationInterest.updateMany({
      where: { id: interestId, status: "PENDING" },
      data: { status: decision, decidedAt: now },
    });
    if (count === 0) return { status: "already-decided" } as const;
    const to = interest.person;
    const accepted = decision === "ACCEPTED";
    await enqueueEmail(tx, {
      kind: accepted ? "collaboration-accepted" : "collaboration-declined",
      userId: to.id,
      to: to.email,
      locale: to.locale === "it" ? "it" : "en",
      payload: {
        url: appUrl(accepted ? threadPath(interest.proposalId, interest.id) : "/collaborations"),
        proposalTitle: interest.proposal.title,
        otherName: interest.proposal.proposer.name,
        message: null,
      },
      idempotencyKey: `collaboration-${accepted ? "accepted" : "declined"}:${interest.id}`,
    });
    return { status: "done", interestId: interest.id } as const;
  });
  if (outcome.status === "done") kickOutbox();
  return outcome;
}

/** The thread's page of an interest. */
export function threadPath(proposalId: string, interestId: string): string {
  return `/collaborations/${proposalId}/interests/${interestId}`;
}

/**
 * The expressions of interest in `proposalId` for its proposer, newest first: the person's
 * name, message, status and dates; never their address (that waits for acceptance, on the
 * thread). Null when the proposal is not `proposerId`'s.
 */
export async function listInterestsForProposer(proposerId: string, proposalId: string) {
  const proposal = await prisma.collaborationProposal.findFirst({
    where: { id: proposalId, proposerId },
    select: {
      id: true,
      title: true,
      status: true,
      interests: {
        select: {
          id: true,
          message: true,
          status: true,
          createdAt: true,
          decidedAt: true,
          person: { select: { name: true } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      },
    },
  });
  return proposal;
}

/** Who may read an interest: its proposer or its person. */
function partyWhere(userId: string, interestId: string, proposalId: string): Prisma.CollaborationInterestWhereInput {
  return { id: interestId, proposalId, OR: [{ personId: userId }, { proposal: { proposerId: userId } }] };
}

/** A party's contact details, shared only after acceptance. */
function contactOf(user: {
  name: string;
  email: string;
  profile: { homeInstitution: string | null; country: string | null } | null;
}) {
  return {
    name: user.name,
    email: user.email,
    institution: user.profile?.homeInstitution ?? null,
    country: user.profile?.country ?? null,
  };
}

const contactSelect = {
  name: true,
  email: true,
  profile: { select: { homeInstitution: true, country: true } },
} as const;

export type ThreadOutcome =
  | { status: "not-found" }
  /** The interest is not (or no longer) accepted: no contact details, no thread (403). */
  | { status: "not-accepted" }
  | {
      status: "ok";
      thread: {
        interestId: string;
        proposalId: string;
        proposalTitle: string;
        viewerIsProposer: boolean;
        me: ReturnType<typeof contactOf>;
        other: ReturnType<typeof contactOf>;
        messages: { id: string; body: string; createdAt: Date; mine: boolean; authorName: string | null }[];
      };
    };

/**
 * The thread of `interestId` (in `proposalId`) for `userId`: both parties' contact details
 * and the messages, oldest first, once the interest is ACCEPTED.
 */
export async function getThread(userId: string, proposalId: string, interestId: string): Promise<ThreadOutcome> {
  const interest = await prisma.collaborationInterest.findFirst({
    where: partyWhere(userId, interestId, proposalId),
    select: {
      id: true,
      status: true,
      personId: true,
      person: { select: contactSelect },
      proposal: { select: { id: true, title: true, proposerId: true, proposer: { select: contactSelect } } },
    },
  });
  if (!interest) return { status: "not-found" };
  if (interest.status !== "ACCEPTED") return { status: "not-accepted" };
  const messages = await prisma.collaborationMessage.findMany({
    where: { interestId },
    select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const viewerIsProposer = interest.proposal.proposerId === userId;
  const proposer = contactOf(interest.proposal.proposer);
  const person = contactOf(interest.person);
  return {
    status: "ok",
    thread: {
      interestId: interest.id,
      proposalId: interest.proposal.id,
      proposalTitle: interest.proposal.title,
      viewerIsProposer,
      me: viewerIsProposer ? proposer : person,
      other: viewerIsProposer ? person : proposer,
      messages: messages.map((m) => ({
        id: m.id,
        body: m.body,
        createdAt: m.createdAt,
        mine: m.authorId === userId,
        authorName: m.author?.name ?? null,
      })),
    },
  };
}

/**
 * Writes `body` (validated) into the thread of an ACCEPTED interest as `userId` and mails
 * the other party, in one transaction.
 */
export async function postThreadMessage(
  userId: string,
  proposalId: string,
  interestId: string,
  body: string,
): Promise<{ status: "sent" } | { status: "not-found" } | { status: "not-accepted" }> {
  const outcome = await prisma.$transaction(async (tx) => {
    const interest = await tx.collaborationInterest.findFirst({
      where: partyWhere(userId, interestId, proposalId),
      select: {
        id: true,
        status: true,
        person: { select: recipient },
        proposal: { select: { title: true, proposer: { select: recipient } } },
      },
    });
    if (!interest) return { status: "not-found" } as const;
    if (interest.status !== "ACCEPTED") return { status: "not-accepted" } as const;
    const fromProposer = interest.proposal.proposer.id === userId;
    const author = fromProposer ? interest.proposal.proposer : interest.person;
    const to = fromProposer ? interest.person : interest.proposal.proposer;
    const message = await tx.collaborationMessage.create({
      data: { interestId, authorId: userId, body },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      kind: "collaboration-message",
      userId: to.id,
      to: to.email,
      locale: to.locale === "it" ? "it" : "en",
      payload: {
        url: appUrl(threadPath(proposalId, interestId)),
        proposalTitle: interest.proposal.title,
        otherName: author.name,
        message: body,
      },
      idempotencyKey: `collaboration-message:${message.id}`,
    });
    return { status: "sent" } as const;
  });
  if (outcome.status === "sent") kickOutbox();
  return outcome;
}
