/**
 * Applicant profiles: the /profile form's reads and writes, and the one-query loads the
 * matcher needs (a signed-in applicant's profile; the profiles that opted in to being
 * suggested to centres). Availability windows are inclusive calendar dates (`@db.Date`).
 */
import { Prisma } from "~/generated/prisma/client";
import type { CareerStage, CefrLevel, InterestWeight, OpportunityType, Profession } from "~/generated/prisma/client";
import type { MatchProfile } from "~/matching/types";
import { recordShareConsent, settleHomeCentre } from "~/accounts/home-centre.server";
import { prisma } from "~/platform/db.server";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import type { ProfileInput } from "~/matching/profile-validation";

const editSelect = {
  profession: true,
  careerStage: true,
  country: true,
  homeInstitution: true,
  homeCentreId: true,
  rorId: true,
  orcid: true,
  researchStatement: true,
  website: true,
  stayTypes: true,
  suggestToCentres: true,
  shareWithHomeCentre: true,
  updatedAt: true,
  languages: { select: { code: true, level: true }, orderBy: [{ position: "asc" }, { code: "asc" }] },
  interests: { select: { topicId: true, weight: true }, orderBy: [{ weight: "asc" }, { topicId: "asc" }] },
  windows: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
} satisfies Prisma.ProfileSelect;

/** The applicant's own profile as the form shows it (dates as `YYYY-MM-DD`), or null when none yet. */
export async function getProfileForEdit(userId: string) {
  const p = await prisma.profile.findUnique({ where: { userId }, select: editSelect });
  if (!p) return null;
  return {
    ...p,
    updatedAt: p.updatedAt.toISOString(),
    windows: p.windows.map((w) => ({ start: isoFromDate(w.startDate), end: isoFromDate(w.endDate) })),
  };
}

export type ProfileForEdit = NonNullable<Awaited<ReturnType<typeof getProfileForEdit>>>;

/** Anything that runs an interactive transaction: the app's client or the seed's. */
export type TransactionRunner = Pick<typeof prisma, "$transaction">;

/**
 * Creates or replaces the user's profile in one transaction: the profile row is upserted
 * and its languages, interests and availability windows replaced by `input`'s.
 * `input` must have passed `createProfileSchema` (server options: known topics).
 */
export async function saveProfile(userId: string, input: ProfileInput, db: TransactionRunner = prisma): Promise<void> {
  const fields = {
    profession: input.profession,
    careerStage: input.careerStage,
    country: input.country ?? null,
    homeInstitution: input.homeInstitution ?? null,
    homeCentreId: input.homeCentreId ?? null,
    rorId: input.rorId ?? null,
    orcid: input.orcid ?? null,
    researchStatement: input.researchStatement,
    website: input.website ?? null,
    stayTypes: input.stayTypes,
    suggestToCentres: input.suggestToCentres,
    shareWithHomeCentre: input.shareWithHomeCentre,
  } satisfies Prisma.ProfileUncheckedUpdateInput;
  await db.$transaction(async (tx) => {
    const before = await tx.profile.findUnique({
      where: { userId },
      select: { homeCentreId: true, shareWithHomeCentre: true },
    });
    await tx.profile.upsert({
      where: { userId },
      create: { userId, ...fields },
      update: fields,
      select: { userId: true },
    });
    await tx.profileLanguage.deleteMany({ where: { profileId: userId } });
    await tx.profileInterest.deleteMany({ where: { profileId: userId } });
    await tx.availabilityWindow.deleteMany({ where: { profileId: userId } });
    if (input.languages.length) {
      await tx.profileLanguage.createMany({
        data: input.languages.map((l, position) => ({ profileId: userId, code: l.code, level: l.level, position })),
      });
    }
    if (input.interests.length) {
      await tx.profileInterest.createMany({
        data: input.interests.map((i) => ({ profileId: userId, topicId: i.topicId, weight: i.weight })),
      });
    }
    // A new (or first) home centre starts unverified; an institutional address verifies it.
    if ((before?.homeCentreId ?? null) !== fields.homeCentreId) await settleHomeCentre(tx, userId, { reset: true });
    await recordShareConsent(tx, userId, before?.shareWithHomeCentre ?? false, fields.shareWithHomeCentre);
    if (input.windows.length) {
      await tx.availabilityWindow.createMany({
        data: input.windows.map((w) => ({
          profileId: userId,
          startDate: dateFromIso(w.start),
          endDate: dateFromIso(w.end),
        })),
      });
    }
  });
}

