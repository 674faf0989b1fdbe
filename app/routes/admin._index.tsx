/**
 * /admin (ADMIN only): invite an address to coordinate a centre, revoke pending
 * invitations, and remove coordinators from centres.
 */
import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import {
  inviteCoordinator,
  listCentresForAdmin,
  listCoordinatorsByCentre,
  listPendingInvitations,
  removeCoordinator,
  revokeInvitation,
} from "~/accounts/invitation.server";
import { requireUserWithRole } from "~/accounts/auth.server";
import { kickOutbox } from "~/notifications/outbox.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { EmailSchema } from "~/accounts/validation";

const Id = z
  .string({ required_error: "admin:validation.required" })
  .min(1, "admin:validation.required")
  .max(64, "admin:validation.invalid");
const InviteSchema = z.object({ email: EmailSchema, centreId: Id });
const RevokeSchema = z.object({ invitationId: Id });
const RemoveSchema = z.object({ userId: Id, centreId: Id });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "ADMIN");
  const { t } = await getRequestT(request, "admin");
  const [centres, coordinators, invitations] = await Promise.all([
    listCentresForAdmin(),
    listCoordinatorsByCentre(),
    listPendingInvitations(),
  ]);
  return data(
    {
      title: t("metaTitle"),
      centres,
      coordinators: coordinators.map((c) => ({
        id: c.id,
        slug: c.slug,
        name: c.name,
        nameIt: c.nameIt,
        people: c.coordinators.map((p) => ({ id: p.user.id, name: p.user.name, email: p.user.email })),
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        centre: i.centre,
        expiresAt: i.expiresAt.toISOString(),
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

type Intent = "invite" | "revoke" | "remove";
type ActionResult = { intent: Intent; result?: SubmissionResult<string[]>; notice?: string };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithRole(request, "ADMIN");
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const reply = (body: ActionResult, status = 200) => data(body, { status });
  switch (intent) {
    case "invite": {
      const submission = parseWithZod(formData, { schema: InviteSchema });
      if (submission.status !== "success") return reply({ intent, result: submission.reply() }, 400);
      const { language } = await getRequestT(request);
      const outcome = await inviteCoordinator({
        ...submission.value,
        invitedBy: { id: admin.id, name: admin.name },
        locale: language,
      });
      if (outcome.status === "unknown-centre")
        return reply(
          { intent, result: submission.reply({ fieldErrors: { centreId: ["admin:validation.unknownCentre"] } }) },
          400,
        );
      if (outcome.status === "already-coordinator") {
        return reply(
          { intent, result: submission.reply({ fieldErrors: { email: ["admin:validation.alreadyCoordinator"] } }) },
          409,
        );
      }
      kickOutbox();
      return reply({ intent, result: submission.reply({ resetForm: true }), notice: "notices.invited" });
    }
    case "revoke": {
      const submission = parseWithZod(formData, { schema: RevokeSchema });
      if (submission.status !== "success") return reply({ intent, result: submission.reply() }, 400);
      const ok = await revokeInvitation(submission.value.invitationId, admin.id);
      return ok
        ? reply({ intent, notice: "notices.revoked" })
        : reply({ intent, result: submission.reply({ formErrors: ["admin:validation.notPending"] }) }, 409);
    }
    case "remove": {
      const submission = parseWithZod(formData, { schema: RemoveSchema });
      if (submission.status !== "success") return reply({ intent, result: submission.reply() }, 400);
      const ok = await removeCoordinator({ ...submission.value, actorId: admin.id });
      return ok
        ? reply({ intent, notice: "notices.removed" })
        : reply({ intent, result: submission.reply({ formErrors: ["admin:validation.notCoordinator"] }) }, 409);
    }
    default:
      return reply({ intent: "invite", result: { status: "error", error: { "": ["admin:validation.invalid"] } } }, 400);
  }
}

export default function Admin() {
  const { centres, coordinators, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("admin");
  const it = i18n.language === "it";
  const [form, fields] = useForm({
    id: "admin-invite",
    constraint: getZodConstraint(InviteSchema),
    lastResult: actionData?.intent === "invite" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }),
    shouldValidate: "onBlur",
  });
  const otherErrors = actionData && actionData.intent !== "invite" ? actionData.result?.error?.[""] : undefined;
  const fmt = (iso: string) =>
    new Intl.DateTimeFormat(it ? "it-IT" : "en-GB", { dateStyle: "medium", timeZone: "Europe/Rome" }).format(
      new Date(iso),
    );

  return (
    <div>
      <h1>{t("title")}</h1>
      <p>
        <Link to="/admin/centres">{t("centres.link")}</Link>
      </p>
      <p>
        <Link to="/admin/emails">{t("emailsLink")}</Link>
      </p>
      <p>
        <Link to="/admin/dashboard">{t("dashboard:admin.link")}</Link>
      </p>
      <p>
        <Link to="/coordinator/rounds">{t("rounds:nav.rounds")}</Link>
      </p>
      {actionData?.notice ? (
        <p className="flash flash-success" role="status">
          {t(actionData.notice)}
        </p>
      ) : null}
      <ErrorList errors={otherErrors} className="form-error" />

      <section aria-labelledby="invite-title">
        <h2 id="invite-title">{t("invite.title")}</h2>
        <p className="muted">{t("invite.lead")}</p>
        <Form method="post" {...getFormProps(form)} className="form-narrow">
          <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
          <Field
            labelProps={{ children: t("invite.email") }}
            inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }}
            errors={fields.email.errors}
          />
          <div className="field">
            <label htmlFor={fields.centreId.id}>{t("invite.centre")}</label>
            <select {...getSelectProps(fields.centreId)}>
              <option value="">{t("invite.chooseCentre")}</option>
              {centres.map((c) => (
                <option key={c.id} value={c.id}>
                  {it ? c.nameIt : c.name}
                </option>
              ))}
            </select>
            <ErrorList id={fields.centreId.errorId} errors={fields.centreId.errors} />
          </div>
          <SubmitButton intent="invite" pendingLabel={t("invite.submitting")}>
            {t("invite.submit")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t("pending.title")}</h2>
        {invitations.length ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("pending.email")}</th>
                  <th scope="col">{t("pending.centre")}</th>
                  <th scope="col">{t("pending.expires")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("pending.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id}>
                    <td>{i.email}</td>
                    <td>{it ? i.centre.nameIt : i.centre.name}</td>
                    <td>{fmt(i.expiresAt)}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="invitationId" value={i.id} />
                        <SubmitButton
                          intent="revoke"
                          fields={{ invitationId: i.id }}
                          className="link-button"
                          aria-label={t("pending.revokeLabel", { email: i.email })}
                          pendingLabel={t("common:pending.withdrawing")}
                        >
                          {t("pending.revoke")}
                        </SubmitButton>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("pending.none")}</p>
        )}
      </section>

      <section aria-labelledby="coordinators-title">
        <h2 id="coordinators-title">{t("coordinators.title")}</h2>
        <ul className="card-list">
          {coordinators.map((c) => (
            <li key={c.id} className="card">
              <h3 className="card-title">
                <Link to={`/centres/${c.slug}`}>{it ? c.nameIt : c.name}</Link>
              </h3>
              {c.people.length ? (
                <ul>
                  {c.people.map((p) => (
                    <li key={p.id}>
                      {p.name} &lt;{p.email}&gt;{" "}
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="userId" value={p.id} />
                        <input type="hidden" name="centreId" value={c.id} />
                        <SubmitButton
                          intent="remove"
                          fields={{ userId: p.id, centreId: c.id }}
                          className="link-button"
                          aria-label={t("coordinators.removeLabel", { name: p.name, centre: it ? c.nameIt : c.name })}
                          pendingLabel={t("common:pending.removing")}
                        >
                          {t("coordinators.remove")}
                        </SubmitButton>
                      </Form>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t("coordinators.none")}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
