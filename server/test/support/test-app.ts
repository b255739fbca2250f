import { createTestDatabase as createDatabase } from "@baseplate/db/testing";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import type { AppDeps } from "../../src/app-deps.js";
import type { Clock } from "../../src/lib/clock.js";
import { loadEnv } from "../../src/lib/env.js";
import { createRuntime } from "../../src/runtime.js";
import { createContextInner, type RequestInfo } from "../../src/trpc/context.js";
import { appRouter } from "../../src/trpc/router.js";

export interface TestApp {
  deps: AppDeps;
  db: AppDeps["db"];
  /** Base URL of a real HTTP listener on a random port. */
  baseUrl: string;
  /** tRPC caller without HTTP, as a client with these request headers would call. */
  caller(request?: Partial<RequestInfo>): ReturnType<typeof appRouter.createCaller>;
  /** `fetch` against the running server; relative paths. */
  http(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
}

/** A fresh database: cloned from the migrated template, or empty when `migrated` is false. */
export function createTestDatabase({ migrated = true }: { migrated?: boolean } = {}) {
  const template = migrated ? inject("templateDatabase") : undefined;
  return createDatabase(inject("pgAdminUrl"), `bp_t_${inject("runId")}`, { template });
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const env = loadEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    SHUTDOWN_TIMEOUT_MS: "2000",
    JOB_POLL_INTERVAL_SECONDS: "0.5",
    JWT_SECRET: "test-secret-that-is-long-enough-for-hs256-0123456789",
    // Every test request comes from 127.0.0.1: per-IP limits would couple unrelated tests.
    // Per-email limits keep their production values; rate-limits.test.ts sets small IP limits.
    RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: "100000",
    RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE: "100000",
    RATE_LIMIT_EMAIL_REQUESTS_PER_IP_PER_HOUR: "100000",
    WEBHOOK_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    // Test receivers listen on 127.0.0.1 (refused in production); webhooks-ssrf.test.ts turns the guard back on.
    ...(options.env?.NODE_ENV === "production" ? {} : { WEBHOOK_ALLOW_PRIVATE_TARGETS: "true" }),
    ...options.env,
  });
  const runtime = await createRuntime({ env, databaseUrl: database.url, clock: options.clock });
  const baseUrl = await runtime.listen(0, "127.0.0.1");
  const { deps } = runtime;
  return {
    deps,
    db: deps.db,
    baseUrl,
    caller: (request = {}) => appRouter.createCaller(createContextInner(deps, request)),
    http: (path, init) => fetch(`${baseUrl}${path}`, init),
    async close() {
      await runtime.stop();
      await database.drop();
    },
  };
}

/** One app per test file: created before the first test, closed after the last. */
export function useTestApp(options: TestAppOptions = {}): () => TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error("useTestApp(): the app is only available inside tests");
    return app;
  };
}

/** A fresh app (database, Stripe emulator, clock) for each test: for cases that move time for everyone. */
export function useTestAppPerTest(options: () => TestAppOptions = () => ({})): () => TestApp {
  let app: TestApp | undefined;
  beforeEach(async () => {
    app = await createTestApp(options());
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  return () => {
    if (!app) throw new Error("useTestAppPerTest(): the app is only available inside tests");
    return app;
  };
}
