/**
 * What the partner-search routes share on the server: ids from the URL, and the answers to
 * refused actions (a form-level error in the reader's language, with the right status:
 * 403 forbidden, 409 conflict with the current state, 400 unknown intent).
 */
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/platform/http";
import { CollaborationIdSchema } from "./validation";

/**
 * The id in route param `name` (default `id`).
 * @throws a 404 response when it is not a well-formed id.
 */
export function idParam(params: LoaderFunctionArgs["params"], name = "id"): string {
  const id = params[name] ?? "";
  if (!CollaborationIdSchema.safeParse(id).success) notFound("No such proposal");
  return id;
}

/** Refusal codes (collaborations:refusal.<code>) and their HTTP status. */
const REFUSAL_STATUS = {
  own: 403,
  example: 403,
  closed: 409,
  duplicate: 409,
  "already-decided": 409,
  "already-closed": 409,
  "unknown-action": 400,
} as const;

export type RefusalCode = keyof typeof REFUSAL_STATUS;

/** The reply for a refused action: `{intent, result}` with a form-level error, and its status. */
export function refusal(intent: string | null, code: RefusalCode) {
  return data(
    { intent, result: { status: "error" as const, error: { "": [`collaborations:refusal.${code}`] } } },
    { status: REFUSAL_STATUS[code] },
  );
}
