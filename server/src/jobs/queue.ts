import { withSessionLock } from "@baseplate/db";
import PgBoss from "pg-boss";
import type { AppDeps } from "../app-deps.js";
import type { Logger } from "../lib/logger.js";
import type { JobDefinition } from "./define-job.js";

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

// biome-ignore lint/suspicious/noExplicitAny: a registry holds jobs of every payload type.
export type AnyJob = JobDefinition<any>;

/** Nodes starting together would deadlock inside pg-boss's queue and partition creation. */
const QUEUE_DECLARATION_LOCK_KEY = 4_827_310_912;

/** Postgres-backed durable queue (pg-boss) shared by every node. */
export class JobQueue {
  private readonly boss: PgBoss;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
    private readonly pollIntervalSeconds = 2,
  ) {
    this.boss = new PgBoss({
      connectionString,
      schema: "pgboss",
      max: 4,
      application_name: "baseplate-jobs",
    });
    this.boss.on("error", (error) => this.log.error({ err: error }, "job queue error"));
  }

  /** Creates or migrates the queue's own tables without declaring queues or workers. */
  async installSchema(): Promise<void> {
    await this.boss.start();
  }

  /** Installs the queue schema and declares queues; workers run only when `work` is set. */
  async start(jobs: readonly AnyJob[], deps: AppDeps, options: { work: boolean }): Promise<void> {
    await withSessionLock(this.connectionString, QUEUE_DECLARATION_LOCK_KEY, async () => {
      await this.boss.start();
      for (const job of jobs) {
        await this.boss.createQueue(job.name, {
          name: job.name,
          retryLimit: job.retryLimit ?? 5,
          retryDelay: job.retryDelaySeconds ?? 10,
          retryBackoff: true,
        });
        if (job.schedule) await this.boss.schedule(job.name, job.schedule, {}, { tz: "UTC" });
      }
    });
    if (!options.work) return;
    const workOptions = { pollingIntervalSeconds: this.pollIntervalSeconds };
    for (const job of jobs) {
      await this.boss.work(job.name, workOptions, (batch) => this.run(job, batch, deps));
    }
  }

  private async run(job: AnyJob, batch: PgBoss.Job<unknown>[], deps: AppDeps): Promise<void> {
    for (const item of batch) {
      const payload = job.payload.parse(item.data ?? {});
      const log = this.log.child({ job: job.name, jobId: item.id });
      log.debug("job started");
      await job.handler(payload, { ...deps, log });
      log.debug("job completed");
    }
  }

  async enqueue<Payload>(job: JobDefinition<Payload>, payload: Payload): Promise<string> {
    const data = job.payload.parse(payload) as object;
    const id = await this.boss.send(job.name, data);
    if (!id) throw new Error(`Job ${job.name} was not enqueued`);
    return id;
  }

  async stateOf(job: AnyJob, id: string): Promise<JobState | null> {
    const found = await this.boss.getJobById(job.name, id, { includeArchive: true });
    return (found?.state as JobState | undefined) ?? null;
  }

  /** Stops fetching new jobs and waits for running ones, up to `timeoutMs`. */
  async stop(timeoutMs: number): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: Math.max(timeoutMs, 1) });
  }
}
