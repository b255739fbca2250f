import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { json } from "./support/json.js";
import { createTestDatabase } from "./support/test-app.js";

const serverDir = fileURLToPath(new URL("..", import.meta.url));
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Starts `src/main.ts` as `pnpm start` does and resolves once it logs its URL. */
async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"url":"(http:\/\/[^"]+)"/);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

describe("server process", () => {
  it("applies migrations at start, serves, and shuts down cleanly on SIGTERM", async () => {
    const database = await createTestDatabase({ migrated: false });
    try {
      const { child, url, output } = await startServer({ DATABASE_URL: database.url });
      const health = await fetch(`${url}/health`);
      expect(await json(health)).toEqual({ status: "ok" });
      expect(output()).toContain("database migrations applied");
      const status = await fetch(`${url}/trpc/system.status`).then(json);
      expect(status.result.data.checks.database.ok).toBe(true);

      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output()).toContain("stopped cleanly");
    } finally {
      await database.drop();
    }
  });

  it("refuses to start on invalid configuration and says which variable is wrong", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: serverDir,
      env: { ...process.env, PORT: "not-a-port", DATABASE_URL: "postgres://127.0.0.1:1/none" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.push(child);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr).toContain("Invalid configuration");
    expect(stderr).toContain("PORT");
  });
});
