import type { Router } from "express";
import type { OpenAPIObject } from "trpc-to-openapi";
import type { AppDeps } from "../app-deps.js";
import type { AnyJob } from "../jobs/queue.js";
import type { Env } from "../lib/env.js";
import type { RateLimitPolicy } from "./rate-limit/services/rate-limit-policy.js";

type Paths = NonNullable<OpenAPIObject["paths"]>;

/**
 * Everything a module adds to the app, in one place: the app (router, runtime, Express, OpenAPI)
 * assembles these lists, so a new module never edits the root router, the job registry or app.ts.
 */
export interface AppModule {
  name: string;
  /** tRPC namespaces this module serves (merged into the root router, types kept). */
  routers?: Record<string, unknown>;
  /** Durable jobs its workers run. */
  jobs?: readonly AnyJob[];
  /** Routes that verify a signature over the raw body (webhooks): mounted before any body parser. */
  rawBodyRoutes?: (deps: AppDeps) => Router;
  /** Hand-written Express routes under /api/v1 (e.g. redirects), mounted before the REST adapter. */
  httpRoutes?: (deps: AppDeps) => Router;
  /** OpenAPI paths of those hand-written routes (the generator only sees procedures). */
  openApiPaths?: Paths;
  /** Entries of the OpenAPI 3.1 `webhooks` section: requests this module sends out. */
  openApiWebhooks?: () => Record<string, unknown>;
  /** OpenAPI tags this module's operations use, with their descriptions. */
  openApiTags?: readonly { name: string; description: string }[];
  /** Work beside the queue on nodes that run jobs (listeners, short timers); stopped before the pool closes. */
  background?: (deps: AppDeps, databaseUrl: string) => Promise<{ stop(): Promise<void> }>;
  /** Work on every node, job workers or not (heartbeats, config listeners); stopped after HTTP drains. */
  everyNode?: (deps: AppDeps, databaseUrl: string) => Promise<{ stop(): Promise<void> }>;
  /** Rate limits it applies, by name; numbers may come from the environment. */
  rateLimits?: (env: Env) => Record<string, RateLimitPolicy>;
}

/** Keeps the literal type of a module (its routers and limit names) for the assembled app. */
export function defineModule<const M extends AppModule>(module: M): M {
  return module;
}
