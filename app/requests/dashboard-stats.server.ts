/**
 * The dashboards' figures (issue 17 part 2), each one SQL aggregate (GROUP BY, date_trunc,
 * percentile_cont) over the requests, opportunities and events of a set of centres, never a
 * loop over every row in JavaScript. Works alike on PGlite and PostgreSQL; months and
 * instants are taken in UTC whatever the session's time zone.
 *
 * `centreIds` null = every centre (the region); an empty list = none. The period is
 * `[fromMonth-01, (toMonth+1)-01)` in UTC, on the request's `submittedAt` (the event's
 * `startsAt` for events).
 */
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { addMonths, type Outcome } from "./dashboard";

export type CentreScope = string[] | null;

export interface Period {
  from: string;
  to: string;
}

function inCentres(column: Prisma.Sql, centreIds: CentreScope): Prisma.Sql {
  if (centreIds === null) return Prisma.sql`TRUE`;
  if (!centreIds.length) return Prisma.sql`FALSE`;
  return Prisma.sql`${column} IN (${Prisma.join(centreIds)})`;
}

/** `[start, end)` instants of a period, as ISO strings for `::timestamptz` parameters. */
function bounds(period: Period): { start: string; end: string } {
  return { start: `${period.from}-01T00:00:00.000Z`, end: `${addMonths(period.to, 1)}-01T00:00:00.000Z` };
}

/** Requests submitted in the period, by month (`YYYY-MM`, UTC) and outcome; zero cells absent. */
export async function requestsByMonth(centreIds: CentreScope, period: Period) {
  const { start, end } = bounds(period);
  return prisma.$queryRaw<{ month: string; outcome: Outcome; n: number }[]>`
    SELECT to_char(date_trunc('month', r."submittedAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS "month",
           CASE
             WHEN r."status" IN ('APPROVED', 'COMPLETED') THEN 'approved'
             WHEN r."status" = 'DECLINED' THEN 'declined'
             WHEN r."status" = 'WITHDRAWN' THEN 'withdrawn'
             WHEN r."status" = 'CANCELLED' THEN 'cancelled'
             WHEN r."status" = 'EXPIRED' THEN 'expired'
             ELSE 'open'
           END AS "outcome",
           count(*)::int AS "n"
      FROM "Request" r JOIN "Opportunity" o ON o."id" = r."opportunityId"
     WHERE ${inCentres(Prisma.sql`o."centreId"`, centreIds)}
       AND r."submittedAt" >= ${start}::timestamptz AND r."submittedAt" < ${end}::timestamptz
     GROUP BY 1, 2
     ORDER BY 1, 2`;
}

/**
 * Applicants (distinct people) and their requests in the period, by the country of their
 * profile (ISO 3166-1 alpha-2; null when not stated), most applicants first. Requests of
 * deleted accounts are left out.
 */
export async function applicantsByCountry(centreIds: CentreScope, period: Period) {
  const { start, end } = bounds(period);
  return prisma.$queryRaw<{ country: string | null; applicants: number; requests: number }[]>`
    SELECT p."country" AS "country",
           count(DISTINCT r."applicantId")::int AS "applicants",
           count(*)::int AS "requests"
      FROM "Request" r
      JOIN "Opportunity" o ON o."id" = r."opportunityId"
      LEFT JOIN "Profile" p ON p."userId" = r."applicantId"
     WHERE ${inCentres(Prisma.sql`o."centreId"`, centreIds)}
       AND r."applicantId" IS NOT NULL
       AND r."submittedAt" >= ${start}::timestamptz AND r."submittedAt" < ${end}::timestamptz
     GROUP BY p."country"
     ORDER BY "applicants" DESC, "requests" DESC, p."country" NULLS LAST`;
}

/**
 * Requests submitted in the period and those approved (APPROVED or COMPLETED), by
 * therapeutic area: the top-level category (a root of the MeSH-based taxonomy, the Topic
 * table) of the opportunity's topics. A request whose opportunity has topics under two
 * areas counts once in each; one with no topic is not counted.
 */
