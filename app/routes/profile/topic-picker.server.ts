/**
 * The /profile topic picker without JavaScript: "search-topics" (or Enter in the search box,
 * which presses the form's first, "default" button) lists matching topics; "add-topics"
 * appends the ticked ones as core interests. Both echo the form unvalidated, so every other
 * edit survives. Lives with the route: the matching domain may not reach the catalogue's
 * topic search (app/catalogue/topic-search.ts).
 */
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import type { Taxonomy } from "~/catalogue/topic.server";
import { searchTopics, type TopicHit } from "~/catalogue/topic-search";

/** Echoes the form as submitted (no validation), so a search or an added topic keeps every edit. */
const Echo = z.any();

/**
 * The answer to a topic search or "add the ticked topics" (the form echoed, the query and its
 * hits), or null when the form asks for something else (a save). Edits `formData` in place.
 */
export function topicPickerReply(formData: FormData, taxonomy: Taxonomy, language: string) {
  const intent = String(formData.get("intent") ?? "save");
  const query = String(formData.get("topicQuery") ?? "")
    .trim()
    .slice(0, 100);

  // Without JavaScript, Enter in the topic search box submits through the form's first
  // (hidden, "default") button: treat it as a search when there is something to search.
  if (intent === "search-topics" || (intent === "default" && query)) {
    formData.delete("intent");
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
      const m = /^interests\[(\d+)\]\.topicId$/.exec(name);
      if (m) {
        present.add(String(value));
        count = Math.max(count, Number(m[1]) + 1);
      }
    }
    for (const id of formData.getAll("addTopic").map(String)) {
      if (!taxonomy.byId.has(id) || present.has(id)) continue;
      formData.append(`interests[${count}].topicId`, id);
      formData.append(`interests[${count}].weight`, "CORE");
      present.add(id);
      count += 1;
    }
    for (const name of ["intent", "addTopic", "topicQuery"]) formData.delete(name);
    return {
      result: parseWithZod(formData, { schema: Echo }).reply(),
      topicQuery: "",
      topicHits: [] as TopicHit[],
    };
  }
  return null;
}
