import { describe, expect, it } from "vitest";
import { PASSWORD, signUp } from "./support/auth.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

// A batch cap well above the attempts, so only the lockout can stop them.
const app = useTestApp({ env: { TRPC_MAX_BATCH_SIZE: "50" } });

/** Each verified wrong password leaves exactly one audit entry; refused attempts leave none. */
async function verifiedFailures(email: string): Promise<number> {
  return app().db.auditLog.count({
    where: {
      action: { in: ["auth.login_failed", "auth.account_locked"] },
      metadata: { path: ["email"], equals: email },
    },
  });
}

async function sessionsOf(email: string): Promise<number> {
  return app().db.authSession.count({ where: { user: { email } } });
}

function batchLogin(attempts: { email: string; password: string }[]) {
  const paths = attempts.map(() => "auth.login").join(",");
  const body = Object.fromEntries(attempts.map((attempt, index) => [String(index), attempt]));
  return app().http(`/trpc/${paths}?batch=1`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("login lockout under batching and parallelism", () => {
  it("verifies at most 5 passwords of 30 wrong ones sent in one tRPC batch", async () => {
    const { user } = await signUp(app());
    const response = await batchLogin(
      Array.from({ length: 30 }, () => ({ email: user.email, password: "wrong" })),
    );
    const results = (await json(response)) as { error?: { data: { httpStatus: number } } }[];
    const statuses = results.map((result) => result.error?.data.httpStatus);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    expect(await verifiedFailures(user.email)).toBe(5);
  });

  it("does not sign in with the right password sent after 19 wrong ones in the same batch", async () => {
    const { user } = await signUp(app());
    const sessionsBefore = await sessionsOf(user.email);
    const attempts = Array.from({ length: 19 }, () => ({ email: user.email, password: "wrong" }));
    const response = await batchLogin([...attempts, { email: user.email, password: PASSWORD }]);
    const results = (await json(response)) as {
      result?: unknown;
      error?: { data: { httpStatus: number } };
    }[];
    expect(results.every((result) => result.error !== undefined)).toBe(true);
    expect(results.at(-1)?.error?.data.httpStatus).toBe(429);
    expect(await sessionsOf(user.email)).toBe(sessionsBefore);
    expect(await verifiedFailures(user.email)).toBe(5);
  });

  it("verifies at most 5 of 20 parallel wrong REST logins", async () => {
    const { user } = await signUp(app());
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        app().http("/api/v1/auth/login", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ email: user.email, password: "wrong" }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    expect(responses.find((response) => response.status === 429)?.headers.get("retry-after")).toMatch(
      /^\d+$/,
    );
    expect(await verifiedFailures(user.email)).toBe(5);
  });

  it("counts unknown addresses the same way", async () => {
    const email = `nobody-${Date.now()}@example.test`;
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        app()
          .caller({ ip: null })
          .auth.login({ email, password: "wrong" })
          .catch((error) => error.code),
      ),
    );
    expect(responses.filter((code) => code === "UNAUTHORIZED")).toHaveLength(5);
    expect(responses.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(7);
  });

  it("a success inside the window clears the reserved attempts", async () => {
    const { user } = await signUp(app());
    for (let i = 0; i < 4; i++) {
      await expect(app().caller().auth.login({ email: user.email, password: "wrong" })).rejects.toMatchObject(
        {
          code: "UNAUTHORIZED",
        },
      );
    }
    await expect(app().caller().auth.login({ email: user.email, password: PASSWORD })).resolves.toBeTruthy();
    for (let i = 0; i < 4; i++) {
      await expect(app().caller().auth.login({ email: user.email, password: "wrong" })).rejects.toMatchObject(
        {
          code: "UNAUTHORIZED",
        },
      );
    }
    await expect(app().caller().auth.login({ email: user.email, password: PASSWORD })).resolves.toBeTruthy();
  });
});
