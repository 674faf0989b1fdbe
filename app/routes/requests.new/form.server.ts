/**
 * The server side of /requests/new: the opportunity asked for (published only) and
 * whether the applicant may request it now (the pre-check of app/requests/eligibility.ts:
 * a verified address, a complete and eligible profile, the direction, the deadline, a free
 * seat, the documents), the page's data in the reader's language (with the applicant's
 * document wallet), what the form's validation needs of the opportunity, reading the posted
 * form with its optional new document `upload` (PDF, JPEG or PNG), and checking the
 * documents chosen against the wallet and the opportunity's required documents.
 */
import crypto from "node:crypto";
import { data } from "@remix-run/node";
import { requireUserWithRole, type AuthUser } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { parsePdfForm, TextPartTooLargeError, type ParsedUploadForm } from "~/platform/uploads.server";
import { getOpportunityForRequest, type OpportunityForRequest } from "~/requests/request.server";
import { firstBlocking, type Gap, type GapCode } from "~/requests/eligibility";
import { precheckFor } from "~/requests/eligibility.server";
import { IdSchema, type RequestFormOpportunity, type RequestFormValue } from "~/requests/request-validation";
import { listWallet, type WalletUpload } from "~/requests/wallet.server";
import {
  createWalletFieldsSchema,
  missingWalletTypes,
  requiredWalletTypes,
  WALLET_MAX,
  type WalletType,
} from "~/requests/wallet";
import { uploadProblemKey } from "~/requests/request-actions.server";
import { NO_FACTS, practicalView } from "~/catalogue/practical-facts";

/** Text fields of the request form: a 4,000-character motivation and answers, with room. */
const REQUEST_TEXT_BYTES = 256 * 1024;

/** Why the applicant cannot send a request now (null: they can): an example, or the pre-check's first blocking gap. */
type Blocked = "example" | GapCode | null;

/**
 * The signed-in applicant, the opportunity of `?opportunity=<id>`, today, the pre-check's
 * gaps (app/requests/eligibility.ts; wallet links come back to this form) and whether the
 * applicant is blocked from requesting it.
 * @throws a redirect to /login when signed out, 403 for anyone but applicants, and a 404
 *   response for an unknown or unpublished opportunity.
 */
export async function loadRequestForm(request: Request) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const id = new URL(request.url).searchParams.get("opportunity") ?? "";
  if (!IdSchema.safeParse(id).success) notFound("No such opportunity");
  const opportunity = await getOpportunityForRequest(id);
  if (!opportunity) notFound("No such opportunity");
  const today = todayIso();
  const gaps = await precheckFor({ user, opportunity, today, backTo: formPath(id) });
  // An example is not a programme the centre announced: no request until the centre adopts it.
  const blocked: Blocked = opportunity.isExample ? "example" : firstBlocking(gaps);
  return { user, opportunity, today, gaps, blocked };
}

/** The request form's path for opportunity `id`. */
export const formPath = (id: string) => `/requests/new?opportunity=${encodeURIComponent(id)}`;

/**
 * The pre-check again with the stay the form chose (`value`): the seats of those dates.
 * @returns the first blocking gap's code, or null.
 */
export async function recheckWithStay(
  user: AuthUser,
  opportunity: OpportunityForRequest,
  today: string,
  value: RequestFormValue,
): Promise<GapCode | null> {
  const cohort = value.kind === "cohort" ? opportunity.cohorts.find((c) => c.id === value.cohortId) : null;
  const stay =
    value.kind === "dates"
      ? { start: value.startDate, end: value.endDate, cohortId: null }
      : cohort
        ? { start: cohort.start, end: cohort.end, cohortId: cohort.id }
        : null;
  return firstBlocking(await precheckFor({ user, opportunity, today, stay }));
}

/** What the form's validation needs of the opportunity. */
export function formOpportunity(o: OpportunityForRequest): RequestFormOpportunity {
  return {
    minDays: o.minDays,
    maxDays: o.maxDays,
    windows: o.windows,
    cohorts: o.cohorts,
    questionCount: o.questions.length,
  };
}

