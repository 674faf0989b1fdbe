/**
 * What the action forms on /requests/:id and /inbox/:id share: reading the form (with an
 * optional PDF `attachment`), the outcome of a move as an HTTP answer, and the error text
 * of a refusal.
 *
 * Answers: a missing or unknown `intent` 400; a refused move with `httpStatus`
 * (app/requests/transitions.ts): 403 forbidden, 409 illegal or stale, 422 bad input; a
 * request outside the user's scope 404 (thrown, so the route's boundary renders it).
 */
import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import type { Refused } from "~/requests/transitions";
import { httpStatus } from "~/requests/transitions";
import { readFormData } from "~/platform/form.server";
import { parsePdfForm, TextPartTooLargeError, type ParsedUploadForm, type UploadProblem } from "~/platform/uploads.server";

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
