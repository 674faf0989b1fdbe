/**
 * The /account page's private calendar feed: make the secret address (intent
 * "calendar-feed-reset"), see it once right after (Ponte keeps only its fingerprint), make a
 * new one that replaces it, or turn it off ("calendar-feed-remove").
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms";
import { formatDate } from "./format-date";
import { Notice } from "./notice";

export function CalendarFeedSection({
  createdAt,
  feedUrl,
  notice,
}: {
  /** When the current address was made (ISO), or null when there is none. */
  createdAt: string | null;
  /** The new address, right after it was made. */
  feedUrl: string | undefined;
  notice: string | undefined;
}) {
  const { t, i18n } = useTranslation("accounts");
  return (
    <section aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t("account.calendarFeed.title")}</h2>
      <p>{t("account.calendarFeed.lead")}</p>
      <Notice text={notice} />
      {feedUrl ? (
        <div className="field">
          <label htmlFor="calendar-feed-url">{t("account.calendarFeed.urlLabel")}</label>
          <input id="calendar-feed-url" type="url" readOnly value={feedUrl} aria-describedby="calendar-feed-once" />
          <p id="calendar-feed-once" className="hint">
            {t("account.calendarFeed.copyNow")}
          </p>
        </div>
      ) : createdAt ? (
        <p>{t("account.calendarFeed.active", { date: formatDate(createdAt, i18n.language) })}</p>
      ) : (
        <p>{t("account.calendarFeed.none")}</p>
      )}
      <Form method="post" className="filter-actions">
        <SubmitButton
          intent="calendar-feed-reset"
          className="button button-secondary"
          pendingLabel={t("account.saving")}
        >
          {createdAt ? t("account.calendarFeed.reset") : t("account.calendarFeed.create")}
        </SubmitButton>
        {createdAt ? (
          <SubmitButton intent="calendar-feed-remove" className="link-button" pendingLabel={t("account.saving")}>
            {t("account.calendarFeed.remove")}
          </SubmitButton>
        ) : null}
      </Form>
    </section>
  );
}
