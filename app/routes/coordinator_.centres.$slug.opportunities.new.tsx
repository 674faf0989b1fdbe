/**
 * /coordinator/centres/:slug/opportunities/new: a coordinator of the centre (or an admin)
 * creates an opportunity, saved as a draft; publishing happens on its edit page. Anyone
 * else gets 404 on the page and on every post.
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
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { OpportunityForm, type OpportunityFormValue } from "~/catalogue/ui/opportunity-form";
import { createOpportunity, getManagedCentre } from "~/catalogue/coordinator-opportunity.server";
import { getTaxonomy } from "~/catalogue/topic.server";
import coordinatorStyles from "~/styles/coordinator.css";
import matchingStyles from "~/styles/matching.css";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { OPPORTUNITY_FORM_BYTES, topicLabels, topicPickerReply } from "~/catalogue/opportunity-form.server";
import { createOpportunitySchema, type OpportunityInput } from "~/catalogue/opportunity-validation";
import { languageOrder } from "~/platform/reference-lists.server";
import { requireStaff } from "~/accounts/staff.server";
import type { TopicHit } from "~/catalogue/topic-search";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: coordinatorStyles },
];

const EMPTY: OpportunityFormValue = {
  topics: [],
  professions: [],
  careerStages: [],
  languages: [],
  windows: [],
  cohorts: [],
  questions: [],
      documents: [],
  minDays: "1",
};

function slugOf(params: LoaderFunctionArgs["params"]): string {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound("No such centre");
  return slug;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const slug = slugOf(params);
  const centre = await getManagedCentre(staff, slug);
  if (!centre) notFound("No such centre");
  const [{ t, language }, taxonomy] = await Promise.all([getRequestT(request, "coordinator"), getTaxonomy()]);
  const name = language === "it" ? centre.nameIt : centre.name;
  return data(
    {
      title: t("create.metaTitle", { centre: name }),
      centre: { slug: centre.slug, name },
      today: todayIso(),
      languages: languageOrder(language),
      topicLabels: topicLabels(taxonomy, language),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const slug = slugOf(params);
  const formData = await readFormData(request, OPPORTUNITY_FORM_BYTES);
  const [centre, taxonomy, { language }] = await Promise.all([
    getManagedCentre(staff, slug),
    getTaxonomy(),
    getRequestT(request),
  ]);
  if (!centre) notFound("No such centre");

  const picker = topicPickerReply(formData, taxonomy, language);
  if (picker) return data(picker);

  const schema = createOpportunitySchema({ today: todayIso(), isKnownTopic: (id) => taxonomy.byId.has(id) });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") {
    return data(
      { result: submission.reply(), topicQuery: "", topicHits: [] as TopicHit[] },
      { status: submission.status === "error" ? 400 : 200 },
    );
  }
  if (submission.value.cohorts.some((c) => c.id) || submission.value.questions.some((q) => q.id)) {
    return data(
      {
        result: submission.reply({ formErrors: ["coordinator:validation.invalid"] }),
        topicQuery: "",
        topicHits: [] as TopicHit[],
      },
      { status: 400 },
    );
  }
  const id = await createOpportunity(staff, slug, submission.value);
  if (!id) notFound("No such centre");
  return redirect(`/coordinator/opportunities/${id}?notice=created`);
}

export default function NewOpportunity() {
  const { centre, today, languages, topicLabels: labels } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("coordinator");
  const schema = useMemo(() => createOpportunitySchema({ today }), [today]);
  const [form] = useForm<OpportunityFormValue, OpportunityInput>({
    id: "new-opportunity",
    constraint: getZodConstraint(schema),
    defaultValue: EMPTY,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });

  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/coordinator/centres/${centre.slug}`}>{centre.name}</Link>
      </p>
      <h1>{t("create.title")}</h1>
      <p className="lead">{t("create.lead")}</p>
      <OpportunityForm
        form={form}
        languageOrder={languages}
        topicLabels={labels}
        topicSearch={actionData && "topicQuery" in actionData ? actionData : null}
        submitLabel={t("create.submit")}
        pendingLabel={t("form.saving")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
