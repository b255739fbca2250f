import { describe, expect, it } from "vitest";
import type { JobState } from "../src/jobs/queue.js";
import { purgeExpiredRefreshTokens } from "../src/modules/identity/jobs/purge-expired-refresh-tokens.job.js";
import { createRefreshToken, createUser } from "./support/factories.js";
import { useTestApp } from "./support/test-app.js";

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
});
