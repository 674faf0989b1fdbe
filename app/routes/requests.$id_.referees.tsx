/**
 * /requests/:id/referees: the applicant names the referees of a sent request whose
 * opportunity asks for recommendation letters (issue 16 part 2; decision 0037), sees for
 * each whether the letter has arrived (never the letter), sends a pending referee's
 * invitation again (once) or replaces them. Only while the request is open; 404 for anyone
 * else's request.
 *
 * Form contract: `intent=add|resend|replace`, `id` (resend, replace), `name`, `email`,
 * `locale` (en|it). Conform + Zod (app/requests/referees.ts); refusals are field or form
 * errors (400/409), nothing half-written. Post/redirect/get with `?done=added|resent|replaced`.
 */
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
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
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { NotFoundBoundary } from "~/components/error-boundary";
import { CalendarDate } from "~/components/labels";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { createRefereeSchema, REFEREE_LOCALES } from "~/requests/referees";
import {
  addReferee,
  listReferees,
  replaceReferee,
  resendRefereeInvitation,
  type RefereeOutcome,
  type RefereeView,
} from "~/requests/referees.server";
import { requestIdOf } from "~/requests/request-actions.server";
import { applicantScope, requireApplicant } from "~/requests/request.server";
import { IdSchema } from "~/requests/request-validation";
import requestStyles from "~/styles/requests.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

