/** /terms: the terms of use, EN/IT; the operator's name and address from app/platform/legal-config.ts. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { LegalPage, LegalSection } from "~/components/legal-page";
import { getRequestT } from "~/platform/i18n.server";
import { legalConfig } from "~/platform/legal-config";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "legal");
  return { title: t("terms.metaTitle") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

const SECTIONS = ["service", "examples", "account", "content", "use", "liability", "changes"] as const;

export default function Terms() {
  const { t } = useTranslation("legal");
  return (
    <LegalPage id="terms" title={t("terms.title")} lead={t("terms.lead", { name: legalConfig.controller.name })}>
      {SECTIONS.map((s) => (
        <LegalSection key={s} id={`terms-${s}`} title={t(`terms.${s}Title`)}>
          <p>{t(`terms.${s}`, { email: legalConfig.operators.email })}</p>
        </LegalSection>
      ))}
    </LegalPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
