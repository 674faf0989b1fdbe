/**
 * /coordinator/rounds/new: a coordinator opens an allocation round for upcoming cohorts of
 * their centre; an admin opens a regional round across centres (issue 17 part 1). A plain
 * form (no JavaScript needed): Conform + Zod on the server, field errors in the user's
 * language, post/redirect/get.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStaff } from "~/accounts/staff.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { formatRange } from "~/platform/date-format";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { createRoundSchema, ROUND_MAX_CHOICES } from "~/requests/rounds";
import { createRound, listOfferableCohorts } from "~/requests/rounds.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getRequestT(request, "rounds");
  return data(
    { title: t("create.metaTitle"), isAdmin: staff.isAdmin, cohorts: await listOfferableCohorts(staff, todayIso()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const today = todayIso();
  const formData = await readFormData(request);
  const offered = await listOfferableCohorts(staff, today);
  const ids = new Set(offered.map((c) => c.id));
  const submission = parseWithZod(formData, {
    schema: createRoundSchema({ today, isOfferedCohort: (id) => ids.has(id) }),
  });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const created = await createRound(staff, submission.value, offered);
  if (!created.ok) {
    return data(
      { result: submission.reply({ fieldErrors: { cohortIds: [`rounds:errors.${created.code}`] } }) },
      { status: created.status },
    );
  }
  return redirect(`/coordinator/rounds/${created.id}`);
}

export default function NewRound() {
  const { isAdmin, cohorts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("rounds");
  const errors = (actionData?.result?.error ?? {}) as Record<string, string[] | null | undefined>;
  const values = (actionData?.result?.initialValue ?? {}) as Record<string, string | string[] | undefined>;
  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const chosen = new Set(
    Array.isArray(values.cohortIds) ? values.cohortIds : values.cohortIds ? [values.cohortIds] : [],
  );
  const field = (name: string, type = "text", extra: Record<string, unknown> = {}) => (
    <Field
      labelProps={{ children: t(`create.${name}`) }}
      inputProps={{ id: `round-${name}`, name, type, defaultValue: value(name), required: true, ...extra }}
      errors={errors[name]}
      hint={name === "rankingDeadline" ? t("create.rankingDeadlineHint") : undefined}
    />
  );
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/coordinator/rounds">{t("staff.title")}</Link>
      </p>
      <h1>{t("create.title")}</h1>
      <p className="lead">{isAdmin ? t("create.leadAdmin") : t("create.leadCentre")}</p>
      <Form method="post" noValidate>
        <ErrorList errors={errors[""]} />
        {field("name", "text", { maxLength: 120 })}
        {field("applicationStart", "date")}
        {field("applicationEnd", "date")}
        {field("rankingDeadline", "date")}
        {field("maxChoices", "number", { min: 1, max: ROUND_MAX_CHOICES, defaultValue: value("maxChoices") ?? "3" })}
        <div className="field">
          <label htmlFor="round-declineMessageEn">{t("create.declineMessageEn")}</label>
          <textarea
            id="round-declineMessageEn"
            name="declineMessageEn"
            defaultValue={value("declineMessageEn")}
            required
            aria-invalid={errors.declineMessageEn ? true : undefined}
            aria-describedby={errors.declineMessageEn ? "round-declineMessageEn-error" : undefined}
          />
          <ErrorList id="round-declineMessageEn-error" errors={errors.declineMessageEn} />
        </div>
        <div className="field">
          <label htmlFor="round-declineMessageIt">{t("create.declineMessageIt")}</label>
          <textarea
            id="round-declineMessageIt"
            name="declineMessageIt"
            lang="it"
            defaultValue={value("declineMessageIt")}
            required
            aria-invalid={errors.declineMessageIt ? true : undefined}
            aria-describedby={errors.declineMessageIt ? "round-declineMessageIt-error" : undefined}
          />
          <ErrorList id="round-declineMessageIt-error" errors={errors.declineMessageIt} />
        </div>
        <fieldset aria-describedby={errors.cohortIds ? "round-cohorts-error" : undefined}>
          <legend>{t("create.cohorts")}</legend>
          {cohorts.length ? (
            cohorts.map((c) => (
              <div key={c.id} className="checkbox">
                <input
                  type="checkbox"
                  id={`cohort-${c.id}`}
                  name="cohortIds"
                  value={c.id}
                  defaultChecked={chosen.has(c.id)}
                />
                <label htmlFor={`cohort-${c.id}`}>
                  {t("create.cohortLabel", {
                    title: i18n.language === "it" ? c.titleIt : c.titleEn,
                    cohort: c.name,
                    dates: formatRange({ start: c.start, end: c.end }, i18n.language),
                    seats: c.seats,
                    centre: c.centreName,
                  })}
                </label>
              </div>
            ))
          ) : (
            <p>{t("create.noCohorts")}</p>
          )}
          <ErrorList id="round-cohorts-error" errors={errors.cohortIds} />
        </fieldset>
        <SubmitButton pendingLabel={t("create.submit")}>{t("create.submit")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
