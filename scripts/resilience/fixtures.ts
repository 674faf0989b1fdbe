/**
 * The people and places `npm run test:resilience` needs, written into its own database
 * once Ponte has migrated and seeded it: real accounts (a password hash the login form
 * checks), applicants with a complete profile, coordinators of ten seeded centres, and at
 * each of those centres one published observership wide enough that every simulated
 * request fits (a window from 20 days ahead for two years, 1–30 days, many seats, no
 * questions). Also the 500 mails of the outbox check. Import only after DATABASE_URL names
 * that database.
 */
import { hashPassword } from "../../app/accounts/password.server";
import { enqueueEmail } from "../../app/notifications/outbox.server";
import { addDays } from "../../app/platform/calendar";
import { closeDatabase, prisma } from "../../app/platform/db.server";

export const PASSWORD = "resilience-harbour-lantern-93";

export interface Account {
  id: string;
  email: string;
}

export interface Fixtures {
  applicants: Account[];
  /** Two per centre, `index` 0 or 1 within it. */
  coordinators: (Account & { index: number })[];
  /** The observerships the applicants request. */
  opportunityIds: string[];
  /** Seeded catalogue pages anonymous visitors browse. */
  centreSlugs: string[];
  publishedIds: string[];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Creates the accounts and opportunities above. `today` is YYYY-MM-DD (UTC). */
export async function createFixtures({
  applicants,
  coordinatorsPerCentre,
  centres,
  today,
}: {
  applicants: number;
  coordinatorsPerCentre: number;
  centres: number;
  today: string;
}): Promise<Fixtures> {
  const passwordHash = await hashPassword(PASSWORD);
  // Centres in Lombardy only: the simulated applicants come from abroad, and with the mobility
  // direction enforced (issue 19) a partner abroad (CERN sorts before CNAO) refuses them.
  const seeded = await prisma.centre.findMany({
    where: { country: null },
    select: { id: true, slug: true },
    orderBy: { slug: "asc" },
  });
  if (seeded.length < centres) throw new Error(`the seed has ${seeded.length} centres, ${centres} needed`);
  const chosen = seeded.slice(0, centres);
  const opportunityIds: string[] = [];
  for (const [i, c] of chosen.entries()) {
    const o = await prisma.opportunity.create({
      data: {
        centreId: c.id,
        type: "OBSERVERSHIP",
        status: "PUBLISHED",
        titleEn: `Resilience check observership ${i + 1}`,
        titleIt: `Osservazione per la prova di resilienza ${i + 1}`,
        descriptionEn: "Made by npm run test:resilience.",
        descriptionIt: "Creata da npm run test:resilience.",
        seats: 1000,
        minDays: 1,
        maxDays: 30,
        windows: { create: [{ startDate: day(addDays(today, 20)), endDate: day(addDays(today, 750)) }] },
      },
      select: { id: true },
    });
    opportunityIds.push(o.id);
  }

  const applicantRows = Array.from({ length: applicants }, (_, i) => ({
    email: `applicant-${i}@resilience.example.org`,
    name: `Applicant ${i}`,
    roles: ["APPLICANT" as const],
    passwordHash,
    emailVerifiedAt: new Date(),
  }));
  await prisma.user.createMany({ data: applicantRows });
  const applicantAccounts = await prisma.user.findMany({
    where: { email: { endsWith: "@resilience.example.org", startsWith: "applicant-" } },
    select: { id: true, email: true },
  });
  await prisma.profile.createMany({
    data: applicantAccounts.map((a, i) => ({
      userId: a.id,
      profession: i % 2 ? "RESEARCHER" : "PHYSICIAN",
      careerStage: "EARLY_CAREER",
      country: ["NG", "BR", "IN", "DE"][i % 4],
      researchStatement: "Radiotherapy planning and clinical simulation.",
      stayTypes: ["OBSERVERSHIP"],
    })),
  });

  const coordinators: Fixtures["coordinators"] = [];
  for (const [ci, c] of chosen.entries()) {
    for (let k = 0; k < coordinatorsPerCentre; k++) {
      const u = await prisma.user.create({
        data: {
          email: `coordinator-${ci}-${k}@resilience.example.org`,
          name: `Coordinator ${ci}.${k}`,
          roles: ["COORDINATOR"],
          passwordHash,
          emailVerifiedAt: new Date(),
          coordinatorOf: { create: [{ centreId: c.id }] },
        },
        select: { id: true, email: true },
      });
      coordinators.push({ ...u, index: k });
    }
  }
  const published = await prisma.opportunity.findMany({
    where: { status: "PUBLISHED", seedKey: { not: null } },
    select: { id: true },
    take: 30,
  });
  return {
    applicants: applicantAccounts.sort((a, b) => a.email.localeCompare(b.email, "en", { numeric: true })),
    coordinators,
    opportunityIds,
    centreSlugs: seeded.map((c) => c.slug),
    publishedIds: published.map((p) => p.id),
  };
}

/** The recipient of outbox check mail `i` (one address per mail, so a duplicate shows). */
export const outboxRecipient = (run: string, i: number) => `outbox-${run}-${i}@resilience.example.org`;

/**
 * Writes `count` mails into the outbox in one transaction, as the workflow does
 * (app/notifications/outbox.server.ts), each with its own recipient and idempotency key.
 */
export async function enqueueOutboxCheck(run: string, count: number, origin: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      await enqueueEmail(tx, {
        kind: "password-changed",
        to: outboxRecipient(run, i),
        locale: i % 2 ? "it" : "en",
        payload: { name: `Recipient ${i}`, resetUrl: `${origin}/forgot-password` },
        idempotencyKey: `resilience:${run}:${i}`,
      });
    }
  });
}

/** How the outbox check's rows stand, by status. */
export async function outboxStatuses(run: string): Promise<Record<string, number>> {
  const rows = await prisma.notification.groupBy({
    by: ["status"],
    where: { idempotencyKey: { startsWith: `resilience:${run}:` } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export { closeDatabase };
