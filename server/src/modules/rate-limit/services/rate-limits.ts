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
import { APP_MODULES, type RateLimitName } from "../../index.js";
import type { RateLimitPolicy } from "./rate-limit-policy.js";

/** Every limit the modules declare (AppModule.rateLimits), by name. */
export function rateLimitPolicies(env: Env): Record<RateLimitName, RateLimitPolicy> {
  return Object.assign({}, ...APP_MODULES.map((module) => module.rateLimits?.(env) ?? {})) as Record<
    RateLimitName,
    RateLimitPolicy
  >;
}

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
  private readonly policies: Record<RateLimitName, RateLimitPolicy>;

  private constructor(
    env: Env,
    store: (policy: RateLimitPolicy, keyPrefix: string, insurance: RateLimiterMemory) => RateLimiterAbstract,
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