export async function requestsByArea(centreIds: CentreScope, period: Period) {
  const { start, end } = bounds(period);
  return prisma.$queryRaw<
    {
      id: string;
      labelEn: string;
      labelIt: string;
      meshTreeNumber: string | null;
      requests: number;
      approved: number;
    }[]
  >`
    WITH RECURSIVE chain ("topicId", "currentId", "parentId") AS (
      SELECT t."id", t."id", t."parentId" FROM "Topic" t
      UNION ALL
      SELECT c."topicId", p."id", p."parentId" FROM chain c JOIN "Topic" p ON p."id" = c."parentId"
    ),
    roots AS (SELECT "topicId", "currentId" AS "rootId" FROM chain WHERE "parentId" IS NULL),
    request_areas AS (
      SELECT DISTINCT r."id" AS "requestId", r."status" AS "status", ro."rootId" AS "rootId"
        FROM "Request" r
        JOIN "Opportunity" o ON o."id" = r."opportunityId"
        JOIN "OpportunityTopic" ot ON ot."opportunityId" = o."id"
        JOIN roots ro ON ro."topicId" = ot."topicId"
       WHERE ${inCentres(Prisma.sql`o."centreId"`, centreIds)}
         AND r."submittedAt" >= ${start}::timestamptz AND r."submittedAt" < ${end}::timestamptz
    )
    SELECT t."id", t."labelEn", t."labelIt", t."meshTreeNumber",
           count(*)::int AS "requests",
           (count(*) FILTER (WHERE ra."status" IN ('APPROVED', 'COMPLETED')))::int AS "approved"
      FROM request_areas ra JOIN "Topic" t ON t."id" = ra."rootId"
     GROUP BY t."id", t."labelEn", t."labelIt", t."meshTreeNumber"
     ORDER BY "requests" DESC, t."id"`;
}

/** The centre's moves that answer an applicant: the first of them is the "first response". */
const RESPONSES = ["request-info", "message", "approve", "decline"];

/**
 * Per centre, over the requests submitted in the period: the median and 90th percentile
 * (percentile_cont, continuous) of the time from submission to the centre's first response
 * (a coordinator's or admin's request for information, message, approval or decline) and
 * to the decision (`decidedAt`: approved or declined), in days; with how many requests
 * each figure rests on. Centres without requests in the period are absent.
 */
export async function responseTimesByCentre(centreIds: CentreScope, period: Period) {
  const { start, end } = bounds(period);
  const rows = await prisma.$queryRaw<
    {
      id: string;
      name: string;
      nameIt: string;
      responded: number;
      responseMedian: number | null;
      responseP90: number | null;
      decided: number;
      decisionMedian: number | null;
      decisionP90: number | null;
    }[]
  >`
    WITH timed AS (
      SELECT o."centreId" AS "centreId",
             EXTRACT(EPOCH FROM (fr."firstAt" - r."submittedAt"))::float8 / 86400 AS "toResponse",
             EXTRACT(EPOCH FROM (r."decidedAt" - r."submittedAt"))::float8 / 86400 AS "toDecision"
        FROM "Request" r
        JOIN "Opportunity" o ON o."id" = r."opportunityId"
        LEFT JOIN LATERAL (
          SELECT min(e."createdAt") AS "firstAt" FROM "RequestEvent" e
           WHERE e."requestId" = r."id" AND e."actorKind" IN ('COORDINATOR', 'ADMIN')
             AND e."action" IN (${Prisma.join(RESPONSES)})
        ) fr ON TRUE
       WHERE ${inCentres(Prisma.sql`o."centreId"`, centreIds)}
         AND r."submittedAt" >= ${start}::timestamptz AND r."submittedAt" < ${end}::timestamptz
    )
    SELECT c."id", c."name", c."nameIt",
           count(tm."toResponse")::int AS "responded",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY tm."toResponse"))::float8 AS "responseMedian",
           (percentile_cont(0.9) WITHIN GROUP (ORDER BY tm."toResponse"))::float8 AS "responseP90",
           count(tm."toDecision")::int AS "decided",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY tm."toDecision"))::float8 AS "decisionMedian",
           (percentile_cont(0.9) WITHIN GROUP (ORDER BY tm."toDecision"))::float8 AS "decisionP90"
      FROM timed tm JOIN "Centre" c ON c."id" = tm."centreId"
     GROUP BY c."id", c."name", c."nameIt"
     ORDER BY c."name"`;
  const num = (v: number | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    ...r,
    responseMedian: num(r.responseMedian),
    responseP90: num(r.responseP90),
    decisionMedian: num(r.decisionMedian),
    decisionP90: num(r.decisionP90),
  }));
}

/** How many months the occupancy chart looks ahead, the current one included. */
export const OCCUPANCY_MONTHS = 6;

