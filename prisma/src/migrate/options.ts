import { fileURLToPath } from "node:url";

export interface MigrateOptions {
  databaseUrl: string;
  /** Defaults to prisma/schema.prisma of this package. */
  schemaPath?: string;
  /** Defaults to prisma/migrations of this package. */
  migrationsDir?: string;
}

export interface ResolvedMigrateOptions {
  databaseUrl: string;
  schemaPath: string;
  migrationsDir: string;
}

const packageDir = new URL("../../", import.meta.url);

export const defaultSchemaPath = fileURLToPath(new URL("schema.prisma", packageDir));
export const defaultMigrationsDir = fileURLToPath(new URL("migrations", packageDir));

export function resolveMigrateOptions(options: MigrateOptions): ResolvedMigrateOptions {
  return {
    databaseUrl: options.databaseUrl,
    schemaPath: options.schemaPath ?? defaultSchemaPath,
    migrationsDir: options.migrationsDir ?? defaultMigrationsDir,
  };
}
