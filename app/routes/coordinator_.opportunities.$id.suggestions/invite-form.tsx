/**
 * The bottom of a suggestion card: "Invite to apply" with an optional note, or, once invited,
 * when, and whether the person has applied since (their request's date and status, linked
 * to the inbox).
 */
import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CalendarDate } from "~/components/labels";
import { ErrorList, SubmitButton } from "~/components/forms";
import { formatCount } from "~/platform/number-format";
import { INVITE_INTENT, INVITE_MESSAGE_MAX, InviteSchema } from "./invite-schema";

export interface InvitationView {
  invitedAt: string;
  invitedByName: string | null;
  applied: { requestId: string; submittedAt: string; status: string } | null;
}

export function InvitationStatus({ invitation, errors }: { invitation: InvitationView; errors?: string[] | null }) {
  const { t } = useTranslation("profile");
  return (
    <div className="invitation-status" role="status">
      <ErrorList errors={errors} />
      <p>
        <strong>
          {t("suggestions.invite.invitedOn")} <CalendarDate value={invitation.invitedAt} />
        </strong>
        {invitation.invitedByName ? ` · ${t("suggestions.invite.by", { name: invitation.invitedByName })}` : null}
      </p>
      {invitation.applied ? (
        <p>
          <Link to={`/inbox/${invitation.applied.requestId}`}>
            {t("suggestions.invite.appliedOn")} <CalendarDate value={invitation.applied.submittedAt} />
          </Link>{" "}
          · {t("suggestions.invite.status", { status: t(`requests:status.${invitation.applied.status}`) })}
        </p>
      ) : (
        <p className="muted">{t("suggestions.invite.notYet")}</p>
      )}
    </div>
  );
}

export function InviteForm({
  applicantId,
  name,
  lastResult,
}: {
  applicantId: string;
  name: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t, i18n } = useTranslation("profile");
  const [form, fields] = useForm({
    id: `invite-${applicantId}`,
    constraint: getZodConstraint(InviteSchema),
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }),
    shouldValidate: "onBlur",
  });
  const hintId = `${form.id}-hint`;
  return (
    <details className="invite">
      <summary>{t("suggestions.invite.open", { name })}</summary>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="applicantId" value={applicantId} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="field">
          <label htmlFor={fields.message.id}>{t("suggestions.invite.message")}</label>
          <p id={hintId} className="hint">
            {t("suggestions.invite.messageHint", { max: formatCount(INVITE_MESSAGE_MAX, i18n.language) })}
          </p>
          <textarea
            {...getTextareaProps(fields.message)}
            maxLength={INVITE_MESSAGE_MAX}
            rows={4}
            aria-describedby={[hintId, fields.message.errors ? fields.message.errorId : null].filter(Boolean).join(" ")}
          />
          <ErrorList id={fields.message.errorId} errors={fields.message.errors} />
        </div>
        <SubmitButton intent={INVITE_INTENT} fields={{ applicantId }} pendingLabel={t("suggestions.invite.sending")}>
          {t("suggestions.invite.submit")}
        </SubmitButton>
      </Form>
    </details>
  );
}
