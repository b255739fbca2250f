import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject, onTestFinished } from "vitest";
import { quoteIdentifier, withDatabaseName } from "../../src/migrate/migration-adapter-factory.js";

async function runOnServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("postgresServerUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a uniquely named, empty database for the current test and drops it when the test finishes. */
export async function createScratchDatabase(): Promise<string> {
  const name = `baseplate_test_${randomBytes(6).toString("hex")}`;
  await runOnServer(`CREATE DATABASE ${quoteIdentifier(name)}`);
  onTestFinished(() => runOnServer(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
  return withDatabaseName(inject("postgresServerUrl"), name);
}

export async function query<Row extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}
