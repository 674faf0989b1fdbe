/**
 * The actions panel of /inbox/:id: one form per move the coordinator may make now (open,
 * assign to a colleague, approve, request information, decline, cancel), each posting its
 * `intent` and the status the page showed; cancelling a stay asks for confirmation first.
 */
import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, SubmitButton } from "~/components/forms";
import {
  ApproveForm,
  BodyForm,
  ButtonForm,
  ConfirmForm,
  needsConfirming,
  ReasonForm,
  type ActionData,
} from "~/requests/ui/request-forms";
import { AssignSchema } from "./intents";
import { TemplatePicker } from "./template-picker";

/** The assign form: a select of the centre's coordinators, the current assignee chosen. */
function AssignForm({
  expectedStatus,
  actionData,
  coordinators,
  current,
}: {
  expectedStatus: string;
  actionData: ActionData | undefined;
  coordinators: { id: string; name: string }[];
  current: string | null;
}) {
  const { t } = useTranslation("inbox");
  const [form, fields] = useForm({
    id: "form-assign",
    constraint: getZodConstraint(AssignSchema),
    defaultValue: { assigneeId: current ?? "" },
    lastResult: actionData?.intent === "assign" ? actionData.result : undefined,
  });
  return (
    <Form method="post" {...getFormProps(form)} className="action-form">
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
      <div className="field">
        <label htmlFor={fields.assigneeId.id}>{t("page.assignTo")}</label>
        <select {...getSelectProps(fields.assigneeId)}>
          <option value="">{t("page.chooseColleague")}</option>
          {coordinators.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <ErrorList id={fields.assigneeId.errorId} errors={fields.assigneeId.errors} />
      </div>
      <SubmitButton intent="assign" pendingLabel={t("requests:forms.sending")}>
        {t("page.assign")}
      </SubmitButton>
    </Form>
  );
}

/** The panel of the forms of `actions` (nothing when there are none). */
export function ActionsPanel({
  actions,
  r,
  actionData,
  coordinators,
  today,
  templates,
  template,
}: {
  templates: { id: string; name: string; language: string }[];
  /** A template filled in for one of the boxes (`for`: its intent). */
  template: { id: string; for: string; body: string } | null;
  actions: string[];
  r: { id: string; status: string; startDate: string; endDate: string; assignee: { id: string } | null };
  actionData: ActionData | undefined;
  coordinators: { id: string; name: string }[];
  today: string;
}) {
  const { t } = useTranslation("inbox");
  if (!actions.length) return null;
  const can = (a: string) => actions.includes(a);
  return (
    <section aria-labelledby="actions-title" className="panel">
      <h2 id="actions-title">{t("page.actions")}</h2>
      <div className="action-grid">
        {can("open") ? (
          <ButtonForm
            intent="open"
            expectedStatus={r.status}
            actionData={actionData}
            submitLabel={t("page.open")}
            className="button button-secondary"
          />
        ) : null}
        {can("assign") ? (
          <AssignForm
            expectedStatus={r.status}
            actionData={actionData}
            coordinators={coordinators}
            current={r.assignee?.id ?? null}
          />
        ) : null}
        {can("approve") ? (
          <ApproveForm
            expectedStatus={r.status}
            actionData={actionData}
            startDate={r.startDate}
            endDate={r.endDate}
            min={today}
          />
        ) : null}
        {can("request-info") ? (
          <div>
            <TemplatePicker
              target="request-info"
              templates={templates}
              chosen={template?.for === "request-info" ? template.id : null}
            />
            <BodyForm
              key={template?.for === "request-info" ? template.id : "blank"}
              defaultBody={template?.for === "request-info" ? template.body : undefined}
              intent="request-info"
              expectedStatus={r.status}
              actionData={actionData}
              label={t("page.requestInfoLabel")}
              hint={t("page.requestInfoHint")}
              submitLabel={t("page.requestInfo")}
            />
          </div>
        ) : null}
        {can("decline") ? (
          <ReasonForm
            intent="decline"
            expectedStatus={r.status}
            actionData={actionData}
            label={t("page.declineLabel")}
            submitLabel={t("page.decline")}
          />
        ) : null}
        {can("cancel") && actionData && needsConfirming(actionData, "cancel") ? (
          <ConfirmForm
            intent="cancel"
            actionData={actionData}
            question={t("page.cancelConfirmTitle")}
            consequence={t("page.cancelConfirmBody")}
            reasonLabel={t("page.cancelConfirmReason")}
            submitLabel={t("page.cancelConfirm")}
            backTo={`/inbox/${r.id}`}
            backLabel={t("page.cancelKeep")}
          />
        ) : can("cancel") ? (
          <ReasonForm
            intent="cancel"
            expectedStatus={r.status}
            actionData={actionData}
            label={t("page.cancelLabel")}
            submitLabel={t("page.cancel")}
          />
        ) : null}
      </div>
    </section>
  );
}
