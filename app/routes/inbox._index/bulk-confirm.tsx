/**
 * The second step of a bulk decline on /inbox: the requests that would be declined (those of
 * the selection within the coordinator's centres), the reason the applicants will read, "yes"
 * (the same form again with `confirmed=yes`) and a way back that declines nothing. Plain
 * HTML: works without JavaScript.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms";

export function BulkConfirm({
  ids,
  reason,
  back,
  targets,
}: {
  ids: string[];
  reason: string;
  back: string;
  targets: { id: string; name: string | null; title: string }[];
}) {
  const { t } = useTranslation("inbox");
  const found = new Set(targets.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id)).length;
  return (
    <Form method="post" className="panel confirm-step" aria-labelledby="bulk-confirm-title">
      <h2 id="bulk-confirm-title">{t("bulk.confirmTitle", { count: targets.length })}</h2>
      <p>{t("bulk.confirmBody")}</p>
      <ul>
        {targets.map((r) => (
          <li key={r.id}>
            {r.name ?? t("list.deletedApplicant")} · {r.title}
          </li>
        ))}
        {missing ? (
          <li className="muted">
            {t("bulk.confirmUnavailable")} ({missing})
          </li>
        ) : null}
      </ul>
      <p className="muted">{t("bulk.confirmReason")}</p>
      <blockquote className="quoted-reason">{reason}</blockquote>
      {ids.map((id) => (
        <input key={id} type="hidden" name="ids" value={id} />
      ))}
      <input type="hidden" name="reason" value={reason} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="confirmed" value="yes" />
      <div className="button-row">
        <SubmitButton intent="bulk-decline" className="button button-danger" pendingLabel={t("bulk.declining")}>
          {t("bulk.confirmSubmit", { count: targets.length })}
        </SubmitButton>
        <Link to={back} className="button button-secondary">
          {t("bulk.confirmBack")}
        </Link>
      </div>
    </Form>
  );
}
