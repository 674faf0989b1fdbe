/**
 * /contact: a message from anyone (no account needed) to the operators of this
 * installation (app/platform/legal-config.ts `operators`), written into the outbox as a
 * `contact-message` mail whose Reply-To is the sender (decision 0023). The route rate-limits
 * it first (`contact:ip`, `contact:sender` in app/accounts/rate-limit.server.ts).
 */
import { randomUUID } from "node:crypto";
import { prisma } from "~/platform/db.server";
import { canonicalEmail } from "~/platform/email-address";
import { legalConfig } from "~/platform/legal-config";
import { enqueueEmail } from "./outbox.server";

export interface ContactMessage {
  name: string;
  /** Canonical address of the sender (EmailSchema makes it so). */
  email: string;
  subject: string;
  message: string;
}

/**
 * Queues the message for the operators, in the operators' language (`legalConfig.operators.locale`).
 * @returns the outbox row's idempotency key (tests).
 */
export async function sendContactMessage(message: ContactMessage): Promise<string> {
  const key = `contact-message:${randomUUID()}`;
  await prisma.$transaction(async (tx) => {
    await enqueueEmail(tx, {
      kind: "contact-message",
      userId: null,
      to: canonicalEmail(legalConfig.operators.email),
      locale: legalConfig.operators.locale,
      payload: message,
      idempotencyKey: key,
    });
  });
  return key;
}
