/**
 * /verify/:code: the public check of a letter Ponte issued (decision 0030). Anyone with the
 * code printed on an invitation letter or certificate sees which centre issued it, to whom,
 * for which dates, when, and whether it is still valid or was revoked; nothing else. A
 * malformed or unknown code is a plain 404 ("not found", the same page either way, so codes
 * cannot be told apart); every look-up counts against the client address's `verify:ip`
 * limit (app/accounts/rate-limit.server.ts; 429 past it).
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CalendarDate } from "~/components/labels";
import { getRequestT } from "~/platform/i18n.server";
import { verifyLetter } from "~/requests/letters.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const limit = await consumeRateLimits([["verify:ip", clientIpOf(context as { clientIp?: string })]]);
  if (!limit.ok) {
    throw data("Too many requests", { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  }
  const letter = await verifyLetter((params.code ?? "").toLowerCase());
  if (!letter) throw data("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { t } = await getRequestT(request, "letters");
  return data(
    { title: t("verify.metaTitle"), letter },
    { headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "robots", content: "noindex" },
];

export default function VerifyPage() {
  const { letter } = useLoaderData<typeof loader>();
  const { t } = useTranslation("letters");
  return (
    <article className="request-page">
      <h1>{t("verify.title")}</h1>
      <p className={letter.revokedAt ? "flash flash-error" : "flash flash-success"} role="status">
        {t("verify.genuine", { centre: letter.centreName })}{" "}
        <strong>
          {letter.revokedAt ? (
            <>
              {t("verify.revoked")}
              <CalendarDate value={letter.revokedAt} />
            </>
          ) : (
            t("verify.valid")
          )}
        </strong>
      </p>
      <dl>
        <dt>{t("verify.kind")}</dt>
        <dd>{t(`kind.${letter.kind}`)}</dd>
        <dt>{t("verify.centre")}</dt>
        <dd>{letter.centreName}</dd>
        <dt>{t("verify.name")}</dt>
        <dd>{letter.fullName}</dd>
        <dt>{t("verify.dates")}</dt>
        <dd>
          <CalendarDate value={letter.startDate} /> – <CalendarDate value={letter.endDate} />
        </dd>
        <dt>{t("verify.issued")}</dt>
        <dd>
          <CalendarDate value={letter.issuedAt} />
        </dd>
        <dt>{t("verify.status")}</dt>
        <dd>
          {letter.revokedAt ? (
            <>
              {t("verify.revoked")}
              <CalendarDate value={letter.revokedAt} />
            </>
          ) : (
            t("verify.valid")
          )}
        </dd>
      </dl>
    </article>
  );
}

export function ErrorBoundary() {
  const { t } = useTranslation("letters");
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: () => (
          <article>
            <h1>{t("verify.notFoundTitle")}</h1>
            <p>{t("verify.notFoundBody")}</p>
          </article>
        ),
        429: () => (
          <article>
            <h1>{t("verify.metaTitle")}</h1>
            <p>{t("verify.tooMany")}</p>
          </article>
        ),
      }}
    />
  );
}
