/**
 * /requests/new?opportunity=<id>: an applicant requests one published opportunity.
 *
 * Form contract (issue 5, item 10): `startDate` and `endDate` (YYYY-MM-DD) or `cohortId`,
 * `motivation`, the PDF file field `cv`; optional answers `answers[i]` to the
 * opportunity's questions and the hidden one-time `submitKey`. Conform + Zod
 * (app/requests/request-validation.ts); the CV is judged by its bytes and stored only once
 * the whole form is valid (app/platform/uploads.server.ts). The applicant needs a verified
 * address and a complete profile. A double submit shows the first request.
 *
 * The route module is thin: loading the opportunity, the page's data and reading the form
 * are in form.server.ts, the form itself is request-form.tsx.
 */
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NotFoundBoundary } from "~/components/error-boundary";
import { ExampleBadge, realProgrammesHref } from "~/catalogue/ui/example-badge";
import { DocumentList } from "~/catalogue/ui/practical-facts-view";
import { Precheck } from "~/requests/ui/precheck";
import { submitRequest } from "~/requests/request.server";
import requestStyles from "~/styles/requests.css";
import { createRequestSchema } from "~/requests/request-validation";
import {
  checkDocuments,
  formOpportunity,
  getNewRequestPage,
  loadRequestForm,
  readRequestForm,
  recheckWithStay,
} from "./form.server";
import { RequestForm, useRequestForm } from "./request-form";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await getNewRequestPage(request);
  return data(page, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const { user, opportunity, today, blocked } = await loadRequestForm(request);
  const { formData, file, problem } = await readRequestForm(request);
  const schema = createRequestSchema({ today, opportunity: formOpportunity(opportunity) });
  const submission = parseWithZod(formData, { schema });
  if (blocked) {
    return data(
      { result: submission.reply({ formErrors: [`requests:new.blocked.${blocked}`] }), existingId: null },
      { status: 403 },
    );
  }
  const documents = await checkDocuments({
    userId: user.id,
    formData,
    upload: { file, problem },
    opportunity,
    today,
    value: submission.status === "success" ? submission.value : null,
  });
  const documentErrors = Object.keys(documents.errors).length ? documents.errors : null;
  if (submission.status !== "success" || documentErrors) {
    return data(
      {
        result: submission.reply(documentErrors ? { fieldErrors: documentErrors } : undefined),
        existingId: null,
      },
      { status: 400 },
    );
  }
  // The pre-check again with the chosen stay (app/requests/eligibility.ts): a free seat on those dates.
  const full = await recheckWithStay(user, opportunity, today, submission.value);
  if (full) {
    return data(
      { result: submission.reply({ formErrors: [`requests:new.blocked.${full}`] }), existingId: null },
      { status: 409 },
    );
  }
  const outcome = await submitRequest({
    applicantId: user.id,
    opportunity,
    questionIds: opportunity.questions.map((q) => q.id),
    value: submission.value,
    documentIds: documents.documentIds,
    upload: documents.upload,
  });
  if (outcome.status === "created") return redirect(`/requests/${outcome.requestId}?done=submitted`);
  // The same form sent twice (a double click, a retry): it was sent, so say so as the first time.
  if (outcome.status === "existing") return redirect(`/requests/${outcome.requestId}?done=submitted`);
  if (outcome.status === "documents-changed") {
    return data(
      {
        result: submission.reply({ fieldErrors: { documents: ["requests:wallet.validation.unknownDocument"] } }),
        existingId: null,
      },
      { status: 400 },
    );
  }
  return data(
    { result: submission.reply({ formErrors: ["requests:validation.overlap"] }), existingId: outcome.requestId },
    { status: 400 },
  );
}

export default function NewRequestPage() {
  const { opportunity: o, today, blocked, gaps, submitKey, wallet, requiredTypes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("requests");
  const state = useRequestForm({ o, today, actionData });

  return (
    <div className="request-new">
      <p className="breadcrumb">
        <Link to={`/opportunities/${o.id}`}>{o.title}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <p className="lead">
        {t("new.lead", { title: o.title, centre: o.centreName })} {o.isExample ? <ExampleBadge /> : null}
      </p>

      {blocked === "example" ? (
        <div className="notice" role="status">
          <p>{t("new.blocked.example")}</p>
          <Link to={realProgrammesHref(o.centreSlug)}>{t("common:opportunity.realProgrammes")}</Link>
        </div>
      ) : (
        <Precheck gaps={gaps} />
      )}
      {blocked ? null : (
        <>
          <section aria-labelledby="documents-title" className="required-documents">
            <h2 id="documents-title">{t("new.documentsTitle")}</h2>
            <p>{t("new.documentsLead")}</p>
            <DocumentList documents={o.documents} />
          </section>
          <RequestForm
            o={o}
            today={today}
            submitKey={submitKey}
            existingId={actionData?.existingId}
            state={state}
            wallet={wallet}
            requiredTypes={requiredTypes}
          />
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <NotFoundBoundary
      ns="requests"
      to="/opportunities"
      keys={{ title: "common:errors.404.title", body: "notFound.opportunity", back: "notFound.opportunities" }}
    />
  );
}
