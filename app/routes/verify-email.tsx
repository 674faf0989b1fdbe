/**
 * /verify-email?token=…: uses a verification link (48 hours, works once) or an e-mail
 * change link. A verification link also signs its owner in when nobody is signed in.
 * Without a token: the state of the signed-in user's address and a "send the link again"
 * button (rate-limited per account and per client address).
 */
import { getMatchingProfile } from "~/matching/profile.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { resendVerification, applyEmailToken } from "~/accounts/user.server";
import { createUserSession, getUser, requireUser } from "~/accounts/auth.server";
import { kickOutbox } from "~/notifications/outbox.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { TOKEN_MAX } from "~/accounts/validation";

type Status = "verified" | "changed" | "taken" | "invalid" | "pending" | "already" | "signed-out";
const DONE = new Set(["verified", "changed"]);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { t, language } = await getRequestT(request, "accounts");
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  const user = await getUser(request);
  const base = { title: t("verify.metaTitle"), signedIn: Boolean(user) };

  if (token !== null) {
    if (token.length === 0 || token.length > TOKEN_MAX)
      return data({ ...base, status: "invalid" as Status }, { status: 400 });
    const result = await applyEmailToken(token, language);
    if (result.status === "invalid") return data({ ...base, status: "invalid" as Status }, { status: 400 });
    if (result.status === "email-taken") return data({ ...base, status: "taken" as Status }, { status: 409 });
    kickOutbox();
    const done = result.status === "verified" ? "verified" : "changed";
    const headers = new Headers({ "Cache-Control": "no-store" });
    if (!user)
      headers.append("Set-Cookie", await createUserSession(result.userId, { request, ip: clientIpOf(context) }));
    throw redirect(`/verify-email?done=${done}`, { headers });
  }

  const done = url.searchParams.get("done");
  let status: Status;
  if (done && DONE.has(done)) status = done as Status;
  else if (!user) status = "signed-out";
  else status = user.emailVerified ? "already" : "pending";
  // The next step after confirming: an applicant completes the profile (matching needs an
  // interest), then sees the matches.
  let next: "profile" | "matches" | null = null;
  if (user?.roles.includes("APPLICANT") && status !== "pending")
    next = ((await getMatchingProfile(user.id))?.profile.interests.length ?? 0) > 0 ? "matches" : "profile";
  return { ...base, status, next };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Ponte" },
  { name: "referrer", content: "no-referrer" },
];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await readFormData(request);
  const limit = await consumeRateLimits([
    ["verify-mail:ip", clientIpOf(context)],
    ["verify-mail:account", user.id],
  ]);
  if (!limit.ok)
    return data(
      { outcome: "rate-limited" as const },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  const { language } = await getRequestT(request);
  const sent = await resendVerification(user.id, language);
  kickOutbox();
  return { outcome: sent ? ("sent" as const) : ("already" as const) };
}

export default function VerifyEmail() {
  const loaded = useLoaderData<typeof loader>();
  const { status, signedIn } = loaded;
  const next = "next" in loaded ? loaded.next : null;
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("accounts");
  return (
    <section className="form-narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t("verify.title")}</h1>
      <p role="status">{t(`verify.status.${status}`)}</p>
      {actionData ? (
        <p
          className={actionData.outcome === "rate-limited" ? "flash flash-error" : "flash flash-success"}
          role="status"
        >
          {t(`verify.resend.${actionData.outcome}`)}
        </p>
      ) : null}
      {signedIn && (status === "pending" || status === "invalid") ? (
        <Form method="post">
          <SubmitButton pendingLabel={t("verify.resend.submitting")}>{t("verify.resend.submit")}</SubmitButton>
        </Form>
      ) : null}
      {next ? (
        <p className="next-step">
          {t(`verify.next.${next}`)}{" "}
          <Link to={next === "profile" ? "/profile" : "/matches"} className="button">
            {t(`verify.next.${next}Link`)}
          </Link>
        </p>
      ) : null}
      <p>{signedIn ? <Link to="/account">{t("account.title")}</Link> : <Link to="/login">{t("login.title")}</Link>}</p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
