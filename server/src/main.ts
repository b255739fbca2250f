import { defaultEmbeddedDataDir, resolveDatabaseUrl } from "@baseplate/db/embedded";
import { migrateDeploy } from "@baseplate/db/migrate";
import { type Env, InvalidConfigError, loadEnv } from "./lib/env.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { createRuntime } from "./runtime.js";

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Beyond the drain budget, a shutdown still hanging is cut short (the exit hook still stops the embedded PostgreSQL). */
const SHUTDOWN_GRACE_MS = 5_000;

type StopStep = () => Promise<void>;

/** Installed before anything starts, so a signal during start-up is never lost nor fatal. */
function listenForStopSignals(): { requested: () => boolean; received: Promise<string> } {
  let signal: string | undefined;
  const received = new Promise<string>((resolve) => {
    for (const name of STOP_SIGNALS) {
      process.on(name, () => {
        signal ??= name;
        resolve(signal);
      });
    }
  });
  return { requested: () => signal !== undefined, received };
}

/** Starts each part in turn, recording how to stop it; stops early (returns null) once a stop is requested. */
async function startUp(env: Env, log: Logger, started: StopStep[], stopRequested: () => boolean) {
  const embedded = env.DATABASE_URL === undefined;
  if (embedded)
    log.info(
      `DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${defaultEmbeddedDataDir()})`,
    );
  const database = await resolveDatabaseUrl();
  started.push(database.stop);
  if (database.replacedOrphan !== undefined)
    log.warn(
      { pid: database.replacedOrphan },
      "stopped an embedded PostgreSQL left running by an earlier start that was killed",
    );
  if (stopRequested()) return null;
  const applied = await migrateDeploy({ databaseUrl: database.url });
  if (applied.length > 0) log.info({ applied }, "database migrations applied");
  if (stopRequested()) return null;
  const runtime = await createRuntime({ env, log, databaseUrl: database.url, embeddedDatabase: embedded });
  started.push(runtime.stop);
  if (stopRequested()) return null;
  const url = await runtime.listen();
  log.info({ url, node: runtime.deps.node.id }, `Baseplate is running at ${url}`);
  return url;
}

/** Stops what was started, newest first; every step runs even when an earlier one fails. */
async function stopAll(started: StopStep[], log: Logger): Promise<boolean> {
  let clean = true;
  for (const stop of started.reverse()) {
    await stop().catch((error: unknown) => {
      clean = false;
      log.error({ err: error }, "shutdown failed");
    });
  }
  return clean;
}

async function main(): Promise<void> {
  const stopSignal = listenForStopSignals();
  const env = loadEnv();
  const log = createLogger(env);
  void stopSignal.received.then((signal) => {
    log.info({ signal }, "shutting down");
    setTimeout(() => {
      log.error({ budgetMs: env.SHUTDOWN_TIMEOUT_MS }, "shutdown did not finish in time; exiting");
      process.exit(1);
    }, env.SHUTDOWN_TIMEOUT_MS + SHUTDOWN_GRACE_MS).unref();
  });
  const started: StopStep[] = [];
  try {
    await startUp(env, log, started, stopSignal.requested);
  } catch (error) {
    const clean = await stopAll(started, log); // never leave an embedded PostgreSQL behind a failed start
    // A stop signal reaches the whole process group: a helper the start ran (initdb, id) may die of it.
    if (!stopSignal.requested()) throw error;
    log.info({ err: error }, "start-up interrupted by the stop signal");
    exitAfterStop(log, clean);
  }
  await stopSignal.received;
  exitAfterStop(log, await stopAll(started, log));
}

function exitAfterStop(log: Logger, clean: boolean): never {
  if (clean) log.info("stopped cleanly");
  process.exit(clean ? 0 : 1);
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
