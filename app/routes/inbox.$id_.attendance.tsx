/**
 * /inbox/:id/attendance: after an approved stay has ended (its last day is before today,
 * UTC), a coordinator of the centre records whether the visitor attended; "ATTENDED"
 * issues a certificate of attendance in the chosen language (decision 0030). Before the end,
 * or for a stay that was never approved, the form is not offered and a post answers 409
 * with nothing written; a request of another centre is 404.
 */
import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CalendarDate } from "~/components/labels";
import { ErrorList, SubmitButton } from "~/components/forms";
import { isoDateOfInstant } from "~/platform/calendar";
import { isoFromDate } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { requireInboxActor } from "~/requests/inbox.server";
import { ATTENDANCE, AttendanceSchema, LETTER_LANGUAGES } from "~/requests/letter-validation";
import { attendanceRefusal, getLetterContext, recordAttendance } from "~/requests/letters.server";
import { requestIdOf } from "~/requests/request-actions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const ctx = await getLetterContext(actor.scope, requestIdOf(params));
  if (!ctx) notFound("No such request");
  const { t, language } = await getRequestT(request, "letters");
  return data(
    {
      title: t("attendance.metaTitle", { name: ctx.applicant?.name ?? "" }),
      id: ctx.id,
      endDate: isoFromDate(ctx.endDate),
      refusal: attendanceRefusal(ctx, isoDateOfInstant(new Date())),
      attendance: ctx.attendance,
      defaults: { attendance: ctx.attendance ?? "ATTENDED", language: ctx.applicant?.locale === "it" ? "it" : language },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireInboxActor(request, { missing: 404 });
  const requestId = requestIdOf(params);
  const submission = parseWithZod(await readFormData(request), { schema: AttendanceSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await recordAttendance({ scope: actor.scope, requestId, actorId: actor.userId, form: submission.value });
  if (!result.ok) {
    if (result.code === "not-found") notFound("No such request");
    const formErrors = [result.code === "not-ended" ? "letters:attendance.notEndedShort" : "letters:attendance.notApproved"];
    return data({ result: submission.reply({ formErrors }) }, { status: 409 });
  }
  return redirect(`/inbox/${requestId}?done=${submission.value.attendance === "ATTENDED" ? "certificate" : "no-show"}`);
}

export default function AttendancePage() {
  const { id, endDate, refusal, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("letters");
  const [form, fields] = useForm({
    id: "attendance",
    constraint: getZodConstraint(AttendanceSchema),
    defaultValue: defaults,
    lastResult: actionData?.result,
  });
  return (
    <article className="request-page">
      <p className="breadcrumb">
        <Link to={`/inbox/${id}`}>{t("form.back")}</Link>
      </p>
      <h1>{t("attendance.title")}</h1>
      {refusal === "not-ended" ? (
        <p className="flash flash-error">
          {t("attendance.notEndedShort")} (<CalendarDate value={endDate} />)
        </p>
      ) : refusal ? (
        <p className="flash flash-error">{t("attendance.notApproved")}</p>
      ) : (
        <>
          <p>{t("attendance.lead")}</p>
          <Form method="post" className="form-narrow" {...getFormProps(form)}>
            <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
            <fieldset>
              <legend>{t("attendance.choice")}</legend>
              {ATTENDANCE.map((a) => (
                <label key={a} className="choice">
                  <input type="radio" name={fields.attendance.name} value={a} defaultChecked={defaults.attendance === a} />{" "}
                  {t(`attendance.${a}`)}
                </label>
              ))}
              <ErrorList id={fields.attendance.errorId} errors={fields.attendance.errors} />
            </fieldset>
            <div className="field">
              <label htmlFor={fields.language.id}>{t("form.language")}</label>
              <select {...getSelectProps(fields.language)}>
                {LETTER_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`language.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton pendingLabel={t("attendance.submit")}>{t("attendance.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
