/**
 * Applicant profiles for the matching tests: a verified applicant with a profile that has
 * passed the /profile form's schema (so factories cannot build what the form would refuse).
 * Dates are `YYYY-MM-DD`, inclusive; `TODAY` is the date the matching tests rank on.
 */
import { saveProfile } from "~/matching/profile.server";
import { prisma } from "~/platform/db.server";
import { createProfileSchema } from "~/matching/profile-validation";
import { createUser } from "./accounts";

/** The day the matching tests rank on (with the catalogue as written: tests/factories/example-dates.ts). */
export const TODAY = "2026-12-01";

export interface ProfileFields {
  profession?: string;
  careerStage?: string;
  country?: string;
  languages?: { code: string; level: string }[];
  interests?: { topicId: string; weight: "CORE" | "ALSO" }[];
  researchStatement?: string;
  stayTypes?: string[];
  windows?: { start: string; end: string }[];
  suggestToCentres?: boolean;
  orcid?: string;
}

/** Saves `fields` as the user's profile, through the form's schema. @throws when the schema refuses them. */
export async function setProfile(userId: string, fields: ProfileFields) {
  const topics = new Set((await prisma.topic.findMany({ select: { id: true } })).map((t) => t.id));
  const schema = createProfileSchema({ today: TODAY, isKnownTopic: (id) => topics.has(id) });
  const input = schema.parse({
    profession: "PHYSICIAN",
    careerStage: "EARLY_CAREER",
    languages: [{ code: "en", level: "C1" }],
    ...fields,
    suggestToCentres: fields.suggestToCentres ? "on" : undefined,
  });
  await saveProfile(userId, input);
}

/** A verified applicant (tests/factories/accounts.ts) with a profile; returns `{id, email, name, password}`. */
export async function createApplicantWithProfile(
  fields: ProfileFields,
  overrides: { name?: string; email?: string } = {},
) {
  const user = await createUser({ ...overrides, roles: ["APPLICANT"] });
  await setProfile(user.id, fields);
  return user;
}

/** Published opportunity ids by seed key. */
export async function seededOpportunityIds(): Promise<Map<string, string>> {
  const rows = await prisma.opportunity.findMany({
    where: { seedKey: { not: null } },
    select: { id: true, seedKey: true },
  });
  return new Map(rows.map((r) => [r.seedKey!, r.id]));
}
