/** `<option>`s for a topic filter: the taxonomy in tree order, indented by depth. */
import { useTranslation } from "react-i18next";

export interface TopicOption {
  id: string;
  depth: number;
  labelEn: string;
  labelIt: string;
}

export function TopicOptions({ topics }: { topics: TopicOption[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      {topics.map((t) => (
        <option key={t.id} value={t.id}>
          {"\u2002".repeat(t.depth)}
          {i18n.language === "it" ? t.labelIt : t.labelEn}
        </option>
      ))}
    </>
  );
}
