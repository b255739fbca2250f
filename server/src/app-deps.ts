import type { DbClient } from "@baseplate/db";
import type { JobQueue } from "./jobs/queue.js";
import type { AppLinks } from "./lib/app-links.js";
import type { Clock } from "./lib/clock.js";
import type { Env } from "./lib/env.js";
import type { Logger } from "./lib/logger.js";
import type { StripeAccess } from "./modules/billing/stripe/stripe-access.js";
import type { ConfigStore } from "./modules/config/services/config-store.js";
import type { RateLimits } from "./modules/rate-limit/services/rate-limits.js";

/** Everything a request or job needs, built once at start-up (and per test file). */
export interface AppDeps {
  env: Env;
  db: DbClient;
  log: Logger;
  clock: Clock;
  jobs: JobQueue;
  node: { id: string; startedAt: Date };
  /** HMAC key that signs access tokens. */
  jwtSecret: Uint8Array;
  /** AES-256 key that encrypts webhook signing secrets at rest. */
  webhookSecretKey: Buffer;
  /** Absolute links into the web app (emails, OAuth redirects). */
  links: AppLinks;
  /** True when the database is the embedded default rather than DATABASE_URL. */
  embeddedDatabase: boolean;
  /** Request rate limits shared by every node (PostgreSQL, or Redis when REDIS_URL is set). */
  rateLimits: RateLimits;
  /** Operator-editable settings (app name, limits), kept current on every node. */
  config: ConfigStore;
  /** Stripe (or the built-in emulator when no key is set). */
  stripe: StripeAccess;
}
