/**
 * The interest taxonomy (MeSH-based, prisma/data/taxonomy.json) as loaded in the database.
 * Read often and changed only by the seed, so it is cached per process for a minute; the
 * menus of topics in use are kept per catalogue revision (`getUsedTopicOptions`).
 */
import { byCatalogueRevision } from "./revision-cache.server";
import { examplesShown, publicOpportunityWhere } from "./visibility.server";
import { prisma } from "~/platform/db.server";

export interface TaxonomyTopic {
  id: string;
  parentId: string | null;
  depth: number;
  labelEn: string;
  labelIt: string;
  synonymsEn: string[];
  synonymsIt: string[];
  meshTreeNumber: string | null;
  meshUi: string | null;
}

export interface Taxonomy {
  topics: TaxonomyTopic[];
  byId: Map<string, TaxonomyTopic>;
  children: Map<string, string[]>;
}

let cache: { at: number; value: Promise<Taxonomy> } | undefined;
const TTL_MS = 60_000;

/** All topics with parent/child maps. */
export function getTaxonomy(): Promise<Taxonomy> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.value;
  const value = prisma.topic
    .findMany({
      orderBy: [{ depth: "asc" }, { labelEn: "asc" }],
      select: {
        id: true,
        parentId: true,
        depth: true,
        labelEn: true,
        labelIt: true,
        synonymsEn: true,
        synonymsIt: true,
        meshTreeNumber: true,
        meshUi: true,
      },
    })
    .then((topics) => {
      const byId = new Map(topics.map((t) => [t.id, t]));
      const children = new Map<string, string[]>();
      for (const t of topics) {
        if (!t.parentId) continue;
        const list = children.get(t.parentId) ?? [];
        list.push(t.id);
        children.set(t.parentId, list);
      }
      return { topics, byId, children };
    });
  value.catch(() => {
    cache = undefined;
  });
  cache = { at: Date.now(), value };
  return value;
}

/** Forgets the cached taxonomy (after a seed in this process). */
export function invalidateTaxonomyCache(): void {
  cache = undefined;
}

/** `id` and every topic below it. Unknown ids give an empty list. */
export function withDescendants(taxonomy: Taxonomy, id: string): string[] {
  if (!taxonomy.byId.has(id)) return [];
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    out.push(current);
    stack.push(...(taxonomy.children.get(current) ?? []));
  }
  return out;
}

/** The topic's label in `language`. */
export function topicLabel(topic: Pick<TaxonomyTopic, "labelEn" | "labelIt">, language: string): string {
  return language === "it" ? topic.labelIt : topic.labelEn;
}

/**
 * Topics in depth-first tree order (children by English label), keeping only those in
 * `keep` and their ancestors, for filter menus.
 */
export function treeOrder(taxonomy: Taxonomy, keep?: Set<string>): TaxonomyTopic[] {
  const wanted = new Set<string>();
  if (keep) {
    for (const id of keep) {
      let cur = taxonomy.byId.get(id);
      while (cur && !wanted.has(cur.id)) {
        wanted.add(cur.id);
        cur = cur.parentId ? taxonomy.byId.get(cur.parentId) : undefined;
      }
    }
  }
  const out: TaxonomyTopic[] = [];
  const visit = (t: TaxonomyTopic) => {
    if (keep && !wanted.has(t.id)) return;
    out.push(t);
    const kids = (taxonomy.children.get(t.id) ?? []).map((id) => taxonomy.byId.get(id)!);
    kids.sort((a, b) => a.labelEn.localeCompare(b.labelEn));
    kids.forEach(visit);
  };
  taxonomy.topics
    .filter((t) => !t.parentId)
    .sort((a, b) => a.labelEn.localeCompare(b.labelEn))
    .forEach(visit);
  return out;
}

/** Topic ids used by at least one centre or published opportunity. */
export async function getUsedTopicIds(): Promise<Set<string>> {
  // groupBy is SQL's GROUP BY: Prisma's `distinct` read every link row (26,000 at 10,000
  // opportunities) and dropped the repeats in JS, on every listing (issue 15). Both kinds
  // of link move the catalogue revision (centres' topics since migration
  // 20261207060000_centre_topic_catalogue_revision), so the answer is kept per revision.
  return byCatalogueRevision(`used-topics:${examplesShown()}`, async () => {
    const [a, b] = await Promise.all([
      prisma.centreTopic.groupBy({ by: ["topicId"] }),
      prisma.opportunityTopic.groupBy({ by: ["topicId"], where: { opportunity: publicOpportunityWhere() } }),
    ]);
    return new Set([...a, ...b].map((r) => r.topicId));
  });
}

/** A filter menu's topic in one language (`TopicOption` of app/catalogue/ui/topic-options.tsx). */
export type LocalTopicOption = { id: string; depth: number; label: string };

/**
 * The topics in use (and their ancestors) in tree order with their label in `language`: the
 * topic menu of /opportunities and /centres. Kept per catalogue revision and language, so a
 * listing neither walks the tree nor sends both languages' labels on each request.
 */
export function getUsedTopicOptions(language: string): Promise<LocalTopicOption[]> {
  return byCatalogueRevision(`used-topic-options:${examplesShown()}:${language}`, async () => {
    const [taxonomy, used] = await Promise.all([getTaxonomy(), getUsedTopicIds()]);
    return treeOrder(taxonomy, used).map((t) => ({ id: t.id, depth: t.depth, label: topicLabel(t, language) }));
  });
}

export type TopicLabel = { label: string; parent: string | null };

/**
 * Topics' labels (and their parents') in `language`, for the chips of chosen topics: those of
 * `ids` (unknown ids left out), or every topic's when `ids` is omitted. A form sends only its
 * chosen topics' (issue 15: every label was about 30 KB of /profile's data on each view).
 */
export function topicLabels(taxonomy: Taxonomy, language: string, ids?: Iterable<string>): Record<string, TopicLabel> {
  const it = language === "it";
  const out: Record<string, TopicLabel> = {};
  const topics = ids ? [...ids].flatMap((id) => taxonomy.byId.get(id) ?? []) : taxonomy.topics;
  for (const t of topics) {
    const parent = t.parentId ? taxonomy.byId.get(t.parentId) : undefined;
    out[t.id] = { label: it ? t.labelIt : t.labelEn, parent: parent ? (it ? parent.labelIt : parent.labelEn) : null };
  }
  return out;
}

/** The topic ids a submitted form's rows hold (`<list>[N].topicId`), for the labels its answer needs. */
export function submittedTopicIds(formData: FormData, list: string): string[] {
  const row = new RegExp(`^${list}\\[\\d+\\]\\.topicId$`);
  const ids: string[] = [];
  for (const [name, value] of formData) if (row.test(name) && typeof value === "string" && value) ids.push(value);
  return ids;
}
