import pg from "pg";
import type { AppDeps } from "../../../app-deps.js";
import { dispatchLanes, fanOutPendingEvents, sweepWebhooks } from "./fan-out.service.js";
import { OUTBOX_CHANNEL } from "./outbox-notify.js";

const RECONNECT_MS = 1_000;

/**
 * Runs `task` one at a time; a request that arrives while it runs makes it run once more after,
 * so a burst of wake-ups costs at most two runs and none is missed.
 */
function coalesced(task: () => Promise<void>) {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  return { run, idle: () => running ?? Promise.resolve() };
}

/**
 * On nodes that run jobs: a committed event's NOTIFY fans
 * it out at once, and a short timer dispatches retries that came due and deliveries a dead node
 * held. Both only hand delivery ids to the queue; the delivery lease decides who sends.
 */
export async function startWebhookWorker(deps: AppDeps, databaseUrl: string) {
  let stopped = false;
  let client: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  const guard = (label: string, task: () => Promise<unknown>) => async () => {
    try {
      await task();
    } catch (error) {
      if (!stopped) deps.log.warn({ err: error }, `webhook ${label} failed; the next run retries`);
    }
  };
  const fanOut = coalesced(
    guard("fan-out", async () => dispatchLanes(deps, await fanOutPendingEvents(deps))),
  );
  const sweep = coalesced(guard("sweep", () => sweepWebhooks(deps)));

  async function listen(): Promise<void> {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: "baseplate-webhooks" });
    const retry = () => {
      if (stopped || client !== next) return;
      client = undefined;
      next.end().catch(() => {});
      reconnectTimer = setTimeout(() => void listen(), RECONNECT_MS);
    };
    client = next;
    next.on("error", retry);
    next.on("end", retry);
    next.on("notification", () => void fanOut.run());
    try {
      await next.connect();
      await next.query(`LISTEN ${OUTBOX_CHANNEL}`);
      void fanOut.run(); // events committed while nobody listened
    } catch {
      retry();
    }
  }

  await listen();
  const ticker = setInterval(() => void sweep.run(), deps.env.WEBHOOK_SWEEP_INTERVAL_MS);
  ticker.unref();

  return {
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(ticker);
      clearTimeout(reconnectTimer);
      await client?.end().catch(() => {});
      await Promise.all([fanOut.idle(), sweep.idle()]);
    },
  };
}
