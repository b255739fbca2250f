import type { DbTx } from "@baseplate/db";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { insertMessage } from "../../messages/repositories/message.repository.js";
import { killDeliveriesOfEndpoint } from "../repositories/delivery.repository.js";
import { disableEndpoint } from "../repositories/endpoint.repository.js";

/**
 * Disables an endpoint (once), ends its waiting deliveries as dead (requeue them after fixing it)
 * and tells the tenant's owners and admins in-app, all in the caller's transaction.
 */
export async function disableFailingEndpoint(
  tx: DbTx,
  endpoint: { id: string; tenantId: string; name: string; url: string },
  at: Date,
  reason: string,
): Promise<boolean> {
  if (!(await disableEndpoint(tx, endpoint.id, at, reason))) return false;
  await killDeliveriesOfEndpoint(tx, endpoint.id, `Endpoint disabled: ${reason}`);
  const managers = await tx.membership.findMany({
    where: { tenantId: endpoint.tenantId, role: { in: ["owner", "admin"] } },
    select: { userId: true },
  });
  for (const { userId } of managers) {
    await insertMessage(tx, {
      userId,
      type: "webhook_disabled",
      title: `Webhook "${endpoint.name}" was disabled`,
      body: `Deliveries to ${endpoint.url} stopped: ${reason}. Fix the receiver, re-enable the webhook and requeue its dead deliveries.`,
      link: `/webhooks/${endpoint.id}`,
    });
  }
  await writeAudit(tx, {
    action: "webhooks.endpoint_disabled",
    severity: "warning",
    tenantId: endpoint.tenantId,
    message: `Webhook ${endpoint.name} disabled: ${reason}`,
    metadata: { endpointId: endpoint.id, reason },
  });
  return true;
}
