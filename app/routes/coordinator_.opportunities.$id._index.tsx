/**
 * /coordinator/opportunities/:id: edit an opportunity of one's centre, and publish, close or
 * return it to draft (explicit intents). Saving never leaves an approved request without a
 * seat, a window or its cohort: such a save is refused with the conflicting dates
 * (app/catalogue/coordinator-opportunity.server.ts). A coordinator of another centre gets 404
 * on the page and on every post, and nothing changes.
 */
import { useForm } from "@conform-to/react";
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
import { ErrorList, SubmitButton } from "~/components/forms";
import { ExampleBadge } from "~/catalogue/ui/example-badge";
import { OpportunityForm, type OpportunityFormValue } from "~/catalogue/ui/opportunity-form";
import {
  changeOpportunityStatus,
  deleteExample,
  formValueOf,
  getOpportunityForEdit,
  updateOpportunity,
  type StatusIntent,
} from "~/catalogue/coordinator-opportunity.server";
import { getTaxonomy } from "~/catalogue/topic.server";
import coordinatorStyles from "~/styles/coordinator.css";
import matchingStyles from "~/styles/matching.css";
import { isoFromDate, todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import {
  OPPORTUNITY_FORM_BYTES,
  refusalErrors,
  topicLabels,
  topicPickerReply,
} from "~/catalogue/opportunity-form.server";
import { createOpportunitySchema, type OpportunityInput } from "~/catalogue/opportunity-validation";
import { languageOrder } from "~/platform/reference-lists.server";
import { requireStaff } from "~/accounts/staff.server";
import type { TopicHit } from "~/catalogue/topic-search";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: coordinatorStyles },
];

const NOTICES = new Set(["created", "saved", "published", "closed", "draft", "adopted"]);
const STATUS_INTENTS = new Set<string>(["publish", "close", "draft"]);

/** The save must state every required practical fact: a published real programme, or adopting an example. */
const practicalRequired = (o: { status: string; isExample: boolean }, intent: string) =>
  intent === "adopt" || (o.status === "PUBLISHED" && !o.isExample);

function idOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such opportunity");
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const o = await getOpportunityForEdit(staff, idOf(params));
  if (!o) notFound("No such opportunity");
  const [{ t, language }, taxonomy] = await Promise.all([getRequestT(request, "coordinator"), getTaxonomy()]);
  const it = language === "it";
  const notice = new URL(request.url).searchParams.get("notice");
  return data(
    {
      title: t("edit.metaTitle", { title: it ? o.titleIt : o.titleEn }),
      id: o.id,
      status: o.status,
      isExample: o.isExample,
      heading: it ? o.titleIt : o.titleEn,
      centre: { slug: o.centre.slug, name: it ? o.centre.nameIt : o.centre.name },
      requestCount: o._count.requests,
      today: todayIso(),
      savedWindows: o.windows.map((w) => `${isoFromDate(w.startDate)}|${isoFromDate(w.endDate)}`),
      savedCohortIds: o.cohorts.map((c) => c.id),
      cohortRequests: Object.fromEntries(o.cohorts.map((c) => [c.id, c._count.requests])),
      questionAnswers: Object.fromEntries(o.questions.map((q) => [q.id, q._count.answers])),
      defaultValue: formValueOf(o) as OpportunityFormValue,
      languages: languageOrder(language),
      topicLabels: topicLabels(taxonomy, language),
      notice: notice && NOTICES.has(notice) ? notice : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

const noTopics = { topicQuery: "", topicHits: [] as TopicHit[] };

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idOf(params);
  const formData = await readFormData(request, OPPORTUNITY_FORM_BYTES);
  const intent = String(formData.get("intent") ?? "save");
  const [{ t, language }, taxonomy] = await Promise.all([getRequestT(request, "coordinator"), getTaxonomy()]);

  if (STATUS_INTENTS.has(intent)) {
    const outcome = await changeOpportunityStatus(staff, id, intent as StatusIntent);
    if (outcome.status === "not-found") notFound("No such opportunity");
    if (outcome.status === "conflict")
      return data({ statusErrors: ["coordinator:validation.statusChanged"] }, { status: 409 });
    if (outcome.status === "refused") return data({ statusErrors: outcome.reasons }, { status: 400 });
    const notice = intent === "publish" ? "published" : intent === "close" ? "closed" : "draft";
    return redirect(`/coordinator/opportunities/${id}?notice=${notice}`);
  }

  if (intent === "delete-example") {
    if (formData.get("confirm") !== "yes")
      return data({ deleteErrors: ["coordinator:example.confirmRequired"] }, { status: 400 });
    const outcome = await deleteExample(staff, id);
    if (outcome.status === "not-found") notFound("No such opportunity");
    if (outcome.status === "has-requests")
      return data({ deleteErrors: ["coordinator:example.hasRequests"] }, { status: 409 });
    return redirect(`/coordinator/centres/${outcome.centreSlug}?notice=exampleDeleted`);
  }

  // Every other post needs the opportunity in the person's scope too (404 otherwise).
  const saved = await getOpportunityForEdit(staff, id);
  if (!saved) notFound("No such opportunity");

  const picker = topicPickerReply(formData, taxonomy, language);
  if (picker) return data(picker);

  const schema = createOpportunitySchema({
    today: todayIso(),
    isKnownTopic: (topicId) => taxonomy.byId.has(topicId),
    savedWindows: new Set(saved.windows.map((w) => `${isoFromDate(w.startDate)}|${isoFromDate(w.endDate)}`)),
    savedCohortIds: new Set(saved.cohorts.map((c) => c.id)),
    published: saved.status === "PUBLISHED",
    requirePractical: practicalRequired(saved, intent),
  });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), ...noTopics }, { status: submission.status === "error" ? 400 : 200 });
  }
  const adopt = intent === "adopt" && saved.isExample;
  if (adopt && formData.get("adoptConfirm") !== "yes") {
    return data(
      {
        result: submission.reply({ fieldErrors: { adoptConfirm: ["coordinator:example.adoptConfirmRequired"] } }),
        ...noTopics,
      },
      { status: 400 },
    );
  }
  const outcome = await updateOpportunity(staff, id, submission.value, { adopt });
  if (outcome.status === "not-found") notFound("No such opportunity");
  switch (outcome.status) {
    case "ok":
      return redirect(`/coordinator/opportunities/${id}?notice=${adopt ? "adopted" : "saved"}`);
    case "stale":
      return data(
        { result: submission.reply({ formErrors: ["coordinator:validation.stale"] }), ...noTopics },
        { status: 409 },
      );
    case "invalid-row":
      return data(
        { result: submission.reply({ formErrors: ["coordinator:validation.invalid"] }), ...noTopics },
        { status: 400 },
      );
    case "refused": {
      const errors = refusalErrors(outcome.problems, outcome.answeredQuestions, t, language);
      return data(
        {
          result: submission.reply({
            formErrors: [t("refused.lead"), ...errors.formErrors],
            fieldErrors: errors.fieldErrors,
          }),
          ...noTopics,
        },
        { status: 409 },
      );
    }
  }
}

