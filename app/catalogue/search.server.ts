/**
 * Full-text search of the catalogue (decision 0027): what people type, in English or
 * Italian, against the stored `searchVector` documents of opportunities and centres (titles
 * and names, topics' labels and synonyms in both languages, descriptions; built by the
 * `search_vectors` migration's triggers). Case, accents and hyphens do not matter
 * ("carbon ion" = "Carbon-Ion" = "carbon-ion"; "citta" = "città"); words are stemmed
 * ("cardiologia" finds "Cardiologia"). The text goes through `websearch_to_tsquery` as a
 * bound parameter, so quotes, `OR`, `-word` and any punctuation are safe: the worst a
 * search can do is find nothing.
 */
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";

/** Longer search texts are cut here (a search is a few words; this bounds the work). */
export const MAX_SEARCH_LENGTH = 200;

/** Search relevance by id (higher is better); only matching rows are present. */
export type SearchRanks = Map<string, number>;

/**
 * The query: the English and the Italian reading of `text` (each side stems with its own
 * language), either of which may match. With `anyWord`, the words are alternatives rather
 * than all required: the fallback when requiring them all finds nothing.
 */
function tsquery(text: string, anyWord: boolean): Prisma.Sql {
  const both = Prisma.sql`(websearch_to_tsquery('ponte_en', ${text}) || websearch_to_tsquery('ponte_it', ${text}))`;
  return anyWord ? Prisma.sql`replace(${both}::text, ' & ', ' | ')::tsquery` : both;
}

/** `text` trimmed and cut to MAX_SEARCH_LENGTH; NUL characters (which PostgreSQL refuses) removed. */
export function searchText(text: string): string {
  return text.replaceAll("\u0000", " ").trim().slice(0, MAX_SEARCH_LENGTH);
}

/** Whether the words may be relaxed into alternatives (never when the text excludes a word). */
function mayRelax(text: string): boolean {
  return /\s/.test(text) && !/(^|\s)-\S/.test(text);
}

async function ranks(
  text: string,
  run: (query: Prisma.Sql) => Promise<{ id: string; rank: number }[]>,
): Promise<SearchRanks> {
  const q = searchText(text);
  if (!q) return new Map();
  let rows = await run(tsquery(q, false));
  if (rows.length === 0 && mayRelax(q)) rows = await run(tsquery(q, true));
  return new Map(rows.map((r) => [r.id, Number(r.rank)]));
}

/**
 * Published opportunities matching `text`, with their relevance (`ts_rank`: a title counts
 * more than a topic, a topic more than the centre, the centre more than the description).
 * All words must match; when that finds nothing, any word may. Empty text → empty map.
 */
export function searchOpportunities(text: string): Promise<SearchRanks> {
  return ranks(
    text,
    (query) => prisma.$queryRaw<{ id: string; rank: number }[]>`
      SELECT o.id, ts_rank(o."searchVector", query.q) AS rank
      FROM "Opportunity" o, (SELECT ${query} AS q) query
      WHERE o.status = 'PUBLISHED' AND o."searchVector" @@ query.q`,
  );
}

/** Centres matching `text` (names, city, topics, descriptions), with their relevance. */
export function searchCentres(text: string): Promise<SearchRanks> {
  return ranks(
    text,
    (query) => prisma.$queryRaw<{ id: string; rank: number }[]>`
      SELECT c.id, ts_rank(c."searchVector", query.q) AS rank
      FROM "Centre" c, (SELECT ${query} AS q) query
      WHERE c."searchVector" @@ query.q`,
  );
}

/** `items` by relevance (best first), keeping their order among equals. */
export function byRelevance<T extends { id: string }>(items: T[], relevance: SearchRanks): T[] {
  return items
    .map((item, i) => ({ item, i, rank: relevance.get(item.id) ?? 0 }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.item);
}

/**
 * Listed events matching `text` (titles, topics' labels and synonyms, organising centres'
 * names and descriptions, English and Italian), with their relevance, weighted as
 * opportunities are. Events have no stored document: there are few of them, so the document
 * is built in the query with the same `ponte_en`/`ponte_it` configurations (works on PGlite
 * and PostgreSQL alike). Drafts never match.
 */
export function searchEvents(text: string): Promise<SearchRanks> {
  return ranks(
    text,
    (query) => prisma.$queryRaw<{ id: string; rank: number }[]>`
      SELECT d.id, ts_rank(d.doc, query.q) AS rank
      FROM (
        SELECT e.id,
             setweight(to_tsvector('ponte_en', e."titleEn"), 'A')
          || setweight(to_tsvector('ponte_it', e."titleIt"), 'A')
          || setweight(to_tsvector('ponte_en', ponte_topic_text(
               coalesce((SELECT array_agg(et."topicId") FROM "EventTopic" et WHERE et."eventId" = e.id), '{}'), 'en')), 'B')
          || setweight(to_tsvector('ponte_it', ponte_topic_text(
               coalesce((SELECT array_agg(et."topicId") FROM "EventTopic" et WHERE et."eventId" = e.id), '{}'), 'it')), 'B')
          || setweight(to_tsvector('ponte_en', coalesce((SELECT string_agg(c.name, ' ') FROM "EventCentre" ec
               JOIN "Centre" c ON c.id = ec."centreId" WHERE ec."eventId" = e.id), '')), 'C')
          || setweight(to_tsvector('ponte_it', coalesce((SELECT string_agg(c."nameIt", ' ') FROM "EventCentre" ec
               JOIN "Centre" c ON c.id = ec."centreId" WHERE ec."eventId" = e.id), '') || ' ' || coalesce(e.city, '')), 'C')
          || setweight(to_tsvector('ponte_en', e."descriptionEn"), 'D')
          || setweight(to_tsvector('ponte_it', e."descriptionIt"), 'D') AS doc
        FROM "Event" e
        WHERE e.status <> 'DRAFT'
      ) d, (SELECT ${query} AS q) query
      WHERE d.doc @@ query.q`,
  );
}
