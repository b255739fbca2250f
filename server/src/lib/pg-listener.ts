import pg from "pg";

const RECONNECT_MS = 1_000;

export interface PgListener {
  stop(): Promise<void>;
}

/**
 * LISTENs on `channel` with a connection of its own, reconnecting after a second when it drops.
 * `onConnected` runs after every (re)connect: whatever was notified while nobody listened is
 * caught up there. PostgreSQL delivers a NOTIFY only when its transaction commits.
 */
export async function listenForNotifications(options: {
  databaseUrl: string;
  channel: string;
  applicationName: string;
  onNotification: (payload: string) => void;
  onConnected?: () => void;
}): Promise<PgListener> {
  let stopped = false;
  let client: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: options.applicationName,
    });
    const retry = () => {
      if (stopped || client !== next) return;
      client = undefined;
      next.end().catch(() => {});
      reconnectTimer = setTimeout(() => void connect(), RECONNECT_MS);
    };
    client = next;
    next.on("error", retry);
    next.on("end", retry);
    next.on("notification", (message) => options.onNotification(message.payload ?? ""));
    try {
      await next.connect();
      await next.query(`LISTEN ${options.channel}`);
      options.onConnected?.();
    } catch {
      retry();
    }
  }

  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(reconnectTimer);
      await client?.end().catch(() => {});
    },
  };
}
