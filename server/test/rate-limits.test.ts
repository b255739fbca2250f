import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { type TestApp, useTestApp } from "./support/test-app.js";

const SMALL_LIMITS = {
  RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: "2",
  RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE: "3",
  RATE_LIMIT_FORGOT_PASSWORD_PER_EMAIL_PER_HOUR: "2",
  RATE_LIMIT_EMAIL_REQUESTS_PER_IP_PER_HOUR: "3",
};
const app = useTestApp({ env: SMALL_LIMITS });

const redisPrefix = `rl-test-${randomUUID()}`;
const redisApp = useTestApp({
  env: { ...SMALL_LIMITS, REDIS_URL: "redis://127.0.0.1:6379", RATE_LIMIT_KEY_PREFIX: redisPrefix },
});
const redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true });
afterAll(async () => {
  const keys = await redis.keys(`${redisPrefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

/** Every request in a test file comes from 127.0.0.1; a trusted proxy header gives each test its own client IP. */
let ipCounter = 0;
function nextIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

function post(target: TestApp, path: string, body: unknown, ip: string) {
  return target.http(`/api/v1${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Forwarded-For": ip },
    body: JSON.stringify(body),
  });
}

async function expectRateLimited(response: Response, maxSeconds: number) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(await json(response)).toEqual({
    code: "RATE_LIMITED",
    error: expect.stringMatching(/Try again in \d+ seconds/),
  });
}

describe("rate limits (PostgreSQL store)", () => {
  it("limits sign-ups per IP; the refused one creates nothing; other IPs are unaffected", async () => {
    const ip = nextIp();
    for (let index = 0; index < 2; index += 1) {
      const response = await post(
        app(),
        "/auth/signup",
        { email: uniqueEmail(), password: PASSWORD, displayName: "A" },
        ip,
      );
      expect(response.status).toBe(200);
    }
    const refusedEmail = uniqueEmail("refused");
    await expectRateLimited(
      await post(app(), "/auth/signup", { email: refusedEmail, password: PASSWORD, displayName: "A" }, ip),
      3600,
    );
    expect(await app().db.user.count({ where: { email: refusedEmail } })).toBe(0);
    const elsewhere = await post(
      app(),
      "/auth/signup",
      { email: refusedEmail, password: PASSWORD, displayName: "A" },
      nextIp(),
    );
    expect(elsewhere.status).toBe(200);
  });

  it("limits sign-in attempts per IP on REST and tRPC, on top of the per-email lockout", async () => {
    const email = uniqueEmail();
    const { user } = await signUp(app(), { email });
    const ip = nextIp();
    expect((await post(app(), "/auth/login", { email, password: "wrongPass1" }, ip)).status).toBe(401);
    expect((await post(app(), "/auth/login", { email, password: "wrongPass1" }, ip)).status).toBe(401);
    expect((await post(app(), "/auth/login", { email, password: PASSWORD }, ip)).status).toBe(200);
    const sessionsBefore = await app().db.authSession.count({ where: { userId: user.id } });

    await expectRateLimited(await post(app(), "/auth/login", { email, password: PASSWORD }, ip), 60);
    const viaTrpc = await app().http("/trpc/auth.login", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Forwarded-For": ip },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(viaTrpc.status).toBe(429);
    expect(Number(viaTrpc.headers.get("retry-after"))).toBeGreaterThan(0);
    const trpcError = (await json(viaTrpc)).error;
    expect(trpcError.data).toMatchObject({ code: "TOO_MANY_REQUESTS", appCode: "RATE_LIMITED" });
    expect(trpcError.data.retryAfterSeconds).toBeGreaterThan(0);

    // Nothing happened: no session, and the refused attempts did not count toward the lockout.
    expect(await app().db.authSession.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    expect(await app().db.loginLockout.count({ where: { email } })).toBe(0);
    expect((await post(app(), "/auth/login", { email, password: PASSWORD }, nextIp())).status).toBe(200);
  });

  it("limits password reset requests per address, whoever asks", async () => {
    const email = uniqueEmail();
    const { user } = await signUp(app(), { email });
    for (let index = 0; index < 2; index += 1) {
      expect((await post(app(), "/auth/forgot-password", { email }, nextIp())).status).toBe(200);
    }
    await expectRateLimited(
      await post(app(), "/auth/forgot-password", { email: email.toUpperCase() }, nextIp()),
      3600,
    );
    const tokens = { userId: user.id, purpose: "reset_password" as const };
    expect(await app().db.emailToken.count({ where: tokens })).toBe(2);
    expect(await app().db.outboundEmail.count({ where: { toAddress: email, kind: "reset_password" } })).toBe(
      2,
    );
  });

  it("limits email requests (forgot password and resend verification together) per IP", async () => {
    const ip = nextIp();
    expect((await post(app(), "/auth/forgot-password", { email: uniqueEmail() }, ip)).status).toBe(200);
    expect((await post(app(), "/auth/resend-verification", { email: uniqueEmail() }, ip)).status).toBe(200);
    expect((await post(app(), "/auth/forgot-password", { email: uniqueEmail() }, ip)).status).toBe(200);
    await expectRateLimited(
      await post(app(), "/auth/resend-verification", { email: uniqueEmail() }, ip),
      3600,
    );
    await expectRateLimited(await post(app(), "/auth/forgot-password", { email: uniqueEmail() }, ip), 3600);
  });

  it("keeps its windows in the rate_limits table, keyed by hashes (no email or IP stored)", async () => {
    const email = uniqueEmail("stored");
    const ip = nextIp();
    expect((await post(app(), "/auth/resend-verification", { email }, ip)).status).toBe(200);
    const rows = await app().db.rateLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).toMatch(/^rl:[A-Za-z]+:[0-9a-f]{64}$/);
      expect(row.key).not.toContain(email);
      expect(row.key).not.toContain(ip);
    }
    expect(rows.some((row) => row.key.startsWith("rl:resendVerificationPerEmail:"))).toBe(true);
  });
});

describe("rate limits (Redis store, REDIS_URL set)", () => {
  it("limits with counters in Redis under the configured prefix, and nothing in PostgreSQL", async () => {
    const email = uniqueEmail();
    await signUp(redisApp(), { email });
    const ip = nextIp();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await post(redisApp(), "/auth/login", { email, password: PASSWORD }, ip)).status).toBe(200);
    }
    await expectRateLimited(await post(redisApp(), "/auth/login", { email, password: PASSWORD }, ip), 60);
    expect((await post(redisApp(), "/auth/resend-verification", { email }, nextIp())).status).toBe(200);
    await expectRateLimited(await post(redisApp(), "/auth/resend-verification", { email }, nextIp()), 60);

    expect(await redisApp().db.rateLimit.count()).toBe(0);
    const keys = await redis.keys(`${redisPrefix}:*`);
    expect(keys.some((key) => key.startsWith(`${redisPrefix}:loginPerIp:`))).toBe(true);
    expect(keys.some((key) => key.startsWith(`${redisPrefix}:resendVerificationPerEmail:`))).toBe(true);
  });
});
