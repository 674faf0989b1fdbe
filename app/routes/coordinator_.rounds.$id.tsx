/**
 * /coordinator/rounds/:id: one allocation round for its staff (issue 17 part 1). Each
 * programme the coordinator ranks has a plain form with a numbered position (or
 * "unacceptable") per applicant; after the ranking deadline the round's coordinators (an
 * admin for a regional round) run the allocation, see the proposed result with each
 * applicant's reasons, and confirm it. Intents: "rank", "run", "confirm". 404 outside the
 * staff member's scope; refusals (409) in the user's language.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStaff } from "~/accounts/staff.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { formatDate, formatRange } from "~/platform/date-format";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { rankingSchema, UNACCEPTABLE } from "~/requests/rounds";
import { confirmRound, getStaffRound, runRound, saveRanking } from "~/requests/rounds.server";
import { RoundOutcome } from "~/requests/ui/round-outcome";

function idOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/.test(id)) notFound("No such round");
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const { t, language } = await getRequestT(request, "rounds");
  const view = await getStaffRound(staff, idOf(params), todayIso(), language);
  if (!view) notFound("No such round");
  return data(
    { title: t("detail.metaTitle", { name: view.round.name }), ...view },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idOf(params);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const { t } = await getRequestT(request, "rounds");
  const refused = (r: { status: number; code: string }) =>
    data({ intent, error: t(`errors.${r.code}`), result: null, programmeId: null }, { status: r.status });
  if (intent === "rank") {
    const submission = parseWithZod(formData, { schema: rankingSchema() });
    if (submission.status !== "success") {
      return data(
        { intent, error: null, result: submission.reply(), programmeId: String(formData.get("programmeId") ?? "") },
        { status: 400 },
      );
    }
    const saved = await saveRanking(staff, id, submission.value.programmeId, submission.value.entries, todayIso());
    if (!saved.ok) return saved.status === 404 ? notFound("No such programme") : refused(saved);
    return redirect(`/coordinator/rounds/${id}?done=ranked`);
  }
  if (intent === "run") {
    const ran = await runRound(staff, id);
    if (!ran.ok) return ran.status === 404 ? notFound("No such round") : refused(ran);
    return redirect(`/coordinator/rounds/${id}?done=run#proposal`);
  }
  if (intent === "confirm") {
    const done = await confirmRound(staff, id);
    if (!done.ok) return done.status === 404 ? notFound("No such round") : refused(done);
    return redirect(`/coordinator/rounds/${id}?done=confirmed`);
  }
  return data({ intent, error: null, result: null, programmeId: null }, { status: 400 });
}

export default function StaffRound() {
  const { round, programmes, mayRun, proposal } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation("rounds");
  const lang = i18n.language;
  const names = new Map(programmes.map((p) => [p.id, `${p.title}, ${p.cohortName}`]));
  const errors = (actionData?.result?.error ?? {}) as Record<string, string[] | null | undefined>;
  const editable = round.phase === "open" || round.phase === "ranking";
  const done = params.get("done");
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/coordinator/rounds">{t("staff.title")}</Link>
      </p>
      <h1>{round.name}</h1>
      <p className="lead">
        {round.regional ? t("staff.regional") : round.centreName} · {t(`phase.${round.phase}`)}
      </p>
      <p>
        {t("staff.period", {
          range: formatRange({ start: round.applicationStart, end: round.applicationEnd }, lang),
          deadline: formatDate(round.rankingDeadline, lang),
        })}
      </p>
      <p className="muted">{t("detail.declineMessage", { message: round.declineMessage })}</p>
      {done === "ranked" ? <p role="status">{t("detail.rankingSaved")}</p> : null}
      {done === "confirmed" ? <p role="status">{t("detail.confirmed")}</p> : null}
      {actionData?.error ? <ErrorList errors={[actionData.error]} /> : null}

      <h2>{t("detail.programmes")}</h2>
      {programmes.map((p) => (
        <section key={p.id} aria-labelledby={`programme-${p.id}`} className="card">
          <h3 id={`programme-${p.id}`}>
            {p.title}, {p.cohortName}
          </h3>
          <p className="muted">
            {p.centreName} · {formatRange({ start: p.start, end: p.end }, lang)} ·{" "}
            {t("detail.seats", { count: p.seats })}
          </p>
          {!p.mine ? (
            <p>{t("detail.notYours")}</p>
          ) : p.applicants.length === 0 ? (
            <p>{t("detail.noApplicants")}</p>
          ) : (
            <Form method="post">
              <input type="hidden" name="programmeId" value={p.id} />
              <p className="hint">{t("detail.rankingHint")}</p>
              {p.applicants.map((a, i) => {
                const fieldErrors = actionData?.programmeId === p.id ? errors[`entries[${i}].position`] : undefined;
                const selectId = `rank-${p.id}-${a.applicationId}`;
                return (
                  <div key={a.applicationId} className="field">
                    <input type="hidden" name={`entries[${i}].applicationId`} value={a.applicationId} />
                    <label htmlFor={selectId}>
                      {t("detail.position", { name: a.name })} ({t("detail.choiceOf", { choice: a.choice })})
                    </label>
                    <select
                      id={selectId}
                      name={`entries[${i}].position`}
                      defaultValue={a.position ? String(a.position) : a.ranked ? UNACCEPTABLE : ""}
                      disabled={!editable}
                      aria-invalid={fieldErrors ? true : undefined}
                      aria-describedby={fieldErrors ? `${selectId}-error` : undefined}
                    >
                      <option value="">{t("detail.unranked")}</option>
                      {p.applicants.map((_, k) => (
                        <option key={k} value={String(k + 1)}>
                          {k + 1}
                        </option>
                      ))}
                      <option value={UNACCEPTABLE}>{t("detail.unacceptable")}</option>
                    </select>
                    <ErrorList id={`${selectId}-error`} errors={fieldErrors} />
                  </div>
                );
              })}
              {editable ? (
                <SubmitButton
                  intent="rank"
                  fields={{ programmeId: p.id }}
                  pendingLabel={t("detail.saveRanking", { programme: p.title })}
                >
                  {t("detail.saveRanking", { programme: `${p.title}, ${p.cohortName}` })}
                </SubmitButton>
              ) : null}
            </Form>
          )}
        </section>
      ))}

      {mayRun && round.phase !== "confirmed" ? (
        <Form method="post">
          {round.phase === "ready" || round.phase === "proposed" ? (
            <SubmitButton intent="run" pendingLabel={t("detail.run")}>
              {round.phase === "proposed" ? t("detail.runAgain") : t("detail.run")}
            </SubmitButton>
          ) : (
            <p className="hint">{t("detail.runHint")}</p>
          )}
        </Form>
      ) : null}

      {proposal ? (
        <section id="proposal" aria-labelledby="proposal-title">
          <h2 id="proposal-title">{t("detail.proposal")}</h2>
          {round.phase === "proposed" ? <p>{t("detail.proposalLead")}</p> : null}
          <table>
            <thead>
              <tr>
                <th scope="col">{t("detail.applicant")}</th>
                <th scope="col">{t("detail.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {proposal.map((p) => (
                <tr key={p.applicantId}>
                  <th scope="row">{p.name}</th>
                  <td>
                    <RoundOutcome placement={p} voice="staff" programmeName={(id) => names.get(id) ?? id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {mayRun && round.phase === "proposed" ? (
            <Form method="post">
              <SubmitButton intent="confirm" pendingLabel={t("detail.confirm")}>
                {t("detail.confirm")}
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
