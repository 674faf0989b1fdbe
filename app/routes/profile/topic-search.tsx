/**
 * Finding topics on /profile without JavaScript: a search box with a "search" submit button,
 * then the server's hits as checkboxes (those already chosen disabled) with "add selected",
 * or a status line when nothing matched.
 */
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms";
import type { TopicHit } from "~/catalogue/topic-search";

/** What the server answered to the last search: the query and its hits. */
export type TopicSearchAnswer = { topicQuery: string; topicHits: TopicHit[] };

/** The search box and, after a search, its hits to tick; `chosen` are the topic ids already chosen. */
export function TopicSearch({
  chosen,
  search,
}: {
  chosen: ReadonlySet<string>;
  search: TopicSearchAnswer | undefined;
}) {
  const { t } = useTranslation("profile");
  return (
    <>
      <div className="topic-search">
        <div className="field">
          <label htmlFor="topic-query">{t("topics.searchLabel")}</label>
          <input
            id="topic-query"
            name="topicQuery"
            type="search"
            defaultValue={search?.topicQuery ?? ""}
            maxLength={100}
          />
        </div>
        <SubmitButton
          intent="search-topics"
          className="button button-secondary"
          pendingLabel={t("common:pending.searching")}
        >
          {t("topics.searchButton")}
        </SubmitButton>
      </div>
      {search?.topicQuery ? (
        search.topicHits.length ? (
          <fieldset>
            <legend>{t("topics.results", { q: search.topicQuery })}</legend>
            <ul className="checkbox-row" aria-label={t("topics.results", { q: search.topicQuery })}>
              {search.topicHits.map((hit) => (
                <li key={hit.id}>
                  <label>
                    <input type="checkbox" name="addTopic" value={hit.id} disabled={chosen.has(hit.id)} />
                    {hit.label}
                    {hit.parentLabel ? <span className="muted"> · {hit.parentLabel}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
            <SubmitButton
              intent="add-topics"
              className="button button-secondary"
              pendingLabel={t("common:pending.adding")}
            >
              {t("topics.addSelected")}
            </SubmitButton>
          </fieldset>
        ) : (
          <p role="status">{t("topics.noResults", { q: search.topicQuery })}</p>
        )
      ) : null}
    </>
  );
}
