import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded.js";
import { quoteIdentifier, withDatabaseName } from "./migrate/migration-adapter-factory.js";

export interface PostgresServer {
  /** URL of the server's maintenance database; test databases are created through it. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export interface TestPostgres extends PostgresServer {
  /** Creates an empty database named `<prefix>_<random>`. */
  createDatabase(prefix?: string): Promise<TestDatabase>;
  /** Drops the databases created through createDatabase, then releases the server. */
  stop(): Promise<void>;
}

const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

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

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The PostgreSQL server tests create their databases on: TEST_DATABASE_URL, else the machine's
 * server on 127.0.0.1:5432 when it answers, else a throwaway embedded one (free port, temp dir).
 */
export async function acquirePostgresServer(): Promise<PostgresServer> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { adminUrl: configured, stop: async () => {} };
  if (await isReachable(LOCAL_SERVER)) return { adminUrl: LOCAL_SERVER, stop: async () => {} };

  const dataDir = await mkdtemp(join(tmpdir(), "baseplate-test-pg-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
  return {
    adminUrl: embedded.url,
    stop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(adminUrl: string, database: string): string {
  return withDatabaseName(adminUrl, database);
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

/** An empty database, or a copy of `template` (CREATE DATABASE ... TEMPLATE: milliseconds). */
export async function createTestDatabase(
  adminUrl: string,
  prefix = "baseplate_test",
  options: { template?: string } = {},
): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const template = options.template ? ` TEMPLATE ${quoteIdentifier(options.template)}` : "";
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template}`),
  );
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      const drop = `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`;
      await withAdminClient(adminUrl, (client) => client.query(drop));
    },
  };
}

/** acquirePostgresServer() plus per-test databases that are dropped on stop(). */
export async function acquireTestPostgres(): Promise<TestPostgres> {
  const server = await acquirePostgresServer();
  const created: TestDatabase[] = [];
  return {
    adminUrl: server.adminUrl,
    createDatabase: async (prefix) => {
      const database = await createTestDatabase(server.adminUrl, prefix);
      created.push(database);
      return database;
    },
    stop: async () => {
      for (const database of created.splice(0)) await database.drop();
      await server.stop();
    },
  };
}
