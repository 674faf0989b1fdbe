/** `<option>`s for a topic filter: the taxonomy in tree order, indented by depth. */
import { useTranslation } from "react-i18next";

/**
 * A topic of the menu: with `label` already in the page's language (what the catalogue
 * listings send: half the data), or with both labels, chosen by the UI language.
 */
export type TopicOption = { id: string; depth: number } & (
  | { label: string }
  | { labelEn: string; labelIt: string }
);

export function TopicOptions({ topics }: { topics: TopicOption[] }) {
  const { i18n } = useTranslation();
  const it = i18n.language === "it";
  return (
    <>
      {topics.map((t) => (
        <option key={t.id} value={t.id}>
          {"\u2002".repeat(t.depth)}
          {"label" in t ? t.label : it ? t.labelIt : t.labelEn}
        </option>
      ))}
    </>
  );
}
