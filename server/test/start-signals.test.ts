import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startEmbeddedPostgres } from "@baseplate/db/embedded";
import { migrateDeploy } from "@baseplate/db/migrate";
import { findFreePort } from "@baseplate/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanUpRunsAfterEach, pnpmStart, repoRoot, type StartRun } from "./support/pnpm-start.js";
import { type ProcessInfo, processesOf, waitUntilGone } from "./support/process-tree.js";

const run = promisify(execFile);
const SHUTDOWN_TIMEOUT_MS = 10_000;
const RESERVED_PORTS = [5432, 54329]; // the system PostgreSQL's, and the embedded default a developer may be using

let workDir: string;
let template: string;

cleanUpRunsAfterEach();

/** initdb is the slow part: one migrated data directory, copied (with owner and modes) for every case. */
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "baseplate-start-signals-"));
  await chmod(workDir, 0o755); // PostgreSQL runs as `postgres` when the tests run as root
  template = join(workDir, "template");
  const database = await startEmbeddedPostgres({ dataDir: template, port: await freePort() });
  await migrateDeploy({ databaseUrl: database.url });
  await database.stop();
  // `pnpm start` builds the web UI when web/dist is stale; do that once here, not inside a timed case.
  await run(process.execPath, [join(repoRoot, "server/scripts/build-web.mjs")], { cwd: repoRoot });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  for (;;) {
    const port = await findFreePort();
    if (!RESERVED_PORTS.includes(port)) return port;
  }
}

interface Case {
  dataDir: string;
  env: Record<string, string>;
  marks: string[];
}

async function newCase(name: string): Promise<Case> {
  const dataDir = join(workDir, name);
  await run("cp", ["-a", template, dataDir]);
  const [port, pgPort] = [await freePort(), await freePort()];
  return {
    dataDir,
    marks: [dataDir, `-p ${pgPort} `],
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_PG_DATA_DIR: dataDir,
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    },
  };
}

function start(testCase: Case): StartRun {
  return pnpmStart(testCase.env, testCase.marks);
}

const RUNNING = /Baseplate is running at/;

/** Sends the signal, then expects pnpm, the server and PostgreSQL all gone within the shutdown budget. */
async function signalAndExpectEverythingStopped(
  started: StartRun,
  signal: NodeJS.Signals,
  target: "pnpm" | "group",
): Promise<void> {
  const seen: ProcessInfo[] = processesOf(started.pid, started.marks);
  expect(seen.map((info) => info.args).join("\n")).toContain("src/main.ts");
  const sentAt = Date.now();
  process.kill(target === "pnpm" ? started.pid : -started.pid, signal);
  const left = await waitUntilGone(started.pid, started.marks, seen, SHUTDOWN_TIMEOUT_MS);
  expect(left, started.output()).toEqual([]);
  expect(Date.now() - sentAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
  const [code] = await started.exited;
  expect(code, started.output()).toBe(0);
  expect(started.output()).toMatch(new RegExp(`"signal":"${signal}","msg":"shutting down"`));
  expect(started.output()).toContain("stopped cleanly");
}

describe("pnpm start without a terminal", () => {
  it("stops everything on SIGTERM to pnpm while the embedded PostgreSQL is starting", async () => {
    const started = start(await newCase("term-pnpm-starting"));
    await started.waitFor(/starting the embedded PostgreSQL/);
    await signalAndExpectEverythingStopped(started, "SIGTERM", "pnpm");
    expect(started.output()).not.toMatch(RUNNING);
  }, 40_000);

  it("stops everything on SIGINT to its process group right after it is running", async () => {
    const started = start(await newCase("int-group-running"));
    await started.waitFor(RUNNING);
    await signalAndExpectEverythingStopped(started, "SIGINT", "group");
  }, 40_000);

  it("stops everything on SIGTERM to its process group after serving", async () => {
    const testCase = await newCase("term-group-later");
    const started = start(testCase);
    await started.waitFor(RUNNING);
    const health = await fetch(`http://127.0.0.1:${testCase.env.PORT}/health`);
    expect(health.status).toBe(200);
    await signalAndExpectEverythingStopped(started, "SIGTERM", "group");
  }, 40_000);

  it("stops everything on SIGINT or SIGHUP to pnpm after serving", async () => {
    for (const signal of ["SIGINT", "SIGHUP"] as const) {
      const testCase = await newCase(`${signal.toLowerCase()}-pnpm-later`);
      const started = start(testCase);
      await started.waitFor(RUNNING);
      expect((await fetch(`http://127.0.0.1:${testCase.env.PORT}/health`)).status).toBe(200);
      await signalAndExpectEverythingStopped(started, signal, "pnpm");
    }
  }, 60_000);

  it("takes over an embedded PostgreSQL orphaned by a killed start, and stops it at exit", async () => {
    const testCase = await newCase("takeover");
    const killed = start(testCase);
    await killed.waitFor(RUNNING);
    const pnpmAndServer = processesOf(killed.pid, []);
    process.kill(killed.pid, "SIGKILL"); // pnpm's watchdog then kills the server it ran, with SIGKILL
    await killed.exited;
    expect(await waitUntilGone(killed.pid, [], pnpmAndServer, 5_000)).toEqual([]);
    const orphaned = processesOf(killed.pid, [testCase.dataDir]).filter((info) => info.args.includes("-D"));
    expect(orphaned.map((info) => info.args).join("\n")).toContain(testCase.dataDir);

    const restarted = start(testCase);
    await restarted.waitFor(RUNNING);
    expect(restarted.output()).toContain("stopped an embedded PostgreSQL left running by an earlier start");
    expect(restarted.output()).toContain(`"pid":${orphaned[0]?.pid}`);
    await signalAndExpectEverythingStopped(restarted, "SIGTERM", "pnpm");
  }, 60_000);
});
