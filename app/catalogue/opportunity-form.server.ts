/**
 * Server helpers shared by the coordinators' "new opportunity" and "edit opportunity"
 * routes: the no-JavaScript topic picker (search and add are submit buttons the server
 * answers by echoing the form), topic labels for the chips, and the messages that explain
 * a refused save (conflicting dates formatted in the UI language).
 */
import { parseWithZod } from "@conform-to/zod";
import type { TFunction } from "i18next";
import { z } from "zod";
import type { Taxonomy } from "~/catalogue/topic.server";
import { formatDates, formatRange } from "~/platform/date-format";
import type { CapacityProblem } from "./opportunity-capacity";
import { TOPICS_MAX } from "./opportunity-validation";
import { searchTopics, type TopicHit } from "./topic-search";

/** Four text fields of 4,000 characters (up to 4 bytes each), the rest, and headroom. */
export const OPPORTUNITY_FORM_BYTES = 96 * 1024;

export { topicLabels, type TopicLabel } from "./topic.server";

/** Echoes the form as submitted (no validation), so a search or an added topic keeps every edit. */
const Echo = z.any();

/**
 * Answers the topic picker's intents when JavaScript is off: "search-topics" (or Enter in the
 * search box, which presses the form's first, "default" button) lists matches; "add-topics"
 * appends the ticked ones (known, not yet chosen, at most 10 in all). Null for other intents.
 */
export function topicPickerReply(formData: FormData, taxonomy: Taxonomy, language: string) {
  const intent = String(formData.get("intent") ?? "");
  const query = String(formData.get("topicQuery") ?? "")
    .trim()
    .slice(0, 100);
  if (intent === "search-topics" || (intent === "default" && query)) {
    for (const name of ["intent", "topicQuery", "addTopic"]) formData.delete(name);
    return {
      result: parseWithZod(formData, { schema: Echo }).reply(),
      topicQuery: query,
      topicHits: searchTopics(taxonomy.topics, query, language),
    };
  }
  if (intent === "add-topics") {
    const present = new Set<string>();
    let count = 0;
    for (const [name, value] of formData) {
      const m = /^topics\[(\d+)\]$/.exec(name);
      if (m) {
        present.add(String(value));
        count = Math.max(count, Number(m[1]) + 1);
      }
    }
    for (const id of formData.getAll("addTopic").map(String)) {
      if (!taxonomy.byId.has(id) || present.has(id) || present.size >= TOPICS_MAX) continue;
      formData.append(`topics[${count}]`, id);
      present.add(id);
      count += 1;
    }
    for (const name of ["intent", "topicQuery", "addTopic"]) formData.delete(name);
    return { result: parseWithZod(formData, { schema: Echo }).reply(), topicQuery: "", topicHits: [] as TopicHit[] };
  }
  return null;
}

/**
 * Why a save was refused, as a form error per problem (with the conflicting dates) and a
 * short error on the field to change.
 */
export function refusalErrors(
  problems: readonly CapacityProblem[],
  answeredQuestions: readonly number[],
  t: TFunction,
  language: string,
) {
  const formErrors: string[] = [];
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (fieldErrors[field] ??= []).push(t(key));
  for (const p of problems) {
    switch (p.code) {
      case "daily-seats":
        formErrors.push(t("refused.dailySeats", { count: p.seats, dates: formatDates(p.dates, language) }));
        add("seats", "refused.seatsField");
        break;
      case "cohort-seats":
        formErrors.push(
          t("refused.cohortSeats", { name: p.name, count: p.approved, dates: formatDates(p.dates, language) }),
        );
        add(`cohorts[${p.index}].seats`, "refused.seatsField");
        break;
      case "cohort-dates":
        formErrors.push(
          t("refused.cohortDates", { name: p.name, stays: p.stays.map((s) => formatRange(s, language)).join(", ") }),
        );
        add(`cohorts[${p.index}].end`, "refused.cohortDatesField");
        break;
      case "cohort-removed":
        formErrors.push(t("refused.cohortRemoved", { name: p.name, count: p.requests }));
        break;
      case "window-removed":
        formErrors.push(t("refused.windowRemoved", { stays: p.stays.map((s) => formatRange(s, language)).join(", ") }));
        add("windows", "refused.windowsField");
        break;
    }
  }
  for (const i of answeredQuestions) formErrors.push(t("refused.questionAnswered", { n: i + 1 }));
  return { formErrors, fieldErrors };
}
