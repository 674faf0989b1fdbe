/**
 * /coordinator/home-centre-claims: people who named one of the coordinator's centres as their
 * home centre and asked its coordinators to confirm it (issue 19 part 2, decision 0035). Each
 * claim is confirmed or rejected; the person gets an e-mail either way. A claim on another
 * centre answers 404; one already answered answers 409 (nothing changes, no second mail).
 *
 * Posts `intent` = confirm | reject and `userId`.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { requireUserWithRole } from "~/accounts/auth.server";
import { decideHomeCentreClaim, listHomeCentreClaims } from "~/accounts/home-centre.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";

const DecisionSchema = z.object({
  intent: z.enum(["confirm", "reject"]),
  userId: z.string().min(1).max(40),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const { t, language } = await getRequestT(request, "coordinator");
  const claims = await listHomeCentreClaims(user.id);
  const day = new Intl.DateTimeFormat(language === "it" ? "it-IT" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Rome",
  });
  const notice = new URL(request.url).searchParams.get("done");
  return data(
    {
      title: t("claims.metaTitle"),
      notice: notice === "confirm" || notice === "reject" ? notice : null,
      claims: claims.map((c) => ({
        userId: c.userId,
        name: c.name,
        email: c.email,
        emailVerified: c.emailVerified,
        profession: c.profession,
        askedOn: c.askedAt ? day.format(new Date(c.askedAt)) : "",
        centre: language === "it" ? c.centre.nameIt : c.centre.name,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const { t } = await getRequestT(request, "coordinator");
  const parsed = DecisionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw data(t("claims.badRequest"), { status: 400 });
  const result = await decideHomeCentreClaim({ id: user.id, name: user.name }, parsed.data.userId, parsed.data.intent);
  if (result === "not-found") throw data(t("claims.notFound"), { status: 404 });
  if (result === "already-decided") throw data(t("claims.alreadyDecided"), { status: 409 });
  return redirect(`/coordinator/home-centre-claims?done=${parsed.data.intent}`);
}

export default function HomeCentreClaims() {
  const { claims, notice } = useLoaderData<typeof loader>();
  const { t } = useTranslation("coordinator");
  return (
    <section aria-labelledby="claims-title">
      <p className="breadcrumb">
        <Link to="/coordinator">{t("claims.back")}</Link>
      </p>
      <h1 id="claims-title">{t("claims.title")}</h1>
      <p className="lead">{t("claims.lead")}</p>
      {notice ? (
        <p className="flash flash-success" role="status">
          {t(`claims.done.${notice}`)}
        </p>
      ) : null}
      {claims.length ? (
        <ul className="card-list">
          {claims.map((c) => (
            <li key={c.userId} className="card">
              <h2 className="card-title">{c.name}</h2>
              <p>
                {c.profession ? `${t(`common:profession.${c.profession}`)} · ` : null}
                {t("claims.claims", { centre: c.centre })}
              </p>
              <p className="muted">
                {c.email} ({c.emailVerified ? t("claims.emailConfirmed") : t("claims.emailUnconfirmed")}) ·{" "}
                {t("claims.askedOn", { date: c.askedOn })}
              </p>
              <Form method="post">
                <input type="hidden" name="userId" value={c.userId} />
                <SubmitButton intent="confirm" pendingLabel={t("claims.saving")}>
                  {t("claims.confirm", { name: c.name })}
                </SubmitButton>{" "}
                <SubmitButton intent="reject" className="button button-secondary" pendingLabel={t("claims.saving")}>
                  {t("claims.reject", { name: c.name })}
                </SubmitButton>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("claims.none")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
