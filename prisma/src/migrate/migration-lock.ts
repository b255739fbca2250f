import pg from "pg";

/** Ours, distinct from Prisma's own 72707369, which the engine takes on its own connections. */
const MIGRATION_LOCK_KEY = 4_827_310_911;

/**
 * Serialises migration work across processes: a session-level Postgres advisory lock held on a
 * dedicated connection for the whole of `work`. Released explicitly, and by Postgres if we die.
 */
export async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {}); // a dropped connection surfaces as a failed query below
  await client.connect();
  try {
    await client.query("SET lock_timeout = '120s'");
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
