-- Full-text search that finds what people type (issue 15, decision 0027).
--
-- Two text search configurations, ponte_en and ponte_it: the built-in English and Italian
-- stemmers behind the `unaccent` dictionary (so "citta" finds "città" and "Ospedale San
-- Raffaele" is found as typed), and without the whole-compound token of hyphenated words:
-- "carbon-ion" is indexed and searched as "carbon" followed by "ion", so "carbon ion",
-- "Carbon-Ion" and "carbon-ion" are the same search. The parser already ignores case.
--
-- Each searchable row carries a stored tsvector, kept by triggers (a generated column
-- cannot read other tables: an opportunity's document holds its centre's names and its
-- topics' labels and synonyms in both languages). Weights: A titles and names, B topics,
-- C an opportunity's centre (names, city) and a centre's city, D descriptions. Writing NULL into
-- "searchVector" asks the BEFORE trigger to rebuild it; the other triggers do just that.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION ponte_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION ponte_en
  ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH unaccent, english_stem;
ALTER TEXT SEARCH CONFIGURATION ponte_en DROP MAPPING FOR asciihword, hword, numhword;

CREATE TEXT SEARCH CONFIGURATION ponte_it (COPY = italian);
ALTER TEXT SEARCH CONFIGURATION ponte_it
  ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH unaccent, italian_stem;
ALTER TEXT SEARCH CONFIGURATION ponte_it DROP MAPPING FOR asciihword, hword, numhword;

-- AlterTable
ALTER TABLE "Centre" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Centre_searchVector_idx" ON "Centre" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Opportunity_searchVector_idx" ON "Opportunity" USING GIN ("searchVector");

-- English and Italian text of the topics in `ids`: labels and synonyms.
CREATE FUNCTION ponte_topic_text(ids text[], lang text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(
    CASE WHEN lang = 'it' THEN t."labelIt" || ' ' || array_to_string(t."synonymsIt", ' ')
         ELSE t."labelEn" || ' ' || array_to_string(t."synonymsEn", ' ') END, ' '), '')
  FROM "Topic" t WHERE t.id = ANY (ids)
$$;

CREATE FUNCTION ponte_opportunity_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  topic_ids text[];
  centre_en text;
  centre_it text;
  centre_city text;
BEGIN
  SELECT array_agg(ot."topicId") INTO topic_ids FROM "OpportunityTopic" ot WHERE ot."opportunityId" = NEW.id;
  SELECT c.name, c."nameIt", c.city INTO centre_en, centre_it, centre_city FROM "Centre" c WHERE c.id = NEW."centreId";
  NEW."searchVector" :=
       setweight(to_tsvector('ponte_en', coalesce(NEW."titleEn", '')), 'A')
    || setweight(to_tsvector('ponte_it', coalesce(NEW."titleIt", '')), 'A')
    || setweight(to_tsvector('ponte_en', ponte_topic_text(coalesce(topic_ids, '{}'), 'en')), 'B')
    || setweight(to_tsvector('ponte_it', ponte_topic_text(coalesce(topic_ids, '{}'), 'it')), 'B')
    || setweight(to_tsvector('ponte_en', coalesce(centre_en, '')), 'C')
    || setweight(to_tsvector('ponte_it', coalesce(centre_it, '') || ' ' || coalesce(centre_city, '')), 'C')
    || setweight(to_tsvector('ponte_en', coalesce(NEW."descriptionEn", '')), 'D')
    || setweight(to_tsvector('ponte_it', coalesce(NEW."descriptionIt", '')), 'D');
  RETURN NEW;
END
$$;

CREATE TRIGGER ponte_opportunity_search_vector
  BEFORE INSERT OR UPDATE OF "titleEn", "titleIt", "descriptionEn", "descriptionIt", "centreId", "searchVector"
  ON "Opportunity" FOR EACH ROW EXECUTE FUNCTION ponte_opportunity_search_vector();

CREATE FUNCTION ponte_centre_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  topic_ids text[];
BEGIN
  SELECT array_agg(ct."topicId") INTO topic_ids FROM "CentreTopic" ct WHERE ct."centreId" = NEW.id;
  NEW."searchVector" :=
       setweight(to_tsvector('ponte_en', coalesce(NEW.name, '')), 'A')
    || setweight(to_tsvector('ponte_it', coalesce(NEW."nameIt", '')), 'A')
    || setweight(to_tsvector('ponte_en', ponte_topic_text(coalesce(topic_ids, '{}'), 'en')), 'B')
    || setweight(to_tsvector('ponte_it', ponte_topic_text(coalesce(topic_ids, '{}'), 'it')), 'B')
    || setweight(to_tsvector('ponte_it', coalesce(NEW.city, '')), 'C')
    || setweight(to_tsvector('ponte_en', coalesce(NEW."descriptionEn", '')), 'D')
    || setweight(to_tsvector('ponte_it', coalesce(NEW."descriptionIt", '')), 'D');
  RETURN NEW;
END
$$;

CREATE TRIGGER ponte_centre_search_vector
  BEFORE INSERT OR UPDATE OF name, "nameIt", city, "descriptionEn", "descriptionIt", "searchVector"
  ON "Centre" FOR EACH ROW EXECUTE FUNCTION ponte_centre_search_vector();

-- A centre renamed or moved: its opportunities' documents carry its names and city.
CREATE FUNCTION ponte_centre_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Opportunity" SET "searchVector" = NULL WHERE "centreId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER ponte_centre_renamed
  AFTER UPDATE OF name, "nameIt", city ON "Centre" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD."nameIt" IS DISTINCT FROM NEW."nameIt" OR OLD.city IS DISTINCT FROM NEW.city)
  EXECUTE FUNCTION ponte_centre_renamed();

-- Topic links added or removed (one statement, however many rows: createMany stays cheap).
CREATE FUNCTION ponte_opportunity_topics_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Opportunity" SET "searchVector" = NULL
  WHERE id IN (SELECT DISTINCT "opportunityId" FROM changed_rows);
  RETURN NULL;
END
$$;

CREATE TRIGGER ponte_opportunity_topics_inserted
  AFTER INSERT ON "OpportunityTopic" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ponte_opportunity_topics_changed();
CREATE TRIGGER ponte_opportunity_topics_updated
  AFTER UPDATE ON "OpportunityTopic" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ponte_opportunity_topics_changed();
CREATE TRIGGER ponte_opportunity_topics_deleted
  AFTER DELETE ON "OpportunityTopic" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ponte_opportunity_topics_changed();

CREATE FUNCTION ponte_centre_topics_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Centre" SET "searchVector" = NULL
  WHERE id IN (SELECT DISTINCT "centreId" FROM changed_rows);
  RETURN NULL;
END
$$;

CREATE TRIGGER ponte_centre_topics_inserted
  AFTER INSERT ON "CentreTopic" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ponte_centre_topics_changed();
CREATE TRIGGER ponte_centre_topics_updated
  AFTER UPDATE ON "CentreTopic" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ponte_centre_topics_changed();
CREATE TRIGGER ponte_centre_topics_deleted
  AFTER DELETE ON "CentreTopic" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ponte_centre_topics_changed();

-- A topic relabelled: every opportunity and centre that carries it.
CREATE FUNCTION ponte_topic_relabelled() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Opportunity" SET "searchVector" = NULL
  WHERE id IN (SELECT "opportunityId" FROM "OpportunityTopic" WHERE "topicId" = NEW.id);
  UPDATE "Centre" SET "searchVector" = NULL
  WHERE id IN (SELECT "centreId" FROM "CentreTopic" WHERE "topicId" = NEW.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER ponte_topic_relabelled
  AFTER UPDATE ON "Topic" FOR EACH ROW
  WHEN (OLD."labelEn" IS DISTINCT FROM NEW."labelEn" OR OLD."labelIt" IS DISTINCT FROM NEW."labelIt"
     OR OLD."synonymsEn" IS DISTINCT FROM NEW."synonymsEn" OR OLD."synonymsIt" IS DISTINCT FROM NEW."synonymsIt")
  EXECUTE FUNCTION ponte_topic_relabelled();

-- The rows already there.
UPDATE "Centre" SET "searchVector" = NULL;
UPDATE "Opportunity" SET "searchVector" = NULL;
