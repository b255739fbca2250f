import { Redis } from "ioredis";
import pg from "pg";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { sha256Hex } from "../../../lib/crypto.js";
import type { Env } from "../../../lib/env.js";
import { AppError } from "../../../lib/errors.js";
import type { Logger } from "../../../lib/logger.js";

interface Policy {
  points: number;
  durationSeconds: number;
  /** First half of the 429 message; "Try again in N seconds." follows. */
  message: string;
}

/** Every limit the product applies, keyed by what it counts. Numbers come from the environment. */
export function rateLimitPolicies(env: Env) {
  return {
    signupPerIp: {
      points: env.RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many sign-ups from this network.",
    },
    loginPerIp: {
      points: env.RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE,
      durationSeconds: 60,
      message: "Too many sign-in attempts from this network.",
    },
    /** The spec's "one request per 60 seconds per email", for every address, known or not. */
    resendVerificationPerEmail: {
      points: 1,
      durationSeconds: 60,
      message: "A verification email was requested for this address less than a minute ago.",
    },
    forgotPasswordPerEmail: {
      points: env.RATE_LIMIT_FORGOT_PASSWORD_PER_EMAIL_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many password reset requests for this address.",
    },
    emailRequestsPerIp: {
      points: env.RATE_LIMIT_EMAIL_REQUESTS_PER_IP_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many email requests from this network.",
    },
    clientErrorsPerIp: {
      points: env.RATE_LIMIT_CLIENT_ERRORS_PER_IP_PER_MINUTE,
      durationSeconds: 60,
      message: "Too many error reports from this network.",
    },
    passwordChangesPerUser: {
      points: env.RATE_LIMIT_PASSWORD_CHANGES_PER_USER_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many password changes.",
    },
  } satisfies Record<string, Policy>;
}

export type RateLimitName = keyof ReturnType<typeof rateLimitPolicies>;

export interface RateLimitStoreOptions {
  env: Env;
  databaseUrl: string;
  log: Logger;
}

/**
 * Rate limits shared by every node (rate-limiter-flexible): PostgreSQL's `rate_limits` table by
 * default, Redis when REDIS_URL is set. Keys are hashed, so neither store holds emails or IPs.
 * A store outage falls back to per-process memory limits (the insurance limiter) rather than
 * failing sign-ins.
 */
export class RateLimits {
  private readonly limiters: Record<RateLimitName, RateLimiterAbstract>;
  private readonly policies: Record<RateLimitName, Policy>;

  private constructor(
    env: Env,
    store: (policy: Policy, keyPrefix: string, insurance: RateLimiterMemory) => RateLimiterAbstract,
    readonly storeName: "postgres" | "redis",
    private readonly closeStore: () => Promise<void>,
  ) {
    this.policies = rateLimitPolicies(env);
    const entries = Object.entries(this.policies).map(([name, policy]) => {
      const keyPrefix = `${env.RATE_LIMIT_KEY_PREFIX}:${name}`;
      const options = { points: policy.points, duration: policy.durationSeconds, keyPrefix };
      return [name, store(policy, keyPrefix, new RateLimiterMemory(options))];
    });
    this.limiters = Object.fromEntries(entries) as Record<RateLimitName, RateLimiterAbstract>;
  }

  static create({ env, databaseUrl, log }: RateLimitStoreOptions): RateLimits {
    if (env.REDIS_URL) {
      const redis = new Redis(env.REDIS_URL, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        connectionName: "baseplate-rl",
      });
      redis.on("error", (error: Error) => log.warn({ err: error }, "rate-limit store (Redis) error"));
      return new RateLimits(
        env,
        (policy, keyPrefix, insuranceLimiter) =>
          new RateLimiterRedis({
            storeClient: redis,
            points: policy.points,
            duration: policy.durationSeconds,
            keyPrefix,
            insuranceLimiter,
          }),
        "redis",
        async () => {
          if (redis.status === "wait") return redis.disconnect();
          await redis.quit().catch(() => redis.disconnect());
        },
      );
    }
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: "baseplate-rl" });
    pool.on("error", (error) => log.warn({ err: error }, "rate-limit store (PostgreSQL) error"));
    return new RateLimits(
      env,
      (policy, keyPrefix, insuranceLimiter) =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: "pool",
          tableName: "rate_limits",
          tableCreated: true,
          // Expired rows are purged by a scheduled job (one node), not a timer in every process.
          clearExpiredByTimeout: false,
          points: policy.points,
          duration: policy.durationSeconds,
          keyPrefix,
          insuranceLimiter,
        }),
      "postgres",
      () => pool.end(),
    );
  }

  /**
   * Counts one request against `name` for `key` (an IP or a normalized email); over the limit it
   * throws RATE_LIMITED with the seconds until the window frees up (the Retry-After header).
   * A null key (an in-process caller with no IP) is not limited.
   */
  async consume(name: RateLimitName, key: string | null): Promise<void> {
    if (key === null) return;
    try {
      await this.limiters[name].consume(sha256Hex(key));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError(
        "RATE_LIMITED",
        `${this.policies[name].message} Try again in ${retryAfterSeconds} seconds.`,
        { retryAfterSeconds },
      );
    }
  }

  close(): Promise<void> {
    return this.closeStore();
  }
}
