/**
 * /requests/:id: one of the applicant's own requests (404 for anyone else's): its timeline
 * of states and dates, the expected decision date (the response clock's `dueAt`), the
 * centre's median response time so far, the thread (no internal notes), and the actions
 * answer, message and withdraw (each form posts `intent`). After approval, the stay as an
 * .ics download (/requests/:id/stay.ics).
 */
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { BodyForm, ButtonForm, type ActionData } from "~/requests/ui/request-forms";
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
  applicantScope,
  requireApplicant,
  getApplicantRequest,
  getCentreMedianResponseDays,
  getRequestState,
  isRequestStatus,
} from "~/requests/request.server";
import { performMove } from "~/requests/workflow.server";
import requestStyles from "~/styles/requests.css";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import {
  invalidReply,
  readActionForm,
  refusalReply,
  unknownIntentReply,
  uploadProblemKey,
} from "~/requests/request-actions.server";
import { BodySchema, IdSchema } from "~/requests/request-validation";
import { availableActions, isAction, isOpen } from "~/requests/transitions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

/** What an applicant does on this page. */
const APPLICANT_INTENTS = ["answer", "message", "withdraw"] as const;
const MESSAGE_INTENTS = new Set(["answer", "message"]);
const DONE = new Set(["submitted", ...APPLICANT_INTENTS]);

function requestIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!IdSchema.safeParse(id).success) notFound("No such request");
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const r = await getApplicantRequest(user.id, requestIdOf(params));
  if (!r) notFound("No such request");
  const { t, language } = await getRequestT(request, "requests");
  const it = language === "it";
  const median = await getCentreMedianResponseDays(r.opportunity.centre.id);
  const done = new URL(request.url).searchParams.get("done");
  const title = it ? r.opportunity.titleIt : r.opportunity.titleEn;
  return data(
    {
      title: t("page.metaTitle", { title }),
      done: done && DONE.has(done) ? done : null,
      median,
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
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

const schemas: Record<(typeof APPLICANT_INTENTS)[number], z.ZodTypeAny> = {
  answer: z.object({ body: BodySchema }),
  message: z.object({ body: BodySchema }),
  withdraw: z.object({}),
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApplicant(request);
  const requestId = requestIdOf(params);
  const scope = applicantScope(user.id);
  const current = await getRequestState(scope, requestId);
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
  const value = submission.value as { body?: string };
  const result = await performMove({
    requestId,
    expectedStatus,
    action: intent,
    actor: "APPLICANT",
    actorId: user.id,
    scope,
    data: value.body ? { body: value.body } : {},
    attachment: MESSAGE_INTENTS.has(intent) && file ? { ...file, ownerId: user.id } : null,
  });
  if (result.ok) return redirect(`/requests/${requestId}?done=${intent}`);
  if (result.reason === "not-found") notFound("No such request");
  return refusalReply(intent, result, submission.reply());
}

export default function RequestPage() {
  const { request: r, actions, median, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { t } = useTranslation("requests");
  const can = (a: string) => (actions as string[]).includes(a);
  const fileHref = (fileId: string) => `/requests/${r.id}/files/${fileId}`;

  return (
    <article className="request-page">
      <p className="breadcrumb">
        <Link to="/requests">{t("list.title")}</Link>
      </p>
      <h1>{r.opportunity.title}</h1>
      <p className="muted">
        <Link to={`/centres/${r.opportunity.centreSlug}`}>{r.opportunity.centreName}</Link> ·{" "}
        <StatusBadge status={r.status} />
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
          <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohortName} />
        </dd>
        <dt>{t("page.submitted")}</dt>
        <dd>
          <Instant value={r.submittedAt} />
        </dd>
        {r.open ? (
          <>
            <dt>{t("page.expected")}</dt>
            <dd>{r.paused ? t("page.paused") : <Instant value={r.dueAt} withTime={false} />}</dd>
          </>
        ) : r.decidedAt ? (
          <>
            <dt>{t("page.decided")}</dt>
            <dd>
              <Instant value={r.decidedAt} />
            </dd>
          </>
        ) : null}
        <dt>{t("page.median")}</dt>
        <dd>
          {median.days === null
            ? t("page.medianNone")
            : median.days < 1
              ? t("page.medianUnderDay", { count: median.decided })
              : t("page.medianDays", { count: median.decided, days: median.days })}{" "}
          <span className="muted">{t("page.responseTime", { days: r.opportunity.responseTimeDays })}</span>
        </dd>
        {r.declineReason ? (
          <>
            <dt>{t("page.declineReason")}</dt>
            <dd>
              <MessageText text={r.declineReason} />
            </dd>
          </>
        ) : null}
        {r.cancelReason ? (
          <>
            <dt>{t("page.cancelReason")}</dt>
            <dd>
              <MessageText text={r.cancelReason} />
            </dd>
          </>
        ) : null}
      </dl>

      {r.status === "APPROVED" || r.status === "COMPLETED" ? (
        <p>
          <a className="button" href={`/requests/${r.id}/stay.ics`} download>
            {t("page.ics")}
          </a>
        </p>
      ) : null}

      {r.status === "INFO_REQUESTED" && can("answer") ? (
        <section aria-labelledby="answer-title" className="panel panel-attention">
          <h2 id="answer-title">{t("page.answerTitle")}</h2>
          <p>{t("page.answerLead")}</p>
          <BodyForm
            intent="answer"
            expectedStatus={r.status}
            actionData={actionData}
            label={t("page.answerLabel")}
            submitLabel={t("page.answerSubmit")}
          />
        </section>
      ) : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("page.timeline")}</h2>
        <Timeline events={r.events} />
      </section>

      <section aria-labelledby="thread-title">
        <h2 id="thread-title">{t("page.thread")}</h2>
        <Thread messages={r.messages} fileHref={fileHref} viewer="applicant" />
        {can("message") ? (
          <BodyForm
            intent="message"
            expectedStatus={r.status}
            actionData={actionData}
            label={t("page.messageLabel")}
            submitLabel={t("page.messageSubmit")}
          />
        ) : null}
      </section>

      <section aria-labelledby="yours-title">
        <h2 id="yours-title">{t("page.yourRequest")}</h2>
        <h3>{t("page.motivation")}</h3>
        <MessageText text={r.motivation} />
        {r.answers.map((a, i) => (
          <div key={i}>
            <h3>{a.question}</h3>
            <MessageText text={a.body} />
          </div>
        ))}
        {r.cv ? (
          <p>
            <a href={`/requests/${r.id}/cv`} download>
              {t("page.cv", { name: r.cv.filename })}
            </a>{" "}
            (<FileSize bytes={r.cv.size} />)
          </p>
        ) : null}
      </section>

      {can("withdraw") ? (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{t("page.withdrawTitle")}</h2>
          <p>{t("page.withdrawLead")}</p>
          <ButtonForm
            intent="withdraw"
            expectedStatus={r.status}
            actionData={actionData}
            submitLabel={t("page.withdraw")}
            className="button button-danger"
          />
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  const { t } = useTranslation("requests");
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: () => (
          <NotFound
            title={t("notFound.title")}
            body={t("notFound.body")}
            to="/requests"
            linkText={t("notFound.back")}
          />
        ),
      }}
    />
  );
}
