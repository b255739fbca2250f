import pg from "pg";

/**
 * Serialises work across processes: a session-level Postgres advisory lock held on a dedicated
 * connection for the whole of `work`. Released explicitly, and by Postgres if we die.
 */
export async function withSessionLock<T>(
  databaseUrl: string,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {}); // a dropped connection surfaces as a failed query below
  await client.connect();
  try {
    await client.query("SET lock_timeout = '120s'");
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]);
    }
  } finally {
    await client.end();
  }
}
