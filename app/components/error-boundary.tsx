/**
 * One error boundary for every route (house style: Epic Stack's GeneralErrorBoundary).
 * Known statuses get a translated page; anything else a generic one with the correlation
 * id, never the error's message or stack. `NotFoundBoundary` is the boundary of a page whose
 * 404 says what was not found and links back to its list.
 */
import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useRequestId } from "~/platform/request-id";

type StatusHandler = (info: { status: number; data: unknown }) => ReactNode;

function messageOf(data: unknown): string | null {
  if (typeof data === "string") return data;
  if (data && typeof data === "object" && "message" in data && typeof data.message === "string") return data.message;
  return null;
}

function correlationIdOf(error: unknown): string | null {
  if (error && typeof error === "object" && "digest" in error && typeof error.digest === "string") return error.digest;
  return null;
}

export function GeneralErrorBoundary({ statusHandlers }: { statusHandlers?: Record<number, StatusHandler> }) {
  const error = useRouteError();
  const { t } = useTranslation();
  const serverId = useRequestId();
  // On the server the id comes from the request; while hydrating, from the rendered page.
  const [requestId] = useState(
    () =>
      serverId ||
      (typeof document === "undefined" ? "" : (document.getElementById("error-reference")?.dataset.reference ?? "")),
  );

  if (isRouteErrorResponse(error)) {
    const custom = statusHandlers?.[error.status];
    if (custom) return <section className="error-page">{custom({ status: error.status, data: error.data })}</section>;
    const known = [400, 403, 404, 405, 409, 413, 429].includes(error.status);
    const key = known ? String(error.status) : "generic";
    // The router's own answers (no route matches the URL) carry a developer's message, never shown.
    const internal = "internal" in error && error.internal === true;
    const detail = known && !internal ? messageOf(error.data) : null;
    return (
      <section className="error-page" aria-labelledby="error-title">
        <p className="error-code">{error.status}</p>
        <h1 id="error-title">{t(`errors.${key}.title`)}</h1>
        <p>{detail ?? t(`errors.${key}.body`)}</p>
        <p>
          <Link to="/">{t("errors.home")}</Link>
        </p>
      </section>
    );
  }

  const id = correlationIdOf(error) ?? (requestId || null);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-code">500</p>
      <h1 id="error-title">{t("errors.generic.title")}</h1>
      <p>{t("errors.generic.body")}</p>
      {id ? (
        <p className="muted" id="error-reference" data-reference={id}>
          {t("errors.reference", { id })}
        </p>
      ) : null}
      <p>
        <Link to="/">{t("errors.home")}</Link>
      </p>
    </section>
  );
}

/** The strings of a `NotFoundBoundary`'s 404 page, as i18n keys in its namespace (`ns:key` for another). */
export interface NotFoundKeys {
  title: string;
  body: string;
  back: string;
}

const NOT_FOUND_KEYS: NotFoundKeys = { title: "notFound.title", body: "notFound.body", back: "notFound.back" };

/** A translated 404 (someone else's request looks exactly like a missing one). */
function NotFound({ title, body, to, linkText }: { title: string; body: string; to: string; linkText: string }) {
  return (
    <>
      <p className="error-code">404</p>
      <h1 id="error-title">{title}</h1>
      <p>{body}</p>
      <p>
        <Link to={to}>{linkText}</Link>
      </p>
    </>
  );
}

/**
 * `GeneralErrorBoundary` whose 404 is a translated page saying what was not found, with a
 * link back to `to`. Its strings are `keys` in namespace `ns`, by default `notFound.title`,
 * `notFound.body` and `notFound.back`; other statuses as in `GeneralErrorBoundary`.
 */
export function NotFoundBoundary({ ns, to, keys }: { ns: string; to: string; keys?: Partial<NotFoundKeys> }) {
  const { t } = useTranslation(ns);
  const k = { ...NOT_FOUND_KEYS, ...keys };
  return (
    <GeneralErrorBoundary
      statusHandlers={{ 404: () => <NotFound title={t(k.title)} body={t(k.body)} to={to} linkText={t(k.back)} /> }}
    />
  );
}
