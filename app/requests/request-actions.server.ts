/**
 * What the action forms on /requests/:id and /inbox/:id share: the request id from the
 * URL, reading the form (with an optional PDF `attachment`), running the posted move
 * (`runMoveAction`), the outcome of a move as an HTTP answer, and the error text of a
 * refusal.
 *
 * Answers: a missing or unknown `intent` 400; a refused move with `httpStatus`
 * (app/requests/transitions.ts): 403 forbidden, 409 illegal or stale, 422 bad input; a
 * request outside the user's scope 404 (thrown, so the route's boundary renders it).
 */
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { ApplyInput, MoveData } from "~/requests/apply.server";
import { getRequestState, isRequestStatus, type RequestScope } from "~/requests/request.server";
import { IdSchema } from "~/requests/request-validation";
import type { Refused } from "~/requests/transitions";
import { httpStatus, isAction, type Action } from "~/requests/transitions";
import { performMove } from "~/requests/workflow.server";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import {
  parsePdfForm,
  TextPartTooLargeError,
  type ParsedUploadForm,
  type UploadProblem,
} from "~/platform/uploads.server";

/** Text fields of an action form fit in this (a 4,000-character message is at most 16 KiB). */
const ACTION_TEXT_BYTES = 64 * 1024;

/**
 * The action form: multipart (with the PDF field `fileField`) or URL-encoded.
 * @throws a 413 response when a text field or the whole form is too large.
 */
export async function readActionForm(
  request: Request,
  { fileField = "attachment" }: { fileField?: string } = {},
): Promise<ParsedUploadForm> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    try {
      return await parsePdfForm(request, { fileField, maxTextBytes: ACTION_TEXT_BYTES });
    } catch (error) {
      if (error instanceof TextPartTooLargeError) throw data("Request body too large.", { status: 413 });
      throw error;
    }
  }
  return { formData: await readFormData(request, ACTION_TEXT_BYTES), file: null, problem: null };
}

/** The i18n key of an upload problem. */
export function uploadProblemKey(problem: UploadProblem): string {
  return `requests:validation.file-${problem}`;
}

/** Field each input-related refusal belongs to; the others are form-level. */
const REFUSAL_FIELDS: Record<string, string> = {
  "body-required": "body",
  "reason-required": "reason",
  "assignee-required": "assigneeId",
  "assignee-not-coordinator": "assigneeId",
  "dates-required": "startDate",
  "dates-invalid": "endDate",
  "dates-past": "startDate",
};

/** What an action answers (also read by the page to show the right form's errors). */
export interface ActionReply {
  intent: string | null;
  result: SubmissionResult<string[]>;
  /** seats-full: the days without a free seat. */
  conflicts?: string[];
  /**
   * A move that needs a second step (`MoveActionPage.confirmIntents`), posted without
   * `confirmed=yes`: nothing happened; the page asks again, carrying the posted reason.
   */
  confirm?: { expectedStatus: string; reason: string | null };
}

/** The reply for a refused move (never "not-found": the caller throws 404 for it). */
export function refusalReply(intent: string | null, refused: Refused, base: SubmissionResult<string[]> | null = null) {
  const key = `requests:refusal.${refused.code}`;
  const field = REFUSAL_FIELDS[refused.code];
  const error = { ...(base?.error ?? {}), [field ?? ""]: [key] };
  const result: SubmissionResult<string[]> = { ...(base ?? {}), status: "error", error };
  const body: ActionReply = { intent, result, ...(refused.conflicts ? { conflicts: refused.conflicts } : {}) };
  return data(body, { status: httpStatus(refused) });
}

/** The reply for a form that did not validate (400), or a form-level problem. */
export function invalidReply(intent: string | null, result: SubmissionResult<string[]>, status = 400) {
  return data({ intent, result } satisfies ActionReply, { status });
}

