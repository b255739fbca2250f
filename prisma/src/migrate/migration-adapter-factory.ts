import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CatalogTypesAsTextClient } from "./catalog-types-as-text-client.js";

export function withDatabaseName(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function runAdminStatement(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * adapter-pg's factory, adjusted for Prisma's schema engine:
 * - catalog column types are read as text (see CatalogTypesAsTextClient);
 * - executeScript sends the whole script as one simple-protocol query (adapter-pg splits on ";",
 *   which breaks `$$` bodies and makes a migration non-atomic);
 * - the shadow database is a uniquely named temporary database on the same server, always dropped.
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly openAdapters = new Set<SqlDriverAdapter>();

  constructor(private readonly databaseUrl: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.open(this.databaseUrl);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowName = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    const dropShadow = `DROP DATABASE IF EXISTS ${quoteIdentifier(shadowName)} WITH (FORCE)`;
    await runAdminStatement(this.databaseUrl, `CREATE DATABASE ${quoteIdentifier(shadowName)}`);
    try {
      return await this.open(withDatabaseName(this.databaseUrl, shadowName), () =>
        runAdminStatement(this.databaseUrl, dropShadow),
      );
    } catch (error) {
      await runAdminStatement(this.databaseUrl, dropShadow);
      throw error;
    }
  }

  /** Disposes whatever the engine left open (it does not always dispose its adapters). */
  async close(): Promise<void> {
    for (const adapter of [...this.openAdapters]) await adapter.dispose();
  }

  private async open(databaseUrl: string, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ connectionString: databaseUrl, Client: CatalogTypesAsTextClient });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    // executeRaw without parameters uses pg's simple query protocol, which accepts many statements
    // and runs them in one implicit transaction.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    // The engine reads pg_constraint.contype (a "char") as a character; adapter-pg has no such type
    // and reports it as text, which made introspecting any CHECK constraint panic.
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      result.columnNames.forEach((name, index) => {
        if (name === "constraint_type" && result.columnTypes[index] === ColumnTypeEnum.Text) {
          result.columnTypes[index] = ColumnTypeEnum.Character;
        }
      });
      return result;
    };
    let disposed = false;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.openAdapters.delete(adapter);
      await dispose();
      await afterDispose?.();
    };
    this.openAdapters.add(adapter);
    return adapter;
  }
}
