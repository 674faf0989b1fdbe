/**
 * The server side of /inbox/:id: the page's data, shaped in the reader's language (the
 * request with its answers, thread and history; the applicant and their profile; how the
 * opportunity fits them, from app/matching/matching.server.ts; the seats on its dates; the
 * share of the response clock used; the centre's coordinators; the actions the
 * coordinator may take), and the data of a coordinator's move from its validated form.
 */
import { getOpportunityFitData } from "~/matching/matching.server";
import { todayIso } from "~/platform/dates";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import type { MoveData } from "~/requests/apply.server";
import {
  clockShareUsed,
  getInboxRequest,
  getSeatSituation,
  listCentreCoordinators,
  type InboxActor,
} from "~/requests/inbox.server";
import { attendanceRefusal, getLetterContext, invitationRefusal, lettersOf } from "~/requests/letters.server";
import { listReferees } from "~/requests/referees.server";
import type { MoveActionPage } from "~/requests/request-actions.server";
import { fillTemplate, type TemplateLanguage } from "~/requests/message-templates";
import { getTemplateOfCentre, listTemplatesOfCentre } from "~/requests/message-templates.server";
import { IdSchema } from "~/requests/request-validation";
import { availableActions, isOpen } from "~/requests/transitions";
import { INBOX_INTENTS } from "./intents";

/** The reply boxes a message template can fill in (`?for=`). */
const TEMPLATE_TARGETS = new Set(["message", "request-info"]);

/**
 * The message template chosen with `?template=<id>&for=<intent>` (issue 17), filled in for
 * request `r`: the placeholders resolved in the template's language. Null without a choice.
 * @throws a 404 response when the template is not one of the request's centre.
 */
async function chosenTemplate(
  url: URL,
  r: {
    startDate: string;
    endDate: string;
    applicant: { name: string } | null;
    opportunity: { centreId: string; titleEn: string; titleIt: string };
  },
  deletedName: string,
) {
  const id = url.searchParams.get("template");
  const target = url.searchParams.get("for") ?? "";
  if (!id || !TEMPLATE_TARGETS.has(target)) return null;
  if (!IdSchema.safeParse(id).success) notFound("No such template");
  const template = await getTemplateOfCentre(r.opportunity.centreId, id);
  if (!template) notFound("No such template");
  const language = template.language as TemplateLanguage;
  return {
    id: template.id,
    for: target,
    body: fillTemplate(
      template.body,
      {
        applicantName: r.applicant?.name ?? deletedName,
        opportunityTitle: language === "it" ? r.opportunity.titleIt : r.opportunity.titleEn,
        stay: { start: r.startDate, end: r.endDate },
      },
      language,
    ),
  };
}

/** The `done` values the page confirms (one per intent, and the letter pages' outcomes). */
const DONE = new Set<string>([...INBOX_INTENTS, "letter", "certificate", "no-show"]);

/**
 * The page's data for request `requestId` of the actor's centres, in the language of
 * `request`; `?done=<intent>` (after a move) is kept when it names an intent.
 * @throws a 404 response when the request is not within the actor's scope.
 */