/** The 400 reply for a missing or unknown `intent`. */
export function unknownIntentReply(intent: string | null) {
  return invalidReply(intent, { status: "error", error: { "": ["requests:refusal.unknown-action"] } }, 400);
}

/**
 * The request id of a request page's URL (`:id`).
 * @throws a 404 response when it is not a well-formed id.
 */
export function requestIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!IdSchema.safeParse(id).success) notFound("No such request");
  return id;
}

/** The fields a move form may post, once validated by its intent's schema. */
export interface MoveFormValue {
  body?: string;
  reason?: string;
  assigneeId?: string;
  startDate?: string;
  endDate?: string;
}

/** What `runMoveAction` needs to know of the page it serves and of who acts. */
export interface MoveActionPage {
  /** The request (an id from `requestIdOf`), looked up within `scope` only. */
  requestId: string;
  scope: RequestScope;
  actor: ApplyInput["actor"];
  actorId: string;
  /** The form schema of each intent the page offers; any other action validates nothing. */
  schemas: Readonly<Record<string, z.ZodTypeAny>>;
  /** The intents whose form may carry a PDF `attachment`. */
  messageIntents: ReadonlySet<string>;
  /** The move's data from the validated form and the request's current dates. */
  moveData: (intent: Action, value: MoveFormValue, current: { startDate: string; endDate: string }) => MoveData;
  /** The page a done move redirects to, with `?done=<intent>`. */
  path: string;
  /**
   * Intents that take effect only when posted with `confirmed=yes` (issue 17: withdrawing,
   * cancelling a stay); without it a valid form is answered with a confirmation state (200).
   */
  confirmIntents?: ReadonlySet<string>;
}

/**
 * Runs the move a request page's form posted: reads the form, checks `intent` and the
 * intent's fields (and the attachment, for message-like intents), then performs the move
 * from the status the page showed (`expectedStatus`, default the current one); an intent of
 * `confirmIntents` posted without `confirmed=yes` only answers the confirmation state.
 * @returns a redirect to the page with `?done=<intent>`, a confirmation state (200), or the reply of an invalid form
 *   (400), an unknown intent (400) or a refused move.
 * @throws a 404 response when the request is not within the page's scope.
 */
export async function runMoveAction(request: Request, page: MoveActionPage) {
  const current = await getRequestState(page.scope, page.requestId);
  if (!current) notFound("No such request");

  const { formData, file, problem } = await readActionForm(request);
  const rawIntent = formData.get("intent");
  const intent = typeof rawIntent === "string" ? rawIntent : null;
  if (!isAction(intent)) return unknownIntentReply(intent);
  const posted = formData.get("expectedStatus");
  const expectedStatus = isRequestStatus(posted) ? posted : current.status;

  const schema = page.schemas[intent] ?? z.object({});
  const submission = parseWithZod(formData, { schema });
  const withAttachment = page.messageIntents.has(intent);
  const attachmentError = withAttachment && problem ? uploadProblemKey(problem) : null;
  if (submission.status !== "success" || attachmentError) {
    return invalidReply(
      intent,
      submission.reply(attachmentError ? { fieldErrors: { attachment: [attachmentError] } } : undefined),
    );
  }
  if (page.confirmIntents?.has(intent) && formData.get("confirmed") !== "yes") {
    const reason = (submission.value as MoveFormValue).reason ?? null;
    return data({
      intent,
      result: submission.reply(),
      confirm: { expectedStatus, reason },
    } satisfies ActionReply);
  }
  const result = await performMove({
    requestId: page.requestId,
    expectedStatus,
    action: intent,
    actor: page.actor,
    actorId: page.actorId,
    scope: page.scope,
    data: page.moveData(intent, submission.value as MoveFormValue, current),
    attachment: withAttachment && file ? { ...file, ownerId: page.actorId } : null,
  });
  if (result.ok) return redirect(`${page.path}?done=${intent}`);
  if (result.reason === "not-found") notFound("No such request");
  return refusalReply(intent, result, submission.reply());
}
