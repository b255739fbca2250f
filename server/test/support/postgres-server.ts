import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@baseplate/db/embedded";
import pg from "pg";

export interface PostgresServer {
  /** URL of the server's maintenance database; per-test databases are created from it. */
  adminUrl: string;
  stop(): Promise<void>;
}

const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** TEST_DATABASE_URL, else the machine's PostgreSQL, else a throwaway embedded one. */
export async function acquirePostgresServer(): Promise<PostgresServer> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { adminUrl: configured, stop: async () => undefined };
  if (await reachable(LOCAL_SERVER)) return { adminUrl: LOCAL_SERVER, stop: async () => undefined };

  const dataDir = mkdtempSync(path.join(tmpdir(), "baseplate-test-pg-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    adminUrl: embedded.url,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  adminUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
