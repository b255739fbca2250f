import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { createPrismaClient } from "@baseplate/db";
import { createApp } from "./app.js";
import type { AppDeps } from "./app-deps.js";
import { JobQueue } from "./jobs/queue.js";
import { AppLinks } from "./lib/app-links.js";
import { type Clock, systemClock } from "./lib/clock.js";
import type { Env } from "./lib/env.js";
import { resolveJwtSecret } from "./lib/jwt-secret.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { forgetEmulatorObjects } from "./modules/billing/stripe/forget-emulator-objects.js";
import { createStripeAccess } from "./modules/billing/stripe/stripe-access.js";
import { ConfigStore } from "./modules/config/services/config-store.js";
import { APP_MODULES } from "./modules/index.js";
import { RateLimits } from "./modules/rate-limit/services/rate-limits.js";
import { bootstrapRootTenant } from "./modules/tenancy/services/root-tenant.service.js";
import { resolveWebhookSecretKey } from "./modules/webhooks/services/secret-key.js";

export interface RuntimeOptions {
  env: Env;
  databaseUrl: string;
  embeddedDatabase?: boolean;
  log?: Logger;
  clock?: Clock;
}

export interface Runtime {
  deps: AppDeps;
  /** Starts HTTP (and job workers when enabled); resolves with the bound URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Drains HTTP, stops workers, closes the database pool. Safe to call twice. */
  stop(): Promise<void>;
}

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { env } = options;
  const log = options.log ?? createLogger(env);
  const db = createPrismaClient(options.databaseUrl);
  const jobs = new JobQueue(options.databaseUrl, log, env.JOB_POLL_INTERVAL_SECONDS);
  const deps: AppDeps = {
    env,
    db,
    log,
    clock: options.clock ?? systemClock,
    jobs,
    node: { id: env.NODE_ID ?? `${hostname()}-${process.pid}`, startedAt: new Date() },
    jwtSecret: resolveJwtSecret(env.JWT_SECRET),
    webhookSecretKey: resolveWebhookSecretKey(env.WEBHOOK_SECRET_KEY),
    embeddedDatabase: options.embeddedDatabase ?? false,
    links: new AppLinks(env.PUBLIC_URL),
    rateLimits: RateLimits.create({ env, databaseUrl: options.databaseUrl, log }),
    config: new ConfigStore(db, env),
    stripe: await createStripeAccess(env, log),
  };
  await deps.config.start();
  await bootstrapRootTenant(deps);
  await forgetEmulatorObjects(deps);
  await jobs.start(
    APP_MODULES.flatMap((module) => module.jobs ?? []),
    deps,
    { work: env.JOBS_ENABLED },
  );
  const background = [
    ...(await Promise.all(APP_MODULES.map((module) => module.everyNode?.(deps, options.databaseUrl)))),
    ...(env.JOBS_ENABLED
      ? await Promise.all(APP_MODULES.map((module) => module.background?.(deps, options.databaseUrl)))
      : []),
  ];
  const app = createApp(deps);
  let server: Server | undefined;
  let stopping: Promise<void> | undefined;

  async function listen(port = env.PORT, host = env.HOST): Promise<string> {
    server = createServer(app);
    await new Promise<void>((resolve, reject) => {
      server?.once("error", reject);
      server?.listen(port, host, resolve);
    });
    const address = server.address() as AddressInfo;
    const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
    const url = `http://${shownHost}:${address.port}`;
    deps.links.setListenUrl(url);
    deps.stripe.connect(`http://127.0.0.1:${address.port}`);
    return url;
  }

  async function drainHttp(): Promise<void> {
    if (!server?.listening) return;
    const closed = new Promise<void>((resolve) => server?.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server?.closeAllConnections(), env.SHUTDOWN_TIMEOUT_MS);
    await closed;
    clearTimeout(timer);
  }

  function stop(): Promise<void> {
    stopping ??= (async () => {
      await drainHttp();
      await Promise.all(background.map((worker) => worker?.stop()));
      await jobs.stop(env.SHUTDOWN_TIMEOUT_MS);
      await deps.rateLimits.close();
      await deps.stripe.close();
      await db.$disconnect();
    })();
    return stopping;
  }

  return { deps, listen, stop };
}
