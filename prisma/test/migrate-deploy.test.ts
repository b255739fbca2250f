import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrateDeploy, migrationStatus } from "../src/migrate/index.js";
import { copySchemaProject } from "./support/schema-copy.js";
import { createScratchDatabase, query } from "./support/scratch-database.js";
import { tempDir } from "./support/temp-dir.js";

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(defaultMigrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null };

describe("migrateDeploy", () => {
  it("applies the committed migrations to an empty database, recording Prisma's checksums", async () => {
    const databaseUrl = await createScratchDatabase();
    const expected = await committedMigrations();
    expect(expected.some((name) => name.endsWith("_init"))).toBe(true);

    expect(await migrateDeploy({ databaseUrl })).toEqual(expected);

    const rows = await query<MigrationRow>(
      databaseUrl,
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    for (const [index, name] of expected.entries()) {
      const sql = await readFile(join(defaultMigrationsDir, name, "migration.sql"));
      expect(rows[index]).toMatchObject({
        migration_name: name,
        checksum: createHash("sha256").update(sql).digest("hex"),
      });
      expect(rows[index]?.finished_at).toBeInstanceOf(Date);
    }
    const tables = await query<{ name: string | null }>(
      databaseUrl,
      `SELECT to_regclass('"User"')::text AS name`,
    );
    expect(tables[0]?.name).toBe('"User"');

    expect(await migrateDeploy({ databaseUrl })).toEqual([]);
  });

  it("lets two concurrent deploys both succeed while applying each migration once", async () => {
    const databaseUrl = await createScratchDatabase();
    const results = await Promise.all([migrateDeploy({ databaseUrl }), migrateDeploy({ databaseUrl })]);

    expect(results.flat().sort()).toEqual(await committedMigrations());
    const rows = await query<{ count: string }>(databaseUrl, "SELECT count(*) FROM _prisma_migrations");
    expect(Number(rows[0]?.count)).toBe(results.flat().length);
  });

  it("runs a migration as one atomic script: $$ bodies work, and a failure leaves nothing half-applied", async () => {
    const databaseUrl = await createScratchDatabase();
    const { migrationsDir } = await copySchemaProject(await tempDir("deploy"));
    const addMigration = async (name: string, sql: string) => {
      await mkdir(join(migrationsDir, name));
      await writeFile(join(migrationsDir, name, "migration.sql"), sql);
    };
    await addMigration(
      "29990101000000_touch_function",
      "CREATE FUNCTION touch() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;",
    );
    await addMigration("29990102000000_broken", 'CREATE TABLE "Half" (id int);\nSELECT 1/0;');

    await expect(migrateDeploy({ databaseUrl, migrationsDir })).rejects.toThrow(/division by zero/);

    expect(await query(databaseUrl, "SELECT touch() AS one")).toEqual([{ one: 1 }]);
    expect(await query(databaseUrl, `SELECT to_regclass('"Half"') AS half`)).toEqual([{ half: null }]);
    const status = await migrationStatus({ databaseUrl, migrationsDir });
    expect(status.failed).toEqual(["29990102000000_broken"]);
    expect(status.upToDate).toBe(false);
    await expect(migrateDeploy({ databaseUrl, migrationsDir })).rejects.toThrow(/failed migrations/);
  });
});
