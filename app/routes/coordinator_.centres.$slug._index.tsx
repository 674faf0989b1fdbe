/**
 * /coordinator/centres/:slug: a coordinator's (or an admin's) page for one centre: its
 * opportunities in every status, with links to edit them and to their seat calendars, and
 * the centre's description, working languages and response time. A coordinator of another
 * centre gets 404 on the page and on every post, and nothing changes.
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
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { ExampleBadge } from "~/catalogue/ui/example-badge";
import { CalendarDate } from "~/components/labels";
import { SelectField, TextareaField } from "~/catalogue/ui/opportunity-form";
import { getManagedCentre, updateCentreDetails } from "~/catalogue/coordinator-opportunity.server";
import { listManagedCentreEvents } from "~/catalogue/coordinator-event.server";
import { formatEventInstant } from "~/catalogue/event-time";
import coordinatorStyles from "~/styles/coordinator.css";
import matchingStyles from "~/styles/matching.css";
import { isoFromDate } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import {
  CENTRE_LANGUAGES_MAX,
  createCentreDetailsSchema,
  DESCRIPTION_MAX,
  RESPONSE_DAYS_MAX,
  RESPONSE_DAYS_MIN,
} from "~/catalogue/opportunity-validation";
import { namedOptions } from "~/platform/reference-lists";
import { languageOrder } from "~/platform/reference-lists.server";
import { requireStaff } from "~/accounts/staff.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: matchingStyles },
  { rel: "stylesheet", href: coordinatorStyles },
];

const schema = createCentreDetailsSchema();
/** Two descriptions of 4,000 characters (up to 4 bytes each) and a few small fields. */
const FORM_BYTES = 48 * 1024;

