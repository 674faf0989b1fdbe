/**
 * /coordinator/events/:id: a coordinator of one of the organising centres (or an admin)
 * edits the event, publishes it, cancels it (registrants are told by e-mail with an .ics
 * METHOD:CANCEL) and sees who registered: downloads them as CSV
 * (./registrants.csv), marks attendance once the event has started, and writes to everyone
 * registered or waiting through the outbox. 404 for anyone else.
 */
import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireStaff } from "~/accounts/staff.server";
import { randomUUID } from "node:crypto";
import { ErrorList, Field } from "~/components/forms";
import {
  cancelEvent,
  countRegistered,
  getManagedEvent,
  markAttendance,
  messageRegistrants,
  publishEvent,
  updateEvent,
  type ManagedEvent,
} from "~/catalogue/coordinator-event.server";
import { EVENT_MESSAGE_BODY_MAX, EVENT_MESSAGE_SUBJECT_MAX, eventMessageSchema } from "~/catalogue/event-message";
import { EVENT_FORM_BYTES, eventFormChoices } from "~/catalogue/event-form.server";
import { utcToZonedWallClock } from "~/catalogue/event-time";
import { createEventSchema, type EventInput } from "~/catalogue/event-validation";
import { amountText } from "~/catalogue/practical-facts";
import { getTaxonomy } from "~/catalogue/topic.server";
import { EventForm, type EventFormValue } from "~/catalogue/ui/event-form";
import { addDays } from "~/platform/calendar";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";

function idOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such event");
  return id;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The stored event as the form's values (wall-clock times in Europe/Rome, inclusive last day). */
