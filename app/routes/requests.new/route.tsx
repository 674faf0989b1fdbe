/**
 * /requests/new?opportunity=<id>: an applicant requests one published opportunity.
 *
 * Form contract (issue 5, item 10): `startDate` and `endDate` (YYYY-MM-DD) or `cohortId`,
 * `motivation`, the PDF file field `cv`; optional answers `answers[i]` to the
 * opportunity's questions and the hidden one-time `submitKey`. Conform + Zod
 * (app/requests/request-validation.ts); the CV is judged by its bytes and stored only once
 * the whole form is valid (app/platform/uploads.server.ts). The applicant needs a verified
 * address and a complete profile. A double submit shows the first request.
 */
import crypto from "node:crypto";
import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
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
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NotFound } from "~/requests/ui/request-display";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { ExampleBadge } from "~/catalogue/ui/example-badge";
import { CalendarDate, DateRangeText } from "~/components/labels";
import {
  getOpportunityForRequest,
  isProfileComplete,
  submitRequest,
  type OpportunityForRequest,
} from "~/requests/request.server";
import requestStyles from "~/styles/requests.css";
import { requireUserWithRole, type AuthUser } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { uploadProblemKey } from "~/requests/request-actions.server";
import {
  ANSWER_MAX,
  createRequestSchema,
  IdSchema,
  MOTIVATION_MAX,
  type RequestFormOpportunity,
} from "~/requests/request-validation";
import { parsePdfForm, TextPartTooLargeError, type ParsedUploadForm } from "~/platform/uploads.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

/** Text fields of the request form: a 4,000-character motivation and answers, with room. */
const REQUEST_TEXT_BYTES = 256 * 1024;

type Blocked = "unverified" | "profile" | "closed" | null;

async function load(request: Request) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const id = new URL(request.url).searchParams.get("opportunity") ?? "";
  if (!IdSchema.safeParse(id).success) notFound("No such opportunity");
  const opportunity = await getOpportunityForRequest(id);
  if (!opportunity) notFound("No such opportunity");
  const today = todayIso();
  return { user, opportunity, today, blocked: await blockedFor(user, opportunity, today) };
}

async function blockedFor(user: AuthUser, o: OpportunityForRequest, today: string): Promise<Blocked> {
  if (!user.emailVerified) return "unverified";
  if (!(await isProfileComplete(user.id))) return "profile";
  if (o.deadline && o.deadline < today) return "closed";
  return null;
}

