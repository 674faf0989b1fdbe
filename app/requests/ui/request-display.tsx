/**
 * Pieces shared by the applicant's request pages and the coordinators' inbox: the status
 * badge, message text with safe links, the thread, the timeline, dates and instants.
 *
 * Links in messages: linkifyjs finds them in plain text and they are rendered as React
 * elements (never `dangerouslySetInnerHTML`), only for http, https and mailto, with
 * `rel="noopener noreferrer nofollow"` and `target="_blank"`; anything else stays text.
 */
import Linkify from "linkify-react";
import type { Opts } from "linkifyjs";
import { useTranslation } from "react-i18next";
import { CalendarDate } from "~/components/labels";
import { dateTimeFormat } from "~/platform/date-format";
import { numberFormat } from "~/platform/number-format";

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The href when it is an absolute http, https or mailto URL; null otherwise. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const linkifyOptions: Opts = {
  defaultProtocol: "https",
  validate: (value, type) => type === "email" || type === "url",
  render: ({ attributes, content }) => {
    const href = safeHref(String(attributes.href ?? ""));
    if (!href) return <span>{content}</span>;
    return (
      <a href={href} rel="noopener noreferrer nofollow" target="_blank">
        {content}
      </a>
    );
  },
};

/** Plain text with line breaks kept and web and e-mail addresses made into safe links. */
export function MessageText({ text }: { text: string }) {
  return (
    <div className="message-text">
      <Linkify options={linkifyOptions}>{text}</Linkify>
    </div>
  );
}

/** A request status as a badge. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("requests");
  return (
    <span className={`badge status status-${status.toLowerCase().replace(/_/g, "-")}`}>{t(`status.${status}`)}</span>
  );
}

/** An instant (ISO 8601) as a date and time in the UI language, in UTC. */
export function Instant({ value, withTime = true }: { value: string; withTime?: boolean }) {
  const { i18n } = useTranslation();
  const text = dateTimeFormat(i18n.language, {
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    timeZone: "UTC",
  }).format(new Date(value));
  return <time dateTime={value}>{withTime ? `${text} UTC` : text}</time>;
}

/** A file size in kB or MB. */
export function FileSize({ bytes }: { bytes: number }) {
  const { i18n } = useTranslation();
  const f = numberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <>{bytes >= 1024 * 1024 ? `${f.format(bytes / 1024 / 1024)} MB` : `${f.format(Math.max(1, bytes / 1024))} kB`}</>
  );
}

export interface ThreadMessage {
  id: string;
  kind: string;
  body: string;
  createdAt: string;
  authorName: string | null;
  /** Written by the applicant (rather than the centre). */
  fromApplicant: boolean;
  attachment: { id: string; filename: string; size: number } | null;
}

/** The thread of a request, oldest first; internal notes are marked as such. */
export function Thread({
  messages,
  fileHref,
  viewer,
}: {
  messages: ThreadMessage[];
  fileHref: (fileId: string) => string;
  viewer: "applicant" | "coordinator";
}) {
  const { t } = useTranslation("requests");
  if (!messages.length) return <p className="muted">{t("thread.empty")}</p>;
  return (
    <ol className="thread">
      {messages.map((m) => {
        const who = m.fromApplicant
          ? viewer === "applicant"
            ? t("thread.you")
            : (m.authorName ?? t("thread.applicant"))
          : (m.authorName ?? t("thread.centre"));
        return (
          <li
            key={m.id}
            className={`thread-item thread-${m.kind.toLowerCase().replace(/_/g, "-")}${m.fromApplicant ? " from-applicant" : " from-centre"}`}
          >
            <p className="thread-meta">
              <strong>{who}</strong> · {t(`messageKind.${m.kind}`)} · <Instant value={m.createdAt} />
            </p>
            <MessageText text={m.body} />
            {m.attachment ? (
              <p className="thread-attachment">
                <a href={fileHref(m.attachment.id)} download>
                  {m.attachment.filename}
                </a>{" "}
                (<FileSize bytes={m.attachment.size} />, PDF)
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Moves whose label already names the state they lead to ("Approved"): the timeline shows no
 * "→ Approved" badge after them, so a state is never said twice (issue 13, part 7).
 */
const NAMES_ITS_STATE = new Set(["submit", "request-info", "approve", "decline", "withdraw", "cancel", "complete", "expire"]);

/** The timeline of a request's states: what happened and when. */
export function Timeline({
  events,
}: {
  events: { id: string; action: string; toStatus: string | null; createdAt: string; actorName?: string | null }[];
}) {
  const { t } = useTranslation("requests");
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <Instant value={e.createdAt} /> — {t(`event.${e.action}`, { defaultValue: e.action })}
          {e.toStatus && !NAMES_ITS_STATE.has(e.action) ? (
            <>
              {" "}
              → <StatusBadge status={e.toStatus} />
            </>
          ) : null}
          {e.actorName ? <span className="muted"> · {e.actorName}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** An inclusive stay, with the cohort's name when it is a cohort. */
export function StayDates({ start, end, cohortName }: { start: string; end: string; cohortName?: string | null }) {
  const { t } = useTranslation("requests");
  return (
    <>
      <CalendarDate value={start} /> – <CalendarDate value={end} />
      {cohortName ? <span className="muted"> ({t("cohort", { name: cohortName })})</span> : null}
    </>
  );
}