function formValue(e: ManagedEvent) {
  const start = utcToZonedWallClock(e.startsAt);
  const end = utcToZonedWallClock(e.endsAt);
  const deadline = e.registrationDeadline ? utcToZonedWallClock(e.registrationDeadline) : null;
  return {
    kind: e.kind,
    titleEn: e.titleEn,
    titleIt: e.titleIt,
    descriptionEn: e.descriptionEn,
    descriptionIt: e.descriptionIt,
    topics: e.topics.map((x) => x.topicId),
    coOrganisers: e.centres.filter((c) => !c.lead).map((c) => c.centre.slug),
    allDay: e.allDay ? "on" : undefined,
    startDate: e.allDay && e.startDate ? day(e.startDate) : start.date,
    startTime: e.allDay ? "" : start.time,
    endDate: e.allDay && e.endDate ? addDays(day(e.endDate), -1) : end.date,
    endTime: e.allDay ? "" : end.time,
    online: e.online ? "on" : undefined,
    venue: e.venue ?? "",
    address: e.address ?? "",
    city: e.city ?? "",
    onlineUrl: e.onlineUrl ?? "",
    languages: e.languages,
    professions: e.professions,
    careerStages: e.careerStages,
    capacity: e.capacity === null ? "" : String(e.capacity),
    deadlineDate: deadline?.date ?? "",
    deadlineTime: deadline?.time ?? "",
    externalUrl: e.externalUrl ?? "",
    feeKind: e.feeKind ?? "",
    feeAmount: e.feeAmountMinor !== null && e.feeCurrency ? amountText(e.feeAmountMinor, e.feeCurrency) : "",
    contactName: e.contactName ?? "",
    contactEmail: e.contactEmail ?? "",
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const event = await getManagedEvent(staff, idOf(params));
  if (!event) notFound("No such event");
  const { language } = await getRequestT(request, "events");
  const it = language === "it";
  return data(
    {
      title: it ? event.titleIt : event.titleEn,
      id: event.id,
      status: event.status,
      value: formValue(event),
      /** Attendance can be marked once a published event has started. */
      started: event.status === "PUBLISHED" && event.startsAt <= new Date(),
      /** The message form's one-time id (see app/catalogue/event-message.ts). */
      messageId: randomUUID(),
      registrations: event.registrations.map((r) => ({
        id: r.id,
        status: r.status,
        position: r.position,
        name: r.user.name,
        email: r.user.email,
        registeredAt: r.createdAt.toISOString(),
        attendance: r.attendanceMarkedAt ? (r.attended ? "attended" : "absent") : null,
      })),
      ...(await eventFormChoices(language)),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Ponte` : "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idOf(params);
  const formData = await readFormData(request, EVENT_FORM_BYTES);
  const intent = String(formData.get("intent") ?? "save");
  const { t } = await getRequestT(request, "events");
  if (intent === "publish") {
    if (!(await publishEvent(staff, id))) notFound("No such draft");
    return redirect(`/coordinator/events/${id}?notice=published`);
  }
  if (intent === "cancel-event") {
    if (!(await cancelEvent(staff, id))) notFound("No such event");
    return redirect(`/coordinator/events/${id}?notice=cancelled`);
  }
  if (intent === "attendance") {
    const registrationId = String(formData.get("registrationId") ?? "");
    const attended = String(formData.get("attended") ?? "");
    if (!/^[a-z0-9]{1,40}$/i.test(registrationId) || !["yes", "no"].includes(attended))
      throw data(t("coordinator.refusedAttendance.not-registered"), { status: 400 });
    const result = await markAttendance(staff, id, registrationId, attended === "yes");
    if (!result.ok) {
      if (result.reason === "not-found") notFound("No such event");
      throw data(t(`coordinator.refusedAttendance.${result.reason}`), { status: 409 });
    }
    return redirect(`/coordinator/events/${id}?notice=attendance#registrants`);
  }
  if (intent === "message") {
    const submission = parseWithZod(formData, { schema: eventMessageSchema });
    if (submission.status !== "success") return data({ message: submission.reply() }, { status: 400 });
    const count = await messageRegistrants(staff, id, submission.value);
    if (count === null) notFound("No such event");
    return redirect(`/coordinator/events/${id}?notice=messaged&count=${count}`);
  }
  const event = await getManagedEvent(staff, id);
  if (!event) notFound("No such event");
  const [taxonomy, centres, registered] = await Promise.all([
    getTaxonomy(),
    eventFormChoices("en").then((c) => new Set(c.centres.map((x) => x.value))),
    countRegistered(id),
  ]);
  const schema = createEventSchema({
    isKnownTopic: (topicId) => taxonomy.byId.has(topicId),
    isKnownCentre: (s) => centres.has(s),
    registered,
  });
  const submission = await parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await updateEvent(staff, id, submission.value);
  if (!result.ok) {
    if (result.reason === "not-found") notFound("No such event");
    const formErrors = [
      result.reason === "capacity"
        ? t("coordinator.refused.capacity", { count: result.registered ?? 0 })
        : t("coordinator.refused.cancelled"),
    ];
    return data({ result: submission.reply({ formErrors }) }, { status: 409 });
  }
  return redirect(`/coordinator/events/${id}?notice=saved`);
}

export default function ManageEvent() {
  const { title, id, status, value, started, messageId, registrations, topics, centres, languages } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("events");
  const notice = params.get("notice");
  const [messageForm, messageFields] = useForm({
    id: "event-message",
    lastResult: actionData && "message" in actionData ? actionData.message : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: eventMessageSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const schema = useMemo(() => createEventSchema(), []);
  const [form] = useForm<EventFormValue, EventInput>({
    id: "edit-event",
    defaultValue: value,
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div>
      <p className="eyebrow">{t(`status.${status}`)}</p>
      <h1>{title}</h1>
      {notice && ["created", "saved", "published", "cancelled", "attendance"].includes(notice) ? (
        <p className="notice" role="status">
          {t(`coordinator.notices.${notice}`)}
        </p>
      ) : null}
      {notice === "messaged" ? (
        <p className="notice" role="status">
          {Number(params.get("count")) > 0
            ? t("coordinator.message.sent", { count: Number(params.get("count")) })
            : t("coordinator.message.nobody")}
        </p>
      ) : null}
      {status !== "DRAFT" ? (
        <p>
          <Link to={`/events/${id}`}>{t("coordinator.view")}</Link>
        </p>
      ) : null}
      {status === "DRAFT" ? (
        <Form method="post">
          <button type="submit" name="intent" value="publish">
            {t("coordinator.publish")}
          </button>
        </Form>
      ) : null}
      <section aria-labelledby="registrants">
        <h2 id="registrants">{t("coordinator.registrants")}</h2>
        {registrations.length === 0 ? (
          <p>{t("coordinator.noRegistrants")}</p>
        ) : (
          <>
            <p>
              <a href={`/coordinator/events/${id}/registrants.csv`} download>
                {t("coordinator.export")}
              </a>
            </p>
            {started ? <p className="hint">{t("coordinator.attendanceHint")}</p> : null}
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("coordinator.name")}</th>
                  <th scope="col">{t("coordinator.email")}</th>
                  <th scope="col">{t("coordinator.state")}</th>
                  <th scope="col">{t("coordinator.registeredAt")}</th>
                  <th scope="col">{t("coordinator.attendance")}</th>
                </tr>
              </thead>
              <tbody>
                {registrations.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td>
                      {t(`coordinator.registrationStatus.${r.status}`)}
                      {r.position ? ` (${r.position})` : null}
                    </td>
                    <td>{r.registeredAt.slice(0, 16).replace("T", " ")} UTC</td>
                    <td>
                      {r.status === "REGISTERED" ? (
                        <>
                          {t(
                            r.attendance === "attended"
                              ? "coordinator.attended"
                              : r.attendance === "absent"
                                ? "coordinator.absent"
                                : "coordinator.attendanceNotMarked",
                          )}
                          {started ? (
                            <Form method="post" className="inline-form">
                              <input type="hidden" name="intent" value="attendance" />
                              <input type="hidden" name="registrationId" value={r.id} />
                              {r.attendance !== "attended" ? (
                                <button type="submit" name="attended" value="yes" className="button">
                                  {t("coordinator.markAttended")}
                                  <span className="visually-hidden">: {r.name}</span>
                                </button>
                              ) : null}
                              {r.attendance !== "absent" ? (
                                <button type="submit" name="attended" value="no" className="button">
                                  {t("coordinator.markAbsent")}
                                  <span className="visually-hidden">: {r.name}</span>
                                </button>
                              ) : null}
                            </Form>
                          ) : null}
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {status !== "CANCELLED" ? (
              <Form method="post" {...getFormProps(messageForm)} aria-labelledby="event-message-title">
                <h3 id="event-message-title">{t("coordinator.message.title")}</h3>
                <p className="hint">{t("coordinator.message.hint")}</p>
                <input type="hidden" name="intent" value="message" />
                <input type="hidden" name="messageId" value={messageId} />
                <ErrorList id={messageForm.errorId} errors={messageForm.errors} className="form-error" />
                <Field
                  labelProps={{ children: t("coordinator.message.subject") }}
                  inputProps={{
                    ...getInputProps(messageFields.subject, { type: "text" }),
                    maxLength: EVENT_MESSAGE_SUBJECT_MAX,
                  }}
                  errors={messageFields.subject.errors}
                />
                <div className="field">
                  <label htmlFor={messageFields.body.id}>{t("coordinator.message.body")}</label>
                  <textarea {...getTextareaProps(messageFields.body)} maxLength={EVENT_MESSAGE_BODY_MAX} rows={6} />
                  <ErrorList id={messageFields.body.errorId} errors={messageFields.body.errors} />
                </div>
                <button type="submit" className="button">
                  {t("coordinator.message.send")}
                </button>
              </Form>
            ) : null}
          </>
        )}
      </section>
      {status !== "CANCELLED" ? (
        <>
          <h2>{t("coordinator.editTitle")}</h2>
          <EventForm
            form={form}
            topics={topics}
            centres={centres}
            languages={languages}
            submitLabel={t("coordinator.save")}
          />
          <Form method="post">
            <p className="hint">{t("coordinator.cancelWarning")}</p>
            <button type="submit" name="intent" value="cancel-event" className="button button-danger">
              {t("coordinator.cancelEvent")}
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
