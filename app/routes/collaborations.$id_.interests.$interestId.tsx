/**
 * /collaborations/:id/interests/:interestId: the thread between a proposer and a person
 * whose interest they accepted. Both see each other's contact details (account e-mail,
 * home institution, country) and write messages; each message is mailed to the other.
 * Before acceptance (or after a decline) there are no contact details and no thread: 403,
 * for the loader and the action alike. Anyone but the two: 404.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, requireVerifiedUser } from "~/accounts/auth.server";
import { getThread, postThreadMessage } from "~/collaborations/interests.server";
import { idParam } from "~/collaborations/replies.server";
import { THREAD_MESSAGE_MAX, ThreadMessageSchema } from "~/collaborations/validation";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { Instant, MessageText } from "~/requests/ui/request-display";
import requestStyles from "~/styles/requests.css";

export const links = () => [{ rel: "stylesheet", href: requestStyles }];

function notAccepted(): never {
  throw data("Not accepted", { status: 403 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params);
  const interestId = idParam(params, "interestId");
  const user = await requireUser(request);
  const outcome = await getThread(user.id, id, interestId);
  if (outcome.status === "not-found") notFound("No such interest");
  if (outcome.status === "not-accepted") notAccepted();
  const { t } = await getRequestT(request, "collaborations");
  const th = outcome.thread;
  return data(
    {
      title: t("thread.metaTitle", { title: th.proposalTitle }),
      sent: new URL(request.url).searchParams.get("done") === "sent",
      thread: {
        ...th,
        messages: th.messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
      },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params);
  const interestId = idParam(params, "interestId");
  const user = await requireVerifiedUser(request);
  const formData = await readFormData(request, 20 * 1024);
  const submission = parseWithZod(formData, { schema: ThreadMessageSchema });
  // Check who may write before judging the text: a stranger learns nothing from a 400.
  const state = await getThread(user.id, id, interestId);
  if (state.status === "not-found") notFound("No such interest");
  if (state.status === "not-accepted") notAccepted();
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await postThreadMessage(user.id, id, interestId, submission.value.body as string);
  if (outcome.status === "not-found") notFound("No such interest");
  if (outcome.status === "not-accepted") notAccepted();
  return redirect(`/collaborations/${id}/interests/${interestId}?done=sent`);
}

function Contact({ c, heading }: { c: { name: string; email: string; institution: string | null; country: string | null }; heading: string }) {
  const { t } = useTranslation("collaborations");
  return (
    <div>
      <h3>{heading}</h3>
      <dl className="facts">
        <dt>{t("thread.email")}</dt>
        <dd>
          <a href={`mailto:${c.email}`}>{c.email}</a>
        </dd>
        {c.institution ? (
          <>
            <dt>{t("thread.institution")}</dt>
            <dd>{c.institution}</dd>
          </>
        ) : null}
        {c.country ? (
          <>
            <dt>{t("thread.country")}</dt>
            <dd>{c.country}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

export default function ThreadPage() {
  const { thread: th, sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("collaborations");
  const errors = (actionData?.result && "error" in actionData.result ? actionData.result.error : undefined) as
    | Record<string, string[] | null | undefined>
    | undefined;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/collaborations/${th.proposalId}`}>{th.proposalTitle}</Link>
      </p>
      <h1>{t("thread.title", { title: th.proposalTitle })}</h1>
      {sent ? (
        <p className="flash flash-success" role="status">
          {t("thread.sent")}
        </p>
      ) : null}
      <section aria-labelledby="contacts-title" className="panel">
        <h2 id="contacts-title">{t("thread.contacts")}</h2>
        <Contact c={th.other} heading={th.other.name} />
        <Contact c={th.me} heading={`${th.me.name} (${t("thread.you")})`} />
      </section>
      <section aria-labelledby="messages-title">
        <h2 id="messages-title">{t("thread.messages")}</h2>
        {th.messages.length ? (
          <ol className="thread">
            {th.messages.map((m) => (
              <li key={m.id} className={`thread-item ${m.mine ? "from-applicant" : "from-centre"}`}>
                <p className="thread-meta">
                  <strong>{m.mine ? t("thread.me") : (m.authorName ?? th.other.name)}</strong> ·{" "}
                  <Instant value={m.createdAt} />
                </p>
                <MessageText text={m.body} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("thread.none")}</p>
        )}
        <Form method="post">
          <div className="field">
            <label htmlFor="thread-body">{t("thread.messageLabel")}</label>
            <textarea
              id="thread-body"
              name="body"
              rows={5}
              maxLength={THREAD_MESSAGE_MAX}
              required
              aria-invalid={errors?.body ? true : undefined}
              aria-describedby={errors?.body ? "thread-body-error" : undefined}
            />
            <ErrorList id="thread-body-error" errors={errors?.body} />
          </div>
          <SubmitButton pendingLabel={t("form.saving")}>{t("thread.send")}</SubmitButton>
        </Form>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  const { t } = useTranslation("collaborations");
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        403: () => (
          <>
            <h1>{t("notAccepted.title")}</h1>
            <p>{t("notAccepted.body")}</p>
            <p>
              <Link to="/collaborations">{t("notFound.back")}</Link>
            </p>
          </>
        ),
      }}
    />
  );
}
