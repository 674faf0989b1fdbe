/**
 * /profile/documents: the applicant's document wallet (issue 16, part 1). Add a typed
 * document (PDF, JPEG or PNG judged by its bytes, at most 5 MB; a name with "Other"; an
 * optional expiry date), change or replace one, delete one. Requests keep their own copies,
 * so nothing here changes a request already sent (app/requests/wallet.server.ts).
 *
 * Form contract: multipart `intent=add|replace|delete`, `id` (replace, delete), `type`,
 * `name`, `expiresOn` and the file `file` (required to add, optional to replace).
 * Conform + Zod (app/requests/wallet.ts); bad files and fields are field errors and nothing
 * is stored. Post/redirect/get with `?done=added|replaced|deleted`. `?type=` starts the add
 * form on a wallet type and `?back=` (a request form or opportunity page, carried through the
 * form) shows the way back: the request pre-check links here (issue 16, part 3).
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
import { requireUserWithRole } from "~/accounts/auth.server";
import { CalendarDate } from "~/components/labels";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, PdfField, SubmitButton } from "~/components/forms";
import { todayIso } from "~/platform/dates";
import { getRequestT } from "~/platform/i18n.server";
import { parsePdfForm, TextPartTooLargeError } from "~/platform/uploads.server";
import { uploadProblemKey } from "~/requests/request-actions.server";
import { FileSize } from "~/requests/ui/request-display";
import { IdSchema } from "~/requests/request-validation";
import {
  addWalletDocument,
  deleteWalletDocument,
  listWallet,
  replaceWalletDocument,
  type WalletDocumentView,
} from "~/requests/wallet.server";
import { createWalletFieldsSchema, DOCUMENT_NAME_MAX, WALLET_TYPES, type WalletType } from "~/requests/wallet";
import requestStyles from "~/styles/requests.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

const DONE = new Set(["added", "replaced", "deleted"]);

/**
 * `?back=`: where the request pre-check's link came from (app/requests/eligibility.ts), a
 * request form or an opportunity page; anything else is ignored (no open redirect).
 */
function backPath(value: FormDataEntryValue | string | null): string | null {
  return typeof value === "string" &&
    /^\/(requests\/new\?opportunity=[A-Za-z0-9_-]{1,64}|opportunities\/[A-Za-z0-9]{1,40})$/.test(value)
    ? value
    : null;
}

