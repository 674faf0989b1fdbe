/**
 * /unsubscribe?token=…: switching one optional kind of mail off without signing in
 * (docs/decisions/0012-notifications.md). The token is the signed (user, kind) pair from
 * the mail (app/notifications/unsubscribe.server.ts).
 *
 * - GET shows what the link switches off and a button: opening a link never unsubscribes
 *   (link scanners and previews open links).
 * - POST unsubscribes: the button's form, or a mail provider's one-click request (RFC 8058:
 *   body `List-Unsubscribe=One-Click`, no cookies, no Origin, hence exempt from the Origin
 *   check in server/security.ts), which gets a plain 200.
 * A token that is malformed, forged or names an essential kind answers 400 and changes nothing.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { unsubscribeKind } from "~/notifications/settings.server";
import { getRequestT } from "~/platform/i18n.server";
import { unsubscribeKey, verifyUnsubscribeToken } from "~/notifications/unsubscribe.server";
import { SubmitButton } from "~/components/forms";

const noStore = { "Cache-Control": "no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "notifications");
  const token = new URL(request.url).searchParams.get("token");
  const target = verifyUnsubscribeToken(await unsubscribeKey(), token);
  return data(
    { title: t("unsubscribe.metaTitle"), token: target ? token : null, kind: target?.kind ?? null },
    { status: target ? 200 : 400, headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "robots", content: "noindex" },
];

export async function action({ request }: ActionFunctionArgs) {
  const url = new URL(request.url);
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    form = null;
  }
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  const raw = url.searchParams.get("token") ?? (typeof form?.get("token") === "string" ? String(form.get("token")) : null);
  const target = verifyUnsubscribeToken(await unsubscribeKey(), raw);
  const done = target ? await unsubscribeKind(target.userId, target.kind) : false;
  if (oneClick) {
    return new Response(done ? "Unsubscribed.\n" : "Invalid unsubscribe link.\n", {
      status: done ? 200 : 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...noStore },
    });
  }
  return data({ done, kind: target?.kind ?? null }, { status: done ? 200 : 400, headers: noStore });
}

export default function Unsubscribe() {
  const { token, kind } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("notifications");
  const shownKind = result?.kind ?? kind;
  const label = shownKind ? t(`kinds.${shownKind}`) : "";
  return (
    <section aria-labelledby="unsubscribe-title" className="form-narrow">
      <h1 id="unsubscribe-title">{t("unsubscribe.title")}</h1>
      {result?.done ? (
        <>
          <p className="flash flash-success" role="status">
            {t("unsubscribe.done", { kind: label })}
          </p>
          <p>
            {t("unsubscribe.again")} <Link to="/account/notifications">{t("unsubscribe.settings")}</Link>
          </p>
        </>
      ) : token && !result ? (
        <Form method="post" action={`/unsubscribe?token=${encodeURIComponent(token)}`}>
          <p>{t("unsubscribe.confirm", { kind: label })}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel={t("unsubscribe.submitting")}>{t("unsubscribe.submit")}</SubmitButton>
        </Form>
      ) : (
        <p className="flash flash-error" role="alert">
          {t("unsubscribe.invalid")} <Link to="/account/notifications">{t("unsubscribe.settings")}</Link>
        </p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
