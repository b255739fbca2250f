import { listDeliveryLog } from "../services/webhook-reads.service.js";
import { listDeliveriesInput, listDeliveriesMeta, listDeliveriesOutput } from "./deliveries.types.js";
import type { WebhookScope } from "./webhook-scope.js";
import { toDeliveryView } from "./webhook-views.js";

export const listDeliveriesRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(listDeliveriesMeta(scope))
    .input(listDeliveriesInput)
    .output(listDeliveriesOutput)
    .query(async ({ ctx, input = {} }) => {
      const { cursor, limit, webhookId, from, to, status, eventType } = input;
      const filter = {
        tenantId: ctx.tenant.tenantId,
        status,
        eventType,
        endpointId: webhookId,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      };
      const page = await listDeliveryLog(ctx.deps, filter, { cursor, limit });
      return { deliveries: page.items.map(toDeliveryView), nextCursor: page.nextCursor };
    });
