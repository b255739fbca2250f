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
  /** This node's workers per queue, woken when this node enqueues (instead of at their next poll). */
  private readonly workers = new Map<string, string[]>();

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
          policy: job.dedupeKey ? "short" : "standard",
        });
        if (job.schedule) await this.boss.schedule(job.name, job.schedule, {}, { tz: "UTC" });
      }
    });
    if (!options.work) return;
    const workOptions = { pollingIntervalSeconds: this.pollIntervalSeconds };
    for (const job of jobs) {
      const ids: string[] = [];
      for (let worker = 0; worker < (job.concurrency ?? 1); worker += 1)
        ids.push(await this.boss.work(job.name, workOptions, (batch) => this.run(job, batch, deps)));
      this.workers.set(job.name, ids);
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
    this.wakeWorker(job.name);
    return id;
  }

  /** One insert for many jobs; with `dedupeKey`, keys that already wait are skipped. */
  async enqueueMany<Payload>(job: JobDefinition<Payload>, payloads: Payload[]): Promise<void> {
    if (payloads.length === 0) return;
    const rows = payloads.map((payload) => ({
      name: job.name,
      data: job.payload.parse(payload) as object,
      ...(job.dedupeKey ? { singletonKey: job.dedupeKey(payload) } : {}),
    }));
    await this.boss.insert(rows);
    this.wakeWorker(job.name);
  }

  private wakeWorker(name: string): void {
    for (const workerId of this.workers.get(name) ?? []) this.boss.notifyWorker(workerId);
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
