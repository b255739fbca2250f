import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { json } from "./support/json.js";
import { killServersAfterEach, spawnServer, startServer } from "./support/server-process.js";
import { createTestDatabase } from "./support/test-app.js";

killServersAfterEach();

describe("server process", () => {
  it("applies migrations at start, serves, and shuts down cleanly on SIGTERM", async () => {
    const database = await createTestDatabase({ migrated: false });
    try {
      const { child, url, output } = await startServer({ DATABASE_URL: database.url });
      const health = await fetch(`${url}/health`);
      expect(await json(health)).toEqual({ status: "ok" });
      expect(output()).toContain("database migrations applied");
      const status = await fetch(`${url}/trpc/system.status`).then(json);
      expect(status.result.data.status).toBe("ok");

      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output()).toContain("stopped cleanly");
    } finally {
      await database.drop();
    }
  });

  it("refuses to start on invalid configuration and says which variable is wrong", async () => {
    const child = spawnServer({ PORT: "not-a-port", DATABASE_URL: "postgres://127.0.0.1:1/none" });
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
