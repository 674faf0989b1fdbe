-- Occupancy revision (docs/decisions/0014-match-index-cache.md): a counter in AppMeta that
-- moves, in the same transaction, whenever the set of APPROVED requests or their dates
-- change: a request approved, an approved one cancelled, completed, withdrawn or deleted, or
-- the dates, cohort or opportunity of an approved one edited. The matcher compares it with the
-- revision its seat occupancy was loaded at (one primary-key read per request) instead of
-- aggregating every approved request on every /matches request, which grew with the history.
-- Row-level triggers with WHEN clauses, so submissions and moves between other states (the
-- bulk of the traffic on "Request") never touch the counter. Invisible to Prisma (no schema
-- change), so `db:check` stays clean.
--
-- No semicolon may appear inside a statement or a comment of this file: the PostgreSQL
-- driver adapter runs migration scripts split at every semicolon (see the catalogue
-- revision migration). Statement separators inside the function body are written \073.
INSERT INTO "AppMeta" ("key", "value", "updatedAt")
VALUES ('occupancy.revision', '1', CURRENT_TIMESTAMP)
ON CONFLICT ("key") DO NOTHING;

CREATE OR REPLACE FUNCTION "ponte_bump_occupancy_revision"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "AppMeta" ("key", "value", "updatedAt")
  VALUES (\'occupancy.revision\', \'1\', clock_timestamp())
  ON CONFLICT ("key") DO UPDATE
    SET "value" = (("AppMeta"."value")::bigint + 1)::text, "updatedAt" = clock_timestamp()\073
  RETURN NULL\073
END';

CREATE TRIGGER "Request_occupancy_revision_insert" AFTER INSERT ON "Request"
  FOR EACH ROW WHEN (NEW."status" = 'APPROVED')
  EXECUTE FUNCTION "ponte_bump_occupancy_revision"();
CREATE TRIGGER "Request_occupancy_revision_update" AFTER UPDATE ON "Request"
  FOR EACH ROW WHEN (
    (OLD."status" = 'APPROVED' OR NEW."status" = 'APPROVED')
    AND (OLD."status" IS DISTINCT FROM NEW."status"
      OR OLD."startDate" IS DISTINCT FROM NEW."startDate"
      OR OLD."endDate" IS DISTINCT FROM NEW."endDate"
      OR OLD."cohortId" IS DISTINCT FROM NEW."cohortId"
      OR OLD."opportunityId" IS DISTINCT FROM NEW."opportunityId")
  )
  EXECUTE FUNCTION "ponte_bump_occupancy_revision"();
CREATE TRIGGER "Request_occupancy_revision_delete" AFTER DELETE ON "Request"
  FOR EACH ROW WHEN (OLD."status" = 'APPROVED')
  EXECUTE FUNCTION "ponte_bump_occupancy_revision"();
CREATE TRIGGER "Request_occupancy_revision_truncate" AFTER TRUNCATE ON "Request"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_occupancy_revision"();
