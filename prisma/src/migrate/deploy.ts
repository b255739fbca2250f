import { noFilters, withEngineSession } from "./engine-session.js";
import { withMigrationLock } from "./migration-lock.js";
import { type MigrateOptions, resolveMigrateOptions } from "./options.js";

/** Applies pending migrations (like `prisma migrate deploy`); returns the names applied. Safe to race. */
export async function migrateDeploy(options: MigrateOptions): Promise<string[]> {
  const resolved = resolveMigrateOptions(options);
  return withMigrationLock(resolved.databaseUrl, () =>
    withEngineSession(resolved, async ({ engine, migrationsList }) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return appliedMigrationNames;
    }),
  );
}
