/**
 * /accessibility: the accessibility statement (AgID guidelines, Law 4/2004), EN/IT:
 * conformance to WCAG 2.1 AA / EN 301 549 as the browser audits measure it (axe-core in
 * tests/e2e), known limits, the feedback address and the dates, from app/platform/legal-config.ts.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { LegalPage, LegalSection } from "~/components/legal-page";
import { formatDate } from "~/platform/date-format";
import { asLanguage } from "~/platform/i18n";
import { getRequestT } from "~/platform/i18n.server";
import { legalConfig } from "~/platform/legal-config";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "legal");
  return { title: t("accessibility.metaTitle") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function Accessibility() {
  const { t, i18n } = useTranslation("legal");
  const a = legalConfig.accessibility;
  const language = asLanguage(i18n.language);
  return (
    <LegalPage
      id="accessibility"
      title={t("accessibility.title")}
      lead={t("accessibility.lead", { name: legalConfig.controller.name })}
    >
      <LegalSection id="accessibility-status" title={t("accessibility.statusTitle")}>
        <p>{t("accessibility.status")}</p>
      </LegalSection>
      <LegalSection id="accessibility-method" title={t("accessibility.methodTitle")}>
        <p>{t("accessibility.method")}</p>
      </LegalSection>
      <LegalSection id="accessibility-limits" title={t("accessibility.limitsTitle")}>
        <ul>
          {a.knownLimits.map((limit) => (
            <li key={limit.en}>{limit[language]}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection id="accessibility-feedback" title={t("accessibility.feedbackTitle")}>
        <p>{t("accessibility.feedback", { email: a.feedbackEmail })}</p>
      </LegalSection>
      <LegalSection id="accessibility-enforcement" title={t("accessibility.enforcementTitle")}>
        <p>{t("accessibility.enforcement")}</p>
      </LegalSection>
      <p className="muted">
        {t("accessibility.dates", {
          drawn: formatDate(a.statementDate, language),
          reviewed: formatDate(a.reviewDate, language),
        })}
      </p>
    </LegalPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
