-- Audit search indexes the text twice: as written, and with . _ @ / : - read as spaces, so a word
-- inside an action name, an email address or a URL is found on its own ("zebra" in "feature.zebra").
-- A generated column's expression cannot be altered: the column (and its index) is recreated.
DROP INDEX "AuditLog_search_idx";
ALTER TABLE "AuditLog" DROP COLUMN "search";
ALTER TABLE "AuditLog" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, ((((action || ' '::text) || message) || ' '::text) || translate(((action || ' '::text) || message), '._@/:-'::text, '      '::text)))) STORED;
CREATE INDEX "AuditLog_search_idx" ON "AuditLog" USING GIN ("search");
