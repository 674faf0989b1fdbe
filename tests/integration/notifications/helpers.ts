/**
 * Helpers for the notification tests: the Resend stand-in on a loopback port (the real SDK
 * reaches it through RESEND_BASE_URL), requests sent through the real request form, moves
 * through the workflow model, and signed webhook calls.
 */
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { performMove } from "~/requests/workflow.server";
import { action as requestFormAction } from "~/routes/requests.new/route";
import { action as webhookAction } from "~/routes/webhooks.resend";
import { prisma } from "~/platform/db.server";
import { cnaoObservership, location, multipart, post, walletFor, type SignedIn } from "../../factories/request-flow";
import { startResendStandIn, type ResendStandIn } from "../../stand-ins/resend";
import { ORIGIN } from "../../utils/http";
import { onDay } from "../../factories/example-dates";

/** Starts one stand-in for the file; `use()` points the app at it for the current test. */
export function setUpResendStandIn() {
  const ref: { standIn: ResendStandIn | null } = { standIn: null };
  beforeAll(async () => {
    ref.standIn = await startResendStandIn();
  });
  afterEach(() => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    ref.standIn?.reset();
  });
  afterAll(async () => {
    await ref.standIn?.close();
  });
  return {
    get standIn(): ResendStandIn {
      if (!ref.standIn) throw new Error("stand-in not started");
      return ref.standIn;
    },
    use() {
      process.env.RESEND_API_KEY = "re_test_key";
      process.env.RESEND_BASE_URL = ref.standIn!.url;
    },
  };
}

/** Makes every waiting notification due now (what time passing does). */
export async function makeDue(): Promise<void> {
  await prisma.notification.updateMany({
    where: { status: "PENDING" },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });
}

/** Sends a request for the seeded CNAO observership through /requests/new. @returns the request id. */
export async function sendRequest(
  applicant: SignedIn,
  {
    start = onDay("2027-02-01"),
    end = onDay("2027-02-12"),
    submitKey,
  }: { start?: string; end?: string; submitKey?: string } = {},
): Promise<string> {
  const o = await cnaoObservership();
  const form = multipart({
    motivation: "I treat head-and-neck tumours and want to learn carbon-ion planning.",
    startDate: start,
    endDate: end,
    documents: await walletFor(applicant, o.id),
    ...(submitKey ? { submitKey } : {}),
  });
  const res = await post(requestFormAction, `/requests/new?opportunity=${o.id}`, form, { cookie: applicant.cookie });
  const to = location(res);
  expect(to, "the form redirects to the new request").toMatch(/^\/requests\/[^?]+/);
  return to!.split("?")[0].split("/")[2];
}

/** A coordinator's move through the workflow model, from the request's current status. */
export async function coordinatorMove(
  requestId: string,
  coordinatorId: string,
  action: string,
  data: Record<string, unknown> = {},
) {
  const current = await prisma.request.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } });
  return performMove({
    requestId,
    expectedStatus: current.status,
    action,
    actor: "COORDINATOR",
    actorId: coordinatorId,
    data,
  });
}

export const WEBHOOK_SECRET = `whsec_${Buffer.from("ponte-test-webhook-signing-secret!").toString("base64")}`;

/** POSTs `event` to /webhooks/resend, signed as Resend (Svix) signs it unless told otherwise. */
export async function postWebhook(
  event: unknown,
  {
    id = `msg_${Math.random().toString(36).slice(2)}`,
    secret = WEBHOOK_SECRET,
    timestamp = new Date(),
    prefix = "svix",
    signature,
  }: { id?: string; secret?: string; timestamp?: Date; prefix?: "svix" | "webhook"; signature?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const raw = JSON.stringify(event);
  const sig = signature ?? new Webhook(secret).sign(id, timestamp, raw);
  const request = new Request(new URL("/webhooks/resend", ORIGIN), {
    method: "POST",
    body: raw,
    headers: {
      "Content-Type": "application/json",
      [`${prefix}-id`]: id,
      [`${prefix}-timestamp`]: String(Math.floor(timestamp.getTime() / 1000)),
      [`${prefix}-signature`]: sig,
    },
  });
  const res = (await webhookAction({ request, params: {}, context: {} })) as Response;
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A Resend webhook event about `emailId`. */
export function resendEvent(type: string, emailId: string, extra: Record<string, unknown> = {}) {
  return {
    type,
    created_at: "2027-01-10T10:00:00.000Z",
    data: {
      created_at: "2027-01-10T09:59:59.000Z",
      email_id: emailId,
      from: "Ponte <no-reply@ponte.example>",
      to: ["someone@example.org"],
      subject: "A Ponte mail",
      ...extra,
    },
  };
}
