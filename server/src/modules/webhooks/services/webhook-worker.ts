import type { AppDeps } from "../../../app-deps.js";
import { coalesced } from "../../../lib/coalesced.js";
import { listenForNotifications } from "../../../lib/pg-listener.js";
import { dispatchLanes, fanOutPendingEvents, sweepWebhooks } from "./fan-out.service.js";
import { OUTBOX_CHANNEL } from "./outbox-notify.js";

/**
 * On nodes that run jobs: a committed event's NOTIFY fans
 * it out at once, and a short timer dispatches retries that came due and deliveries a dead node
 * held. Both only hand delivery ids to the queue; the delivery lease decides who sends.
 */
export async function startWebhookWorker(deps: AppDeps, databaseUrl: string) {
  let stopped = false;
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

  const listener = await listenForNotifications({
    databaseUrl,
    channel: OUTBOX_CHANNEL,
    applicationName: "baseplate-webhooks",
    onNotification: () => void fanOut.run(),
    onConnected: () => void fanOut.run(), // events committed while nobody listened
  });
  const ticker = setInterval(() => void sweep.run(), deps.env.WEBHOOK_SWEEP_INTERVAL_MS);
  ticker.unref();

  return {
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(ticker);
      await listener.stop();
      await Promise.all([fanOut.idle(), sweep.idle()]);
    },
  };
}
