import pg from "pg";
import { noFilters, withEngineSession } from "./engine-session.js";
import { type MigrateOptions, resolveMigrateOptions } from "./options.js";

export interface MigrationStatus {
  /** Successfully applied, per `_prisma_migrations`, in order of application. */
  applied: string[];
  /** In the migrations directory but not applied to the database. */
  pending: string[];
  /** Started but not finished (a failed `migrate deploy`); blocks further deploys. */
  failed: string[];
  /** Applied, but migration.sql has changed since (checksum mismatch). */
  edited: string[];
  /** Applied to the database but missing from the migrations directory. */
  missingLocally: string[];
  /** The database's history is not a prefix of the directory's (diverged or directory behind). */
  diverged: boolean;
  /** Nothing pending, failed, edited or diverged. */
  upToDate: boolean;
}

async function readAppliedMigrations(databaseUrl: string, hasMigrationsTable: boolean): Promise<string[]> {
  if (!hasMigrationsTable) return [];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
    );
    return rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

/** Compares the migrations directory with the database's `_prisma_migrations` (like `prisma migrate status`). */
export async function migrationStatus(options: MigrateOptions): Promise<MigrationStatus> {
  const resolved = resolveMigrateOptions(options);
  const diagnosis = await withEngineSession(resolved, ({ engine, migrationsList }) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters }),
  );
  const history = diagnosis.history;
  const pending =
    history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const missingLocally =
    history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const diverged = history !== null && history.diagnostic !== "databaseIsBehind";
  const status = {
    applied: await readAppliedMigrations(resolved.databaseUrl, diagnosis.hasMigrationsTable),
    pending,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    missingLocally,
    diverged,
  };
  const upToDate = !diverged && [pending, status.failed, status.edited].every((names) => names.length === 0);
  return { ...status, upToDate };
}