export async function getInboxRequestPage(request: Request, actor: InboxActor, requestId: string) {
  const r = await getInboxRequest(actor, requestId);
  if (!r) notFound("No such request");
  const { t, language } = await getRequestT(request, "inbox");
  const it = language === "it";
  const today = todayIso();
  const [fit, coordinators, seats, letterCtx, templates, template, refereeList] = await Promise.all([
    r.applicantId
      ? getOpportunityFitData(r.applicantId, r.opportunity.id, today, language, "applicant")
      : Promise.resolve(null),
    listCentreCoordinators(r.opportunity.centreId),
    getSeatSituation({
      opportunityId: r.opportunity.id,
      seats: r.opportunity.seats,
      cohortId: r.cohortId,
      cohortSeats: r.cohort?.seats ?? null,
      startDate: r.startDate,
      endDate: r.endDate,
    }),
    getLetterContext(actor.scope, r.id),
    listTemplatesOfCentre(r.opportunity.centreId),
    chosenTemplate(new URL(request.url), r, t("list.deletedApplicant")),
    listReferees(actor.scope, r.id, { withFiles: true }),
  ]);
  const profile = r.applicant?.profile ?? null;
  const done = new URL(request.url).searchParams.get("done");
  const title = it ? r.opportunity.titleIt : r.opportunity.titleEn;
  return {
    title: t("page.metaTitle", { name: r.applicant?.name ?? "", title }),
    today,
    done: done && DONE.has(done) ? done : null,
    actions: availableActions(r.status, actor.actor).filter((a) => (INBOX_INTENTS as readonly string[]).includes(a)),
    coordinators,
    templates: templates.map((m) => ({ id: m.id, name: m.name, language: m.language })),
    template,
    seats,
    fit,
    referees:
      refereeList && (refereeList.required || refereeList.referees.length)
        ? { required: refereeList.required, referees: refereeList.referees }
        : null,
    letters: letterCtx
      ? {
          rows: lettersOf(letterCtx),
          canInvite: invitationRefusal(letterCtx) === null,
          noVisaLetter: letterCtx.status === "APPROVED" && letterCtx.opportunity.visaLetter !== true,
          canRecordAttendance: attendanceRefusal(letterCtx, today) === null,
          attendance: letterCtx.attendance,
          attendanceAt: letterCtx.attendanceAt?.toISOString() ?? null,
        }
      : null,
    shareUsed: clockShareUsed(
      {
        status: r.status,
        dueAt: new Date(r.dueAt),
        pausedAt: r.pausedAt ? new Date(r.pausedAt) : null,
        opportunity: r.opportunity,
      },
      new Date(),
    ),
    request: {
      id: r.id,
      status: r.status,
      open: isOpen(r.status),
      startDate: r.startDate,
      endDate: r.endDate,
      cohort: r.cohort,
      motivation: r.motivation,
      submittedAt: r.submittedAt,
      decidedAt: r.decidedAt,
      dueAt: r.dueAt,
      paused: r.pausedAt !== null,
      reminderSentAt: r.reminderSentAt,
      declineReason: r.declineReason,
      cancelReason: r.cancelReason,
      cv: r.cvFile,
      documents: r.documents,
      assignee: r.assignee,
      opportunity: {
        id: r.opportunity.id,
        title,
        centreName: it ? r.opportunity.centre.nameIt : r.opportunity.centre.name,
        responseTimeDays: r.opportunity.centre.responseTimeDays,
      },
      answers: r.answers.map((a) => ({ question: it ? a.question.textIt : a.question.textEn, body: a.body })),
      messages: r.messages,
      events: r.events.map((e) => ({
        id: e.id,
        action: e.action,
        toStatus: e.toStatus,
        createdAt: e.createdAt,
        actorName: e.actorName ?? (e.actorKind === "SYSTEM" ? t("page.system") : null),
      })),
    },
    applicant: r.applicant
      ? {
          name: r.applicant.name,
          email: r.applicant.email,
          profile: profile
            ? {
                ...profile,
                interests: profile.interests.map((i) => ({
                  weight: i.weight,
                  label: it ? i.topic.labelIt : i.topic.labelEn,
                })),
              }
            : null,
        }
      : null,
  };
}

/**
 * A coordinator's move data from its validated form: the message or reason text, the
 * assignee, and for approve the final stay (the posted dates, default the requested ones).
 */
export const coordinatorMoveData: MoveActionPage["moveData"] = (intent, value, current) => {
  const moveData: MoveData = {};
  if (value.body) moveData.body = value.body;
  if (value.reason) moveData.reason = value.reason;
  if (value.assigneeId) moveData.assigneeId = value.assigneeId;
  if (intent === "approve") {
    moveData.finalStay =
      value.startDate && value.endDate
        ? { start: value.startDate, end: value.endDate }
        : { start: current.startDate, end: current.endDate };
  }
  return moveData;
};
