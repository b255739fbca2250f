export { checkDrift, type DriftCheck } from "./check-drift.js";
export { createMigration, toMigrationName } from "./create-migration.js";
export { migrateDeploy } from "./deploy.js";
export { defaultMigrationsDir, defaultSchemaPath, type MigrateOptions } from "./options.js";
export { type MigrationStatus, migrationStatus } from "./status.js";
