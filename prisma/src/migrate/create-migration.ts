import { noFilters, withEngineSession } from "./engine-session.js";
import { withMigrationLock } from "./migration-lock.js";
import { writeMigration } from "./migrations-directory.js";
import { type MigrateOptions, resolveMigrateOptions } from "./options.js";

/** `Add users!` → `add_users`, the form Prisma's CLI gives migration directory names. */
export function toMigrationName(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug)
    throw new Error(`Invalid migration name ${JSON.stringify(name)}: use letters, digits and underscores`);
  return slug;
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that brings the migrations
 * up to schema.prisma (like `prisma migrate dev --create-only`). Pending migrations are applied
 * first, because the engine only generates against an up-to-date database; the new one is not.
 * Returns the new directory, or null when schema.prisma has no unmigrated changes.
 */
export async function createMigration(options: MigrateOptions & { name: string }): Promise<string | null> {
  const migrationName = toMigrationName(options.name);
  const resolved = resolveMigrateOptions(options);
  return withMigrationLock(resolved.databaseUrl, () =>
    withEngineSession(resolved, async ({ engine, migrationsList, schemaFiles }) => {
      await engine.applyMigrations({ migrationsList, filters: noFilters });
      const { action } = await engine.devDiagnostic({ migrationsList, filters: noFilters });
      if (action.tag === "reset") {
        throw new Error(
          `The database does not match the migration history and needs a reset: ${action.reason}`,
        );
      }
      const created = await engine.createMigration({
        migrationName,
        migrationsList,
        schema: { files: schemaFiles },
        draft: false,
        filters: noFilters,
      });
      if (created.migrationScript === null) return null;
      return writeMigration(resolved.migrationsDir, {
        name: created.generatedMigrationName,
        script: created.migrationScript,
        extension: created.extension,
        provider: created.connectorType,
      });
    }),
  );
}
