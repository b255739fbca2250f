import pg from "pg";
import { type DatabaseHandle, startEmbeddedPostgres } from "../../src/embedded.js";
import { findFreePort } from "./free-port.js";

const LOCAL_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The PostgreSQL server the tests create their databases on: TEST_DATABASE_URL, else the local
 * server on 5432 when reachable, else an embedded one on a free port in a temporary directory.
 */
export async function startTestPostgresServer(tempDataDir: () => Promise<string>): Promise<DatabaseHandle> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };
  if (await isReachable(LOCAL_POSTGRES_URL)) return { url: LOCAL_POSTGRES_URL, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: await tempDataDir(), port: await findFreePort() });
}
