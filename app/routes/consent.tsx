/**
 * /consent: a signed-in person whose accepted privacy notice is not the current version
 * (app/platform/legal-config.ts `privacyNoticeVersion`) is sent here by /login and accepts
 * the new one before going on to `redirectTo` (decision 0023). The version and time are
 * stored on the account and in the audit log.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { requireUserId } from "~/accounts/auth.server";
import { safeRedirect } from "~/accounts/safe-redirect";
import { acceptPrivacyNotice, getPrivacyVersion } from "~/accounts/user.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { legalConfig } from "~/platform/legal-config";

function redirectToOf(url: URL | FormData): string {
  const value = url instanceof URL ? url.searchParams.get("redirectTo") : url.get("redirectTo");
  return safeRedirect(typeof value === "string" ? value : null, "/");
}

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const url = new URL(request.url);
  const redirectTo = redirectToOf(url);
  if ((await getPrivacyVersion(userId)) === legalConfig.privacyNoticeVersion) throw redirect(redirectTo);
  const { t } = await getRequestT(request, "legal");
  return { title: t("consent.metaTitle"), redirectTo, version: legalConfig.privacyNoticeVersion };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const formData = await readFormData(request);
  await acceptPrivacyNotice(userId, legalConfig.privacyNoticeVersion);
  return redirect(redirectToOf(formData));
}

export default function Consent() {
  const { redirectTo, version } = useLoaderData<typeof loader>();
  const { t } = useTranslation("legal");
  return (
    <section className="form-narrow" aria-labelledby="consent-title">
      <h1 id="consent-title">{t("consent.title")}</h1>
      <p className="lead">{t("consent.lead", { version })}</p>
      <p>
        <Link to="/privacy" target="_blank" rel="noopener">
          {t("consent.read")}
        </Link>
      </p>
      <Form method="post">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <SubmitButton pendingLabel={t("consent.accepting")}>{t("consent.accept")}</SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
