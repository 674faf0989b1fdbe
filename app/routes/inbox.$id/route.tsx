/**
 * /inbox/:id: one request of the coordinator's centres (404 for any other): the applicant's
 * profile and how the opportunity matches it (app/matching/matching.server.ts), the request
 * with its answers and CV, seats on its dates, the thread with internal notes, the history
 * (every audit event) and the actions. Every action posts `intent`: open, assign
 * (`assigneeId`), request-info (`body`), message (`body`), note (`body`), approve (optional
 * `startDate`/`endDate`, default the requested dates), decline (`reason`), cancel (`reason`);
 * message-like ones may carry a PDF `attachment`.
 */
import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { languageName } from "~/components/labels";
import { ReasonList, ScoreParts, useScoreLabels } from "~/matching/ui/match-display";
import { ApproveForm, BodyForm, ButtonForm, ReasonForm, type ActionData } from "~/requests/ui/request-forms";
import {
  FileSize,
  Instant,
  MessageText,
  StatusBadge,
  StayDates,
  Thread,
  Timeline,
  NotFound,
} from "~/requests/ui/request-display";
import {
  clockShareUsed,
  getInboxRequest,
  getSeatSituation,
  listCentreCoordinators,
  requireInboxActor,
} from "~/requests/inbox.server";
import { getOpportunityFitData } from "~/matching/matching.server";
import { getRequestState, isRequestStatus } from "~/requests/request.server";
import { performMove } from "~/requests/workflow.server";
import matchingStyles from "~/styles/matching.css";
import requestStyles from "~/styles/requests.css";
import { todayIso } from "~/platform/dates";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import {
  invalidReply,
  readActionForm,
  refusalReply,
  unknownIntentReply,
  uploadProblemKey,
} from "~/requests/request-actions.server";
import { ApproveSchema, BodySchema, IdSchema, ReasonSchema } from "~/requests/request-validation";
import type { MoveData } from "~/requests/apply.server";
import { availableActions, isAction, isOpen } from "~/requests/transitions";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: requestStyles },
];

/** What a coordinator does on this page. */
const INBOX_INTENTS = ["open", "assign", "request-info", "message", "note", "approve", "decline", "cancel"] as const;
const MESSAGE_INTENTS = new Set(["request-info", "message", "note"]);
const DONE = new Set<string>(INBOX_INTENTS);

function requestIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!IdSchema.safeParse(id).success) notFound("No such request");
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const r = await getInboxRequest(actor, requestIdOf(params));
  if (!r) notFound("No such request");
  const { t, language } = await getRequestT(request, "inbox");
  const it = language === "it";
  const today = todayIso();
  const [fit, coordinators, seats] = await Promise.all([
    r.applicantId
      ? getOpportunityFitData(r.applicantId, r.opportunity.id, today, language, "applicant")
      : Promise.resolve(null),
    listCentreCoordinators(r.opportunity.centreId),
    getSeatSituation({
      id: r.id,
      opportunityId: r.opportunity.id,
      seats: r.opportunity.seats,
      cohortId: r.cohortId,
      cohortSeats: r.cohort?.seats ?? null,
      startDate: r.startDate,
      endDate: r.endDate,
    }),
  ]);
  const profile = r.applicant?.profile ?? null;
  const done = new URL(request.url).searchParams.get("done");
  const title = it ? r.opportunity.titleIt : r.opportunity.titleEn;
  return data(
    {
      title: t("page.metaTitle", { name: r.applicant?.name ?? "", title }),
      today,
      done: done && DONE.has(done) ? done : null,
      actions: availableActions(r.status, actor.actor).filter((a) => (INBOX_INTENTS as readonly string[]).includes(a)),
      coordinators,
      seats,
      fit,
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
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

const AssignSchema = z.object({
  assigneeId: IdSchema.optional().refine((v) => v !== undefined, "requests:validation.assigneeRequired"),
});

const schemas: Record<(typeof INBOX_INTENTS)[number], z.ZodTypeAny> = {
  open: z.object({}),
  assign: AssignSchema,
  "request-info": z.object({ body: BodySchema }),
  message: z.object({ body: BodySchema }),
  note: z.object({ body: BodySchema }),
  approve: ApproveSchema,
  decline: z.object({ reason: ReasonSchema }),
  cancel: z.object({ reason: ReasonSchema }),
};

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const requestId = requestIdOf(params);
  const current = await getRequestState(actor.scope, requestId);
  if (!current) notFound("No such request");

  const { formData, file, problem } = await readActionForm(request);
  const rawIntent = formData.get("intent");
  const intent = typeof rawIntent === "string" ? rawIntent : null;
  if (!isAction(intent)) return unknownIntentReply(intent);
  const posted = formData.get("expectedStatus");
  const expectedStatus = isRequestStatus(posted) ? posted : current.status;

  const schema = (schemas as Record<string, z.ZodTypeAny>)[intent] ?? z.object({});
  const submission = parseWithZod(formData, { schema });
  const attachmentError = MESSAGE_INTENTS.has(intent) && problem ? uploadProblemKey(problem) : null;
  if (submission.status !== "success" || attachmentError) {
    return invalidReply(
      intent,
      submission.reply(attachmentError ? { fieldErrors: { attachment: [attachmentError] } } : undefined),
    );
  }
  const value = submission.value as {
    body?: string;
    reason?: string;
    assigneeId?: string;
    startDate?: string;
    endDate?: string;
  };
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
  const result = await performMove({
    requestId,
    expectedStatus,
    action: intent,
    actor: actor.actor,
    actorId: actor.userId,
    scope: actor.scope,
    data: moveData,
    attachment: MESSAGE_INTENTS.has(intent) && file ? { ...file, ownerId: actor.userId } : null,
  });
  if (result.ok) return redirect(`/inbox/${requestId}?done=${intent}`);
  if (result.reason === "not-found") notFound("No such request");
  return refusalReply(intent, result, submission.reply());
}

function AssignForm({
  expectedStatus,
  actionData,
  coordinators,
  current,
}: {
  expectedStatus: string;
  actionData: ActionData | undefined;
  coordinators: { id: string; name: string }[];
  current: string | null;
}) {
  const { t } = useTranslation("inbox");
  const [form, fields] = useForm({
    id: "form-assign",
    constraint: getZodConstraint(AssignSchema),
    defaultValue: { assigneeId: current ?? "" },
    lastResult: actionData?.intent === "assign" ? actionData.result : undefined,
  });
  return (
    <Form method="post" {...getFormProps(form)} className="action-form">
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <div className="field">
        <label htmlFor={fields.assigneeId.id}>{t("page.assignTo")}</label>
        <select {...getSelectProps(fields.assigneeId)}>
          <option value="">{t("page.chooseColleague")}</option>
          {coordinators.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <ErrorList id={fields.assigneeId.errorId} errors={fields.assigneeId.errors} />
      </div>
      <SubmitButton intent="assign" pendingLabel={t("requests:forms.sending")}>
        {t("page.assign")}
      </SubmitButton>
    </Form>
  );
}

export default function InboxRequestPage() {
  const {
    request: r,
    actions,
    coordinators,
    seats,
    fit,
    applicant,
    done,
    today,
    shareUsed,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { t, i18n } = useTranslation("inbox");
  const can = (a: string) => (actions as string[]).includes(a);
  const fileHref = (fileId: string) => `/inbox/${r.id}/files/${fileId}`;
  const p = applicant?.profile ?? null;
  const scoreLabels = useScoreLabels();

  return (
    <article className="request-page inbox-request">
      <p className="breadcrumb">
        <Link to="/inbox">{t("list.title")}</Link>
      </p>
      <h1>{applicant?.name ?? t("list.deletedApplicant")}</h1>
      <p className="muted">
        {r.opportunity.title} · {r.opportunity.centreName} · <StatusBadge status={r.status} />
      </p>
      {done ? (
        <p className="flash flash-success" role="status">
          {t(`page.done.${done}`)}
        </p>
      ) : null}
      {actionData && !can(actionData.intent ?? "") ? (
        <ErrorList errors={actionData.result.error?.[""] ?? ["common:errors.409.body"]} className="flash flash-error" />
      ) : null}

      <dl className="facts-grid">
        <dt>{t("page.dates")}</dt>
        <dd>
          <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohort?.name} />
        </dd>
        <dt>{t("page.seats")}</dt>
        <dd>
          {seats.kind === "cohort"
            ? t("page.seatsCohort", { free: seats.free, seats: seats.seats })
            : t("page.seatsDaily", { free: seats.free, seats: seats.seats })}
        </dd>
        <dt>{t("page.submitted")}</dt>
        <dd>
          <Instant value={r.submittedAt} />
        </dd>
        {r.open ? (
          <>
            <dt>{t("page.due")}</dt>
            <dd>
              {r.paused ? t("clock.pausedLong") : <Instant value={r.dueAt} />}
              {shareUsed !== null ? (
                <span className="muted">
                  {" "}
                  ·{" "}
                  {t("page.clockUsed", {
                    percent: Math.max(0, Math.round(shareUsed * 100)),
                    days: r.opportunity.responseTimeDays,
                  })}
                </span>
              ) : null}
            </dd>
          </>
        ) : r.decidedAt ? (
          <>
            <dt>{t("page.decided")}</dt>
            <dd>
              <Instant value={r.decidedAt} />
            </dd>
          </>
        ) : null}
        <dt>{t("page.assignee")}</dt>
        <dd>{r.assignee?.name ?? t("list.unassigned")}</dd>
        {r.declineReason ? (
          <>
            <dt>{t("requests:page.declineReason")}</dt>
            <dd>
              <MessageText text={r.declineReason} />
            </dd>
          </>
        ) : null}
        {r.cancelReason ? (
          <>
            <dt>{t("requests:page.cancelReason")}</dt>
            <dd>
              <MessageText text={r.cancelReason} />
            </dd>
          </>
        ) : null}
      </dl>

      {actions.length ? (
        <section aria-labelledby="actions-title" className="panel">
          <h2 id="actions-title">{t("page.actions")}</h2>
          <div className="action-grid">
            {can("open") ? (
              <ButtonForm
                intent="open"
                expectedStatus={r.status}
                actionData={actionData}
                submitLabel={t("page.open")}
                className="button button-secondary"
              />
            ) : null}
            {can("assign") ? (
              <AssignForm
                expectedStatus={r.status}
                actionData={actionData}
                coordinators={coordinators}
                current={r.assignee?.id ?? null}
              />
            ) : null}
            {can("approve") ? (
              <ApproveForm
                expectedStatus={r.status}
                actionData={actionData}
                startDate={r.startDate}
                endDate={r.endDate}
                min={today}
              />
            ) : null}
            {can("request-info") ? (
              <BodyForm
                intent="request-info"
                expectedStatus={r.status}
                actionData={actionData}
                label={t("page.requestInfoLabel")}
                hint={t("page.requestInfoHint")}
                submitLabel={t("page.requestInfo")}
              />
            ) : null}
            {can("decline") ? (
              <ReasonForm
                intent="decline"
                expectedStatus={r.status}
                actionData={actionData}
                label={t("page.declineLabel")}
                submitLabel={t("page.decline")}
              />
            ) : null}
            {can("cancel") ? (
              <ReasonForm
                intent="cancel"
                expectedStatus={r.status}
                actionData={actionData}
                label={t("page.cancelLabel")}
                submitLabel={t("page.cancel")}
              />
            ) : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="applicant-title">
        <h2 id="applicant-title">{t("page.applicant")}</h2>
        {applicant ? (
          <dl className="facts-grid">
            <dt>{t("page.email")}</dt>
            <dd>
              <a href={`mailto:${applicant.email}`}>{applicant.email}</a>
            </dd>
            {p ? (
              <>
                <dt>{t("page.profession")}</dt>
                <dd>
                  {p.profession ? t(`common:profession.${p.profession}`) : "—"} ·{" "}
                  {p.careerStage ? t(`common:careerStage.${p.careerStage}`) : "—"}
                </dd>
                {p.homeInstitution || p.country ? (
                  <>
                    <dt>{t("page.institution")}</dt>
                    <dd>{[p.homeInstitution, p.country].filter(Boolean).join(", ")}</dd>
                  </>
                ) : null}
                {p.orcid ? (
                  <>
                    <dt>ORCID iD</dt>
                    <dd>
                      <a href={`https://orcid.org/${p.orcid}`} rel="noopener noreferrer nofollow" target="_blank">
                        {p.orcid}
                      </a>
                    </dd>
                  </>
                ) : null}
                {p.rorId ? (
                  <>
                    <dt>ROR ID</dt>
                    <dd>
                      <a href={p.rorId} rel="noopener noreferrer nofollow" target="_blank">
                        {p.rorId}
                      </a>
                    </dd>
                  </>
                ) : null}
                {p.website ? (
                  <>
                    <dt>{t("page.website")}</dt>
                    <dd>
                      <MessageText text={p.website} />
                    </dd>
                  </>
                ) : null}
                <dt>{t("page.languages")}</dt>
                <dd>
                  {p.languages.length
                    ? p.languages.map((l) => `${languageName(l.code, i18n.language)} (${l.level})`).join(", ")
                    : "—"}
                </dd>
                <dt>{t("page.interests")}</dt>
                <dd>{p.interests.length ? p.interests.map((i) => i.label).join(", ") : "—"}</dd>
                {p.researchStatement ? (
                  <>
                    <dt>{t("page.statement")}</dt>
                    <dd>
                      <MessageText text={p.researchStatement} />
                    </dd>
                  </>
                ) : null}
              </>
            ) : (
              <>
                <dt>{t("page.profession")}</dt>
                <dd>{t("page.noProfile")}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t("page.applicantDeleted")}</p>
        )}
      </section>

      {fit ? (
        <section aria-labelledby="match-title" className="fit">
          <h2 id="match-title">{t("page.match")}</h2>
          {fit.status === "ranked" ? (
            <>
              <p>
                {fit.of === null
                  ? t("page.matchRankOpen", { rank: fit.rank })
                  : t("page.matchRank", { rank: fit.rank, count: fit.of })}
              </p>
              <ScoreParts score={fit.score} parts={fit.parts} labels={scoreLabels} />
              <ReasonList reasons={fit.reasons} />
            </>
          ) : fit.status === "excluded" ? (
            <p>
              <strong>{t("page.matchExcluded")}</strong> {fit.reason}
            </p>
          ) : (
            <p>{t("page.matchNone")}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="request-title">
        <h2 id="request-title">{t("page.request")}</h2>
        <h3>{t("requests:page.motivation")}</h3>
        <MessageText text={r.motivation} />
        {r.answers.map((a, i) => (
          <div key={i}>
            <h3>{a.question}</h3>
            <MessageText text={a.body} />
          </div>
        ))}
        {r.cv ? (
          <p>
            <a href={`/inbox/${r.id}/cv`} download>
              {t("page.cv", { name: r.cv.filename })}
            </a>{" "}
            (<FileSize bytes={r.cv.size} />)
          </p>
        ) : null}
      </section>

      <section aria-labelledby="thread-title">
        <h2 id="thread-title">{t("page.thread")}</h2>
        <Thread messages={r.messages} fileHref={fileHref} viewer="coordinator" />
        {can("message") ? (
          <BodyForm
            intent="message"
            expectedStatus={r.status}
            actionData={actionData}
            label={t("page.messageLabel")}
            submitLabel={t("page.message")}
          />
        ) : null}
        {can("note") ? (
          <BodyForm
            intent="note"
            expectedStatus={r.status}
            actionData={actionData}
            label={t("page.noteLabel")}
            hint={t("page.noteHint")}
            submitLabel={t("page.note")}
          />
        ) : null}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("page.history")}</h2>
        <Timeline events={r.events} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  const { t } = useTranslation("inbox");
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: () => (
          <NotFound
            title={t("requests:notFound.title")}
            body={t("notFound.body")}
            to="/inbox"
            linkText={t("notFound.back")}
          />
        ),
      }}
    />
  );
}