function slugOf(params: LoaderFunctionArgs["params"]): string {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound("No such centre");
  return slug;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const centre = await getManagedCentre(staff, slugOf(params));
  if (!centre) notFound("No such centre");
  const { t, language } = await getRequestT(request, "coordinator");
  const it = language === "it";
  const name = it ? centre.nameIt : centre.name;
  const events = await listManagedCentreEvents(centre.id);
  return data(
    {
      title: t("centre.metaTitle", { centre: name }),
      events: events.map((e) => ({
        id: e.id,
        status: e.status,
        title: it ? e.titleIt : e.titleEn,
        when: formatEventInstant(e.startsAt, language),
      })),
      slug: centre.slug,
      name,
      saved: new URL(request.url).searchParams.get("saved") === "1",
      exampleDeleted: new URL(request.url).searchParams.get("notice") === "exampleDeleted",
      defaultValue: {
        descriptionEn: centre.descriptionEn,
        descriptionIt: centre.descriptionIt,
        languages: centre.languages,
        responseTimeDays: String(centre.responseTimeDays),
      },
      languages: languageOrder(language),
      opportunities: centre.opportunities.map((o) => {
        const spans = [...o.windows, ...o.cohorts];
        return {
          id: o.id,
          type: o.type,
          status: o.status,
          title: it ? o.titleIt : o.titleEn,
          isExample: o.isExample,
          approved: o._count.requests,
          deadline: o.deadline ? isoFromDate(o.deadline) : null,
          from: spans.length ? isoFromDate(new Date(Math.min(...spans.map((s) => s.startDate.getTime())))) : null,
          to: spans.length ? isoFromDate(new Date(Math.max(...spans.map((s) => s.endDate.getTime())))) : null,
        };
      }),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const slug = slugOf(params);
  const formData = await readFormData(request, FORM_BYTES);
  if (!(await getManagedCentre(staff, slug))) notFound("No such centre");
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success")
    return data({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 });
  if (!(await updateCentreDetails(staff, slug, submission.value))) notFound("No such centre");
  return redirect(`/coordinator/centres/${slug}?saved=1`);
}

export default function CoordinatorCentre() {
  const { slug, name, saved, exampleDeleted, defaultValue, languages, opportunities, events } =
    useLoaderData<typeof loader>();
  const { t: tEvents } = useTranslation("events");
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("coordinator");
  const [form, fields] = useForm({
    id: "centre-details",
    constraint: getZodConstraint(schema),
    defaultValue,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const languageRows = fields.languages.getFieldList();

  return (
    <div>
      <p className="breadcrumb">
        <Link to="/coordinator">{t("centre.breadcrumb")}</Link>
      </p>
      <h1>{name}</h1>
      <p className="page-links">
        <Link to={`/centres/${slug}`}>{t("centre.publicLink")}</Link> ·{" "}
        <Link to={`/coordinator/centres/${slug}/templates`}>{t("inbox:templates.link")}</Link>
      </p>
      {saved ? (
        <p className="flash flash-success" role="status">
          {t("notices.centreSaved")}
        </p>
      ) : null}
      {exampleDeleted ? (
        <p className="flash flash-success" role="status">
          {t("notices.exampleDeleted")}
        </p>
      ) : null}

      <section aria-labelledby="opportunities-title">
        <h2 id="opportunities-title">{t("centre.opportunities")}</h2>
        <p>
          <Link to={`/coordinator/centres/${slug}/opportunities/new`} className="button">
            {t("centre.newOpportunity")}
          </Link>
        </p>
        {opportunities.length ? (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("centre.opportunitiesCaption", { centre: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("centre.colTitle")}</th>
                  <th scope="col">{t("centre.colStatus")}</th>
                  <th scope="col">{t("centre.colDates")}</th>
                  <th scope="col">{t("centre.colDeadline")}</th>
                  <th scope="col">{t("centre.colApproved")}</th>
                  <th scope="col">{t("centre.colCalendar")}</th>
                </tr>
              </thead>
              <tbody>
                {opportunities.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <Link to={`/coordinator/opportunities/${o.id}`}>{o.title}</Link>
                      <br />
                      <span className="muted">{t(`common:opportunityType.${o.type}`)}</span>{" "}
                      {o.isExample ? <ExampleBadge /> : null}
                    </th>
                    <td>
                      <span className={`status-badge status-${o.status.toLowerCase()}`}>{t(`status.${o.status}`)}</span>
                    </td>
                    <td>
                      {o.from && o.to ? (
                        <>
                          <CalendarDate value={o.from} /> – <CalendarDate value={o.to} />
                        </>
                      ) : (
                        <span className="muted">{t("centre.noDates")}</span>
                      )}
                    </td>
                    <td>
                      {o.deadline ? (
                        <CalendarDate value={o.deadline} />
                      ) : (
                        <span className="muted">{t("centre.noDeadline")}</span>
                      )}
                    </td>
                    <td>{o.approved}</td>
                    <td>
                      <Link
                        to={`/coordinator/opportunities/${o.id}/calendar`}
                        aria-label={t("centre.calendarLabel", { title: o.title })}
                      >
                        {t("centre.calendar")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("centre.noOpportunities")}</p>
        )}
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">{tEvents("coordinator.sectionTitle")}</h2>
        <p>
          <Link to={`/coordinator/centres/${slug}/events/new`} className="button">
            {tEvents("coordinator.newEvent")}
          </Link>
        </p>
        {events.length ? (
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <Link to={`/coordinator/events/${e.id}`}>{e.title}</Link> · {e.when} · {tEvents(`status.${e.status}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{tEvents("coordinator.noEvents")}</p>
        )}
      </section>

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t("centre.details")}</h2>
        <Form method="post" {...getFormProps(form)} className="profile-form">
          <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
          <TextareaField meta={fields.descriptionEn} label={t("centre.descriptionEn")} maxLength={DESCRIPTION_MAX} />
          <TextareaField meta={fields.descriptionIt} label={t("centre.descriptionIt")} maxLength={DESCRIPTION_MAX} />
          <fieldset>
            <legend>{t("centre.languages")}</legend>
            <p className="hint">{t("centre.languagesHint")}</p>
            <ErrorList id={fields.languages.errorId} errors={fields.languages.errors} />
            {languageRows.map((row, index) => (
              <div key={row.key} className="row-fields">
                <SelectField
                  meta={row}
                  label={t("form.language", { n: index + 1 })}
                  options={namedOptions("language", languages, i18n.language)}
                  named
                  placeholder={t("form.choose")}
                />
                <div className="row-actions">
                  <button
                    className="button button-secondary"
                    {...form.remove.getButtonProps({ name: fields.languages.name, index })}
                  >
                    {t("form.remove")} <span className="visually-hidden">{t("form.languageN", { n: index + 1 })}</span>
                  </button>
                </div>
              </div>
            ))}
            <button
              className="button button-secondary"
              disabled={languageRows.length >= CENTRE_LANGUAGES_MAX}
              {...form.insert.getButtonProps({ name: fields.languages.name })}
            >
              {t("form.addLanguage")}
            </button>
          </fieldset>
          <Field
            className="field form-narrow"
            labelProps={{ children: t("centre.responseTime") }}
            inputProps={{
              ...getInputProps(fields.responseTimeDays, { type: "number" }),
              min: RESPONSE_DAYS_MIN,
              max: RESPONSE_DAYS_MAX,
              step: 1,
              inputMode: "numeric",
            }}
            errors={fields.responseTimeDays.errors}
            hint={t("centre.responseTimeHint", { min: RESPONSE_DAYS_MIN, max: RESPONSE_DAYS_MAX })}
          />
          <SubmitButton intent="save" pendingLabel={t("form.saving")}>
            {t("centre.submit")}
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
