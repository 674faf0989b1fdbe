/**
 * /coordinator/centres/:slug/events/new: a coordinator of the centre (or an admin) creates an
 * event, saved as a draft led by that centre; publishing happens on its page. 404 for anyone else.
 */
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireStaff } from "~/accounts/staff.server";
import { getManagedCentre } from "~/catalogue/coordinator-opportunity.server";
import { createEvent } from "~/catalogue/coordinator-event.server";
import { EVENT_FORM_BYTES, eventFormChoices } from "~/catalogue/event-form.server";
import { createEventSchema, type EventInput } from "~/catalogue/event-validation";
import { getTaxonomy } from "~/catalogue/topic.server";
import { EventForm, type EventFormValue } from "~/catalogue/ui/event-form";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";

function slugOf(params: LoaderFunctionArgs["params"]): string {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound("No such centre");
  return slug;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const centre = await getManagedCentre(staff, slugOf(params));
  if (!centre) notFound("No such centre");
  const { t, language } = await getRequestT(request, "events");
  const name = language === "it" ? centre.nameIt : centre.name;
  return data(
    {
      title: t("coordinator.createMetaTitle", { centre: name }),
      centre: { slug: centre.slug, name },
      ...(await eventFormChoices(language)),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const slug = slugOf(params);
  const formData = await readFormData(request, EVENT_FORM_BYTES);
  const [centre, taxonomy, centres] = await Promise.all([
    getManagedCentre(staff, slug),
    getTaxonomy(),
    eventFormChoices("en").then((c) => new Set(c.centres.map((x) => x.value))),
  ]);
  if (!centre) notFound("No such centre");
  const schema = createEventSchema({
    isKnownTopic: (id) => taxonomy.byId.has(id),
    isKnownCentre: (s) => centres.has(s),
  });
  const submission = await parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const id = await createEvent(staff, slug, submission.value);
  if (!id) notFound("No such centre");
  return redirect(`/coordinator/events/${id}?notice=created`);
}

export default function NewEvent() {
  const { centre, topics, centres, languages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("events");
  const schema = useMemo(() => createEventSchema(), []);
  const [form] = useForm<EventFormValue, EventInput>({
    id: "new-event",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/coordinator/centres/${centre.slug}`}>{centre.name}</Link>
      </p>
      <h1>{t("coordinator.createTitle")}</h1>
      <p className="lead">{t("coordinator.createLead")}</p>
      <EventForm
        form={form}
        topics={topics}
        centres={centres}
        languages={languages}
        submitLabel={t("coordinator.create")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
