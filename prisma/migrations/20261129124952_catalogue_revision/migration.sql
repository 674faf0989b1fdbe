-- Catalogue revision (docs/decisions/0014-match-index-cache.md): a counter in AppMeta that
-- every statement changing what the matcher indexes bumps, in the same transaction: the
-- opportunities and their topics, languages, windows and cohorts, the centres (names shown
-- on match cards) and the taxonomy. Each app process compares it with the revision of its
-- in-process match index (one primary-key read per request) and rebuilds when it moved.
-- Statement-level triggers: one bump per statement, however many rows it touched.
-- Invisible to Prisma (no schema change), so `db:check` stays clean.
--
-- No semicolon may appear inside a statement or a comment of this file: the PostgreSQL
-- driver adapter runs migration scripts split at every semicolon. The function body is
-- therefore an E-string whose statement separators are written as the octal escape \073.
INSERT INTO "AppMeta" ("key", "value", "updatedAt")
VALUES ('catalogue.revision', '1', CURRENT_TIMESTAMP)
ON CONFLICT ("key") DO NOTHING;

CREATE OR REPLACE FUNCTION "ponte_bump_catalogue_revision"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "AppMeta" ("key", "value", "updatedAt")
  VALUES (\'catalogue.revision\', \'1\', clock_timestamp())
  ON CONFLICT ("key") DO UPDATE
    SET "value" = (("AppMeta"."value")::bigint + 1)::text, "updatedAt" = clock_timestamp()\073
  RETURN NULL\073
END';

CREATE TRIGGER "Opportunity_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Opportunity"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
CREATE TRIGGER "OpportunityTopic_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OpportunityTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
CREATE TRIGGER "OpportunityLanguage_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OpportunityLanguage"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
CREATE TRIGGER "OpportunityWindow_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OpportunityWindow"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
CREATE TRIGGER "Cohort_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Cohort"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
CREATE TRIGGER "Centre_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Centre"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
CREATE TRIGGER "Topic_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Topic"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
