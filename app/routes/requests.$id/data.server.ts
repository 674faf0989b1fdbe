/**
 * The data of /requests/:id, shaped in the reader's language: the applicant's own request
 * with its answers, timeline and thread (no internal notes), the centre's median response
 * time so far, and the actions the applicant may take now.
 */
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { feedbackRefusal } from "~/requests/feedback.server";
import { getLetterContext, lettersOf } from "~/requests/letters.server";
import { listReferees } from "~/requests/referees.server";
import { applicantScope, getApplicantRequest, getCentreMedianResponseDays } from "~/requests/request.server";
import { availableActions, isOpen } from "~/requests/transitions";
import { APPLICANT_INTENTS } from "./intents";

/** The `done` values the page confirms: a submitted request, or one per intent. */
const DONE = new Set(["submitted", "feedback", ...APPLICANT_INTENTS]);

/**
 * The page's data for the applicant's request `requestId`, in the language of `request`;
 * `?done=` (after a move or the submission) is kept when the page knows it.
 * @throws a 404 response when the request is not the applicant's.
 */
export async function getApplicantRequestPage(request: Request, applicantId: string, requestId: string) {
  const r = await getApplicantRequest(applicantId, requestId);
  if (!r) notFound("No such request");
  const { t, language } = await getRequestT(request, "requests");
  const it = language === "it";
  const [median, letterCtx, refereeList, feedbackRefused] = await Promise.all([
    getCentreMedianResponseDays(r.opportunity.centre.id),
    getLetterContext(applicantScope(applicantId), r.id),
    listReferees(applicantScope(applicantId), r.id, { withFiles: false }),
    feedbackRefusal(applicantId, r.id),
  ]);
  const done = new URL(request.url).searchParams.get("done");
  const title = it ? r.opportunity.titleIt : r.opportunity.titleEn;
  return {
    title: t("page.metaTitle", { title }),
    done: done && DONE.has(done) ? done : null,
    median,
    letters: letterCtx ? lettersOf(letterCtx) : [],
    // Received/pending only: the applicant never sees a letter (decision 0037).
    referees:
      refereeList && (refereeList.required || refereeList.referees.length)
        ? { required: refereeList.required, received: refereeList.referees.filter((x) => x.receivedAt).length }
        : null,
    /** After an attended stay: "ask" for feedback, or "given"; null before (issue 16, part 5). */
    feedback:
      feedbackRefused === null ? ("ask" as const) : feedbackRefused === "already-given" ? ("given" as const) : null,
    actions: availableActions(r.status, "APPLICANT").filter((a) =>
      (APPLICANT_INTENTS as readonly string[]).includes(a),
    ),
    request: {
      id: r.id,
      status: r.status,
      open: isOpen(r.status),
      startDate: r.startDate,
      endDate: r.endDate,
      cohortName: r.cohort?.name ?? null,
      motivation: r.motivation,
      submittedAt: r.submittedAt,
      decidedAt: r.decidedAt,
      dueAt: r.dueAt,
      paused: r.pausedAt !== null,
      declineReason: r.declineReason,
      cancelReason: r.cancelReason,
      cv: r.cvFile,
      documents: r.documents,
      opportunity: {
        id: r.opportunity.id,
        title,
        centreName: it ? r.opportunity.centre.nameIt : r.opportunity.centre.name,
        centreSlug: r.opportunity.centre.slug,
        responseTimeDays: r.opportunity.centre.responseTimeDays,
      },
      answers: r.answers.map((a) => ({ question: it ? a.question.textIt : a.question.textEn, body: a.body })),
      events: r.events,
      messages: r.messages.map((m) => ({ ...m, fromApplicant: m.mine })),
    },
  };
}
