/**
 * /coordinator/centres/:slug/templates: the centre's message templates (issue 17, decision
 * 0039), in English and Italian: the list, a form to create one or edit one (`?edit=<id>`),
 * and delete. Each has a name, a language and a body that may use {applicant_name},
 * {opportunity} and {dates} (any other `{…}` is a field error). POST `intent`: save (`id`
 * optional, `name`, `language`, `body`) or delete (`id`). Coordinators see their own
 * centres only (admins: every centre): another centre, or another centre's template, is 404
 * and nothing changes.
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStaff } from "~/accounts/staff.server";
import { SelectField, TextareaField } from "~/catalogue/ui/opportunity-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import {
  PLACEHOLDERS,
  TEMPLATE_BODY_MAX,
  TEMPLATE_LANGUAGES,
  TEMPLATE_NAME_MAX,
  TemplateSchema,
} from "~/requests/message-templates";
import {
  deleteTemplate,
  DuplicateTemplateName,
  getCentreTemplates,
  saveTemplate,
} from "~/requests/message-templates.server";
import { IdSchema } from "~/requests/request-validation";
import coordinatorStyles from "~/styles/coordinator.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: coordinatorStyles }];

/** A name and a 4,000-character body (up to 4 bytes each). */
const FORM_BYTES = 32 * 1024;

function slugOf(params: LoaderFunctionArgs["params"]): string {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound("No such centre");
  return slug;
}

/** A posted or queried template id, or null when absent. @throws 404 when malformed. */
function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (!IdSchema.safeParse(value).success) notFound("No such template");
  return value as string;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const centre = await getCentreTemplates(staff, slugOf(params));
  if (!centre) notFound("No such centre");
  const { t, language } = await getRequestT(request, "inbox");
  const url = new URL(request.url);
  const editId = idOf(url.searchParams.get("edit"));
  const editing = editId ? centre.messageTemplates.find((m) => m.id === editId) : null;
  if (editId && !editing) notFound("No such template");
  const name = language === "it" ? centre.nameIt : centre.name;
  return data(
    {
      title: t("templates.metaTitle", { centre: name }),
      slug: centre.slug,
      name,
      templates: centre.messageTemplates,
      editing: editing ?? null,
      done: ["saved", "deleted"].includes(url.searchParams.get("done") ?? "") ? url.searchParams.get("done") : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const slug = slugOf(params);
  const formData = await readFormData(request, FORM_BYTES);
  const centre = await getCentreTemplates(staff, slug);
  if (!centre) notFound("No such centre");
  const id = idOf(formData.get("id"));
  const intent = formData.get("intent");
  const base = `/coordinator/centres/${slug}/templates`;
  if (intent === "delete") {
    if (!id || !(await deleteTemplate(centre.id, id))) notFound("No such template");
    return redirect(`${base}?done=deleted`);
  }
  if (intent !== "save") {
    return data(
      { result: { status: "error" as const, error: { "": ["requests:refusal.unknown-action"] } } },
      { status: 400 },
    );
  }
  const submission = parseWithZod(formData, { schema: TemplateSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    if (!(await saveTemplate(centre.id, id, submission.value))) notFound("No such template");
  } catch (error) {
    if (!(error instanceof DuplicateTemplateName)) throw error;
    return data(
      { result: submission.reply({ fieldErrors: { name: ["inbox:templates.nameTaken"] } }) },
      { status: 409 },
    );
  }
  return redirect(`${base}?done=saved`);
}

export default function CentreTemplates() {
  const { slug, name, templates, editing, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("inbox");
  const [form, fields] = useForm({
    id: editing ? `template-${editing.id}` : "template-new",
    constraint: getZodConstraint(TemplateSchema),
    defaultValue: editing ?? { language: "en" },
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TemplateSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const base = `/coordinator/centres/${slug}/templates`;
  const placeholders = PLACEHOLDERS.map((p) => `{${p}}`).join(", ");
  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/coordinator/centres/${slug}`}>{name}</Link>
      </p>
      <h1>{t("templates.title")}</h1>
      <p className="lead">{t("templates.lead")}</p>
      {done ? (
        <p className="flash flash-success" role="status">
          {t(`templates.done.${done}`)}
        </p>
      ) : null}

      <section aria-labelledby="templates-list">
        <h2 id="templates-list">{t("templates.listTitle")}</h2>
        {templates.length ? (
          <ul className="card-list">
            {templates.map((m) => (
              <li key={m.id} className="card">
                <h3 className="card-title">
                  {m.name}{" "}
                  <span className="tag" lang={m.language}>
                    {t(`common:languages.${m.language}`)}
                  </span>
                </h3>
                <p className="quoted-reason" lang={m.language}>
                  {m.body}
                </p>
                <div className="button-row">
                  <Link to={`${base}?edit=${m.id}`} className="button button-secondary">
                    {t("templates.edit")}
                    <span className="visually-hidden"> {m.name}</span>
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="id" value={m.id} />
                    <SubmitButton
                      intent="delete"
                      fields={{ id: m.id }}
                      className="button button-danger"
                      pendingLabel={t("templates.deleting")}
                    >
                      {t("templates.delete")}
                      <span className="visually-hidden"> {m.name}</span>
                    </SubmitButton>
                  </Form>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("templates.none")}</p>
        )}
      </section>

      <section aria-labelledby="template-form-title">
        <h2 id="template-form-title">
          {editing ? t("templates.editTitle", { name: editing.name }) : t("templates.newTitle")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="form-narrow">
          {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
          <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
          <Field
            labelProps={{ children: t("templates.name") }}
            inputProps={{ ...getInputProps(fields.name, { type: "text" }), maxLength: TEMPLATE_NAME_MAX }}
            errors={fields.name.errors}
          />
          <SelectField
            meta={fields.language}
            label={t("templates.language")}
            options={TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
          />
          <TextareaField
            meta={fields.body}
            label={t("templates.body")}
            hint={t("templates.bodyHint", { placeholders })}
            maxLength={TEMPLATE_BODY_MAX}
            rows={8}
          />
          <div className="button-row">
            <SubmitButton intent="save" pendingLabel={t("templates.saving")}>
              {t("templates.save")}
            </SubmitButton>
            {editing ? (
              <Link to={base} className="button button-secondary">
                {t("templates.cancelEdit")}
              </Link>
            ) : null}
          </div>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
