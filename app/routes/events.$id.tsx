/**
 * GET /events/:id: one published (or cancelled) event. POST: a signed-in person registers
 * (intent "register") or cancels their registration ("cancel"); refusals answer 409 with a
 * notice, a second registration included (app/catalogue/event.server.ts).
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getUserId, requireUserId } from "~/accounts/auth.server";
import { cancelRegistration, getPublicEvent, registerForEvent } from "~/catalogue/event.server";
import { formatEventInstant } from "~/catalogue/event-time";
import { formatFee } from "~/catalogue/practical-facts";
import { placeName } from "~/catalogue/place-names";
import { getTaxonomy, topicLabel } from "~/catalogue/topic.server";
import { languageName } from "~/components/labels";
import { addDays } from "~/platform/calendar";
import { formatRange } from "~/platform/date-format";
import { readFormData } from "~/platform/form.server";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";

function idOf(params: LoaderFunctionArgs["params"]): string {
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such event");
  return id;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idOf(params);
  const userId = await getUserId(request);
  const [event, { language }, taxonomy] = await Promise.all([
    getPublicEvent(id, userId),
    getRequestT(request),
    getTaxonomy(),
  ]);
  if (!event) notFound("No such event");
  const it = language === "it";
  const now = new Date();
  const open =
    event.status === "PUBLISHED" &&
    !event.isExample &&
    !event.externalUrl &&
    event.startsAt > now &&
    (!event.registrationDeadline || event.registrationDeadline >= now);
  const title = it ? event.titleIt : event.titleEn;
  return data(
    {
      title,
      signedIn: Boolean(userId),
      loginHref: `/login?redirectTo=${encodeURIComponent(`/events/${id}`)}`,
      open,
      event: {
        id: event.id,
        kind: event.kind,
        status: event.status,
        isExample: event.isExample,
        description: it ? event.descriptionIt : event.descriptionEn,
        when: event.allDay
          ? { allDay: formatRange({ start: day(event.startDate), end: addDays(day(event.endDate), -1) }, language) }
          : { start: formatEventInstant(event.startsAt, language), end: formatEventInstant(event.endsAt, language) },
        online: event.online,
        onlineUrl: event.onlineUrl,
        place: [event.venue, event.address, event.city ? placeName(event.city, language) : null]
          .filter(Boolean)
          .join(", "),
        languages: event.languages,
        /** Audience (empty lists = everyone): Profession and CareerStage codes. */
        professions: event.professions,
        careerStages: event.careerStages,
        capacity: event.capacity,
        left: event.capacity === null ? null : Math.max(0, event.capacity - event.registered),
        deadline: event.registrationDeadline ? formatEventInstant(event.registrationDeadline, language) : null,
        externalUrl: event.externalUrl,
        fee:
          event.feeKind === "FREE"
            ? "free"
            : event.feeKind === "PAID"
              ? formatFee(event.feeAmountMinor, event.feeCurrency, language)
              : null,
        contact: userId && event.contactEmail ? { name: event.contactName, email: event.contactEmail } : null,
        centres: event.centres.map(({ centre }) => ({ slug: centre.slug, name: it ? centre.nameIt : centre.name })),
        topics: event.topics.flatMap(({ topicId }) => {
          const topic = taxonomy.byId.get(topicId);
          return topic ? [{ id: topicId, label: topicLabel(topic, language) }] : [];
        }),
        mine: event.mine,
      },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Ponte` : "Ponte" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idOf(params);
  const userId = await requireUserId(request, { redirectTo: `/events/${id}` });
  const form = await readFormData(request, 4 * 1024);
  const intent = String(form.get("intent") ?? "");
  if (intent === "register") {
    const result = await registerForEvent(userId, id);
    if (!result.ok) {
      if (result.reason === "not-found") notFound("No such event");
      return data({ refused: result.reason }, { status: 409 });
    }
    return redirect(`/events/${id}?notice=${result.status === "REGISTERED" ? "registered" : "waitlisted"}`);
  }
  if (intent === "cancel") {
    const result = await cancelRegistration(userId, id);
    if (!result.ok) {
      if (result.reason === "not-found") notFound("No such event");
      return data({ refused: result.reason }, { status: 409 });
    }
    return redirect(`/events/${id}?notice=cancelledRegistration`);
  }
  return data({ refused: "not-found" as const }, { status: 400 });
}

export default function EventPage() {
  const { title, event, open, signedIn, loginHref } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation("events");
  const notice = params.get("notice");
  const full = event.left === 0;
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/events">{t("list.title")}</Link>
      </p>
      <p className="eyebrow">{t(`kinds.${event.kind}`)}</p>
      <h1>{title}</h1>
      {event.isExample ? (
        <p className="notice" role="note">
          <strong>{t("page.example")}.</strong> {t("page.exampleNote")}
        </p>
      ) : null}
      {event.status === "CANCELLED" ? (
        <p className="notice notice-warning" role="status">
          {t("page.cancelled")}
        </p>
      ) : null}
      {notice && ["registered", "waitlisted", "cancelledRegistration"].includes(notice) ? (
        <p className="notice" role="status">
          {t(`page.notices.${notice}`)}
        </p>
      ) : null}
      {actionData && "refused" in actionData ? (
        <p className="notice notice-error" role="alert">
          {t(`page.refused.${actionData.refused}`)}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("page.when")}</dt>
        <dd>
          {"allDay" in event.when
            ? t("page.allDay", { range: event.when.allDay })
            : `${event.when.start} – ${event.when.end}`}
        </dd>
        <dt>{t("page.where")}</dt>
        <dd>
          {event.online ? t("page.online") : event.place}
          {event.online ? (
            event.onlineUrl ? (
              <>
                {" · "}
                <a href={event.onlineUrl}>{t("page.onlineLink")}</a>
              </>
            ) : (
              <> · {t("page.onlineLinkHidden")}</>
            )
          ) : null}
        </dd>
        <dt>{t("page.languages")}</dt>
        <dd>{event.languages.map((code) => languageName(code, i18n.language)).join(", ")}</dd>
        <dt>{t("page.audience")}</dt>
        <dd>
          {event.professions.length || event.careerStages.length
            ? [
                ...event.professions.map((p) => t(`common:profession.${p}`)),
                ...event.careerStages.map((s) => t(`common:careerStage.${s}`)),
              ].join(", ")
            : t("page.audienceAnyone")}
        </dd>
        <dt>{t("page.places")}</dt>
        <dd>
          {event.capacity === null
            ? t("page.unlimited")
            : t("page.placesLeft", { count: event.left ?? 0, capacity: event.capacity })}
        </dd>
        {event.deadline ? (
          <>
            <dt>{t("page.deadline")}</dt>
            <dd>{event.deadline}</dd>
          </>
        ) : null}
        {event.fee ? (
          <>
            <dt>{t("page.fee")}</dt>
            <dd>{event.fee === "free" ? t("page.free") : event.fee}</dd>
          </>
        ) : null}
        <dt>{t("page.organisers")}</dt>
        <dd>
          {event.centres.map((c, i) => (
            <span key={c.slug}>
              {i > 0 ? ", " : null}
              <Link to={`/centres/${c.slug}`}>{c.name}</Link>
            </span>
          ))}
        </dd>
        <dt>{t("page.topics")}</dt>
        <dd>{event.topics.map((topic) => topic.label).join(", ")}</dd>
        {event.contact ? (
          <>
            <dt>{t("page.contact")}</dt>
            <dd>
              {event.contact.name ? `${event.contact.name}, ` : null}
              <a href={`mailto:${event.contact.email}`}>{event.contact.email}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="prewrap">{event.description}</p>
      <p>
        <a href={`/events/${event.id}/ics`}>{t("page.calendar")}</a>
      </p>
      <section aria-labelledby="registration">
        <h2 id="registration" className="visually-hidden">
          {t("page.register")}
        </h2>
        {event.mine?.status === "REGISTERED" ? <p>{t("page.registered")}</p> : null}
        {event.mine?.status === "WAITLISTED" ? <p>{t("page.waitlisted", { position: event.mine.position })}</p> : null}
        {event.externalUrl && event.status === "PUBLISHED" ? (
          <p>
            <a href={event.externalUrl}>{t("page.registerElsewhere")}</a>
          </p>
        ) : null}
        {event.mine && event.status === "PUBLISHED" ? (
          <Form method="post">
            <button type="submit" name="intent" value="cancel">
              {event.mine.status === "REGISTERED" ? t("page.cancelRegistration") : t("page.leaveWaitlist")}
            </button>
          </Form>
        ) : open && !event.mine ? (
          signedIn ? (
            <Form method="post">
              {full ? <p>{t("page.full")}</p> : null}
              <button type="submit" name="intent" value="register">
                {full ? t("page.joinWaitlist") : t("page.register")}
              </button>
            </Form>
          ) : (
            <p>
              <Link to={loginHref}>{t("page.signInToRegister")}</Link>
            </p>
          )
        ) : !open && !event.externalUrl && event.status === "PUBLISHED" && !event.isExample ? (
          <p>{t("page.closed")}</p>
        ) : null}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
