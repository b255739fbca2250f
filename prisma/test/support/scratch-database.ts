import pg from "pg";
import { inject, onTestFinished } from "vitest";
import { createTestDatabase } from "../../src/testing.js";

/** Creates a uniquely named, empty database for the current test and drops it when the test finishes. */
export async function createScratchDatabase(): Promise<string> {
  const database = await createTestDatabase(inject("postgresServerUrl"));
  onTestFinished(() => database.drop());
  return database.url;
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
