import type { DbTx } from "@baseplate/db";
import { raiseEvent } from "./raise-event.js";

async function tenantSnapshot(tx: DbTx, tenantId: string) {
  const tenant = await tx.tenant.findUnique({
    where: { id: tenantId },
    select: { id: true, name: true, slug: true },
  });
  if (!tenant) throw new Error(`tenant ${tenantId} vanished inside its own transaction`);
  return tenant;
}

async function rootTenantId(tx: DbTx): Promise<string | null> {
  const root = await tx.tenant.findFirst({ where: { isRoot: true }, select: { id: true } });
  return root?.id ?? null;
}

/**
 * Platform events go to the root tenant: a tenant that was just created has no endpoints yet, and
 * the platform admins' webhooks are the ones that want to hear about every signup and new team.
 */
export async function raiseTenantCreated(tx: DbTx, tenantId: string, ownerId: string): Promise<void> {
  const root = await rootTenantId(tx);
  if (!root) return;
  const data = { tenant: await tenantSnapshot(tx, tenantId), ownerId };
  await raiseEvent(tx, { tenantId: root, type: "tenant.created", data });
}

export async function raiseUserCreated(
  tx: DbTx,
  user: { id: string; email: string; displayName: string },
  method: "password" | "google",
): Promise<void> {
  const root = await rootTenantId(tx);
  if (!root) return;
  const data = { user: { id: user.id, email: user.email, displayName: user.displayName }, method };
  await raiseEvent(tx, { tenantId: root, type: "user.created", data });
}

export async function raiseTenantUpdated(tx: DbTx, tenantId: string): Promise<void> {
  await raiseEvent(tx, {
    tenantId,
    type: "tenant.updated",
    data: { tenant: await tenantSnapshot(tx, tenantId) },
  });
}
