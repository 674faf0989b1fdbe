/**
 * /account/delete: deletes the signed-in account after the password is typed again.
 * Personal data goes; requests stay for the centres, anonymised (app/accounts/user.server.ts
 * `deleteAccount`). Afterwards the browser's cookie is cleared.
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { deleteAccount, getPasswordHash } from "~/accounts/user.server";
import { blankSessionCookie, getUser, requireUser } from "~/accounts/auth.server";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { verifyPassword } from "~/accounts/password.server";
import { clientIpOf, consumeRateLimits } from "~/accounts/rate-limit.server";
import { CurrentPasswordSchema } from "~/accounts/validation";

const DeleteSchema = z.object({
  password: CurrentPasswordSchema,
  confirm: z.literal("on", { errorMap: () => ({ message: "accounts:validation.confirmDelete" }) }),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getRequestT(request, "accounts");
  const done = new URL(request.url).searchParams.get("done") === "1";
  if (done && !(await getUser(request))) return { title: t("account.delete.metaTitle"), done: true };
  await requireUser(request);
  return { title: t("account.delete.metaTitle"), done: false };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: DeleteSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const limit = await consumeRateLimits([
    ["login:ip", clientIpOf(context)],
    ["login:account", user.email],
  ]);
  if (!limit.ok)
    return data(
      { result: submission.reply({ formErrors: ["accounts:rateLimited"], hideFields: ["password"] }) },
      { status: 429 },
    );
  const stored = await getPasswordHash(user.id);
  if (!stored || !(await verifyPassword(stored, submission.value.password))) {
    return data(
      {
        result: submission.reply({
          hideFields: ["password"],
          fieldErrors: { password: ["accounts:validation.passwordWrong"] },
        }),
      },
      { status: 400 },
    );
  }
  await deleteAccount(user.id);
  return redirect("/account/delete?done=1", { headers: { "Set-Cookie": blankSessionCookie() } });
}

export default function DeleteAccount() {
  const { done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("accounts");
  const [form, fields] = useForm({
    id: "account-delete",
    constraint: getZodConstraint(DeleteSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DeleteSchema }),
    shouldValidate: "onBlur",
  });
  if (done) {
    return (
      <section className="form-narrow" aria-labelledby="delete-title">
        <h1 id="delete-title">{t("account.delete.doneTitle")}</h1>
        <p>{t("account.delete.doneBody")}</p>
        <p>
          <Link to="/">{t("account.delete.home")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="form-narrow" aria-labelledby="delete-title">
      <h1 id="delete-title">{t("account.delete.title")}</h1>
      <p>{t("account.delete.explain")}</p>
      <ul>
        <li>{t("account.delete.removed")}</li>
        <li>{t("account.delete.kept")}</li>
      </ul>
      <Form method="post" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <Field
          labelProps={{ children: t("fields.currentPassword") }}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
          errors={fields.password.errors}
        />
        <div className="field">
          <label className="checkbox-label">
            <input {...getInputProps(fields.confirm, { type: "checkbox" })} /> {t("account.delete.confirm")}
          </label>
          <ErrorList id={fields.confirm.errorId} errors={fields.confirm.errors} />
        </div>
        <SubmitButton className="button button-danger" pendingLabel={t("account.delete.submitting")}>
          {t("account.delete.submit")}
        </SubmitButton>
      </Form>
      <p>
        <Link to="/account">{t("account.delete.cancel")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
