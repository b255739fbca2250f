import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defaultMigrationsDir, defaultSchemaPath } from "../../src/migrate/index.js";

export interface SchemaCopy {
  schemaPath: string;
  migrationsDir: string;
}

/** Copies schema.prisma and prisma/migrations into `dir`, optionally adding a field to model User. */
export async function copySchemaProject(
  dir: string,
  options: { extraUserField?: string } = {},
): Promise<SchemaCopy> {
  const schemaPath = join(dir, "schema.prisma");
  const migrationsDir = join(dir, "migrations");
  let schema = await readFile(defaultSchemaPath, "utf8");
  if (options.extraUserField) {
    const withField = schema.replace(/^model User \{\n/m, (line) => `${line}  ${options.extraUserField}\n`);
    if (withField === schema) throw new Error("model User not found in schema.prisma");
    schema = withField;
  }
  await writeFile(schemaPath, schema);
  await cp(defaultMigrationsDir, migrationsDir, { recursive: true });
  return { schemaPath, migrationsDir };
}
