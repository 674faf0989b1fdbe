/**
 * /requests/:id/feedback: the applicant's feedback on an attended stay (issue 16, part 5;
 * decision 0038). Form contract: `rating` 1–5, `wouldRecommend` yes|no, optional
 * `mostUseful` and `couldBeBetter` (Conform + Zod, app/requests/feedback.ts). Once per
 * request, only by its applicant (anyone else: 404), only after a coordinator confirmed
 * attendance (403), never twice (409). Post/redirect/get to /requests/:id?done=feedback.
 * The request page shows the same form; this page shows it again with the server's errors.
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
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { FeedbackSchema } from "~/requests/feedback";
import { feedbackRefusal, feedbackStatus, submitFeedback } from "~/requests/feedback.server";
import { requestIdOf } from "~/requests/request-actions.server";
import { requireApplicant } from "~/requests/request.server";
import { FeedbackForm } from "~/requests/ui/feedback-form";
import requestStyles from "~/styles/requests.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicant(request);
  const requestId = requestIdOf(params);
  const refusal = await feedbackRefusal(user.id, requestId);
  if (refusal) throw data(`feedback: ${refusal}`, { status: feedbackStatus(refusal) });
  const { t } = await getRequestT(request, "requests");
  return data({ title: t("feedback.metaTitle"), requestId }, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApplicant(request);
  const requestId = requestIdOf(params);
  const formData = await readFormData(request, 64 * 1024);
  const submission = parseWithZod(formData, { schema: FeedbackSchema });
  const refusal = await feedbackRefusal(user.id, requestId);
  if (refusal === "not-found") throw data("Not found", { status: 404 });
  if (refusal) {
    return data(
      { result: submission.reply({ formErrors: [`requests:feedback.refused.${refusal}`] }) },
      { status: feedbackStatus(refusal) },
    );
  }
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await submitFeedback({ applicantId: user.id, requestId, value: submission.value });
  if (outcome) {
    return data(
      { result: submission.reply({ formErrors: [`requests:feedback.refused.${outcome}`] }) },
      { status: feedbackStatus(outcome) },
    );
  }
  return redirect(`/requests/${requestId}?done=feedback`);
}

export default function FeedbackPage() {
  const { requestId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("requests");
  return (
    <div className="feedback">
      <p className="breadcrumb">
        <Link to={`/requests/${requestId}`}>{t("feedback.back")}</Link>
      </p>
      <h1>{t("feedback.title")}</h1>
      <p className="lead">{t("feedback.lead")}</p>
      <FeedbackForm requestId={requestId} lastResult={actionData?.result} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