/** `?type=`: the wallet type the add form starts with (default CV). */
function startType(value: string | null): WalletType {
  return (WALLET_TYPES as readonly string[]).includes(value ?? "") ? (value as WalletType) : "CV";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const { t } = await getRequestT(request, "requests");
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  return data(
    {
      title: t("wallet.metaTitle"),
      back: backPath(url.searchParams.get("back")),
      type: startType(url.searchParams.get("type")),
      today: todayIso(),
      done: done && DONE.has(done) ? done : null,
      documents: await listWallet(user.id),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

type Reply = { formId: string; result: SubmissionResult<string[]> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) throw data("Send the form as multipart/form-data.", { status: 415 });
  let parsed;
  try {
    parsed = await parsePdfForm(request, { fileField: "file", accept: "document" });
  } catch (error) {
    if (error instanceof TextPartTooLargeError) throw data("Request body too large.", { status: 413 });
    throw error;
  }
  const { formData, file, problem } = parsed;
  const intent = formData.get("intent");
  const id = String(formData.get("id") ?? "");
  if (intent !== "add" && intent !== "replace" && intent !== "delete") throw data("Unknown intent.", { status: 400 });
  if (intent !== "add" && !IdSchema.safeParse(id).success) throw data("Unknown document.", { status: 404 });

  const back = backPath(formData.get("back"));
  const backQuery = back ? `&back=${encodeURIComponent(back)}` : "";
  if (intent === "delete") {
    const outcome = await deleteWalletDocument(user.id, id);
    if (outcome.status !== "ok") throw data("Unknown document.", { status: 404 });
    return redirect(`/profile/documents?done=deleted${backQuery}`);
  }

  const formId = intent === "add" ? "wallet-add" : `wallet-${id}`;
  const submission = parseWithZod(formData, { schema: createWalletFieldsSchema(todayIso()) });
  const fileError = problem
    ? uploadProblemKey(problem)
    : intent === "add" && !file
      ? "requests:wallet.validation.fileRequired"
      : null;
  if (submission.status !== "success" || fileError) {
    const reply: Reply = {
      formId,
      result: submission.reply(fileError ? { fieldErrors: { file: [fileError] } } : undefined),
    };
    return data(reply, { status: 400 });
  }
  const outcome =
    intent === "add"
      ? await addWalletDocument(user.id, submission.value, file!)
      : await replaceWalletDocument(user.id, id, submission.value, file);
  if (outcome.status === "not-found") throw data("Unknown document.", { status: 404 });
  if (outcome.status === "full") {
    const reply: Reply = { formId, result: submission.reply({ formErrors: ["requests:wallet.validation.full"] }) };
    return data(reply, { status: 409 });
  }
  return redirect(`/profile/documents?done=${intent === "add" ? "added" : "replaced"}${backQuery}`);
}

export default function DocumentsPage() {
  const { documents, today, done, back, type } = useLoaderData<typeof loader>();
  const { t } = useTranslation("requests");
  return (
    <div className="wallet">
      <h1>{t("wallet.title")}</h1>
      <p className="lead">{t("wallet.lead")}</p>
      {done ? (
        <p className="notice" role="status">
          {t(`wallet.done.${done}`)}
        </p>
      ) : null}
      {back ? (
        <p>
          <Link to={back}>{t("wallet.back")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="wallet-list-title">
        <h2 id="wallet-list-title">{t("wallet.listTitle")}</h2>
        {documents.length ? (
          <ul className="wallet-list">
            {documents.map((d) => (
              <WalletItem key={d.id} doc={d} today={today} />
            ))}
          </ul>
        ) : (
          <p>{t("wallet.empty")}</p>
        )}
      </section>
      <section aria-labelledby="wallet-add-title">
        <h2 id="wallet-add-title">{t("wallet.addTitle")}</h2>
        <DocumentForm formId="wallet-add" today={today} startType={type} back={back} />
      </section>
    </div>
  );
}

function WalletItem({ doc, today }: { doc: WalletDocumentView; today: string }) {
  const { t } = useTranslation("requests");
  const label = doc.name ?? t(`wallet.types.${doc.type}`);
  return (
    <li>
      <h3>{label}</h3>
      <p>
        <a href={`/profile/documents/${doc.id}`} download>
          {t("wallet.download", { name: doc.file.filename })}
        </a>{" "}
        (<FileSize bytes={doc.file.size} />)
        {doc.expiresOn ? (
          <>
            {" · "}
            {doc.expiresOn < today ? <strong>{t("wallet.expired")}</strong> : t("wallet.expiresOn")}{" "}
            <CalendarDate value={doc.expiresOn} />
          </>
        ) : null}
      </p>
      <details>
        <summary>{t("wallet.edit")}</summary>
        <DocumentForm formId={`wallet-${doc.id}`} today={today} doc={doc} />
      </details>
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="id" value={doc.id} />
        <SubmitButton pendingLabel={t("wallet.deleting")} className="button button-danger">
          {t("wallet.delete")} <span className="visually-hidden">{label}</span>
        </SubmitButton>
      </Form>
    </li>
  );
}

/** The add form, or with `doc` the change/replace form of one document. */
function DocumentForm({
  formId,
  today,
  doc,
  startType = "CV",
  back = null,
}: {
  formId: string;
  today: string;
  doc?: WalletDocumentView;
  startType?: WalletType;
  back?: string | null;
}) {
  const { t } = useTranslation("requests");
  const actionData = useActionData<Reply>();
  const schema = useMemo(() => createWalletFieldsSchema(today), [today]);
  const [form, fields] = useForm({
    id: formId,
    constraint: getZodConstraint(schema),
    defaultValue: doc ? { type: doc.type, name: doc.name ?? "", expiresOn: doc.expiresOn ?? "" } : { type: startType },
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="wallet-form">
      <input type="hidden" name="intent" value={doc ? "replace" : "add"} />
      {doc ? <input type="hidden" name="id" value={doc.id} /> : null}
      {back ? <input type="hidden" name="back" value={back} /> : null}
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <div className="field">
        <label htmlFor={fields.type.id}>{t("wallet.type")}</label>
        <select
          id={fields.type.id}
          name={fields.type.name}
          defaultValue={fields.type.initialValue}
          aria-invalid={fields.type.errors ? true : undefined}
          aria-describedby={fields.type.errors ? fields.type.errorId : undefined}
        >
          {WALLET_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`wallet.types.${type}`)}
            </option>
          ))}
        </select>
        <ErrorList id={fields.type.errorId} errors={fields.type.errors} />
      </div>
      <Field
        labelProps={{ children: t("wallet.name") }}
        inputProps={{ ...getInputProps(fields.name, { type: "text" }), maxLength: DOCUMENT_NAME_MAX }}
        errors={fields.name.errors}
      />
      <Field
        labelProps={{ children: t("wallet.expiry") }}
        inputProps={{ ...getInputProps(fields.expiresOn, { type: "date" }), min: today }}
        errors={fields.expiresOn.errors}
        hint={t("wallet.expiryHint")}
      />
      <PdfField
        labelProps={{ children: doc ? t("wallet.replaceFile") : t("wallet.file") }}
        inputProps={{
          id: `${formId}-file`,
          name: "file",
          type: "file",
          accept: "application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png",
          required: !doc,
        }}
        errors={form.allErrors.file}
        hint={t("wallet.fileHint")}
        scans
        tooLargeError="requests:validation.file-too-large"
        notPdfError="requests:validation.file-not-document"
      />
      <SubmitButton pendingLabel={doc ? t("wallet.saving") : t("wallet.adding")}>
        {doc ? t("wallet.save") : t("wallet.add")}
      </SubmitButton>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
