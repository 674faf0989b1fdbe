/**
 * Feedback after a stay (issue 16, part 5; decision 0038), the database side: whether the
 * applicant may give it, saving it once, the e-mail that asks for it, and a centre's
 * aggregates for its coordinators (SQL aggregates, as the dashboards; decision 0032).
 *
 * Rules: only the request's applicant (anyone else: not found), only after a coordinator
 * confirmed attendance (`Request.attendance = ATTENDED`), once per request (the
 * StayFeedback primary key is the request id). Coordinators never see who wrote what: the
 * aggregates carry no names, no dates, no request ids, and nothing below
 * FEEDBACK_MIN_ANSWERS answers.
 */
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { appUrl, enqueueEmail } from "~/notifications/outbox.server";
import { FEEDBACK_MIN_ANSWERS, type FeedbackSummary, type FeedbackValue } from "./feedback";
import type { CentreScope } from "./dashboard-stats.server";

type Tx = Prisma.TransactionClient;

/** Why feedback cannot be given: no such request of this applicant (404), not attended yet (403), already given (409). */
export type FeedbackRefusal = "not-found" | "not-completed" | "already-given";

/** The HTTP status of a refusal. */
export const feedbackStatus = (r: FeedbackRefusal) => (r === "not-found" ? 404 : r === "not-completed" ? 403 : 409);

/** Whether `applicantId` may give feedback on request `requestId` now (null: yes). */
export async function feedbackRefusal(
  applicantId: string,
  requestId: string,
  db: Tx = prisma,
): Promise<FeedbackRefusal | null> {
  const r = await db.request.findFirst({
    where: { id: requestId, applicantId },
    select: { attendance: true, feedback: { select: { requestId: true } } },
  });
  if (!r) return "not-found";
  if (r.attendance !== "ATTENDED") return "not-completed";
  return r.feedback ? "already-given" : null;
}

/**
 * Saves the applicant's feedback on request `requestId`, once.
 * @returns null when saved, or the refusal (nothing written). Two submissions at once: one
 *   wins, the other is "already-given" (the request row is locked while checking).
 */
export async function submitFeedback(input: {
  applicantId: string;
  requestId: string;
  value: FeedbackValue;
}): Promise<FeedbackRefusal | null> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Request" WHERE "id" = ${input.requestId} AND "applicantId" = ${input.applicantId} FOR UPDATE`;
    const refusal = await feedbackRefusal(input.applicantId, input.requestId, tx);
    if (refusal) return refusal;
    const r = await tx.request.findUniqueOrThrow({
      where: { id: input.requestId },
      select: { opportunity: { select: { centreId: true } } },
    });
    await tx.stayFeedback.create({
      data: {
        requestId: input.requestId,
        centreId: r.opportunity.centreId,
        rating: input.value.rating,
        wouldRecommend: input.value.wouldRecommend === "yes",
        mostUseful: input.value.mostUseful,
        couldBeBetter: input.value.couldBeBetter,
      },
      select: { requestId: true },
    });
    return null;
  });
}

/**
 * Inside the attendance transaction (letters.server.ts `recordAttendance`): asks the
 * applicant of an attended stay for feedback, once per request (idempotency key
 * `stay-feedback:<requestId>`), unless they already gave it.
 */
export async function enqueueFeedbackRequest(
  tx: Tx,
  r: {
    id: string;
    applicantId: string | null;
    applicant: { email: string; locale: string | null } | null;
    opportunity: { titleEn: string; titleIt: string; centre: { name: string; nameIt: string } };
  },
): Promise<void> {
  if (!r.applicantId || !r.applicant) return;
  const given = await tx.stayFeedback.findUnique({ where: { requestId: r.id }, select: { requestId: true } });
  if (given) return;
  const it = r.applicant.locale === "it";
  await enqueueEmail(tx, {
    kind: "stay-feedback",
    userId: r.applicantId,
    to: r.applicant.email,
    locale: r.applicant.locale ?? "en",
    payload: {
      url: appUrl(`/requests/${r.id}`) + "#feedback",
      opportunityTitle: it ? r.opportunity.titleIt : r.opportunity.titleEn,
      centreName: it ? r.opportunity.centre.nameIt : r.opportunity.centre.name,
    },
    idempotencyKey: `stay-feedback:${r.id}`,
  });
}

/** At most this many comments of each kind are listed (the most recent answers' are not preferred: alphabetical). */
const COMMENTS_MAX = 50;

/**
 * The aggregated feedback of the centres in `centreIds` (null: every centre), all time:
 * counts, the mean rating, the ratings' distribution, how many would recommend, and the
 * non-empty comments in alphabetical order. Below FEEDBACK_MIN_ANSWERS answers only the
 * count is returned.
 */
export async function feedbackSummary(centreIds: CentreScope): Promise<FeedbackSummary> {
  const where =
    centreIds === null
      ? Prisma.sql`TRUE`
      : centreIds.length
        ? Prisma.sql`"centreId" IN (${Prisma.join(centreIds)})`
        : Prisma.sql`FALSE`;
  const [row] = await prisma.$queryRaw<
    {
      answers: number;
      average: number | null;
      recommend: number;
      r1: number;
      r2: number;
      r3: number;
      r4: number;
      r5: number;
    }[]
  >`
    SELECT count(*)::int AS answers,
           round(avg("rating")::numeric, 1)::float8 AS average,
           (count(*) FILTER (WHERE "wouldRecommend"))::int AS recommend,
           (count(*) FILTER (WHERE "rating" = 1))::int AS r1,
           (count(*) FILTER (WHERE "rating" = 2))::int AS r2,
           (count(*) FILTER (WHERE "rating" = 3))::int AS r3,
           (count(*) FILTER (WHERE "rating" = 4))::int AS r4,
           (count(*) FILTER (WHERE "rating" = 5))::int AS r5
      FROM "StayFeedback"
     WHERE ${where}`;
  const answers = row?.answers ?? 0;
  if (!row || answers < FEEDBACK_MIN_ANSWERS) return { status: "too-few", answers };
  const comments = (column: "mostUseful" | "couldBeBetter") =>
    prisma.$queryRaw<{ text: string }[]>`
      SELECT ${Prisma.raw(`"${column}"`)} AS text FROM "StayFeedback"
       WHERE ${where} AND ${Prisma.raw(`"${column}"`)} <> ''
       ORDER BY ${Prisma.raw(`"${column}"`)} COLLATE "C" LIMIT ${COMMENTS_MAX}`;
  const [useful, better] = await Promise.all([comments("mostUseful"), comments("couldBeBetter")]);
  return {
    status: "ok",
    answers,
    averageRating: row.average ?? 0,
    ratings: [row.r1, row.r2, row.r3, row.r4, row.r5],
    recommend: row.recommend,
    mostUseful: useful.map((c) => c.text),
    couldBeBetter: better.map((c) => c.text),
  };
}
