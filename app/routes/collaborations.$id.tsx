/**
 * /collaborations/:id: one collaboration proposal (404 when it does not exist, or when it is
 * for signed-in people only and the reader is signed out). Shows the proposer's name only;
 * their e-mail address and institution appear on the thread once they accept an interest.
 *
 * - Anyone else signed in (address verified) expresses interest with a short message
 *   (`intent=interest`): not in a seeded example (403, decision 0036), not in their own
 *   proposal (403), not twice (409), not in a closed one (409).
 * - The proposer edits it, closes it (`intent=close`; 404 for anyone else, 409 when already
 *   closed), opens its expressions of interest, and sees other open proposals on related
 *   topics, with reasons.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getUserId, requireUser, requireVerifiedUser } from "~/accounts/auth.server";
import { expressInterest, threadPath } from "~/collaborations/interests.server";
import { getProposalPage } from "~/collaborations/pages.server";
import { closeProposal } from "~/collaborations/proposals.server";
import { idParam, refusal } from "~/collaborations/replies.server";
import { ProposalList } from "~/collaborations/ui/proposal-list";
import { InterestSchema, INTEREST_MESSAGE_MAX } from "~/collaborations/validation";
import { NotFoundBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { MessageText } from "~/requests/ui/request-display";

const DONE = new Set(["created", "saved", "closed", "interest"]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params);
  const viewerId = await getUserId(request);
  const { t, language } = await getRequestT(request, "collaborations");
  const page = await getProposalPage(id, viewerId, t, language);
  if (!page) notFound("No such proposal");
  const done = new URL(request.url).searchParams.get("done");
  return data(
    {
      title: t("page.metaTitle", { title: page.proposal.title }),
      signedIn: viewerId !== null,
      done: done && DONE.has(done) ? done : null,
      threadHref: page.myInterest?.status === "ACCEPTED" ? threadPath(id, page.myInterest.id) : null,
      ...page,
    },
    { headers: { "Cache-Control": viewerId ? "private, no-store" : "no-cache" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params);
  await requireUser(request);
  const formData = await readFormData(request, 16 * 1024);
  const intent = String(formData.get("intent") ?? "");
  if (intent === "interest") {
    const user = await requireVerifiedUser(request);
    const submission = parseWithZod(formData, { schema: InterestSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const outcome = await expressInterest(id, user.id, submission.value.message as string);
    if (outcome.status === "not-found") notFound("No such proposal");
    if (outcome.status !== "created") return refusal(intent, outcome.status);
    return redirect(`/collaborations/${id}?done=interest`);
  }
  if (intent === "close") {
    const user = await requireUser(request);
    const outcome = await closeProposal(user.id, id);
    if (outcome === "not-found") notFound("No such proposal");
    if (outcome === "already-closed") return refusal(intent, "already-closed");
    return redirect(`/collaborations/${id}?done=closed`);
  }
  return refusal(intent || null, "unknown-action");
}

export default function ProposalPage() {
  const {
    proposal: p,
    isProposer,
    pendingInterests,
    myInterest,
    similar,
    signedIn,
    done,
    threadHref,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("collaborations");
  const formErrors = (actionData?.result && "error" in actionData.result ? actionData.result.error : undefined) as
    | Record<string, string[] | null | undefined>
    | undefined;
  const open = p.status === "OPEN";
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/collaborations">{t("page.back")}</Link>
      </p>
      <h1>{p.title}</h1>
      <p className="muted">
        {t("list.by", { name: p.proposerName })} · {t("page.published", { date: p.published })} ·{" "}
        <span className="badge">{t(`status.${p.status}`)}</span>
        {p.signedInOnly ? ` · ${t("list.signedInOnly")}` : ""}
        {p.isExample ? (
          <>
            {" · "}
            <span className="badge">{t("list.example")}</span>
          </>
        ) : null}
      </p>
      {p.isExample ? <p className="flash">{t("page.exampleNotice")}</p> : null}
      {done ? (
        <p className="flash flash-success" role="status">
          {t(`page.done.${done}`)}
        </p>
      ) : null}
      {formErrors?.[""] ? <ErrorList errors={formErrors[""]} className="flash flash-error" /> : null}
      {!open ? <p className="flash">{t("page.closedNotice")}</p> : null}

      <h2>{t("page.summary")}</h2>
      <MessageText text={p.summary} />
      <h2>{t("page.expertise")}</h2>
      <MessageText text={p.expertise} />
      <dl className="facts">
        <dt>{t("page.partnerKinds")}</dt>
        <dd>{p.partnerKinds.map((k) => t(`kinds.${k}`)).join(", ")}</dd>
        <dt>{t("page.topics")}</dt>
        <dd>{p.topics.join(", ")}</dd>
        {p.languages.length ? (
          <>
            <dt>{t("page.languages")}</dt>
            <dd>{p.languages.join(", ")}</dd>
          </>
        ) : null}
        {p.fundingProgramme ? (
          <>
            <dt>{t("page.funding")}</dt>
            <dd>
              {p.fundingProgramme}
              {p.fundingCallId ? ` · ${t("page.callId", { id: p.fundingCallId })}` : ""}
              {p.fundingDeadline ? ` · ${t("list.deadline", { date: p.fundingDeadline })}` : ""}
            </dd>
          </>
        ) : null}
      </dl>

      {isProposer ? (
        <>
          <p>
            <Link className="button" to={`/collaborations/${p.id}/interests`}>
              {pendingInterests ? t("page.interestsPending", { count: pendingInterests }) : t("page.interests")}
            </Link>{" "}
            <Link to={`/collaborations/${p.id}/edit`}>{t("page.edit")}</Link>
          </p>
          {open ? (
            <section aria-labelledby="close-title">
              <h2 id="close-title">{t("page.closeTitle")}</h2>
              <p>{t("page.closeLead")}</p>
              <Form method="post">
                <input type="hidden" name="intent" value="close" />
                <SubmitButton className="button button-danger" pendingLabel={t("form.saving")}>
                  {t("page.close")}
                </SubmitButton>
              </Form>
            </section>
          ) : null}
          <section aria-labelledby="similar-title">
            <h2 id="similar-title">{t("page.similarTitle")}</h2>
            {similar?.length ? (
              <>
                <p>{t("page.similarLead")}</p>
                <ProposalList proposals={similar} headingLevel={3} />
              </>
            ) : (
              <p>{t("page.similarNone")}</p>
            )}
          </section>
        </>
      ) : myInterest ? (
        <section aria-labelledby="mine-title" className="panel">
          <h2 id="mine-title">{t("page.yourInterest")}</h2>
          <p>{t("page.yourInterestStatus", { status: t(`status.${myInterest.status}`) })}</p>
          <MessageText text={myInterest.message} />
          {threadHref ? (
            <p>
              <Link className="button" to={threadHref}>
                {t("page.openThread")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : open && !p.isExample ? (
        <section aria-labelledby="interest-title" className="panel">
          <h2 id="interest-title">{t("page.interestTitle")}</h2>
          {signedIn ? (
            <Form method="post">
              <p>{t("page.interestLead")}</p>
              <input type="hidden" name="intent" value="interest" />
              <div className="field">
                <label htmlFor="interest-message">{t("page.interestLabel")}</label>
                <textarea
                  id="interest-message"
                  name="message"
                  rows={5}
                  maxLength={INTEREST_MESSAGE_MAX}
                  required
                  aria-invalid={formErrors?.message ? true : undefined}
                  aria-describedby={formErrors?.message ? "interest-message-error" : undefined}
                />
                <ErrorList id="interest-message-error" errors={formErrors?.message} />
              </div>
              <SubmitButton pendingLabel={t("form.saving")}>{t("page.interestSubmit")}</SubmitButton>
            </Form>
          ) : (
            <p>
              <Link to={`/login?redirectTo=${encodeURIComponent(`/collaborations/${p.id}`)}`}>
                {t("page.signInToInterest")}
              </Link>
            </p>
          )}
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <NotFoundBoundary ns="collaborations" to="/collaborations" />;
}