/** The page's data: the opportunity in the language of `request`, and a fresh one-time `submitKey`. */
export async function getNewRequestPage(request: Request) {
  const { user, opportunity: o, today, blocked, gaps } = await loadRequestForm(request);
  const { t, language } = await getRequestT(request, "requests");
  const required = requiredWalletTypes(o.requiredDocuments);
  const it = language === "it";
  const title = it ? o.titleIt : o.titleEn;
  return {
    title: t("new.metaTitle", { title }),
    today,
    blocked,
    gaps: gaps satisfies Gap[],
    submitKey: crypto.randomBytes(18).toString("base64url"),
    wallet: (await listWallet(user.id)).map((d) => ({
      id: d.id,
      type: d.type,
      name: d.name,
      expiresOn: d.expiresOn,
      filename: d.file.filename,
      required: required.includes(d.type),
    })),
    requiredTypes: required,
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
      centreSlug: o.centre.slug,
      documents: practicalView(
        {
          ...NO_FACTS,
          requiredDocuments: o.requiredDocuments,
          recommendationLetters: o.recommendationLetters,
          vaccines: o.vaccines,
          otherDocument: o.otherDocument,
        },
        language,
        false,
      ).documents,
    },
  };
}

/** What `checkDocuments` found: field errors, or what to send. */
export interface DocumentsCheck {
  errors: Record<string, string[]>;
  documentIds: string[];
  upload: WalletUpload | null;
}

const field = (name: string) => `upload${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/**
 * The documents of a posted request form: the checked wallet documents (`documents`, ids of
 * the applicant's own wallet) and the optional new document (`upload` with `uploadType`,
 * `uploadName`, `uploadExpiresOn`, going into the wallet). At least one document; every
 * wallet type the opportunity requires (app/requests/wallet.ts), valid until the stay's last
 * day when the stay is known. Errors are i18n keys on `documents` and the upload's fields.
 */
export async function checkDocuments({
  userId,
  formData,
  upload,
  opportunity,
  today,
  value,
}: {
  userId: string;
  formData: FormData;
  upload: Pick<ParsedUploadForm, "file" | "problem">;
  opportunity: Pick<OpportunityForRequest, "requiredDocuments" | "cohorts">;
  today: string;
  value: RequestFormValue | null;
}): Promise<DocumentsCheck> {
  const errors: Record<string, string[]> = {};
  const ids = formData.getAll("documents").filter((v): v is string => typeof v === "string" && v !== "");
  const wallet = await listWallet(userId);
  if (ids.length > WALLET_MAX || ids.some((id) => !wallet.some((d) => d.id === id))) {
    errors.documents = ["requests:wallet.validation.unknownDocument"];
  }
  let newDocument: WalletUpload | null = null;
  if (upload.problem) errors.upload = [uploadProblemKey(upload.problem)];
  if (upload.file && wallet.length >= WALLET_MAX) errors.upload = ["requests:wallet.validation.full"];
  else if (upload.file) {
    const fields = createWalletFieldsSchema(today).safeParse({
      type: formData.get("uploadType") ?? undefined,
      name: formData.get("uploadName") ?? undefined,
      expiresOn: formData.get("uploadExpiresOn") || undefined,
    });
    if (fields.success) newDocument = { fields: fields.data, file: upload.file };
    else for (const issue of fields.error.issues) (errors[field(String(issue.path[0]))] ??= []).push(issue.message);
  }
  if (Object.keys(errors).length) return { errors, documentIds: [], upload: null };
  const chosen: { type: WalletType; expiresOn: string | null }[] = wallet.filter((d) => ids.includes(d.id));
  if (newDocument) chosen.push({ type: newDocument.fields.type, expiresOn: newDocument.fields.expiresOn });
  if (!chosen.length)
    return { errors: { documents: ["requests:wallet.validation.noneChosen"] }, documentIds: [], upload: null };
  const stayEnd =
    value?.kind === "dates"
      ? value.endDate
      : value?.kind === "cohort"
        ? (opportunity.cohorts.find((c) => c.id === value.cohortId)?.end ?? null)
        : null;
  if (missingWalletTypes(opportunity.requiredDocuments, chosen, stayEnd).length) {
    return { errors: { documents: ["requests:wallet.validation.missingRequired"] }, documentIds: [], upload: null };
  }
  return { errors: {}, documentIds: [...new Set(ids)], upload: newDocument };
}

/**
 * The posted request form: multipart (with the optional document field `upload`) or URL-encoded.
 * @throws a 413 response when a text field or the whole form is too large.
 */
export async function readRequestForm(request: Request): Promise<ParsedUploadForm> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) {
    return { formData: await readFormData(request, REQUEST_TEXT_BYTES), file: null, problem: null };
  }
  try {
    return await parsePdfForm(request, { fileField: "upload", accept: "document", maxTextBytes: REQUEST_TEXT_BYTES });
  } catch (error) {
    if (error instanceof TextPartTooLargeError) throw data("Request body too large.", { status: 413 });
    throw error;
  }
}
