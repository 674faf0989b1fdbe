/**
 * /inbox/:id: one request of the coordinator's centres (404 for any other): the applicant's
 * profile and how the opportunity matches it (app/matching/matching.server.ts), the request
 * with its answers and CV, seats on its dates, the thread with internal notes, the history
 * (every audit event) and the actions. Every action posts `intent`: open, assign
 * (`assigneeId`), request-info (`body`), message (`body`), note (`body`), approve (optional
 * `startDate`/`endDate`, default the requested dates), decline (`reason`), cancel (`reason`,
 * then a second step with `confirmed=yes`); message-like ones may carry a PDF `attachment`.
 * On a new request, asking for information, messaging, approving and declining open it first.
 * `?template=<id>&for=message|request-info` fills that box with one of the centre's message
 * templates, its placeholders resolved for this request (a template of another centre: 404).
 *
 * The route module is thin: the page's data and a move's data are built in
 * data.server.ts, the intents and their schemas are in intents.ts, the move itself runs in
 * app/requests/request-actions.server.ts (`runMoveAction`), and the page's parts are the
 * sibling components (facts.tsx, actions.tsx, applicant.tsx, thread.tsx).
 */
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
import type { ActionData } from "~/requests/ui/request-forms";
import { StatusBadge, Timeline } from "~/requests/ui/request-display";
import { LettersSection } from "~/requests/ui/letters";
import { RefereeLettersSection } from "~/requests/ui/referees";
import { requireInboxActor } from "~/requests/inbox.server";
import { requestIdOf, runMoveAction } from "~/requests/request-actions.server";
import matchingStyles from "~/styles/matching.css";
import requestStyles from "~/styles/requests.css";
import { ActionsPanel } from "./actions";
import { ApplicantSection, FitSection } from "./applicant";
import { coordinatorMoveData, getInboxRequestPage } from "./data.server";
import { RequestFacts } from "./facts";
import { CONFIRM_INTENTS, INBOX_SCHEMAS, MESSAGE_INTENTS } from "./intents";
import { RequestSection, ThreadSection } from "./thread";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: requestStyles },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const page = await getInboxRequestPage(request, actor, requestIdOf(params));
  return data(page, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const requestId = requestIdOf(params);
  return runMoveAction(request, {
    requestId,
    scope: actor.scope,
    actor: actor.actor,
    actorId: actor.userId,
    schemas: INBOX_SCHEMAS,
    messageIntents: MESSAGE_INTENTS,
    moveData: coordinatorMoveData,
    path: `/inbox/${requestId}`,
    confirmIntents: CONFIRM_INTENTS,
  });
}

export default function InboxRequestPage() {
  const {
    request: r,
    actions,
    coordinators,
    templates,
    template,
    seats,
    fit,
    applicant,
    done,
    today,
    shareUsed,
    letters,
    referees,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { t } = useTranslation("inbox");
  const { t: tl } = useTranslation("letters");
  const can = (a: string) => (actions as string[]).includes(a);

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

      <RequestFacts r={r} seats={seats} shareUsed={shareUsed} />
      <ActionsPanel
        actions={actions}
        r={r}
        actionData={actionData}
        coordinators={coordinators}
        today={today}
        templates={templates}
        template={template}
      />
      {letters && (letters.rows.length || letters.canInvite || letters.canRecordAttendance || letters.noVisaLetter) ? (
        <LettersSection
          letters={letters.rows}
          pdfHref={(letterId) => `/inbox/${r.id}/letters/${letterId}`}
          note={
            letters.attendance
              ? `${tl(letters.attendance === "ATTENDED" ? "section.attended" : "section.noShow", { date: (letters.attendanceAt ?? "").slice(0, 10) })}`
              : letters.noVisaLetter
                ? tl("section.noVisaLetter")
                : null
          }
          links={[
            ...(letters.canInvite ? [{ to: `/inbox/${r.id}/letter`, label: tl("section.prepare") }] : []),
            ...(letters.canRecordAttendance
              ? [{ to: `/inbox/${r.id}/attendance`, label: tl("section.attendance") }]
              : []),
          ]}
        />
      ) : null}
      {referees ? (
        <RefereeLettersSection
          required={referees.required}
          referees={referees.referees}
          href={(refereeId) => `/inbox/${r.id}/referees/${refereeId}`}
        />
      ) : null}
      <ApplicantSection applicant={applicant} />
      <FitSection fit={fit} />
      <RequestSection r={r} />
      <ThreadSection r={r} actions={actions} actionData={actionData} templates={templates} template={template} />

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("page.history")}</h2>
        <Timeline events={r.events} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <NotFoundBoundary ns="inbox" to="/inbox" keys={{ title: "requests:notFound.title" }} />;
}
