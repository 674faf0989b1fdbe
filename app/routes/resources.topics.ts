/**
 * GET /resources/topics?q=…: interest topics whose English or Italian label or synonyms
 * match `q` (case-, accent- and punctuation-insensitive), labelled in the UI language, at
 * most 20. Used by the profile form's topic combobox. `q` over 100 characters is a 400.
 */
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { getTaxonomy } from "~/catalogue/topic.server";
import { invariantResponse, resourceRoute } from "~/platform/http";
import { getLanguage } from "~/platform/i18n.server";
import { searchTopics } from "~/catalogue/topic-search";

export const loader = resourceRoute(async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  invariantResponse(q.length <= 100, "q: at most 100 characters", { status: 400 });
  const [language, taxonomy] = await Promise.all([getLanguage(request), getTaxonomy()]);
  const topics = searchTopics(taxonomy.topics, q, language);
  return data({ q, topics }, { headers: { "Cache-Control": "private, max-age=60", Vary: "Cookie, Accept-Language" } });
});
