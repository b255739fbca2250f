import type { AppDeps } from "../../../app-deps.js";
import { coalesced } from "../../../lib/coalesced.js";
import { listenForNotifications } from "../../../lib/pg-listener.js";
import { CONFIG_CHANNEL } from "./config-store.js";

/**
 * On every node: reload the config when a change is announced (and after a reconnect, for changes
 * made while the connection was down), and on a timer as a safety net.
 */
export async function keepConfigCurrent(deps: AppDeps, databaseUrl: string) {
  let stopped = false;
  const reload = coalesced(async () => {
    try {
      await deps.config.reload();
    } catch (error) {
      if (!stopped) deps.log.warn({ err: error }, "config reload failed; the next change or tick retries");
    }
  });
  const listener = await listenForNotifications({
    databaseUrl,
    channel: CONFIG_CHANNEL,
    applicationName: "baseplate-config",
    onNotification: () => void reload.run(),
    onConnected: () => void reload.run(),
  });
  const ticker = setInterval(() => void reload.run(), deps.env.CONFIG_REFRESH_MS);
  ticker.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(ticker);
      await listener.stop();
      await reload.idle();
    },
  };
}