/** A profile as the matcher sees it, with what identifies its version. */
export interface MatchingProfileRow {
  userId: string;
  /** Changes on every save: part of the per-applicant ranking cache key. */
  updatedAt: string;
  profile: MatchProfile;
  /** Opportunity ids the applicant marked "not interested". */
  hidden: string[];
  /** A Lombardy professional's home centre (issue 19); null: an applicant from abroad. */
  homeCentreId: string | null;
}

interface RawProfileRow {
  userId: string;
  homeCentreId: string | null;
  updatedAt: Date | null;
  profession: Profession | null;
  careerStage: CareerStage | null;
  researchStatement: string | null;
  stayTypes: OpportunityType[] | null;
  languages: { code: string; level: CefrLevel }[] | null;
  interests: { topicId: string; weight: InterestWeight }[] | null;
  windows: { start: string; end: string }[] | null;
  hidden: string[] | null;
}

/**
 * One SQL statement for everything the matcher needs of some users: profile fields,
 * languages, interests, windows (as `YYYY-MM-DD`) and hidden opportunities. Users without a
 * profile row come back with an empty profile (and their hidden list).
 */
function rawProfiles(where: Prisma.Sql, limit: number) {
  return prisma.$queryRaw<RawProfileRow[]>`
    SELECT u."id" AS "userId", p."updatedAt", p."homeCentreId", p."profession"::text AS "profession", p."careerStage"::text AS "careerStage",
      p."researchStatement", p."stayTypes"::text[] AS "stayTypes",
      (SELECT json_agg(json_build_object('code', l."code", 'level', l."level") ORDER BY l."position", l."code")
         FROM "ProfileLanguage" l WHERE l."profileId" = u."id") AS "languages",
      (SELECT json_agg(json_build_object('topicId', i."topicId", 'weight', i."weight") ORDER BY i."topicId")
         FROM "ProfileInterest" i WHERE i."profileId" = u."id") AS "interests",
      (SELECT json_agg(json_build_object('start', to_char(w."startDate", 'YYYY-MM-DD'), 'end', to_char(w."endDate", 'YYYY-MM-DD')) ORDER BY w."startDate")
         FROM "AvailabilityWindow" w WHERE w."profileId" = u."id") AS "windows",
      (SELECT json_agg(h."opportunityId" ORDER BY h."opportunityId")
         FROM "HiddenOpportunity" h WHERE h."userId" = u."id") AS "hidden"
    FROM "User" u LEFT JOIN "Profile" p ON p."userId" = u."id"
    WHERE ${where}
    ORDER BY p."updatedAt" DESC NULLS LAST, u."id"
    LIMIT ${limit}`;
}

function toMatchingRow(r: RawProfileRow): MatchingProfileRow {
  return {
    userId: r.userId,
    updatedAt: r.updatedAt ? new Date(r.updatedAt).toISOString() : "none",
    profile: {
      profession: r.profession,
      careerStage: r.careerStage,
      languages: r.languages ?? [],
      interests: r.interests ?? [],
      statement: r.researchStatement ?? "",
      stayTypes: r.stayTypes ?? [],
      windows: r.windows ?? [],
    },
    hidden: r.hidden ?? [],
    homeCentreId: r.homeCentreId ?? null,
  };
}

/** The user's profile for matching (empty when they have none), in one query; null for an unknown user. */
export async function getMatchingProfile(userId: string): Promise<MatchingProfileRow | null> {
  const rows = await rawProfiles(Prisma.sql`u."id" = ${userId}`, 1);
  return rows[0] ? toMatchingRow(rows[0]) : null;
}

/**
 * Applicants who agreed to be suggested to centres (`Profile.suggestToCentres`) and have at
 * least one interest, most recently updated first, at most `limit`; one query.
 */
export async function listSuggestableProfiles(limit: number): Promise<MatchingProfileRow[]> {
  const rows = await rawProfiles(
    Prisma.sql`p."suggestToCentres" = true AND 'APPLICANT' = ANY(u."roles"::text[])
      AND EXISTS (SELECT 1 FROM "ProfileInterest" i WHERE i."profileId" = u."id")`,
    limit,
  );
  return rows.map(toMatchingRow);
}

/** What a coordinator may see of applicants who opted in: their public profile. */
export async function getPublicProfiles(userIds: string[]) {
  if (!userIds.length) return [];
  return prisma.profile.findMany({
    where: { userId: { in: userIds }, suggestToCentres: true },
    select: {
      userId: true,
      user: { select: { name: true } },
      profession: true,
      careerStage: true,
      country: true,
      homeInstitution: true,
      rorId: true,
      orcid: true,
      website: true,
      researchStatement: true,
      languages: { select: { code: true, level: true }, orderBy: [{ position: "asc" }, { code: "asc" }] },
      interests: { select: { topicId: true, weight: true }, orderBy: [{ weight: "asc" }, { topicId: "asc" }] },
    },
  });
}
