/**
 * What a bulk action on /inbox did: how many requests it applied to and, for each one it
 * refused, the applicant, the opportunity and the reason (the refusal's text, as on the
 * request's own page). Requests outside the coordinator's centres are named as such.
 */
import { useTranslation } from "react-i18next";

export function BulkReport({
  action,
  applied,
  refused,
}: {
  action: string;
  applied: number;
  refused: { id: string; code: string; name: string | null; title: string | null }[];
}) {
  const { t } = useTranslation("inbox");
  return (
    <div className={`flash ${refused.length ? "flash-error" : "flash-success"}`} role="status">
      <p className="bulk-report-summary">
        {t(`bulk.applied.${action}`, { count: applied })}
        {refused.length ? ` ${t("bulk.refusedCount", { count: refused.length })}` : ""}
      </p>
      {refused.length ? (
        <ul className="bulk-report">
          {refused.map((r) => (
            <li key={r.id}>
              <strong>{r.name ?? (r.title ? t("list.deletedApplicant") : t("bulk.unavailable"))}</strong>
              {r.title ? ` · ${r.title}` : ""}:{" "}
              {t(`requests:refusal.${r.code}`, { defaultValue: t("bulk.refusedOther") })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
