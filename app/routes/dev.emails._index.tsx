/**
 * /dev/emails, the demo mailbox (demo mode only, from this machine or for an administrator:
 * app/notifications/demo-mailbox.server.ts; 404 for everyone else): the outbox, newest first,
 * with each mail's recipient, subject, time, status, links and plain text, and its HTML in
 * a sandboxed frame (/dev/emails/:id/html), so a developer can click a verification link
 * without any mail provider.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { prisma } from "~/platform/db.server";
import { buildMail } from "~/notifications/render.server";
import { requireDemoMailbox } from "~/notifications/demo-mailbox.server";
import { getRequestT } from "~/platform/i18n.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireDemoMailbox(request, context);
  const { t } = await getRequestT(request, "accounts");
  const rows = await prisma.notification.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      kind: true,
      userId: true,
      toEmail: true,
      locale: true,
      payload: true,
      status: true,
      lastError: true,
      createdAt: true,
    },
  });
  const users = await prisma.user.findMany({
    where: { id: { in: rows.flatMap((r) => (r.userId ? [r.userId] : [])) } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const mails = await Promise.all(
    rows.map(async (n) => {
      try {
        const r = await buildMail({ ...n, recipientName: n.userId ? (names.get(n.userId) ?? null) : null });
        const links = [...new Set([...r.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&")))];
        return {
          id: n.id,
          to: n.toEmail,
          status: n.status,
          createdAt: n.createdAt.toISOString(),
          subject: r.subject,
          text: r.text,
          links,
          headers: Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`),
          attachments: r.attachments.map((a) => `${a.filename} (${a.contentType})`),
          lastError: n.lastError,
        };
      } catch (error) {
        return {
          id: n.id,
          to: n.toEmail,
          status: n.status,
          createdAt: n.createdAt.toISOString(),
          subject: `(${n.kind})`,
          text: String(error),
          links: [],
          headers: [],
          attachments: [],
          lastError: n.lastError,
        };
      }
    }),
  );
  return { title: t("devEmails.metaTitle"), mails };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function DevEmails() {
  const { mails } = useLoaderData<typeof loader>();
  const { t } = useTranslation("accounts");
  return (
    <section aria-labelledby="dev-emails-title">
      <h1 id="dev-emails-title">{t("devEmails.title")}</h1>
      <p className="notice">{t("devEmails.lead")}</p>
      {mails.length === 0 ? <p>{t("devEmails.none")}</p> : null}
      <ol className="card-list">
        {mails.map((m) => (
          <li key={m.id} className="card dev-email">
            <h2 className="card-title">{m.subject}</h2>
            <dl className="facts-grid">
              <dt>{t("devEmails.to")}</dt>
              <dd>{m.to}</dd>
              <dt>{t("devEmails.time")}</dt>
              <dd>
                <time dateTime={m.createdAt}>{m.createdAt.replace("T", " ").slice(0, 19)} UTC</time>
              </dd>
              <dt>{t("devEmails.status")}</dt>
              <dd>
                {m.status}
                {m.lastError ? ` · ${m.lastError}` : null}
              </dd>
              {m.headers.length ? (
                <>
                  <dt>{t("notifications:dev.headers")}</dt>
                  <dd>
                    <ul>
                      {m.headers.map((h) => (
                        <li key={h}>
                          <code>{h}</code>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              {m.attachments.length ? (
                <>
                  <dt>{t("notifications:dev.attachments")}</dt>
                  <dd>{m.attachments.join(", ")}</dd>
                </>
              ) : null}
              <dt>{t("devEmails.links")}</dt>
              <dd>
                <ul>
                  {m.links.map((href) => (
                    <li key={href}>
                      <a href={href}>{href}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
            <details>
              <summary>{t("devEmails.html")}</summary>
              <iframe
                title={t("devEmails.frameTitle", { subject: m.subject })}
                src={`/dev/emails/${m.id}/html`}
                sandbox=""
                className="email-frame"
                loading="lazy"
              />
            </details>
            <details>
              <summary>{t("devEmails.text")}</summary>
              <pre className="email-text">{m.text}</pre>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
