import { migrateDeploy } from "@baseplate/db/migrate";
import { acquirePostgresServer, databaseUrl, withAdminClient } from "@baseplate/db/testing";
import type { TestProject } from "vitest/node";
import { JobQueue } from "../../src/jobs/queue.js";
import { createLogger } from "../../src/lib/logger.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
    runId: string;
  }
}

/**
 * Once per run: a migrated template database (schema + job-queue tables). Every test file
 * clones it (CREATE DATABASE ... TEMPLATE), which takes milliseconds and isolates files.
 */
export default async function setup(project: TestProject) {
  const server = await acquirePostgresServer();
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const templateDatabase = `bp_tpl_${runId}`;
  await withAdminClient(server.adminUrl, (client) => client.query(`CREATE DATABASE "${templateDatabase}"`));
  const templateUrl = databaseUrl(server.adminUrl, templateDatabase);
  await migrateDeploy({ databaseUrl: templateUrl });
  await installJobQueueSchema(templateUrl);

  project.provide("pgAdminUrl", server.adminUrl);
  project.provide("templateDatabase", templateDatabase);
  project.provide("runId", runId);

  return async () => {
    await withAdminClient(server.adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`bp_%${runId}%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
    await server.stop();
  };
}

async function installJobQueueSchema(url: string): Promise<void> {
  const queue = new JobQueue(url, createLogger({ LOG_LEVEL: "silent", NODE_ENV: "test" }));
  await queue.installSchema();
  await queue.stop(0);
}
