-- A centre's topics move the catalogue revision by a trigger of their own (issue 15): the
-- filter forms' topic menus and /centres show them, and they are now kept per revision in
-- each web process (app/catalogue/revision-cache.server.ts). Until now the revision moved
-- only because the search-document triggers (migration 20261206113628_search_vectors)
-- rewrite the centre's row, which a change there would silently break.
-- Statement-level, like the triggers of migration 20261129124952_catalogue_revision.
CREATE TRIGGER "CentreTopic_catalogue_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CentreTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION "ponte_bump_catalogue_revision"();
