/**
 * What the applicant sent and what was said on /inbox/:id: the request (motivation,
 * answers to the opportunity's questions, CV download) and the thread, internal notes
 * included, with the forms for a message to the applicant and for a note.
 */
import { SentDocuments, type SentDocument } from "~/requests/ui/sent-documents";
import { useTranslation } from "react-i18next";
import { BodyForm, type ActionData } from "~/requests/ui/request-forms";
import { TemplatePicker } from "./template-picker";
import { FileSize, MessageText, Thread, type ThreadMessage } from "~/requests/ui/request-display";

/** The request as the applicant sent it. */
export function RequestSection({
  r,
}: {
  r: {
    id: string;
    motivation: string;
    answers: { question: string; body: string }[];
    cv: { filename: string; size: number } | null;
    documents: SentDocument[];
  };
}) {
  const { t } = useTranslation("inbox");
  return (
    <section aria-labelledby="request-title">
      <h2 id="request-title">{t("page.request")}</h2>
      <h3>{t("requests:page.motivation")}</h3>
      <MessageText text={r.motivation} />
      {r.answers.map((a, i) => (
        <div key={i}>
          <h3>{a.question}</h3>
          <MessageText text={a.body} />
        </div>
      ))}
      {r.cv ? (
        <p>
          <a href={`/inbox/${r.id}/cv`} download>
            {t("page.cv", { name: r.cv.filename })}
          </a>{" "}
          (<FileSize bytes={r.cv.size} />)
        </p>
      ) : null}
      <SentDocuments documents={r.documents} base={`/inbox/${r.id}/files`} />
    </section>
  );
}

/** The thread and, when the coordinator may, the message and note forms. */
export function ThreadSection({
  r,
  actions,
  actionData,
  templates,
  template,
}: {
  r: { id: string; status: string; messages: ThreadMessage[] };
  actions: string[];
  actionData: ActionData | undefined;
  templates: { id: string; name: string; language: string }[];
  /** A template filled in for one of the boxes (`for`: its intent). */
  template: { id: string; for: string; body: string } | null;
}) {
  const { t } = useTranslation("inbox");
  const filled = template?.for === "message" ? template : null;
  const fileHref = (fileId: string) => `/inbox/${r.id}/files/${fileId}`;
  return (
    <section aria-labelledby="thread-title">
      <h2 id="thread-title">{t("page.thread")}</h2>
      <Thread messages={r.messages} fileHref={fileHref} viewer="coordinator" />
      {actions.includes("message") ? (
        <TemplatePicker target="message" templates={templates} chosen={filled?.id ?? null} />
      ) : null}
      {actions.includes("message") ? (
        <BodyForm
          key={filled?.id ?? "blank"}
          defaultBody={filled?.body}
          intent="message"
          expectedStatus={r.status}
          actionData={actionData}
          label={t("page.messageLabel")}
          submitLabel={t("page.message")}
        />
      ) : null}
      {actions.includes("note") ? (
        <BodyForm
          intent="note"
          expectedStatus={r.status}
          actionData={actionData}
          label={t("page.noteLabel")}
          hint={t("page.noteHint")}
          submitLabel={t("page.note")}
        />
      ) : null}
    </section>
  );
}
