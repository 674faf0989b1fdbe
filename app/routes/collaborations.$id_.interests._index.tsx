/**
 * /collaborations/:id/interests: the proposer reads the expressions of interest in their
 * proposal (the person's name and message only: no address before acceptance) and accepts
 * or declines each (`intent=accept|decline`, `interestId`); the person is mailed either way.
 * 404 for anyone but the proposer (also for the action); 409 when already answered.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/accounts/auth.server";
import { decideInterest, listInterestsForProposer, threadPath } from "~/collaborations/interests.server";
import { idParam, refusal } from "~/collaborations/replies.server";
import { CollaborationIdSchema } from "~/collaborations/validation";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { Instant, MessageText } from "~/requests/ui/request-display";

const DONE = new Set(["accept", "decline"]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params);
  const user = await requireUser(request);
  const proposal = await listInterestsForProposer(user.id, id);
  if (!proposal) notFound("No such proposal");
  const { t } = await getRequestT(request, "collaborations");
  const done = new URL(request.url).searchParams.get("done");
  return data(
    {
      title: t("interests.metaTitle", { title: proposal.title }),
      done: done && DONE.has(done) ? done : null,
      proposal: { id: proposal.id, title: proposal.title },
      interests: proposal.interests.map((i) => ({
        id: i.id,
        name: i.person.name,
        message: i.message,
        status: i.status,
        createdAt: i.createdAt.toISOString(),
        threadHref: i.status === "ACCEPTED" ? threadPath(proposal.id, i.id) : null,
      })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params);
  const user = await requireUser(request);
  const formData = await readFormData(request, 4 * 1024);
  const intent = String(formData.get("intent") ?? "");
  if (intent !== "accept" && intent !== "decline") return refusal(intent || null, "unknown-action");
  const interestId = String(formData.get("interestId") ?? "");
  if (!CollaborationIdSchema.safeParse(interestId).success) notFound("No such interest");
  // Scoped to this proposal of this proposer: any other interest is not found.
  const own = await listInterestsForProposer(user.id, id);
  if (!own?.interests.some((i) => i.id === interestId)) notFound("No such interest");
  const outcome = await decideInterest(user.id, interestId, intent === "accept" ? "ACCEPTED" : "DECLINED");
  if (outcome.status === "not-found") notFound("No such interest");
  if (outcome.status === "already-decided") return refusal(intent, "already-decided");
  return redirect(`/collaborations/${id}/interests?done=${intent}`);
}

export default function InterestsPage() {
  const { proposal, interests, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("collaborations");
  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/collaborations/${proposal.id}`}>{proposal.title}</Link>
      </p>
      <h1>{t("interests.title")}</h1>
      <p className="lead">{t("interests.lead")}</p>
      {done ? (
        <p className="flash flash-success" role="status">
          {t(`interests.done.${done}`)}
        </p>
      ) : null}
      {actionData?.result.error[""] ? (
        <ErrorList errors={actionData.result.error[""]} className="flash flash-error" />
      ) : null}
      {interests.length ? (
        <ul className="card-list">
          {interests.map((i) => (
            <li key={i.id} className="card">
              <h2>{i.name}</h2>
              <p className="muted">
                <Instant value={i.createdAt} /> · <span className="badge">{t(`status.${i.status}`)}</span>
              </p>
              <MessageText text={i.message} />
              {i.status === "PENDING" ? (
                <div className="actions">
                  <Form method="post">
                    <input type="hidden" name="interestId" value={i.id} />
                    <input type="hidden" name="intent" value="accept" />
                    <SubmitButton pendingLabel={t("form.saving")}>{t("interests.accept")}</SubmitButton>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="interestId" value={i.id} />
                    <input type="hidden" name="intent" value="decline" />
                    <SubmitButton className="button button-secondary" pendingLabel={t("form.saving")}>
                      {t("interests.decline")}
                    </SubmitButton>
                  </Form>
                </div>
              ) : i.threadHref ? (
                <p>
                  <Link to={i.threadHref}>{t("interests.openThread")}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("interests.none")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