/**
 * Seat occupancy of the published real opportunities of the centres over the months from
 * `firstMonth` (OCCUPANCY_MONTHS of them): per opportunity and month, the visitor-days of
 * its APPROVED stays outside cohorts (dates inclusive, the rule of app/requests/seats.ts:
 * a stay of 3 July–5 July takes a seat on 3 days) within the month, and the seat-days
 * (`seats` × days in the month). At most `limit` opportunities, the busiest first.
 */
export async function occupancyByOpportunity(centreIds: CentreScope, firstMonth: string, limit = 15) {
  const first = `${firstMonth}-01`;
  return prisma.$queryRaw<
    { id: string; titleEn: string; titleIt: string; seats: number; month: string; days: number; visitorDays: number }[]
  >`
    WITH months AS (
      SELECT (${first}::date + make_interval(months => g))::date AS "start",
             (${first}::date + make_interval(months => g + 1))::date AS "next"
        FROM generate_series(0, ${OCCUPANCY_MONTHS - 1}::int) AS g
    ),
    cells AS (
      SELECT o."id", o."titleEn", o."titleIt", o."seats", m."start", m."next",
             -- LEAST/GREATEST skip NULLs: a month without stays must add 0, not the whole month.
             COALESCE(sum(CASE WHEN r."id" IS NULL THEN 0
                               ELSE LEAST(r."endDate", m."next" - 1) - GREATEST(r."startDate", m."start") + 1 END), 0)::int
               AS "visitorDays"
        FROM "Opportunity" o
        CROSS JOIN months m
        LEFT JOIN "Request" r ON r."opportunityId" = o."id" AND r."status" = 'APPROVED' AND r."cohortId" IS NULL
                             AND r."startDate" < m."next" AND r."endDate" >= m."start"
       WHERE ${inCentres(Prisma.sql`o."centreId"`, centreIds)}
         AND o."status" = 'PUBLISHED' AND o."isExample" = FALSE
       GROUP BY o."id", o."titleEn", o."titleIt", o."seats", m."start", m."next"
    ),
    chosen AS (
      SELECT "id" FROM cells GROUP BY "id", "titleEn" ORDER BY sum("visitorDays") DESC, "titleEn", "id" LIMIT ${limit}
    )
    SELECT c."id", c."titleEn", c."titleIt", c."seats", to_char(c."start", 'YYYY-MM') AS "month",
           (c."next" - c."start")::int AS "days", c."visitorDays"
      FROM cells c JOIN chosen USING ("id")
     ORDER BY c."titleEn", c."id", c."start"`;
}

/**
 * Published or cancelled events of the centres (any of their organisers) starting in the
 * period, oldest first (at most `limit`): registrations (REGISTERED), the waiting list
 * (WAITLISTED) and attendance (registered people marked as attended).
 */
export async function eventRegistrations(centreIds: CentreScope, period: Period, limit = 20) {
  const { start, end } = bounds(period);
  return prisma.$queryRaw<
    {
      id: string;
      titleEn: string;
      titleIt: string;
      startsAt: Date;
      registered: number;
      waitlisted: number;
      attended: number;
    }[]
  >`
    SELECT e."id", e."titleEn", e."titleIt", e."startsAt",
           (count(g."id") FILTER (WHERE g."status" = 'REGISTERED'))::int AS "registered",
           (count(g."id") FILTER (WHERE g."status" = 'WAITLISTED'))::int AS "waitlisted",
           (count(g."id") FILTER (WHERE g."status" = 'REGISTERED' AND g."attended"))::int AS "attended"
      FROM "Event" e
      LEFT JOIN "EventRegistration" g ON g."eventId" = e."id"
     WHERE e."status" <> 'DRAFT'
       AND e."startsAt" >= ${start}::timestamptz AND e."startsAt" < ${end}::timestamptz
       AND EXISTS (SELECT 1 FROM "EventCentre" ec WHERE ec."eventId" = e."id"
                     AND ${inCentres(Prisma.sql`ec."centreId"`, centreIds)})
     GROUP BY e."id", e."titleEn", e."titleIt", e."startsAt"
     ORDER BY e."startsAt", e."id"
     LIMIT ${limit}`;
}

/** Which way a request crosses the region's border (decision 0036). */
export type FlowDirection = "inbound" | "outbound";

