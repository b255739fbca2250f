import type { DbTx } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { queueEmail } from "../../mail/services/outbox.service.js";
import { renderEmail } from "../../mail/templates.js";
import { insertMessage } from "../../messages/repositories/message.repository.js";
import { killDeliveriesOfEndpoint } from "../repositories/delivery.repository.js";
import { disableEndpoint } from "../repositories/endpoint.repository.js";

interface DisabledEndpoint {
  id: string;
  tenantId: string;
  name: string;
  url: string;
}

/** Where the webhook's page is: the admin console for the platform's own webhooks. */
async function webhookPage(deps: AppDeps, tx: DbTx, endpoint: DisabledEndpoint): Promise<string> {
  const tenant = await tx.tenant.findUnique({ where: { id: endpoint.tenantId }, select: { isRoot: true } });
  return deps.links.to(`${tenant?.isRoot ? "/admin" : "/app"}/webhooks/${endpoint.id}`);
}

/**
 * Disables an endpoint (once), ends its waiting deliveries as dead (requeue them after fixing it)
 * and tells the tenant's owners and admins in-app and by mail, all in the caller's transaction.
 * Returns the queued emails (dispatch them after the commit), or null if it was disabled already.
 */
export async function disableFailingEndpoint(
  deps: AppDeps,
  tx: DbTx,
  endpoint: DisabledEndpoint,
  at: Date,
  reason: string,
): Promise<string[] | null> {
  if (!(await disableEndpoint(tx, endpoint.id, at, reason))) return null;
  await killDeliveriesOfEndpoint(tx, endpoint.id, `Endpoint disabled: ${reason}`);
  const managers = await tx.membership.findMany({
    where: { tenantId: endpoint.tenantId, role: { in: ["owner", "admin"] }, user: { isActive: true } },
    select: { userId: true, user: { select: { email: true } } },
  });
  const title = `Webhook "${endpoint.name}" was disabled`;
  const body = `Deliveries to ${endpoint.url} stopped: ${reason}. Fix the receiver, re-enable the webhook and requeue its dead deliveries.`;
  const link = await webhookPage(deps, tx, endpoint);
  const emails: string[] = [];
  for (const { userId, user } of managers) {
    await insertMessage(tx, { userId, type: "webhook_disabled", title, body, link });
    const content = renderEmail(deps.config.appName(), {
      heading: title,
      paragraphs: [body],
      action: { label: "Open the webhook", url: link },
      footer: "You get this because you are an owner or admin of the team.",
    });
    emails.push(await queueEmail(deps, tx, { to: user.email, kind: "webhook_disabled", ...content }));
  }
  await writeAudit(tx, {
    action: "webhooks.endpoint_disabled",
    severity: "high",
    tenantId: endpoint.tenantId,
    message: `Webhook ${endpoint.name} disabled: ${reason}`,
    metadata: { endpointId: endpoint.id, reason },
  });
  return emails;
}
