import { noFilters, withEngineSession } from "./engine-session.js";
import { type MigrateOptions, resolveMigrateOptions } from "./options.js";

export interface DriftCheck {
  /** True when the migrations produce exactly what schema.prisma describes. */
  upToDate: boolean;
  /** The SQL a new migration would need; empty when up to date. */
  sql: string;
}

const SCHEMA_HAS_UNMIGRATED_CHANGES = 2;

/** Replays the migrations on a shadow database and diffs the result against schema.prisma. */
export async function checkDrift(options: MigrateOptions): Promise<DriftCheck> {
  return withEngineSession(
    resolveMigrateOptions(options),
    async ({ engine, migrationsList, schemaFiles }) => {
      const { exitCode, stdout } = await engine.diff({
        // The engine wants migration_lock.toml for a migrations source; no migrations yet means an empty start.
        from:
          migrationsList.migrationDirectories.length > 0
            ? { tag: "migrations", ...migrationsList }
            : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: schemaFiles },
        script: true,
        exitCode: true,
        filters: noFilters,
      });
      if (exitCode === 0) return { upToDate: true, sql: "" };
      if (exitCode === SCHEMA_HAS_UNMIGRATED_CHANGES) return { upToDate: false, sql: (stdout ?? "").trim() };
      throw new Error(`Schema engine diff ended with unexpected exit code ${exitCode}`);
    },
  );
}
