import { resolveDatabaseUrl } from "@baseplate/db/embedded";
import { migrateDeploy } from "@baseplate/db/migrate";
import { InvalidConfigError, loadEnv } from "./lib/env.js";
import { createLogger } from "./lib/logger.js";
import { createRuntime } from "./runtime.js";

async function main(): Promise<void> {
  const env = loadEnv();
  const log = createLogger(env);
  const embedded = env.DATABASE_URL === undefined;
  if (embedded)
    log.info("DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/postgres)");
  const database = await resolveDatabaseUrl();
  const runtime = await (async () => {
    const applied = await migrateDeploy({ databaseUrl: database.url });
    if (applied.length > 0) log.info({ applied }, "database migrations applied");
    return createRuntime({ env, log, databaseUrl: database.url, embeddedDatabase: embedded });
  })().catch(async (error: unknown) => {
    await database.stop(); // never leave an embedded PostgreSQL behind a failed start
    throw error;
  });
  const url = await runtime.listen().catch(async (error: unknown) => {
    await runtime.stop();
    await database.stop();
    throw error;
  });
  log.info({ url, node: runtime.deps.node.id }, `Baseplate is running at ${url}`);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    try {
      await runtime.stop();
      await database.stop();
      log.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(
      `Baseplate failed to start: port ${process.env.PORT ?? 3000} is already in use (set PORT).`,
    );
  } else {
    console.error("Baseplate failed to start:", error);
  }
  process.exit(1);
});