function StatusPanel({ status, requestCount }: { status: "DRAFT" | "PUBLISHED" | "CLOSED"; requestCount: number }) {
  const { t } = useTranslation("coordinator");
  const actionData = useActionData<typeof action>();
  const statusErrors = actionData && "statusErrors" in actionData ? actionData.statusErrors : undefined;
  return (
    <section aria-labelledby="status-title" className="status-panel">
      <h2 id="status-title">{t("status.title")}</h2>
      <p>
        <span className={`status-badge status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>{" "}
        {t(`status.explain.${status}`)}
      </p>
      <ErrorList errors={statusErrors} className="form-error" />
      <div className="status-actions">
        {status !== "PUBLISHED" ? (
          <Form method="post">
            <SubmitButton intent="publish" pendingLabel={t("status.publishing")}>
              {status === "CLOSED" ? t("status.reopen") : t("status.publish")}
            </SubmitButton>
          </Form>
        ) : null}
        {status === "PUBLISHED" ? (
          <Form method="post">
            <SubmitButton intent="close" className="button button-secondary" pendingLabel={t("status.closing")}>
              {t("status.close")}
            </SubmitButton>
          </Form>
        ) : null}
        {status !== "DRAFT" ? (
          <Form method="post">
            <SubmitButton intent="draft" className="button button-secondary" pendingLabel={t("status.drafting")}>
              {t("status.draft")}
            </SubmitButton>
          </Form>
        ) : null}
      </div>
      <p className="hint">{requestCount ? t("status.requests", { count: requestCount }) : t("status.unsavedHint")}</p>
    </section>
  );
}

/** What an example is, and deleting it (with a confirmation box); adopting is in the form below. */
function ExamplePanel({ requestCount }: { requestCount: number }) {
  const { t } = useTranslation("coordinator");
  const actionData = useActionData<typeof action>();
  const deleteErrors = actionData && "deleteErrors" in actionData ? actionData.deleteErrors : undefined;
  return (
    <section aria-labelledby="example-title" className="notice example-panel">
      <h2 id="example-title">{t("example.title")}</h2>
      <p>{t("example.explain")}</p>
      <p>{t("example.adoptHow")}</p>
      <Form method="post" className="inline-form">
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> {t("example.deleteConfirm")}
        </label>
        <ErrorList errors={deleteErrors} className="form-error" />
        <SubmitButton intent="delete-example" className="button button-secondary" pendingLabel={t("example.deleting")}>
          {t("example.delete")}
        </SubmitButton>
        {requestCount ? <p className="hint">{t("example.deleteHasRequests", { count: requestCount })}</p> : null}
      </Form>
    </section>
  );
}

/** The "adopt" button of the opportunity form, with the coordinator's confirmation. */
function AdoptControls({ form }: { form: { id: string; allErrors: Record<string, string[]> } }) {
  const { t } = useTranslation("coordinator");
  const errors = form.allErrors.adoptConfirm;
  return (
    <div className="adopt-controls">
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="adoptConfirm"
            value="yes"
            aria-describedby={errors ? "adopt-error" : undefined}
          />{" "}
          {t("example.adoptConfirm")}
        </label>
        <ErrorList id={errors ? "adopt-error" : undefined} errors={errors} />
      </div>
      <SubmitButton intent="adopt" pendingLabel={t("form.saving")}>
        {t("example.adopt")}
      </SubmitButton>
    </div>
  );
}

export default function EditOpportunity() {
  const loaderData = useLoaderData<typeof loader>();
  const {
    id,
    status,
    heading,
    centre,
    today,
    defaultValue,
    languages,
    topicLabels: labels,
    notice,
    isExample,
  } = loaderData;
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("coordinator");
  const schema = useMemo(
    () =>
      createOpportunitySchema({
        today,
        savedWindows: new Set(loaderData.savedWindows),
        savedCohortIds: new Set(loaderData.savedCohortIds),
        published: status === "PUBLISHED",
        requirePractical: status === "PUBLISHED" && !isExample,
      }),
    [today, loaderData.savedWindows, loaderData.savedCohortIds, status, isExample],
  );
  const [form] = useForm<OpportunityFormValue, OpportunityInput>({
    id: `opportunity-${id}-${Date.parse(defaultValue.version ?? "") || 0}`,
    constraint: getZodConstraint(schema),
    defaultValue,
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });

  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/coordinator/centres/${centre.slug}`}>{centre.name}</Link>
      </p>
      <h1>{heading}</h1>
      {isExample ? <ExampleBadge /> : null}
      {isExample ? <ExamplePanel requestCount={loaderData.requestCount} /> : null}
      {notice ? (
        <p className="flash flash-success" role="status">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      <p className="page-links">
        <Link to={`/coordinator/opportunities/${id}/calendar`}>{t("edit.calendarLink")}</Link>
        {status === "PUBLISHED" ? (
          <>
            <Link to={`/opportunities/${id}`}>{t("edit.publicLink")}</Link>
            <Link to={`/coordinator/opportunities/${id}/suggestions`}>{t("edit.suggestionsLink")}</Link>
          </>
        ) : null}
      </p>
      <StatusPanel status={status} requestCount={loaderData.requestCount} />
      <section aria-labelledby="details-title">
        <h2 id="details-title">{t("edit.details")}</h2>
        <OpportunityForm
          form={form}
          languageOrder={languages}
          topicLabels={labels}
          topicSearch={actionData && "topicQuery" in actionData ? actionData : null}
          cohortRequests={loaderData.cohortRequests}
          questionAnswers={loaderData.questionAnswers}
          submitLabel={t("edit.submit")}
          pendingLabel={t("form.saving")}
          extraActions={isExample ? <AdoptControls form={form} /> : null}
        />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