function formOpportunity(o: OpportunityForRequest): RequestFormOpportunity {
  return {
    minDays: o.minDays,
    maxDays: o.maxDays,
    windows: o.windows,
    cohorts: o.cohorts,
    questionCount: o.questions.length,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { opportunity: o, today, blocked } = await load(request);
  const { t, language } = await getRequestT(request, "requests");
  const it = language === "it";
  const title = it ? o.titleIt : o.titleEn;
  return data(
    {
      title: t("new.metaTitle", { title }),
      today,
      blocked,
      submitKey: crypto.randomBytes(18).toString("base64url"),
      opportunity: {
        ...formOpportunity(o),
        id: o.id,
        type: o.type,
        title,
        isExample: o.isExample,
        centreName: it ? o.centre.nameIt : o.centre.name,
        deadline: o.deadline,
        responseTimeDays: o.centre.responseTimeDays,
        cohorts: o.cohorts,
        questions: o.questions.map((q) => ({ id: q.id, text: it ? q.textIt : q.textEn })),
      },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

async function readRequestForm(request: Request): Promise<ParsedUploadForm> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) {
    return { formData: await readFormData(request, REQUEST_TEXT_BYTES), file: null, problem: null };
  }
  try {
    return await parsePdfForm(request, { fileField: "cv", maxTextBytes: REQUEST_TEXT_BYTES });
  } catch (error) {
    if (error instanceof TextPartTooLargeError) throw data("Request body too large.", { status: 413 });
    throw error;
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, opportunity, today, blocked } = await load(request);
  const { formData, file, problem } = await readRequestForm(request);
  const schema = createRequestSchema({ today, opportunity: formOpportunity(opportunity) });
  const submission = parseWithZod(formData, { schema });
  if (blocked) {
    return data(
      { result: submission.reply({ formErrors: [`requests:new.blocked.${blocked}`] }), existingId: null },
      { status: 403 },
    );
  }
  const cvError = problem ? uploadProblemKey(problem) : file ? null : "requests:validation.cvRequired";
  if (submission.status !== "success" || cvError || !file) {
    return data(
      { result: submission.reply(cvError ? { fieldErrors: { cv: [cvError] } } : undefined), existingId: null },
      { status: 400 },
    );
  }
  const outcome = await submitRequest({
    applicantId: user.id,
    opportunity,
    questionIds: opportunity.questions.map((q) => q.id),
    value: submission.value,
    cv: file,
  });
  if (outcome.status === "created") return redirect(`/requests/${outcome.requestId}?done=submitted`);
  // The same form sent twice (a double click, a retry): it was sent, so say so as the first time.
  if (outcome.status === "existing") return redirect(`/requests/${outcome.requestId}?done=submitted`);
  return data(
    { result: submission.reply({ formErrors: ["requests:validation.overlap"] }), existingId: outcome.requestId },
    { status: 400 },
  );
}

export default function NewRequestPage() {
  const { opportunity: o, today, blocked, submitKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("requests");
  const schema = useMemo(() => createRequestSchema({ today, opportunity: o }), [today, o]);
  const cohortOnly = o.cohorts.length > 0 && o.windows.length === 0;
  const [form, fields] = useForm({
    id: "request",
    constraint: getZodConstraint(schema),
    defaultValue: { answers: o.questions.map(() => "") },
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const answers = fields.answers.getFieldList();

  return (
    <div className="request-new">
      <p className="breadcrumb">
        <Link to={`/opportunities/${o.id}`}>{o.title}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <p className="lead">
        {t("new.lead", { title: o.title, centre: o.centreName })} {o.isExample ? <ExampleBadge /> : null}
      </p>

      {blocked ? (
        <div className="notice" role="status">
          <p>{t(`new.blocked.${blocked}`)}</p>
          {blocked === "unverified" ? <Link to="/verify-email">{t("new.verifyLink")}</Link> : null}
          {blocked === "profile" ? <Link to="/profile">{t("new.profileLink")}</Link> : null}
        </div>
      ) : (
        <Form
          method="post"
          action={`/requests/new?opportunity=${o.id}`}
          encType="multipart/form-data"
          {...getFormProps(form)}
          className="request-form"
        >
          <input type="hidden" name="submitKey" value={submitKey} />
          <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
          {actionData?.existingId ? (
            <p className="form-error">
              <Link to={`/requests/${actionData.existingId}`}>{t("new.existingLink")}</Link>
            </p>
          ) : null}

          <fieldset>
            <legend>{t("new.stay")}</legend>
            <p className="hint">
              {t("new.stayHint", { min: o.minDays, max: o.maxDays })}
              {o.deadline ? (
                <>
                  {" "}
                  {t("new.deadline")} <CalendarDate value={o.deadline} />
                </>
              ) : null}
            </p>
            {o.windows.length ? (
              <>
                <p className="hint">{t("new.windows")}</p>
                <ul className="hint">
                  {o.windows.map((w) => (
                    <li key={w.start}>
                      <DateRangeText start={w.start} end={w.end} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {o.cohorts.length ? (
              <div
                className="field"
                role="radiogroup"
                aria-labelledby="cohort-label"
                aria-describedby={fields.cohortId.errors ? fields.cohortId.errorId : undefined}
              >
                <p id="cohort-label" className="label">
                  {t("new.cohort")}
                </p>
                {!cohortOnly ? (
                  <label className="checkbox-label">
                    <input type="radio" name={fields.cohortId.name} value="" defaultChecked /> {t("new.noCohort")}
                  </label>
                ) : null}
                {o.cohorts.map((c) => (
                  <label key={c.id} className="checkbox-label">
                    <input
                      type="radio"
                      name={fields.cohortId.name}
                      value={c.id}
                      defaultChecked={fields.cohortId.initialValue === c.id}
                      disabled={c.start < today}
                    />{" "}
                    {c.name}: <DateRangeText start={c.start} end={c.end} />
                  </label>
                ))}
                <ErrorList id={fields.cohortId.errorId} errors={fields.cohortId.errors} />
              </div>
            ) : null}
            {!cohortOnly ? (
              <div className="date-pair">
                <Field
                  labelProps={{ children: t("new.startDate") }}
                  inputProps={{ ...getInputProps(fields.startDate, { type: "date" }), min: today }}
                  errors={fields.startDate.errors}
                />
                <Field
                  labelProps={{ children: t("new.endDate") }}
                  inputProps={{ ...getInputProps(fields.endDate, { type: "date" }), min: today }}
                  errors={fields.endDate.errors}
                />
              </div>
            ) : null}
          </fieldset>

          <div className="field">
            <label htmlFor={fields.motivation.id}>{t("new.motivation")}</label>
            <p id={`${fields.motivation.id}-hint`} className="hint">
              {t("new.motivationHint", { max: MOTIVATION_MAX })}
            </p>
            <textarea
              {...getTextareaProps(fields.motivation)}
              maxLength={MOTIVATION_MAX}
              rows={8}
              aria-describedby={[
                `${fields.motivation.id}-hint`,
                fields.motivation.errors ? fields.motivation.errorId : null,
              ]
                .filter(Boolean)
                .join(" ")}
            />
            <ErrorList id={fields.motivation.errorId} errors={fields.motivation.errors} />
          </div>

          {o.questions.length ? (
            <fieldset>
              <legend>{t("new.questions")}</legend>
              <p className="hint">{t("new.questionsHint", { max: ANSWER_MAX })}</p>
              {o.questions.map((q, i) => {
                const field = answers[i];
                if (!field) return null;
                return (
                  <div className="field" key={q.id}>
                    <label htmlFor={field.id}>{q.text}</label>
                    <textarea {...getTextareaProps(field)} maxLength={ANSWER_MAX} rows={4} />
                    <ErrorList id={field.errorId} errors={field.errors} />
                  </div>
                );
              })}
            </fieldset>
          ) : null}

          <Field
            labelProps={{ children: t("new.cv") }}
            inputProps={{ id: "request-cv", name: "cv", type: "file", accept: "application/pdf,.pdf", required: true }}
            errors={form.allErrors.cv}
            hint={t("new.cvHint")}
          />

          <p className="hint">{t("new.responseTime", { days: o.responseTimeDays })}</p>
          <SubmitButton pendingLabel={t("new.sending")}>{t("new.submit")}</SubmitButton>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  const { t } = useTranslation("requests");
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: () => (
          <NotFound
            title={t("common:errors.404.title")}
            body={t("notFound.opportunity")}
            to="/opportunities"
            linkText={t("notFound.opportunities")}
          />
        ),
      }}
    />
  );
}
