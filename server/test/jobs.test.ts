import pg from "pg";
import { describe, expect, it } from "vitest";
import { JobQueue, type JobState } from "../src/jobs/queue.js";
import { createLogger } from "../src/lib/logger.js";
import { purgeExpiredRefreshTokens } from "../src/modules/identity/jobs/purge-expired-refresh-tokens.job.js";
import { APP_MODULES } from "../src/modules/index.js";
import { createRefreshToken, createUser } from "./support/factories.js";
import { createTestDatabase, useTestApp } from "./support/test-app.js";

const app = useTestApp();

async function waitForState(id: string, wanted: JobState, timeoutMs = 15_000): Promise<JobState | null> {
  const deadline = Date.now() + timeoutMs;
  let state: JobState | null = null;
  while (Date.now() < deadline) {
    state = await app().deps.jobs.stateOf(purgeExpiredRefreshTokens, id);
    if (state === wanted || state === "failed") return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return state;
}

describe("durable job queue", () => {
  it("runs an enqueued job on a worker and records completion in Postgres", async () => {
    const { db } = app();
    const user = await createUser(db);
    const expired = await createRefreshToken(db, user.id, new Date(Date.now() - 60_000));
    const live = await createRefreshToken(db, user.id, new Date(Date.now() + 3_600_000));

    const id = await app().deps.jobs.enqueue(purgeExpiredRefreshTokens, {});
    expect(await waitForState(id, "completed")).toBe("completed");

    const remaining = await db.refreshToken.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(remaining.map((row) => row.id)).toEqual([live.id]);
    expect(remaining.map((row) => row.id)).not.toContain(expired.id);
  });

  it("refuses a payload that does not match the job's schema", async () => {
    await expect(app().deps.jobs.enqueue(purgeExpiredRefreshTokens, { extra: 1 } as never)).rejects.toThrow();
  });

  it("lets four nodes starting together on a fresh database declare every queue (no deadlock)", async () => {
    const database = await createTestDatabase();
    const log = createLogger({ LOG_LEVEL: "silent", NODE_ENV: "test" });
    const jobs = APP_MODULES.flatMap((module) => module.jobs ?? []);
    const nodes = Array.from({ length: 4 }, () => new JobQueue(database.url, log));
    try {
      const started = await Promise.allSettled(
        nodes.map((node) => node.start(jobs, app().deps, { work: false })),
      );
      expect(started.filter((result) => result.status === "rejected")).toEqual([]);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ name: string }>(
        "SELECT name FROM pgboss.queue WHERE name NOT LIKE '__pgboss%' ORDER BY name",
      );
      await client.end();
      expect(rows.map((row) => row.name)).toEqual(jobs.map((job) => job.name).sort());
    } finally {
      await Promise.all(nodes.map((node) => node.stop(1000)));
      await database.drop();
    }
  });
});
