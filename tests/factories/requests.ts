/**
 * Test factories for the request workflow: a test-only opportunity with chosen seats (no
 * seedKey, so tests/setup/db.ts removes it between tests) and request rows created directly
 * with Prisma, with the response clock started as the request form will (clock.ts).
 * Dates are `YYYY-MM-DD`, inclusive.
 */
import type { Prisma, RequestStatus } from "~/generated/prisma/client";
import { dateFromIso } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { startClock } from "~/requests/clock";

type Db = Prisma.TransactionClient;

/** Practical facts that let a real opportunity be published (decision 0026). */
export const PRACTICAL_FACTS = {
  feeKind: "FREE",
  visitorScope: "OBSERVATION_ONLY",
  requiredDocuments: ["CV", "HEALTH_INSURANCE"],
  visaLetter: true,
  contactName: "Dr Chiara Conti",
  contactRole: "International office",
  contactEmail: "international@centre.example",
} satisfies Prisma.OpportunityUpdateInput;

/** The same columns, none stated. */
export const NO_PRACTICAL_FACTS = {
  feeKind: null,
  feeAmountMinor: null,
  feeCurrency: null,
  visitorScope: null,
  requiredDocuments: [],
  recommendationLetters: null,
  vaccines: null,
  otherDocument: null,
  visaLetter: null,
  contactName: null,
  contactRole: null,
  contactEmail: null,
} satisfies Prisma.OpportunityUpdateInput;

/**
 * Adopts the seeded example `seedKey` as its centre would (real, practical facts stated), so
 * it can be requested; tests/setup/db.ts makes it an example again before the next test.
 */
export async function adoptSeeded(seedKey: string, db: Db = prisma): Promise<void> {
  await db.opportunity.update({
    where: { seedKey },
    data: { isExample: false, ...PRACTICAL_FACTS },
    select: { id: true },
  });
}

/**
 * A published real opportunity (practical facts stated) with `seats` daily seats at a seeded centre (by slug, default the
 * first centre by slug), optionally with cohorts. Returns ids, the centre's slug and response time.
 */
export async function createOpportunity(
  {
    seats = 1,
    centreSlug,
    cohorts = [],
  }: {
    seats?: number;
    centreSlug?: string;
    cohorts?: { key: string; start: string; end: string; seats: number }[];
  } = {},
  db: Db = prisma,
) {
  const centre = centreSlug
    ? await db.centre.findUniqueOrThrow({
        where: { slug: centreSlug },
        select: { id: true, slug: true, responseTimeDays: true },
      })
    : await db.centre.findFirstOrThrow({
        where: { country: null },
        orderBy: { slug: "asc" },
        select: { id: true, slug: true, responseTimeDays: true },
      });
  const opportunity = await db.opportunity.create({
    data: {
      centreId: centre.id,
      type: "OBSERVERSHIP",
      status: "PUBLISHED",
      titleEn: "Test observership",
      titleIt: "Osservazione di prova",
      descriptionEn: "Created by a test.",
      descriptionIt: "Creata da un test.",
      seats,
      minDays: 1,
      maxDays: 90,
      ...PRACTICAL_FACTS,
      cohorts: {
        create: cohorts.map((c) => ({
          key: c.key,
          name: c.key,
          startDate: dateFromIso(c.start),
          endDate: dateFromIso(c.end),
          seats: c.seats,
        })),
      },
    },
    select: { id: true, cohorts: { select: { id: true, key: true } } },
  });
  return {
    id: opportunity.id,
    centreId: centre.id,
    centreSlug: centre.slug,
    responseTimeDays: centre.responseTimeDays,
    cohortIds: Object.fromEntries(opportunity.cohorts.map((c) => [c.key, c.id])) as Record<string, string>,
  };
}

/**
 * A request row as the (future) request form would create it: `dueAt` = submittedAt +
 * the centre's response time, running. `status` and the other columns may be overridden
 * to start a test mid-workflow.
 */
export async function createRequest(
  input: {
    applicantId: string;
    opportunityId: string;
    start: string;
    end: string;
    status?: RequestStatus;
    cohortId?: string | null;
    submittedAt?: Date;
    responseTimeDays?: number;
    motivation?: string;
    extra?: Partial<Prisma.RequestUncheckedCreateInput>;
  },
  db: Db = prisma,
) {
  const submittedAt = input.submittedAt ?? new Date();
  let days = input.responseTimeDays;
  if (days === undefined) {
    const opp = await db.opportunity.findUniqueOrThrow({
      where: { id: input.opportunityId },
      select: { centre: { select: { responseTimeDays: true } } },
    });
    days = opp.centre.responseTimeDays;
  }
  return db.request.create({
    data: {
      applicantId: input.applicantId,
      opportunityId: input.opportunityId,
      cohortId: input.cohortId ?? null,
      startDate: dateFromIso(input.start),
      endDate: dateFromIso(input.end),
      motivation: input.motivation ?? "I would like to observe your team's work.",
      status: input.status ?? "SUBMITTED",
      submittedAt,
      dueAt: startClock(submittedAt, days).dueAt,
      ...input.extra,
    },
  });
}
