import type { z } from "zod";
import type { AppDeps } from "../app-deps.js";

/** A durable job: a name, a validated payload and a handler. Throwing means "retry later". */
export interface JobDefinition<Payload> {
  name: string;
  payload: z.ZodType<Payload>;
  handler: (payload: Payload, deps: AppDeps) => Promise<void>;
  /** Cron expression (UTC) when the job also runs on a schedule. */
  schedule?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Workers per node, each taking one job at a time (default 1): a slow job holds up only its own. */
  concurrency?: number;
  /** At most one waiting job per key: enqueueing a key that already waits is a no-op. */
  dedupeKey?: (payload: Payload) => string;
}

export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}
