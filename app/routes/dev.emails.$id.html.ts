/**
 * /dev/emails/:id/html (the demo mailbox, same access as /dev/emails): one outbox mail's rendered HTML, shown by
 * /dev/emails in a sandboxed frame. server/app.ts gives this path its own CSP (inline
 * styles allowed for the mail's markup, scripts none, framing by this site only).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { prisma } from "~/platform/db.server";
import { buildMail } from "~/notifications/render.server";
import { requireDemoMailbox } from "~/notifications/demo-mailbox.server";
import { notFound, resourceRoute } from "~/platform/http";

export const loader = resourceRoute(async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireDemoMailbox(request, context);
  const id = params.id ?? "";
  if (id.length > 64) notFound();
  const n = await prisma.notification.findUnique({
    where: { id },
    select: {
      kind: true,
      payload: true,
      locale: true,
      userId: true,
      toEmail: true,
      createdAt: true,
    },
  });
  if (!n) notFound();
  const user = n.userId ? await prisma.user.findUnique({ where: { id: n.userId }, select: { name: true } }) : null;
  const { html } = await buildMail({ ...n, recipientName: user?.name ?? null });
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
});