/**
 * The requests of the period that cross Lombardy's border, each with its direction
 * (decision 0036): *inbound*, an applicant without a Lombardy home centre (their profile's
 * `homeCentreId` null, or not a centre in Lombardy; no profile counts as from abroad) asking
 * a centre in Lombardy (`Centre.country` null); *outbound*, a Lombardy professional (home
 * centre in Lombardy) asking a partner abroad (`country` set). The profile is read as it is
 * now. Requests of deleted accounts and those crossing no border are left out.
 *
 * Scope: inbound requests count for the host centre; outbound ones for the professional's
 * home centre and for the partner that hosts them, so a Lombardy coordinator sees their
 * staff going out and a partner's coordinator the professionals it receives.
 */
function flowsCte(centreIds: CentreScope, period: Period): Prisma.Sql {
  const { start, end } = bounds(period);
  return Prisma.sql`
    flows AS (
      SELECT r."id", r."status", r."opportunityId",
             CASE WHEN c."country" IS NULL THEN 'inbound' ELSE 'outbound' END AS "direction",
             CASE WHEN c."country" IS NULL THEN p."country" ELSE c."country" END AS "country"
        FROM "Request" r
        JOIN "Opportunity" o ON o."id" = r."opportunityId"
        JOIN "Centre" c ON c."id" = o."centreId"
        LEFT JOIN "Profile" p ON p."userId" = r."applicantId"
        LEFT JOIN "Centre" hc ON hc."id" = p."homeCentreId" AND hc."country" IS NULL
       WHERE r."applicantId" IS NOT NULL
         AND r."submittedAt" >= ${start}::timestamptz AND r."submittedAt" < ${end}::timestamptz
         AND ((c."country" IS NULL AND hc."id" IS NULL AND ${inCentres(Prisma.sql`c."id"`, centreIds)})
           OR (c."country" IS NOT NULL AND hc."id" IS NOT NULL
               AND (${inCentres(Prisma.sql`c."id"`, centreIds)} OR ${inCentres(Prisma.sql`hc."id"`, centreIds)})))
    )`;
}

/**
 * Requests of one direction in the period and those approved (APPROVED or COMPLETED), by
 * country: the applicant's profile country for inbound (null when not stated), the host
 * partner's country for outbound; most requests first. See `flowsCte` for the definitions.
 */
export async function flowByCountry(direction: FlowDirection, centreIds: CentreScope, period: Period) {
  return prisma.$queryRaw<{ country: string | null; requests: number; approved: number }[]>`
    WITH ${flowsCte(centreIds, period)}
    SELECT f."country" AS "country",
           count(*)::int AS "requests",
           (count(*) FILTER (WHERE f."status" IN ('APPROVED', 'COMPLETED')))::int AS "approved"
      FROM flows f
     WHERE f."direction" = ${direction}
     GROUP BY f."country"
     ORDER BY "requests" DESC, f."country" NULLS LAST`;
}

/**
 * Inbound and outbound requests of the period by therapeutic area (the root of each of the
 * opportunity's topics, as `requestsByArea`; a request in two areas counts in each, one
 * with no topic nowhere), most requests first.
 */
export async function flowByArea(centreIds: CentreScope, period: Period) {
  return prisma.$queryRaw<{ id: string; labelEn: string; labelIt: string; inbound: number; outbound: number }[]>`
    WITH RECURSIVE chain ("topicId", "currentId", "parentId") AS (
      SELECT t."id", t."id", t."parentId" FROM "Topic" t
      UNION ALL
      SELECT c."topicId", p."id", p."parentId" FROM chain c JOIN "Topic" p ON p."id" = c."parentId"
    ),
    roots AS (SELECT "topicId", "currentId" AS "rootId" FROM chain WHERE "parentId" IS NULL),
    ${flowsCte(centreIds, period)},
    flow_areas AS (
      SELECT DISTINCT f."id", f."direction", ro."rootId"
        FROM flows f
        JOIN "OpportunityTopic" ot ON ot."opportunityId" = f."opportunityId"
        JOIN roots ro ON ro."topicId" = ot."topicId"
    )
    SELECT t."id", t."labelEn", t."labelIt",
           (count(*) FILTER (WHERE fa."direction" = 'inbound'))::int AS "inbound",
           (count(*) FILTER (WHERE fa."direction" = 'outbound'))::int AS "outbound"
      FROM flow_areas fa JOIN "Topic" t ON t."id" = fa."rootId"
     GROUP BY t."id", t."labelEn", t."labelIt"
     ORDER BY count(*) DESC, t."id"`;
}
