/**
 * /admin/emails (ADMIN only): the outbox, newest first, filtered by status and kind, with
 * each mail's attempts and last error, and "Send again" for a FAILED one (decision 0012:
 * a new idempotency key only when the provider definitely never accepted it).
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { listOutbox, resendNotification } from "~/notifications/settings.server";
import { requireUserWithRole } from "~/accounts/auth.server";
import { EMAIL_KINDS, isMailKind, isNotificationStatus, NOTIFICATION_STATUSES } from "~/notifications/kinds";
import { kickOutbox } from "~/notifications/outbox.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";

const NOTICES = new Set(["queued", "queued-new-key", "not-failed", "link-gone", "not-found"]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "ADMIN");
  const { t } = await getRequestT(request, "notifications");
  const params = new URL(request.url).searchParams;
  const status = params.get("status");
  const kind = params.get("kind");
  const rows = await listOutbox({
    status: isNotificationStatus(status) ? status : null,
    kind: isMailKind(kind) ? kind : null,
  });
  const notice = params.get("notice");
  return data(
    {
      title: t("admin.metaTitle"),
      notice: notice && NOTICES.has(notice) ? notice : null,
      mails: rows.map((r) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
        sentAt: r.sentAt?.toISOString() ?? null,
        deliveredAt: r.deliveredAt?.toISOString() ?? null,
        nextAttemptAt: r.nextAttemptAt.toISOString(),
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithRole(request, "ADMIN");
  const form = await readFormData(request);
  const id = String(form.get("id") ?? "");
  if (form.get("intent") !== "resend" || !id || id.length > 64) {
    return data({ error: "accounts:validation.unknownAction" }, { status: 400 });
  }
  const outcome = await resendNotification(id, admin.id);
  if (outcome === "queued" || outcome === "queued-new-key") kickOutbox();
  const back = new URL(request.url);
  const query = new URLSearchParams();
  for (const k of ["status", "kind"]) {
    const v = back.searchParams.get(k);
    if (v) query.set(k, v);
  }
  query.set("notice", outcome);
  return redirect(`/admin/emails?${query.toString()}`);
}

const NOTICE_TEXT: Record<string, { key: string; ok: boolean }> = {
  queued: { key: "admin.resent", ok: true },
  "queued-new-key": { key: "admin.resentNewKey", ok: true },
  "not-failed": { key: "admin.notFailed", ok: false },
  "not-found": { key: "admin.notFailed", ok: false },
  "link-gone": { key: "admin.linkGone", ok: false },
};

function time(iso: string | null) {
  return iso ? <time dateTime={iso}>{iso.replace("T", " ").slice(0, 16)} UTC</time> : "—";
}

export default function AdminEmails() {
  const { mails, notice } = useLoaderData<typeof loader>();
  const { t } = useTranslation("notifications");
  const [params] = useSearchParams();
  const filter = new URLSearchParams();
  for (const k of ["status", "kind"]) if (params.get(k)) filter.set(k, params.get(k)!);
  const text = notice ? NOTICE_TEXT[notice] : null;
  return (
    <section aria-labelledby="outbox-title">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1 id="outbox-title">{t("admin.title")}</h1>
      <p className="muted">{t("admin.lead")}</p>
      {text ? (
        <p className={`flash ${text.ok ? "flash-success" : "flash-error"}`} role="status">
          {t(text.key)}
        </p>
      ) : null}

      <Form method="get" className="outbox-filters" aria-label={t("admin.filters")}>
        <div className="field">
          <label htmlFor="status">{t("admin.status")}</label>
          <select id="status" name="status" defaultValue={params.get("status") ?? ""}>
            <option value="">{t("admin.any")}</option>
            {NOTIFICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`admin.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kind">{t("admin.kind")}</label>
          <select id="kind" name="kind" defaultValue={params.get("kind") ?? ""}>
            <option value="">{t("admin.any")}</option>
            {EMAIL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton formMethod="GET" className="button button-secondary" pendingLabel={t("common:pending.applying")}>
          {t("admin.apply")}
        </SubmitButton>
      </Form>

      {mails.length === 0 ? (
        <p>{t("admin.none")}</p>
      ) : (
        <>
          <p className="muted">{t("admin.shown", { count: mails.length })}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("admin.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.created")}</th>
                  <th scope="col">{t("admin.kind")}</th>
                  <th scope="col">{t("admin.to")}</th>
                  <th scope="col">{t("admin.status")}</th>
                  <th scope="col">{t("admin.attempts")}</th>
                  <th scope="col">{t("admin.error")}</th>
                  <th scope="col">{t("admin.sent")}</th>
                  <th scope="col">{t("admin.delivered")}</th>
                  <th scope="col">{t("admin.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {mails.map((m) => (
                  <tr key={m.id} data-status={m.status}>
                    <td>{time(m.createdAt)}</td>
                    <td>{t(`kinds.${m.kind}`, { defaultValue: m.kind })}</td>
                    <td>{m.toEmail}</td>
                    <td>{t(`admin.statuses.${m.status}`)}</td>
                    <td>{m.attempts}</td>
                    <td className="outbox-error">{m.lastError ?? "—"}</td>
                    <td>{time(m.sentAt)}</td>
                    <td>{time(m.deliveredAt)}</td>
                    <td>
                      {m.status === "FAILED" ? (
                        <Form method="post" action={`/admin/emails${filter.size ? `?${filter.toString()}` : ""}`}>
                          <input type="hidden" name="id" value={m.id} />
                          <SubmitButton
                            intent="resend"
                            fields={{ id: m.id }}
                            className="button button-secondary"
                            pendingLabel={t("admin.resending")}
                          >
                            {t("admin.resend")}
                          </SubmitButton>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
