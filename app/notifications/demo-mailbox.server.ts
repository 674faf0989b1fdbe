/**
 * Who may read the demo mailbox (/dev/emails and /dev/emails/:id/html; decision 0017): only
 * in demo mode, and only a request whose TCP peer is this machine (the socket's own address
 * from server/app.ts, never X-Forwarded-For or any other header) or a signed-in
 * administrator. Everyone else gets the same 404 as for a page that does not exist, so
 * nobody can read a password-reset mail meant for someone else.
 */
import type { AppLoadContext } from "@remix-run/node";
import { getUser } from "~/accounts/auth.server";
import { getEnv } from "~/platform/env.server";
import { notFound } from "~/platform/http";
import { isLoopbackAddress } from "~/platform/network";

/**
 * Returns when `request` may read the demo mailbox.
 * @throws a 404 response otherwise (outside demo mode, or from another machine without an
 *   administrator's session).
 */
export async function requireDemoMailbox(request: Request, context: AppLoadContext): Promise<void> {
  if (!getEnv().demo) notFound();
  if (isLoopbackAddress(context.socketAddress)) return;
  const user = await getUser(request);
  if (user?.roles.includes("ADMIN")) return;
  notFound();
}
