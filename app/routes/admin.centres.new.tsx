/** /admin/centres/new (ADMIN only): add a centre with its facts and their sources. */
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
import { createCentre, listParentOptions } from "~/catalogue/admin-centre.server";
import coordinatorStyles from "~/styles/coordinator.css";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { CENTRE_FORM_BYTES, createCentreSchema, type CentreInput } from "~/catalogue/centre-validation";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { countryOrder } from "~/platform/reference-lists.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: coordinatorStyles },
];

const schema = createCentreSchema({ withSlug: true });
const EMPTY: CentreFormValue = {
  location: "lombardy",
  irccs: "unconfirmed",
  sources: [{ n: "1" }],
  facts: [{ sources: "1" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "ADMIN");
  const [{ t, language }, parents] = await Promise.all([getRequestT(request, "admin"), listParentOptions()]);
  return data(
    {
      title: t("centres.newMetaTitle"),
      parents: parents.map((p) => ({ id: p.id, name: language === "it" ? p.nameIt : p.name })),
      // Codes in order only (a centre abroad: not Italy); the form names them (reference-lists.ts).
      countries: countryOrder(language, { except: ["IT"] }),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithRole(request, "ADMIN");
  const formData = await readFormData(request, CENTRE_FORM_BYTES);
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success")
    return data({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 });
  const slug = submission.value.slug as string;
  const outcome = await createCentre(admin.id, slug, submission.value);
  if (outcome.status === "slug-taken")
    return data(
      { result: submission.reply({ fieldErrors: { slug: ["admin:centres.validation.slugTaken"] } }) },
      { status: 409 },
    );
  if (outcome.status === "parent-invalid")
    return data(
      { result: submission.reply({ fieldErrors: { parentId: ["admin:centres.validation.parentInvalid"] } }) },
      { status: 400 },
    );
  return redirect(`/admin/centres/${slug}?notice=created`);
}

export default function NewCentre() {
  const { parents, countries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const [form] = useForm<CentreFormValue, CentreInput>({
    id: "new-centre",
    constraint: getZodConstraint(schema),
    defaultValue: EMPTY,
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
      <h1>{t("centres.newTitle")}</h1>
      <p className="lead">{t("centres.newLead")}</p>
      <CentreForm form={form} withSlug parents={parents} countries={countries} submitLabel={t("centres.form.create")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
