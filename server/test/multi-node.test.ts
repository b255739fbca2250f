import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { PASSWORD, uniqueEmail } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { killServersAfterEach, startServer } from "./support/server-process.js";
import { createTestDatabase } from "./support/test-app.js";

/**
 * Two server processes on one database, as behind a load balancer: state that must hold
 * everywhere (lockouts, logouts, key revocations) lives in PostgreSQL, not in a process.
 */
killServersAfterEach();

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function twoNodes(databaseUrl = database.url) {
  const env = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: "multi-node-shared-secret-0123456789abcdef",
    JOBS_ENABLED: "false",
  };
  const [a, b] = await Promise.all([
    startServer({ ...env, NODE_ID: "node-a" }),
    startServer({ ...env, NODE_ID: "node-b" }),
  ]);
  const on =
    (node: { url: string }) =>
    (path: string, init: { method?: string; token?: string; body?: unknown } = {}) =>
      fetch(`${node.url}/api/v1${path}`, {
        method: init.method ?? (init.body ? "POST" : "GET"),
        headers: {
          ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
          ...(init.body ? { "Content-Type": "application/json" } : {}),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
  return { a: on(a), b: on(b) };
}

type NodeCall = Awaited<ReturnType<typeof twoNodes>>["a"];

async function signUp(call: NodeCall): Promise<Json> {
  const email = uniqueEmail();
  const response = await call("/auth/signup", {
    body: { email, password: PASSWORD, displayName: "Node Person" },
  });
  expect(response.status).toBe(200);
  return { ...(await json(response)), email };
}

describe("two server processes on one database", () => {
  it("honour a lockout, a logout and an API key revocation made through the other at once", async () => {
    const { a, b } = await twoNodes();
    const operator = await signUp(a);

    // Lockout: five failures on node A, the sixth attempt on node B is locked even with the right password.
    const victim = await signUp(b);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await a("/auth/login", { body: { email: victim.email, password: "wrong-password-1" } });
      expect(failed.status).toBe(401);
    }
    const locked = await b("/auth/login", { body: { email: victim.email, password: PASSWORD } });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);

    // Logout on A: the access token fails on B on its next call.
    expect((await b("/auth/me", { token: operator.accessToken })).status).toBe(200);
    expect((await a("/auth/logout", { method: "POST", token: operator.accessToken, body: {} })).status).toBe(
      200,
    );
    expect((await b("/auth/me", { token: operator.accessToken })).status).toBe(401);

    // Key revocation on A: the key fails on B on its next call.
    const session = await json(
      await a("/auth/login", { body: { email: operator.email, password: PASSWORD } }),
    );
    const created = await json(
      await a("/admin/api-keys", {
        token: session.accessToken,
        body: { name: "node test", authority: "admin" },
      }),
    );
    expect((await b("/tenant/members", { token: created.rawKey })).status).toBe(200);
    const revoked = await a(`/admin/api-keys/${created.apiKey.id}`, {
      method: "DELETE",
      token: session.accessToken,
    });
    expect(await json(revoked)).toEqual({ status: "deleted" });
    expect((await b("/tenant/members", { token: created.rawKey })).status).toBe(401);
  });

  it("follow a config change made through the other at once, without a restart", async () => {
    // A database of its own, so that the first account (the platform admin) is this test's.
    const own = await createTestDatabase();
    onTestFinished(() => own.drop());
    const { a, b } = await twoNodes(own.url);
    const operator = await signUp(a);
    const settingsOn = async (call: NodeCall) => (await json(await call("/system/settings"))).appName;
    expect(await settingsOn(b)).not.toBe("Renamed by A");

    const changed = await a("/admin/config/app.name", {
      method: "PUT",
      token: operator.accessToken,
      body: { value: "Renamed by A" },
    });
    expect(changed.status).toBe(200);
    // Pushed by LISTEN/NOTIFY: B's periodic refresh is a minute away (CONFIG_REFRESH_MS default).
    await expect.poll(() => settingsOn(b), { timeout: 5_000, interval: 50 }).toBe("Renamed by A");
  });
});
