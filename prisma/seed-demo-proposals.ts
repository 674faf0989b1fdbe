/**
 * The example joint research proposals (prisma/data/proposals.ts; issue 19 part 5), proposed
 * by the demo researcher and seeded in demo mode only, with the demo accounts. Each goes
 * through the proposal form's schema, like anything a person types, and is stored with
 * `isExample` and its seed key.
 *
 * Idempotent: a proposal is created when no proposal has its seed key and is otherwise left as
 * it is (its proposer may have edited or closed it in the demo).
 */
import { createProposalSchema } from "../app/collaborations/validation";
import type { prisma as appPrisma } from "../app/platform/db.server";
import { exampleProposals } from "./data/proposals";

/** Creates the missing example proposals by `proposerId`. @returns how many were created. */
export async function seedDemoProposals(prisma: typeof appPrisma, proposerId: string): Promise<number> {
  const schema = createProposalSchema();
  const existing = new Set(
    (
      await prisma.collaborationProposal.findMany({
        where: { seedKey: { in: exampleProposals.map((p) => p.key) } },
        select: { seedKey: true },
      })
    ).map((p) => p.seedKey),
  );
  let created = 0;
  for (const p of exampleProposals) {
    if (existing.has(p.key)) continue;
    const input = schema.parse({
      title: p.title,
      summary: p.summary,
      expertise: p.expertise,
      topics: p.topics,
      partnerKinds: p.partnerKinds,
      languages: p.languages,
      visibility: "PUBLIC",
    });
    await prisma.collaborationProposal.create({
      data: {
        seedKey: p.key,
        isExample: true,
        proposerId,
        title: input.title,
        summary: input.summary,
        expertise: input.expertise,
        partnerKinds: input.partnerKinds,
        languages: input.languages,
        visibility: input.visibility,
        topics: { create: input.topics.map((topicId) => ({ topicId })) },
      },
      select: { id: true },
    });
    created += 1;
  }
  return created;
}
