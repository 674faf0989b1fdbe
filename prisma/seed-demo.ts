/**
 * Demo accounts, created only in demo mode (`getEnv().demo`: PONTE_DEMO=1, or the embedded
 * database when PONTE_DEMO is unset; decision 0017), never otherwise. All use the password `ponte-demo-2026` (README "Demo accounts"):
 * - admin@ponte.example (ADMIN);
 * - coordinator.<centre-slug>@ponte.example, one per seeded centre (COORDINATOR of it);
 * - applicant@ponte.example (APPLICANT, address verified), with the demo profile of
 *   prisma/seed-demo-profile.ts (a radiation oncologist from Portugal);
 * - researcher@ponte.example (APPLICANT, address verified, no profile), the proposer of the
 *   example joint research proposals (prisma/seed-demo-proposals.ts).
 *
 * Idempotent: accounts are looked up by address; missing ones are created (the password is
 * hashed once per run, and only when something is missing), existing ones are left as they
 * are apart from their demo centre link.
 */
import type { PrismaClient, Role } from "../app/generated/prisma/client";
import { hashPassword } from "../app/accounts/password.server";
import { legalConfig } from "../app/platform/legal-config";
import { centres as catalogue } from "./data/catalogue";
import { seedDemoProfile } from "./seed-demo-profile";
import { seedDemoProposals } from "./seed-demo-proposals";

export const DEMO_PASSWORD = "ponte-demo-2026";
export const DEMO_ADMIN = "admin@ponte.example";
export const DEMO_APPLICANT = "applicant@ponte.example";
export const DEMO_RESEARCHER = "researcher@ponte.example";
export const demoCoordinatorEmail = (slug: string) => `coordinator.${slug}@ponte.example`;

export interface DemoSummary {
  /** Accounts created. */
  created: number;
  /** Example proposals created. */
  proposals: number;
}

/** Creates the missing demo accounts (see module docs). */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<DemoSummary> {
  const centres = await prisma.centre.findMany({
    where: { slug: { in: catalogue.map((c) => c.slug) } },
    select: { id: true, slug: true, name: true },
    orderBy: { slug: "asc" },
  });
  const wanted: { email: string; name: string; roles: Role[]; centreId?: string }[] = [
    { email: DEMO_ADMIN, name: "Ponte Admin (demo)", roles: ["ADMIN"] },
    { email: DEMO_APPLICANT, name: "Demo Applicant", roles: ["APPLICANT"] },
    { email: DEMO_RESEARCHER, name: "Demo Researcher", roles: ["APPLICANT"] },
    ...centres.map((c) => ({
      email: demoCoordinatorEmail(c.slug),
      name: `Demo coordinator · ${c.name}`.slice(0, 100),
      roles: ["COORDINATOR"] as Role[],
      centreId: c.id,
    })),
  ];
  const existing = new Set(
    (await prisma.user.findMany({ where: { email: { in: wanted.map((w) => w.email) } }, select: { email: true } })).map(
      (u) => u.email,
    ),
  );
  const missing = wanted.filter((w) => !existing.has(w.email));
  if (missing.length) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const now = new Date();
    await prisma.user.createMany({
      // The demo people are fictional; they have accepted the current privacy notice so the
      // demonstration starts where a returning user would.
      data: missing.map((w) => ({
        email: w.email,
        name: w.name,
        roles: w.roles,
        passwordHash,
        emailVerifiedAt: now,
        privacyVersion: legalConfig.privacyNoticeVersion,
        privacyAcceptedAt: now,
        lastSignInAt: now,
      })),
      skipDuplicates: true,
    });
  }
  const links = wanted.filter((w) => w.centreId);
  if (links.length) {
    const ids = new Map(
      (
        await prisma.user.findMany({
          where: { email: { in: links.map((l) => l.email) } },
          select: { id: true, email: true },
        })
      ).map((u) => [u.email, u.id]),
    );
    await prisma.centreCoordinator.createMany({
      data: links.filter((l) => ids.has(l.email)).map((l) => ({ userId: ids.get(l.email)!, centreId: l.centreId! })),
      skipDuplicates: true,
    });
  }
  await seedDemoProfile(prisma);
  const researcher = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_RESEARCHER }, select: { id: true } });
  const proposals = await seedDemoProposals(prisma, researcher.id);
  return { created: missing.length, proposals };
}
