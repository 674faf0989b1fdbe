/**
 * /collaborations/:id/edit: the proposer edits their proposal (the same form and rules as
 * /collaborations/new). 404 for anyone else; an invalid form changes nothing (400).
 */
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { requireVerifiedUser } from "~/accounts/auth.server";
import { knownTopic, proposalFormChoices } from "~/collaborations/pages.server";
import { getProposalForEditing, updateProposal } from "~/collaborations/proposals.server";
import { idParam } from "~/collaborations/replies.server";
import { ProposalForm, type ProposalFormValue } from "~/collaborations/ui/proposal-form";
import { createProposalSchema, PROPOSAL_FORM_BYTES, type ProposalInput } from "~/collaborations/validation";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params);
  const user = await requireVerifiedUser(request);
  const proposal = await getProposalForEditing(user.id, id);
  if (!proposal) notFound("No such proposal");
  const { t, language } = await getRequestT(request, "collaborations");
  return data(
    {
      title: t("form.editMetaTitle", { title: proposal.value.title }),
      proposal,
      ...(await proposalFormChoices(language)),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params);
  const user = await requireVerifiedUser(request);
  if (!(await getProposalForEditing(user.id, id))) notFound("No such proposal");
  const formData = await readFormData(request, PROPOSAL_FORM_BYTES);
  const schema = createProposalSchema({ isKnownTopic: await knownTopic(), today: todayIso() });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (!(await updateProposal(user.id, id, submission.value))) notFound("No such proposal");
  return redirect(`/collaborations/${id}?done=saved`);
}

export default function EditProposal() {
  const { proposal, topics, languages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("collaborations");
  const schema = useMemo(() => createProposalSchema(), []);
  const [form] = useForm<ProposalFormValue, ProposalInput>({
    id: `edit-proposal-${proposal.id}`,
    lastResult: actionData?.result,
    defaultValue: proposal.value,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/collaborations/${proposal.id}`}>{proposal.value.title}</Link>
      </p>
      <h1>{t("form.editTitle")}</h1>
      <ProposalForm form={form} topics={topics} languages={languages} submitLabel={t("form.save")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
