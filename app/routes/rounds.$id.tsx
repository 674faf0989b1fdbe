/**
 * /rounds/:id: one allocation round for applicants (issue 17 part 1): its programmes; while
 * it is open, the application form (motivation and up to N numbered choices, plain selects,
 * no JavaScript needed); once confirmed, the applicant's outcome with its reasons and the
 * requests it created. 404 for an unknown round or one not yet open.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getUser } from "~/accounts/auth.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { formatDate, formatRange } from "~/platform/date-format";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { requireApplicant } from "~/requests/request.server";
import { applicationSchema } from "~/requests/rounds";
import { getApplicantRound, saveApplication } from "~/requests/rounds.server";
import { RoundOutcome } from "~/requests/ui/round-outcome";

function idOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/.test(id)) notFound("No such round");
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const { t, language } = await getRequestT(request, "rounds");
  const applicantId = user?.roles.includes("APPLICANT") ? user.id : "";
  const view = await getApplicantRound(applicantId, idOf(params), todayIso(), language);
  if (!view) notFound("No such round");
  return data(
    { title: t("apply.metaTitle", { name: view.round.name }), isApplicant: Boolean(applicantId), ...view },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApplicant(request);
  const id = idOf(params);
  const { t, language } = await getRequestT(request, "rounds");
  const view = await getApplicantRound(user.id, id, todayIso(), language);
  if (!view) notFound("No such round");
  const formData = await readFormData(request);
  const schema = applicationSchema({
    maxChoices: view.round.maxChoices,
    programmeIds: view.programmes.map((p) => p.id),
  });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ result: submission.reply(), error: null }, { status: 400 });
  const saved = await saveApplication(user.id, id, submission.value, todayIso());
  if (!saved.ok) {
    if (saved.status === 404) notFound("No such round");
    return data({ result: null, error: t(`errors.${saved.code}`) }, { status: saved.status });
  }
  return redirect(`/rounds/${id}?done=saved`);
}

export default function Round() {
  const { round, programmes, application, outcome, requests, isApplicant } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation("rounds");
  const lang = i18n.language;
  const errors = (actionData?.result?.error ?? {}) as Record<string, string[] | null | undefined>;
  const initial = (actionData?.result?.initialValue ?? null) as { motivation?: string; choices?: string[] } | null;
  const choices = initial?.choices ?? application?.choices ?? [];
  const names = new Map(programmes.map((p) => [p.id, `${p.title}, ${p.cohortName}`]));
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/rounds">{t("public.title")}</Link>
      </p>
      <h1>{round.name}</h1>
      <p className="lead">
        {round.regional ? t("staff.regional") : round.centreName} · {t(`phase.${round.phase}`)}
      </p>
      {params.get("done") === "saved" ? (
        <p role="status">{t("apply.saved", { date: formatDate(round.applicationEnd, lang) })}</p>
      ) : null}
      {actionData?.error ? <ErrorList errors={[actionData.error]} /> : null}
      <h2>{t("apply.programmes")}</h2>
      <ul>
        {programmes.map((p) => (
          <li key={p.id}>
            <Link to={`/opportunities/${p.opportunityId}`}>{p.title}</Link>, {p.cohortName} (
            {formatRange({ start: p.start, end: p.end }, lang)}) — {p.centreName}
          </li>
        ))}
      </ul>
      {outcome ? (
        <section aria-labelledby="result-title">
          <h2 id="result-title">{t("apply.result")}</h2>
          <RoundOutcome placement={outcome} voice="applicant" programmeName={(id) => names.get(id) ?? id} />
          <h3>{t("apply.requests")}</h3>
          <ul>
            {requests.map((r) => (
              <li key={r.id}>
                <Link to={`/requests/${r.id}`}>{r.programmeId ? names.get(r.programmeId) : r.id}</Link> ·{" "}
                {t(`requests:status.${r.status}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : round.phase !== "open" ? (
        <p>{t("apply.closed")}</p>
      ) : !isApplicant ? (
        <p>
          <Link to={`/login?redirectTo=/rounds/${round.id}`}>{t("apply.signIn")}</Link>
        </p>
      ) : (
        <Form method="post" noValidate aria-labelledby="apply-title">
          <h2 id="apply-title">{t("apply.yourChoices")}</h2>
          <p className="hint">{t("apply.lead", { count: round.maxChoices })}</p>
          {Array.from({ length: round.maxChoices }, (_, i) => {
            const fieldErrors = errors[`choices[${i}]`];
            return (
              <div key={i} className="field">
                <label htmlFor={`choice-${i}`}>{t("apply.choice", { n: i + 1 })}</label>
                <select
                  id={`choice-${i}`}
                  name={`choices[${i}]`}
                  defaultValue={choices[i] ?? ""}
                  aria-invalid={fieldErrors ? true : undefined}
                  aria-describedby={fieldErrors ? `choice-${i}-error` : undefined}
                >
                  <option value="">{t("apply.none")}</option>
                  {programmes.map((p) => (
                    <option key={p.id} value={p.id}>
                      {names.get(p.id)}
                    </option>
                  ))}
                </select>
                <ErrorList id={`choice-${i}-error`} errors={fieldErrors} />
              </div>
            );
          })}
          <ErrorList errors={errors.choices} />
          <div className="field">
            <label htmlFor="motivation">{t("apply.motivation")}</label>
            <textarea
              id="motivation"
              name="motivation"
              required
              defaultValue={initial?.motivation ?? application?.motivation ?? ""}
              aria-invalid={errors.motivation ? true : undefined}
              aria-describedby={errors.motivation ? "motivation-error" : undefined}
            />
            <ErrorList id="motivation-error" errors={errors.motivation} />
          </div>
          <SubmitButton pendingLabel={t("apply.submit")}>{t("apply.submit")}</SubmitButton>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
