/**
 * /collaborations/new: any signed-in person with a verified address (applicant, coordinator
 * or admin) publishes a collaboration proposal. At least one topic of the taxonomy and one
 * kind of partner; the funding context is optional. An invalid form writes nothing (400).
 */
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { requireVerifiedUser } from "~/accounts/auth.server";
import { knownTopic, proposalFormChoices } from "~/collaborations/pages.server";
import { createProposal } from "~/collaborations/proposals.server";
import { ProposalForm, type ProposalFormValue } from "~/collaborations/ui/proposal-form";
import { createProposalSchema, PROPOSAL_FORM_BYTES, type ProposalInput } from "~/collaborations/validation";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";


export async function loader({ request }: LoaderFunctionArgs) {
  await requireVerifiedUser(request);
  const { t, language } = await getRequestT(request, "collaborations");
  return data(
    { title: t("form.newMetaTitle"), ...(await proposalFormChoices(language)) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireVerifiedUser(request);
  const formData = await readFormData(request, PROPOSAL_FORM_BYTES);
  const schema = createProposalSchema({ isKnownTopic: await knownTopic(), today: todayIso() });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const id = await createProposal(user.id, submission.value);
  return redirect(`/collaborations/${id}?done=created`);
}

export default function NewProposal() {
  const { topics, languages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("collaborations");
  const schema = useMemo(() => createProposalSchema(), []);
  const [form] = useForm<ProposalFormValue, ProposalInput>({
    id: "new-proposal",
    lastResult: actionData?.result,
    defaultValue: { visibility: "PUBLIC" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/collaborations">{t("page.back")}</Link>
      </p>
      <h1>{t("form.newTitle")}</h1>
      <p className="lead">{t("form.newLead")}</p>
      <ProposalForm form={form} topics={topics} languages={languages} submitLabel={t("form.publish")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
