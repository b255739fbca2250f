import type { DbTx } from "@baseplate/db";

/** Worker nodes LISTEN here; Postgres delivers a NOTIFY only when its transaction commits. */
export const OUTBOX_CHANNEL = "baseplate_webhook_outbox";

/** Wakes the worker nodes once the caller's transaction commits (repeats in one transaction fold into one). */
export async function notifyOutbox(tx: DbTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
}
