/**
 * /admin/centres/:slug (ADMIN only): edit a centre's facts (names, kind, city, address,
 * website, IRCCS status, ROR ID, parent, descriptions) and its numbered sources; every fact
 * must cite sources of the list.
 */
import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CentreForm, type CentreFormValue } from "~/catalogue/ui/centre-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { centreFormValue, getCentreForAdmin, listParentOptions, updateCentre } from "~/catalogue/admin-centre.server";
import coordinatorStyles from "~/styles/coordinator.css";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { CENTRE_FORM_BYTES, createCentreSchema, type CentreInput } from "~/catalogue/centre-validation";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { countryOrder } from "~/platform/reference-lists.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: coordinatorStyles },
];

const schema = createCentreSchema({ withSlug: false });
const NOTICES = new Set(["created", "saved"]);

function slugOf(params: LoaderFunctionArgs["params"]): string {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound("No such centre");
  return slug;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "ADMIN");
  const centre = await getCentreForAdmin(slugOf(params));
  if (!centre) notFound("No such centre");
  const [{ t, language }, parents] = await Promise.all([getRequestT(request, "admin"), listParentOptions(centre.id)]);
  const notice = new URL(request.url).searchParams.get("notice");
  const name = language === "it" ? centre.nameIt : centre.name;
  return data(
    {
      title: t("centres.editMetaTitle", { centre: name }),
      slug: centre.slug,
      name,
      notice: notice && NOTICES.has(notice) ? notice : null,
      defaultValue: centreFormValue(centre) as CentreFormValue,
      parents: parents.map((p) => ({ id: p.id, name: language === "it" ? p.nameIt : p.name })),
      // Codes in order only (a centre abroad: not Italy); the form names them (reference-lists.ts).
      countries: countryOrder(language, { except: ["IT"] }),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireUserWithRole(request, "ADMIN");
  const slug = slugOf(params);
  const formData = await readFormData(request, CENTRE_FORM_BYTES);
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success")
    return data({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 });
  const outcome = await updateCentre(admin.id, slug, submission.value);
  if (outcome.status === "not-found") notFound("No such centre");
  if (outcome.status === "stale")
    return data({ result: submission.reply({ formErrors: ["admin:centres.validation.stale"] }) }, { status: 409 });
  if (outcome.status === "parent-invalid")
    return data(
      { result: submission.reply({ fieldErrors: { parentId: ["admin:centres.validation.parentInvalid"] } }) },
      { status: 400 },
    );
  return redirect(`/admin/centres/${slug}?notice=saved`);
}

export default function EditCentre() {
  const { slug, name, notice, defaultValue, parents, countries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const [form] = useForm<CentreFormValue, CentreInput>({
    id: `centre-${slug}-${Date.parse(defaultValue.version ?? "") || 0}`,
    constraint: getZodConstraint(schema),
    defaultValue,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/admin/centres">{t("centres.title")}</Link>
      </p>
      <h1>{name}</h1>
      {notice ? (
        <p className="flash flash-success" role="status">
          {t(`centres.notices.${notice}`)}
        </p>
      ) : null}
      <p className="page-links">
        <Link to={`/centres/${slug}`}>{t("centres.publicLink")}</Link>
        <Link to={`/coordinator/centres/${slug}`}>{t("centres.manageLink")}</Link>
      </p>
      <CentreForm
        form={form}
        withSlug={false}
        parents={parents}
        countries={countries}
        submitLabel={t("centres.form.save")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
