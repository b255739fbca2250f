import type { DbClient, DbTx } from "@baseplate/db";

const endpointView = {
  id: true,
  tenantId: true,
  name: true,
  description: true,
  url: true,
  events: true,
  secretPreview: true,
  isActive: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface NewEndpoint {
  tenantId: string;
  name: string;
  description: string;
  url: string;
  events: string[];
  secretEncrypted: string;
  secretPreview: string;
  createdById: string | null;
}

export function insertEndpoint(db: DbTx, data: NewEndpoint) {
  return db.webhookEndpoint.create({ data, select: endpointView });
}

/** A live (not deleted) endpoint of this tenant, with its encrypted secret; null otherwise. */
export function findEndpoint(db: DbClient | DbTx, tenantId: string, id: string) {
  return db.webhookEndpoint.findFirst({
    where: { id, tenantId, deletedAt: null },
    select: { ...endpointView, secretEncrypted: true },
  });
}

export function listEndpoints(db: DbClient | DbTx, tenantId: string) {
  return db.webhookEndpoint.findMany({
    where: { tenantId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: endpointView,
  });
}

export interface EndpointChanges {
  name?: string;
  description?: string;
  url?: string;
  events?: string[];
  isActive?: boolean;
}

export async function updateEndpointRow(db: DbTx, tenantId: string, id: string, changes: EndpointChanges) {
  const reactivate =
    changes.isActive === true ? { disabledAt: null, disabledReason: null, failingSince: null } : {};
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, tenantId, deletedAt: null },
    data: { ...changes, ...reactivate },
  });
  return count === 1;
}

export async function softDeleteEndpoint(db: DbTx, tenantId: string, id: string, at: Date) {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, tenantId, deletedAt: null },
    data: { deletedAt: at, isActive: false },
  });
  return count === 1;
}

export async function replaceEndpointSecret(
  db: DbTx,
  tenantId: string,
  id: string,
  secret: { secretEncrypted: string; secretPreview: string },
) {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, tenantId, deletedAt: null },
    data: secret,
  });
  return count === 1;
}

/** Active endpoints of the tenant subscribed to this type that existed when the event happened. */
export function listSubscribedEndpointIds(db: DbTx, tenantId: string, type: string, happenedAt: Date) {
  return db.webhookEndpoint.findMany({
    where: {
      tenantId,
      deletedAt: null,
      isActive: true,
      events: { has: type },
      createdAt: { lte: happenedAt },
    },
    select: { id: true },
  });
}

/** For delivery: the endpoint whatever its state (the caller decides what a disabled one means). */
export function findEndpointForDelivery(db: DbClient, id: string) {
  return db.webhookEndpoint.findUnique({
    where: { id },
    select: {
      id: true,
      tenantId: true,
      name: true,
      url: true,
      secretEncrypted: true,
      isActive: true,
      deletedAt: true,
      failingSince: true,
    },
  });
}

/** Only an active endpoint is disabled (once), so the notice goes out once. */
export async function disableEndpoint(db: DbTx, id: string, at: Date, reason: string): Promise<boolean> {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, isActive: true },
    data: { isActive: false, disabledAt: at, disabledReason: reason },
  });
  return count === 1;
}

/** Marks the endpoint failing (keeps the first failure's time); returns since when it fails. */
export async function markEndpointFailing(db: DbTx, id: string, at: Date): Promise<Date> {
  const rows = await db.$queryRaw<{ failingSince: Date }[]>`
    UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", ${at}::timestamptz)
    WHERE "id" = ${id}::uuid RETURNING "failingSince"`;
  return rows[0]?.failingSince ?? at;
}

export async function markEndpointHealthy(db: DbTx, id: string): Promise<void> {
  await db.webhookEndpoint.updateMany({
    where: { id, NOT: { failingSince: null } },
    data: { failingSince: null },
  });
}

/** Row lock taken first by every write about an attempt's outcome: one lock order, no deadlocks. */
export async function lockEndpointRow(db: DbTx, id: string): Promise<void> {
  await db.$queryRaw`SELECT "id" FROM "WebhookEndpoint" WHERE "id" = ${id}::uuid FOR UPDATE`;
}
