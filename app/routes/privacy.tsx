/**
 * /privacy: the privacy notice (GDPR art. 13), EN/IT. The controller's details, the
 * retention periods and the notice's version come from app/platform/legal-config.ts.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { LegalPage, LegalSection } from "~/components/legal-page";
import { formatDate } from "~/platform/date-format";
import { getRequestT } from "~/platform/i18n.server";
import { legalConfig } from "~/platform/legal-config";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "legal");
  return { title: t("privacy.metaTitle") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function Privacy() {
  const { t, i18n } = useTranslation("legal");
  const c = legalConfig;
  const r = c.retention;
  return (
    <LegalPage id="privacy" title={t("privacy.title")} lead={t("privacy.lead")}>
      <p className="muted">
        {t("updated", { version: c.privacyNoticeVersion, date: formatDate(c.privacyNoticeDate, i18n.language) })}
      </p>
      <LegalSection id="privacy-controller" title={t("privacy.controllerTitle")}>
        <p>{t("privacy.controller", c.controller)}</p>
      </LegalSection>
      <LegalSection id="privacy-dpo" title={t("privacy.dpoTitle")}>
        <p>{t("privacy.dpo", c.dpo)}</p>
      </LegalSection>
      <LegalSection id="privacy-data" title={t("privacy.dataTitle")}>
        <ul>
          {(["account", "profile", "requests", "technical", "mail"] as const).map((k) => (
            <li key={k}>{t(`privacy.data.${k}`)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection id="privacy-purposes" title={t("privacy.purposesTitle")}>
        <ul>
          {(["service", "mail", "security", "law"] as const).map((k) => (
            <li key={k}>{t(`privacy.purposes.${k}`)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection id="privacy-recipients" title={t("privacy.recipientsTitle")}>
        <ul>
          {(["centres", "processors", "never"] as const).map((k) => (
            <li key={k}>{t(`privacy.recipients.${k}`)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection id="privacy-retention" title={t("privacy.retentionTitle")}>
        <ul>
          <li>{t("privacy.retention.ended", { months: r.documentsMonthsAfterEnd })}</li>
          <li>{t("privacy.retention.stay", { months: r.documentsMonthsAfterStay })}</li>
          <li>{t("privacy.retention.notice", { days: r.noticeDays })}</li>
          <li>{t("privacy.retention.accounts", { months: r.inactiveAccountMonths, days: r.inactiveWarningDays })}</li>
          <li>{t("privacy.retention.deleted")}</li>
        </ul>
      </LegalSection>
      <LegalSection id="privacy-rights" title={t("privacy.rightsTitle")}>
        <ul>
          <li>
            {t("privacy.rights.access")} <Link to="/account">{t("privacy.rights.accountLink")}</Link>
          </li>
          <li>{t("privacy.rights.rectification")}</li>
          <li>{t("privacy.rights.erasure")}</li>
          <li>{t("privacy.rights.other", { email: c.controller.email })}</li>
          <li>{t("privacy.rights.complaint")}</li>
        </ul>
      </LegalSection>
      <LegalSection id="privacy-mandatory" title={t("privacy.mandatoryTitle")}>
        <p>{t("privacy.mandatory")}</p>
      </LegalSection>
    </LegalPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
