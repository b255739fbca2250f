import { resendDelivery } from "../services/operations.service.js";
import { getDeliveryDetail } from "../services/webhook-reads.service.js";
import { deliveryIdInput, resendDeliveryMeta, resendDeliveryOutput } from "./deliveries.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";
import { toDeliveryView } from "./webhook-views.js";

export const resendDeliveryRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(resendDeliveryMeta(scope))
    .input(deliveryIdInput)
    .output(resendDeliveryOutput)
    .mutation(async ({ ctx, input }) => {
      const { deliveryId } = await resendDelivery(ctx.deps, webhookActor(ctx), input.deliveryId);
      const { delivery } = await getDeliveryDetail(ctx.deps, ctx.tenant.tenantId, deliveryId);
      return { delivery: toDeliveryView(delivery) };
    });