const DONE = new Set(["added", "resent", "replaced"]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const id = requestIdOf(params);
  const list = await listReferees(applicantScope(user.id), id, { withFiles: false });
  if (!list) notFound("No such request");
  const { t, language } = await getRequestT(request, "requests");
  const it = language === "it";
  const done = new URL(request.url).searchParams.get("done");
  return data(
    {
      id,
      title: t("referees.metaTitle", { title: it ? list.opportunity.titleIt : list.opportunity.titleEn }),
      opportunityTitle: it ? list.opportunity.titleIt : list.opportunity.titleEn,
      centreName: it ? list.opportunity.centreNameIt : list.opportunity.centreName,
      applicantEmail: user.email,
      defaultLocale: it ? "it" : "en",
      required: list.required,
      open: list.open,
      referees: list.referees,
      done: done && DONE.has(done) ? done : null,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

type Reply = { formId: string; result: SubmissionResult<string[]> };

/** Where each refusal is shown, and its message. */
const REFUSALS: Partial<Record<RefereeOutcome["status"], { field: string; key: string; status: number }>> = {
  duplicate: { field: "email", key: "duplicate", status: 400 },
  "own-email": { field: "email", key: "ownEmail", status: 400 },
  full: { field: "", key: "full", status: 409 },
  closed: { field: "", key: "closed", status: 409 },
  received: { field: "", key: "received", status: 409 },
  "already-resent": { field: "", key: "alreadyResent", status: 409 },
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApplicant(request);
  const id = requestIdOf(params);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const refereeId = String(formData.get("id") ?? "");
  if (intent !== "add" && intent !== "resend" && intent !== "replace") throw data("Unknown intent.", { status: 400 });
  if (intent !== "add" && !IdSchema.safeParse(refereeId).success) notFound("No such referee");
  const formId = intent === "add" ? "referee-add" : `referee-${intent}-${refereeId}`;

  let outcome: RefereeOutcome;
  let submission;
  if (intent === "resend") {
    submission = parseWithZod(formData, { schema: createRefereeSchema(user.email).partial() });
    outcome = await resendRefereeInvitation(user.id, id, refereeId);
  } else {
    submission = parseWithZod(formData, { schema: createRefereeSchema(user.email) });
    if (submission.status !== "success") {
      return data({ formId, result: submission.reply() } satisfies Reply, { status: 400 });
    }
    outcome =
      intent === "add"
        ? await addReferee(user.id, id, submission.value)
        : await replaceReferee(user.id, id, refereeId, submission.value);
  }
  if (outcome.status === "not-found") notFound("No such request");
  if (outcome.status === "ok") {
    const done = intent === "add" ? "added" : intent === "resend" ? "resent" : "replaced";
    return redirect(`/requests/${id}/referees?done=${done}`);
  }
  const refusal = REFUSALS[outcome.status]!;
  const message = `requests:referees.validation.${refusal.key}`;
  const result = refusal.field
    ? submission.reply({ fieldErrors: { [refusal.field]: [message] } })
    : submission.reply({ formErrors: [message] });
  return data({ formId, result } satisfies Reply, { status: refusal.status });
}

export default function RefereesPage() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("requests");
  const received = d.referees.filter((r) => r.receivedAt).length;
  return (
    <article className="request-page">
      <p className="breadcrumb">
        <Link to={`/requests/${d.id}`}>{t("referees.back")}</Link>
      </p>
      <h1>{t("referees.title")}</h1>
      <p className="muted">{d.opportunityTitle}</p>
      {d.done ? (
        <p className="flash flash-success" role="status">
          {t(`referees.done.${d.done}`)}
        </p>
      ) : null}
      <p className="lead">{t("referees.lead", { count: d.required, centre: d.centreName })}</p>
      <p>{t("referees.summary", { received, required: d.required })}</p>
      {!d.open ? <p className="notice">{t("referees.notOpen")}</p> : null}

      <section aria-labelledby="referees-list-title">
        <h2 id="referees-list-title">{t("referees.listTitle")}</h2>
        {d.referees.length ? (
          <ul className="wallet-list">
            {d.referees.map((r) => (
              <RefereeItem key={r.id} referee={r} open={d.open} applicantEmail={d.applicantEmail} />
            ))}
          </ul>
        ) : (
          <p>{t("referees.none")}</p>
        )}
      </section>

      {d.open ? (
        <section aria-labelledby="referee-add-title">
          <h2 id="referee-add-title">{t("referees.addTitle")}</h2>
          {d.referees.length < d.required ? (
            <RefereeForm formId="referee-add" applicantEmail={d.applicantEmail} defaultLocale={d.defaultLocale} />
          ) : (
            <p>{t("referees.full")}</p>
          )}
        </section>
      ) : null}
    </article>
  );
}

function RefereeItem({
  referee: r,
  open,
  applicantEmail,
}: {
  referee: RefereeView;
  open: boolean;
  applicantEmail: string;
}) {
  const { t } = useTranslation("requests");
  const actionData = useActionData<Reply>();
  const resendId = `referee-resend-${r.id}`;
  const resendErrors = actionData?.formId === resendId ? actionData.result.error?.[""] : undefined;
  const status = r.receivedAt
    ? t("referees.received")
    : r.linkLive
      ? t("referees.pending")
      : open
        ? t("referees.expired")
        : t("referees.closed");
  return (
    <li>
      <h3>{r.name}</h3>
      <p>
        {r.email} · <strong>{status}</strong>
        {r.receivedAt ? (
          <>
            {" "}
            <CalendarDate value={r.receivedAt} />
          </>
        ) : null}
      </p>
      <p className="muted">
        {t("referees.invited")} <CalendarDate value={r.invitedAt} />
      </p>
      {open && !r.receivedAt ? (
        <>
          {!r.resent ? (
            <Form method="post">
              <input type="hidden" name="intent" value="resend" />
              <input type="hidden" name="id" value={r.id} />
              <ErrorList errors={resendErrors} className="form-error" />
              <p className="muted">{t("referees.resendHint")}</p>
              <SubmitButton pendingLabel={t("referees.resending")} className="button button-secondary">
                {t("referees.resend")} <span className="visually-hidden">{r.name}</span>
              </SubmitButton>
            </Form>
          ) : null}
          <details>
            <summary>
              {t("referees.replace")} <span className="visually-hidden">{r.name}</span>
            </summary>
            <RefereeForm formId={`referee-replace-${r.id}`} applicantEmail={applicantEmail} referee={r} />
          </details>
        </>
      ) : null}
    </li>
  );
}

/** The add form, or with `referee` the replace form of one pending referee. */
function RefereeForm({
  formId,
  applicantEmail,
  referee,
  defaultLocale = "en",
}: {
  formId: string;
  applicantEmail: string;
  referee?: RefereeView;
  defaultLocale?: string;
}) {
  const { t } = useTranslation("requests");
  const actionData = useActionData<Reply>();
  const schema = useMemo(() => createRefereeSchema(applicantEmail), [applicantEmail]);
  const [form, fields] = useForm({
    id: formId,
    constraint: getZodConstraint(schema),
    defaultValue: { locale: referee?.locale ?? defaultLocale },
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="wallet-form">
      <input type="hidden" name="intent" value={referee ? "replace" : "add"} />
      {referee ? <input type="hidden" name="id" value={referee.id} /> : null}
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <Field
        labelProps={{ children: t("referees.name") }}
        inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "off" }}
        errors={fields.name.errors}
      />
      <Field
        labelProps={{ children: t("referees.email") }}
        inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }}
        errors={fields.email.errors}
      />
      <div className="field">
        <label htmlFor={fields.locale.id}>{t("referees.locale")}</label>
        <select
          id={fields.locale.id}
          name={fields.locale.name}
          defaultValue={fields.locale.initialValue}
          aria-invalid={fields.locale.errors ? true : undefined}
          aria-describedby={fields.locale.errors ? fields.locale.errorId : undefined}
        >
          {REFEREE_LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`referees.locales.${l}`)}
            </option>
          ))}
        </select>
        <ErrorList id={fields.locale.errorId} errors={fields.locale.errors} />
      </div>
      <SubmitButton pendingLabel={t("referees.adding")}>
        {referee ? t("referees.replaceSubmit") : t("referees.add")}
      </SubmitButton>
    </Form>
  );
}

export function ErrorBoundary() {
  return <NotFoundBoundary ns="requests" to="/requests" />;
}
