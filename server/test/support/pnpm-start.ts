import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { processesOf } from "./process-tree.js";

export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface StartRun {
  /** The pnpm process; it leads a process group of its own (spawned detached). */
  pid: number;
  child: ChildProcess;
  /** Strings that identify this run's processes on the command line (data directory, ports). */
  marks: string[];
  output(): string;
  /** Resolves once the combined output matches; rejects if the run exits first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
}

const runs: StartRun[] = [];

/** Kills whatever a test's runs left behind (PostgreSQL with an immediate shutdown), even when it failed. */
export function cleanUpRunsAfterEach(): void {
  afterEach(() => {
    for (const run of runs.splice(0)) {
      for (const info of processesOf(run.pid, run.marks)) {
        try {
          process.kill(info.pid, info.args.includes("postgres") ? "SIGQUIT" : "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  });
}

/** `pnpm start` from the repository root, as the README runs it: no terminal, a process group of its own. */
export function pnpmStart(env: Record<string, string>, marks: string[]): StartRun {
  const { DATABASE_URL: _unset, ...inherited } = process.env;
  const child = spawn("pnpm", ["start"], {
    cwd: repoRoot,
    detached: true,
    env: { ...inherited, LOG_LEVEL: "info", LOG_PRETTY: "false", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const waiters = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`timed out waiting for ${pattern}:\n${output}`)),
        timeoutMs,
      );
      const check = () => {
        if (pattern.test(output)) finish();
      };
      const finish = (error?: Error) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (error) reject(error);
        else resolve();
      };
      waiters.add(check);
      void exited.then(([code, signal]) =>
        finish(new Error(`pnpm start exited (${signal ?? code}) before ${pattern}:\n${output}`)),
      );
      check();
    });
  if (child.pid === undefined) throw new Error("pnpm could not be started");
  const run: StartRun = { pid: child.pid, child, marks, output: () => output, waitFor, exited };
  runs.push(run);
  return run;
}
