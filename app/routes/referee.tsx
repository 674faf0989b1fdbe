/**
 * /referee?token=…: where a referee, without an account, uploads a recommendation letter
 * (issue 16 part 2; decision 0037). The link works once, for 30 days, while the request is
 * open (app/requests/referees.server.ts). A used, expired, withdrawn or unknown link gets the
 * same 404 page (no way to tell them apart); every look-up and upload counts against the
 * client address's `referee:ip` limit (429 past it). After the upload: /referee?received=1.
 *
 * Form contract: multipart `token` and the file `letter` (a PDF judged by its bytes, at most
 * 5 MB); a bad file is a field error (400) and nothing is stored.
 */
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { TOKEN_MAX } from "~/accounts/validation";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CalendarDate } from "~/components/labels";
import { ErrorList, PdfField, SubmitButton } from "~/components/forms";
import { getRequestT } from "~/platform/i18n.server";
import { parsePdfForm, TextPartTooLargeError } from "~/platform/uploads.server";
import { uploadProblemKey } from "~/requests/request-actions.server";
import { findRefereeLink, receiveRefereeLetter } from "~/requests/referees.server";

const NO_STORE = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

const TokenOnly = z.object({ token: z.string().max(TOKEN_MAX) });

async function limited(context: unknown) {
  const limit = await consumeRateLimits([["referee:ip", clientIpOf(context as { clientIp?: string })]]);
  if (!limit.ok) {
    throw data("Too many requests", {
      status: 429,
      headers: { ...NO_STORE, "Retry-After": String(limit.retryAfterSeconds) },
    });
  }
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "requests");
  const url = new URL(request.url);
  const base = { title: t("referees.upload.metaTitle") };
  if (url.searchParams.get("received") === "1") return data({ ...base, mode: "received" as const, link: null });
  await limited(context);
  const token = url.searchParams.get("token") ?? "";
  const link = token && token.length <= TOKEN_MAX ? await findRefereeLink(token) : null;
  if (!link) return data({ ...base, mode: "invalid" as const, link: null }, { status: 404, headers: NO_STORE });
  return data({ ...base, mode: "upload" as const, link: { ...link, token } }, { headers: NO_STORE });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "referrer", content: "no-referrer" },
  { name: "robots", content: "noindex" },
];

type Reply = { result: SubmissionResult<string[]> };

export async function action({ request, context }: ActionFunctionArgs) {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) throw data("Send the form as multipart/form-data.", { status: 415 });
  await limited(context);
  let parsed;
  try {
    parsed = await parsePdfForm(request, { fileField: "letter", maxTextBytes: 1024 });
  } catch (error) {
    if (error instanceof TextPartTooLargeError) throw data("Request body too large.", { status: 413 });
    throw error;
  }
  const { formData, file, problem } = parsed;
  const submission = parseWithZod(formData, { schema: TokenOnly });
  const token = submission.status === "success" ? submission.value.token : "";
  if (!token || !(await findRefereeLink(token))) {
    throw data("Not found", { status: 404, headers: NO_STORE });
  }
  const fileError = problem ? uploadProblemKey(problem) : !file ? "requests:referees.upload.fileRequired" : null;
  if (fileError || !file) {
    const reply: Reply = { result: submission.reply({ fieldErrors: { letter: [fileError!] } }) };
    return data(reply, { status: 400, headers: NO_STORE });
  }
  if (!(await receiveRefereeLetter(token, file))) throw data("Not found", { status: 404, headers: NO_STORE });
  return redirect("/referee?received=1", { headers: NO_STORE });
}

export default function RefereePage() {
  const { mode, link } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("requests");
  if (mode === "received") {
    return (
      <article className="request-page">
        <h1>{t("referees.upload.thanksTitle")}</h1>
        <p className="flash flash-success" role="status">
          {t("referees.upload.thanks")}
        </p>
      </article>
    );
  }
  if (mode === "invalid" || !link) return <InvalidLink />;
  const it = i18n.language === "it";
  return (
    <article className="request-page">
      <h1>{t("referees.upload.title")}</h1>
      <p className="lead">
        {t("referees.upload.lead", {
          applicant: link.applicantName,
          referee: link.refereeName,
          opportunity: it ? link.opportunityTitleIt : link.opportunityTitleEn,
          centre: it ? link.centreNameIt : link.centreName,
        })}
      </p>
      <p>{t("referees.upload.how")}</p>
      <p>
        {t("referees.upload.until")} <CalendarDate value={lastDay(link.expiresAt)} />
      </p>
      <LetterForm token={link.token} />
    </article>
  );
}

/** The last calendar day (UTC) before an exclusive expiry instant, `YYYY-MM-DD`. */
function lastDay(expiresAt: string): string {
  return new Date(new Date(expiresAt).getTime() - 1).toISOString().slice(0, 10);
}

function LetterForm({ token }: { token: string }) {
  const { t } = useTranslation("requests");
  const actionData = useActionData<Reply>();
  const [form] = useForm({ id: "referee-letter", lastResult: actionData?.result });
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
      <input type="hidden" name="token" value={token} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <PdfField
        labelProps={{ children: t("referees.upload.file") }}
        inputProps={{
          id: "referee-letter-file",
          name: "letter",
          type: "file",
          accept: "application/pdf,.pdf",
          required: true,
        }}
        errors={form.allErrors.letter}
        hint={t("referees.upload.fileHint")}
        tooLargeError="requests:validation.file-too-large"
        notPdfError="requests:validation.file-not-pdf"
      />
      <SubmitButton pendingLabel={t("referees.upload.submitting")}>{t("referees.upload.submit")}</SubmitButton>
    </Form>
  );
}

function InvalidLink() {
  const { t } = useTranslation("requests");
  return (
    <article className="request-page">
      <h1>{t("referees.upload.invalidTitle")}</h1>
      <p>{t("referees.upload.invalid")}</p>
    </article>
  );
}

export function ErrorBoundary() {
  const { t } = useTranslation("requests");
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: () => <InvalidLink />,
        429: () => (
          <article className="request-page">
            <h1>{t("referees.upload.title")}</h1>
            <p>{t("referees.upload.rateLimited")}</p>
          </article>
        ),
      }}
    />
  );
}
