/**
 * /requests/:id: one of the applicant's own requests (404 for anyone else's): its timeline
 * of states and dates, the expected decision date (the response clock's `dueAt`), the
 * centre's median response time so far, the thread (no internal notes), and the actions
 * answer, message and withdraw (each form posts `intent`; withdrawing takes a second step,
 * `confirmed=yes`). After approval, the stay as an
 * .ics download (/requests/:id/stay.ics). After an attended stay, the feedback form (posting
 * to /requests/:id/feedback).
 *
 * The route module is thin: the page's data is built in data.server.ts, the intents and
 * their schemas are in intents.ts, the move itself runs in
 * app/requests/request-actions.server.ts (`runMoveAction`), and the facts are facts.tsx.
 */
import { SentDocuments } from "~/requests/ui/sent-documents";
import {
  data,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NotFoundBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { BodyForm, ButtonForm, ConfirmForm, needsConfirming, type ActionData } from "~/requests/ui/request-forms";
import { FileSize, MessageText, StatusBadge, Thread, Timeline } from "~/requests/ui/request-display";
import { applicantScope, requireApplicant } from "~/requests/request.server";
import { requestIdOf, runMoveAction } from "~/requests/request-actions.server";
import { LettersSection } from "~/requests/ui/letters";
import { RefereeSummary } from "~/requests/ui/referees";
import { FeedbackForm } from "~/requests/ui/feedback-form";
import requestStyles from "~/styles/requests.css";
import { getApplicantRequestPage } from "./data.server";
import { RequestFacts } from "./facts";
import { APPLICANT_SCHEMAS, CONFIRM_INTENTS, MESSAGE_INTENTS } from "./intents";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const page = await getApplicantRequestPage(request, user.id, requestIdOf(params));
  return data(page, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApplicant(request);
  const requestId = requestIdOf(params);
  return runMoveAction(request, {
    requestId,
    scope: applicantScope(user.id),
    actor: "APPLICANT",
    actorId: user.id,
    schemas: APPLICANT_SCHEMAS,
    messageIntents: MESSAGE_INTENTS,
    moveData: (_intent, value) => (value.body ? { body: value.body } : {}),
    path: `/requests/${requestId}`,
    confirmIntents: CONFIRM_INTENTS,
  });
}

export default function RequestPage() {
  const { request: r, actions, median, done, letters, referees, feedback } = useLoaderData<typeof loader>();
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

      <RequestFacts r={r} median={median} />

      {r.status === "APPROVED" || r.status === "COMPLETED" ? (
        <p>
          <a className="button" href={`/requests/${r.id}/stay.ics`} download>
            {t("page.ics")}
          </a>
        </p>
      ) : null}

      {referees ? <RefereeSummary requestId={r.id} required={referees.required} received={referees.received} /> : null}

      {letters.length ? (
        <LettersSection letters={letters} pdfHref={(letterId) => `/requests/${r.id}/letters/${letterId}`} />
      ) : null}

      {feedback ? (
        <section aria-labelledby="feedback-title" id="feedback" className="panel">
          <h2 id="feedback-title">{t("feedback.title")}</h2>
          {feedback === "ask" ? (
            <>
              <p>{t("feedback.lead")}</p>
              <FeedbackForm requestId={r.id} />
            </>
          ) : (
            <p>{t("feedback.given")}</p>
          )}
        </section>
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
        <SentDocuments documents={r.documents} base={`/requests/${r.id}/files`} />
      </section>

      {can("withdraw") ? (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{t("page.withdrawTitle")}</h2>
          <p>{t("page.withdrawLead")}</p>
          {actionData && needsConfirming(actionData, "withdraw") ? (
            <ConfirmForm
              intent="withdraw"
              actionData={actionData}
              question={t("page.withdrawConfirmTitle")}
              consequence={t(r.status === "APPROVED" ? "page.withdrawConfirmApproved" : "page.withdrawConfirmBody")}
              submitLabel={t("page.withdrawConfirm")}
              backTo={`/requests/${r.id}`}
              backLabel={t("page.withdrawKeep")}
            />
          ) : (
            <ButtonForm
              intent="withdraw"
              expectedStatus={r.status}
              actionData={actionData}
              submitLabel={t("page.withdraw")}
              className="button button-danger"
            />
          )}
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <NotFoundBoundary ns="requests" to="/requests" />;
}
