import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDrift, createMigration } from "../src/migrate/index.js";
import { copySchemaProject } from "./support/schema-copy.js";
import { createScratchDatabase } from "./support/scratch-database.js";
import { tempDir } from "./support/temp-dir.js";

describe("checkDrift", () => {
  it("finds schema.prisma fully captured by the committed migrations (CHECK constraints among them)", async () => {
    const databaseUrl = await createScratchDatabase();
    expect(await checkDrift({ databaseUrl })).toEqual({ upToDate: true, sql: "" });
  });

  it("reports the SQL missing for a field that no migration adds", async () => {
    const databaseUrl = await createScratchDatabase();
    const copy = await copySchemaProject(await tempDir("drift"), { extraUserField: "nickname String?" });

    const drift = await checkDrift({ databaseUrl, ...copy });

    expect(drift.upToDate).toBe(false);
    expect(drift.sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
  });
});

describe("createMigration", () => {
  it("writes a migration for the new field, after which the schema has no drift", async () => {
    const databaseUrl = await createScratchDatabase();
    const copy = await copySchemaProject(await tempDir("create"), { extraUserField: "nickname String?" });
    const before = await readdir(copy.migrationsDir);

    const directory = await createMigration({ databaseUrl, ...copy, name: "Add nickname" });

    expect(directory).not.toBeNull();
    expect(basename(directory ?? "")).toMatch(/^\d{14}_add_nickname$/);
    expect(await readdir(copy.migrationsDir)).toEqual([...before, basename(directory ?? "")].sort());
    const sql = await readFile(join(directory ?? "", "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
    expect(await readFile(join(copy.migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
    expect(await checkDrift({ databaseUrl, ...copy })).toEqual({ upToDate: true, sql: "" });

    expect(await createMigration({ databaseUrl, ...copy, name: "again" })).toBeNull();
    expect(await readdir(copy.migrationsDir)).toHaveLength(before.length + 1);
  });
});
