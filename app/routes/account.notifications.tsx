/**
 * /account/notifications: the signed-in user's e-mail settings (decision 0012): which
 * optional kinds of mail they get (account mails and the centres' decisions are always sent
 * and shown as such), one daily digest instead of immediate mails for coordinators, and the
 * language of mail and site (stored on the account and in the language cookie). When their
 * address is marked undeliverable (hard bounce, complaint) the page says so and offers to
 * try it again.
 *
 * Forms post `intent`: "save" (with `shown` = the kinds listed, `enabled` = those ticked,
 * `delivery` = immediate | digest, `language`) or "retry-address".
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import {
  getNotificationSettings,
  retryUndeliverableAddress,
  saveNotificationSettings,
} from "~/notifications/settings.server";
import { requireUser } from "~/accounts/auth.server";
import { APPLICANT_KINDS, COORDINATOR_KINDS, EVERYONE_KINDS, isEssentialKind } from "~/notifications/kinds";
import { readFormData } from "~/platform/form.server";
import { supportedLanguages } from "~/platform/i18n";
import { getRequestT, languageCookie } from "~/platform/i18n.server";

const SaveSchema = z.object({
  language: z.enum(supportedLanguages),
  delivery: z.enum(["immediate", "digest"]).optional(),
  shown: z.array(z.string().max(64)).max(40).default([]),
  enabled: z.array(z.string().max(64)).max(40).default([]),
});

const NOTICES = new Set(["saved", "retried"]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getRequestT(request, "notifications");
  const s = await getNotificationSettings(user.id);
  const staff = s.roles.includes("COORDINATOR") || s.roles.includes("ADMIN");
  // Kinds any account can receive (partner search, event messages) are listed for everyone,
  // once; the applicant's list keeps the rest.
  const everyoneKinds: string[] = [...EVERYONE_KINDS];
  const applicantKinds: string[] = s.roles.includes("APPLICANT")
    ? APPLICANT_KINDS.filter((k) => !everyoneKinds.includes(k))
    : [];
  const notice = new URL(request.url).searchParams.get("notice");
  return data(
    {
      title: t("settings.metaTitle"),
      email: s.email,
      language: s.locale === "it" ? "it" : "en",
      digest: s.digest,
      undeliverableAt: s.undeliverableAt?.toISOString() ?? null,
      applicantKinds,
      everyoneKinds,
      // "request-message" is one setting for both sides: listed once.
      coordinatorKinds: staff ? COORDINATOR_KINDS.filter((k) => !applicantKinds.includes(k)) : [],
      staff,
      disabled: s.disabledKinds,
      notice: notice && NOTICES.has(notice) ? notice : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  if (intent === "retry-address") {
    await retryUndeliverableAddress(user.id);
    return redirect("/account/notifications?notice=retried");
  }
  if (intent !== "save") {
    return data({ errors: ["accounts:validation.unknownAction"] }, { status: 400 });
  }
  const submission = parseWithZod(formData, { schema: SaveSchema });
  if (submission.status !== "success") {
    return data({ errors: ["accounts:validation.required"] }, { status: 400 });
  }
  const { language, delivery, shown, enabled } = submission.value;
  await saveNotificationSettings(user.id, {
    shown,
    enabled,
    digest: delivery ? delivery === "digest" : null,
    locale: language,
  });
  return redirect("/account/notifications?notice=saved", {
    headers: { "Set-Cookie": await languageCookie.serialize(language) },
  });
}

function KindList({ kinds, disabled }: { kinds: string[]; disabled: Set<string> }) {
  const { t } = useTranslation("notifications");
  return (
    <ul className="plain-list">
      {kinds.map((kind) => {
        const essential = isEssentialKind(kind);
        return (
          <li key={kind}>
            <label className="checkbox-label">
              {essential ? null : <input type="hidden" name="shown" value={kind} />}
              <input
                type="checkbox"
                name={essential ? undefined : "enabled"}
                value={kind}
                defaultChecked={essential || !disabled.has(kind)}
                disabled={essential}
                aria-describedby={essential ? "essential-hint" : undefined}
              />
              <span>
                {t(`kinds.${kind}`)}
                {essential ? <span className="muted"> ({t("settings.always")})</span> : null}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

export default function NotificationSettings() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("notifications");
  const disabled = new Set(d.disabled);
  const date = d.undeliverableAt
    ? new Intl.DateTimeFormat(i18n.language === "it" ? "it-IT" : "en-GB", { dateStyle: "long", timeZone: "Europe/Rome" }).format(
        new Date(d.undeliverableAt),
      )
    : "";
  return (
    <div className="account-page">
      <p>
        <Link to="/account">{t("settings.back")}</Link>
      </p>
      <h1>{t("settings.title")}</h1>
      <p className="muted">{t("settings.lead")}</p>
      {d.notice === "saved" ? (
        <p className="flash flash-success" role="status">
          {t("settings.saved")}
        </p>
      ) : null}
      {d.notice === "retried" && !d.undeliverableAt ? (
        <p className="flash flash-success" role="status">
          {t("settings.retried", { email: d.email })}
        </p>
      ) : null}

      {d.undeliverableAt ? (
        <section aria-labelledby="undeliverable-title" className="notice">
          <h2 id="undeliverable-title">{t("settings.undeliverableTitle")}</h2>
          <p>{t("settings.undeliverable", { email: d.email, date })}</p>
          <Form method="post">
            <SubmitButton intent="retry-address" className="button button-secondary" pendingLabel={t("settings.saving")}>
              {t("settings.retry")}
            </SubmitButton>{" "}
            <Link to="/account">{t("settings.changeAddress")}</Link>
          </Form>
        </section>
      ) : null}

      <Form method="post" className="form-narrow">
        <fieldset>
          <legend>{t("settings.languageTitle")}</legend>
          <div className="field">
            <label htmlFor="language">{t("settings.language")}</label>
            <select id="language" name="language" defaultValue={d.language}>
              {supportedLanguages.map((lng) => (
                <option key={lng} value={lng} lang={lng}>
                  {t(`languages.${lng}`, { ns: "common", lng })}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        {d.applicantKinds.length ? (
          <fieldset>
            <legend>{t("settings.applicantTitle")}</legend>
            <KindList kinds={d.applicantKinds} disabled={disabled} />
          </fieldset>
        ) : null}

        <fieldset>
          <legend>{t("settings.everyoneTitle")}</legend>
          <KindList kinds={d.everyoneKinds} disabled={disabled} />
        </fieldset>

        {d.coordinatorKinds.length ? (
          <fieldset>
            <legend>{t("settings.coordinatorTitle")}</legend>
            <KindList kinds={d.coordinatorKinds} disabled={disabled} />
          </fieldset>
        ) : null}

        {d.staff ? (
          <fieldset>
            <legend>{t("settings.deliveryTitle")}</legend>
            <label className="checkbox-label">
              <input type="radio" name="delivery" value="immediate" defaultChecked={!d.digest} />
              {t("settings.immediate")}
            </label>
            <label className="checkbox-label">
              <input type="radio" name="delivery" value="digest" defaultChecked={d.digest} aria-describedby="digest-hint" />
              {t("settings.digest")}
            </label>
            <p id="digest-hint" className="hint">
              {t("settings.digestHint")}
            </p>
            <input type="hidden" name="shown" value="digest" />
            <label className="checkbox-label">
              <input type="checkbox" name="enabled" value="digest" defaultChecked={!disabled.has("digest")} />
              {t("kinds.digest")}
            </label>
          </fieldset>
        ) : null}

        <fieldset>
          <legend>{t("settings.accountTitle")}</legend>
          <label className="checkbox-label">
            <input type="checkbox" checked disabled readOnly aria-describedby="essential-hint" />
            <span>
              {t("settings.accountMails")} <span className="muted">({t("settings.always")})</span>
            </span>
          </label>
          <p id="essential-hint" className="hint">
            {t("settings.essentialHint")}
          </p>
        </fieldset>

        <SubmitButton intent="save" pendingLabel={t("settings.saving")}>
          {t("settings.submit")}
        </SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
