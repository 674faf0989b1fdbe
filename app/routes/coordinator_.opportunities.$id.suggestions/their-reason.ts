/** A match reason told from the coordinator's side ("one of their core interests"). */
import type { TFunction } from "i18next";
import type { Reason } from "~/matching/types";
import { formatDay, languageLabel } from "~/matching/match-text";

export function theirReason(t: TFunction, r: Reason, language: string, topics: Record<string, string>): string | null {
  const p = r.params;
  const topic = (key: unknown) => (typeof key === "string" ? (topics[key] ?? key) : "");
  switch (r.code) {
    case "topic.exact":
    case "topic.narrower":
    case "topic.broader":
    case "topic.related":
      return t(`suggestions.reason.${r.code.slice(6)}`, {
        context: String(p.weight),
        oppTopic: topic(p.oppTopicKey),
        profileTopic: topic(p.profileTopicKey),
        sharedTopic: topic(p.sharedTopicKey),
      });
    case "text.related":
      return t("suggestions.reason.text", { terms: p.terms });
    case "type.wanted":
      return t("suggestions.reason.type", { type: t(`common:opportunityType.${String(p.typeKey)}`) });
    case "language.ok":
      return t("suggestions.reason.language", {
        language: languageLabel(String(p.languageKey), language),
        yourLevel: p.yourLevel,
        level: p.level,
      });
    case "deadline.soon":
      return t("suggestions.reason.deadline", { deadline: formatDay(String(p.deadline), language) });
    default:
      return null;
  }
}
