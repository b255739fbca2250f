import { readFile } from "node:fs/promises";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MigrationAdapterFactory } from "./migration-adapter-factory.js";
import { readMigrationsList } from "./migrations-directory.js";
import type { ResolvedMigrateOptions } from "./options.js";
import { openSchemaEngine, type SchemaEngine } from "./schema-engine.js";

export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface EngineSession {
  engine: SchemaEngine;
  schemaFiles: { path: string; content: string }[];
  migrationsList: MigrationList;
}

/** Opens the schema engine on one database, runs `work`, and releases the engine and every connection it opened. */
export async function withEngineSession<T>(
  options: ResolvedMigrateOptions,
  work: (session: EngineSession) => Promise<T>,
): Promise<T> {
  const schemaText = await readFile(options.schemaPath, "utf8");
  const adapterFactory = new MigrationAdapterFactory(options.databaseUrl);
  const engine = await openSchemaEngine(options.schemaPath, schemaText, adapterFactory);
  try {
    return await work({
      engine,
      schemaFiles: [{ path: options.schemaPath, content: schemaText }],
      migrationsList: await readMigrationsList(options.migrationsDir),
    });
  } catch (error) {
    throw asError(error);
  } finally {
    engine.free();
    await adapterFactory.close();
  }
}

/** The engine rejects with plain objects or strings; turn them into Errors with a readable message. */
function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === "object" && error !== null && "message" in error)
    return new Error(String(error.message));
  return new Error(typeof error === "string" ? error : JSON.stringify(error));
}
