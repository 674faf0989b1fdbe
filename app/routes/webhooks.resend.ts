/**
 * POST /webhooks/resend: Resend's delivery events (docs/decisions/0012-notifications.md).
 *
 * Resend signs each event the Standard Webhooks way (sent by Svix, with `svix-id`,
 * `svix-timestamp` and `svix-signature` headers; the `webhook-*` names are accepted too):
 * an HMAC-SHA256 over "<id>.<timestamp>.<raw body>" with the endpoint's signing secret
 * (RESEND_WEBHOOK_SECRET, `whsec_…`), timestamps within 5 minutes. `standardwebhooks`
 * verifies it. Answers: 503 when no secret is configured, 401 for a missing or wrong
 * signature, 400 for a body that is not an event, 200 otherwise (also for a repeated or
 * unknown event, so Resend stops retrying it). Nothing changes unless the signature holds.
 *
 * Exempt from the Origin check (server/security.ts): it is authenticated by its signature.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { applyProviderEvent } from "~/notifications/settings.server";
import { getEnv } from "~/platform/env.server";
import { resourceRoute } from "~/platform/http";

const MAX_BODY = 256 * 1024;

function reply(status: number, body: Record<string, unknown>) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

function header(request: Request, name: string): string | null {
  return request.headers.get(`svix-${name}`) ?? request.headers.get(`webhook-${name}`);
}

function str(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

export const action = resourceRoute(async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return reply(405, { error: "method not allowed" });
  const secret = getEnv().RESEND_WEBHOOK_SECRET;
  if (!secret) return reply(503, { error: "webhooks are not configured" });

  const raw = await request.text();
  if (raw.length > MAX_BODY) return reply(413, { error: "body too large" });
  const id = header(request, "id");
  const timestamp = header(request, "timestamp");
  const signature = header(request, "signature");
  if (!id || !timestamp || !signature) return reply(401, { error: "missing signature headers" });

  let event: unknown;
  try {
    event = new Webhook(secret).verify(raw, {
      "webhook-id": id,
      "webhook-timestamp": timestamp,
      "webhook-signature": signature,
    });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return reply(401, { error: "invalid signature" });
    if (error instanceof SyntaxError) return reply(400, { error: "body is not JSON" });
    throw error;
  }
  if (!event || typeof event !== "object" || Array.isArray(event)) return reply(400, { error: "not an event" });
  const e = event as { type?: unknown; created_at?: unknown; data?: unknown };
  const type = str(e.type);
  if (!type || id.length > 200) return reply(400, { error: "not an event" });
  const data = (e.data && typeof e.data === "object" ? e.data : {}) as Record<string, unknown>;
  const tags = (data.tags && typeof data.tags === "object" ? data.tags : {}) as Record<string, unknown>;
  const bounce = data.bounce && typeof data.bounce === "object" ? (data.bounce as Record<string, unknown>) : null;
  const failed = data.failed && typeof data.failed === "object" ? (data.failed as Record<string, unknown>) : null;
  const suppressed =
    data.suppressed && typeof data.suppressed === "object" ? (data.suppressed as Record<string, unknown>) : null;
  const at = Date.parse(str(e.created_at) ?? "");

  const outcome = await applyProviderEvent({
    id,
    type,
    at: Number.isFinite(at) ? new Date(at) : new Date(),
    emailId: str(data.email_id),
    notificationId: str(tags.notification),
    bounce: bounce
      ? { type: str(bounce.type) ?? "", subType: str(bounce.subType) ?? "", message: str(bounce.message) ?? "" }
      : null,
    reason: str(failed?.reason) ?? str(suppressed?.message) ?? null,
  });
  return reply(200, { ok: true, outcome });
});

export const loader = resourceRoute(async function loader() {
  return reply(405, { error: "method not allowed" });
});
