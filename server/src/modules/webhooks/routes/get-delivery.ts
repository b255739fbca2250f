import { getDeliveryDetail } from "../services/webhook-reads.service.js";
import { deliveryIdInput, getDeliveryMeta, getDeliveryOutput } from "./deliveries.types.js";
import type { WebhookScope } from "./webhook-scope.js";
import { toAttemptView, toDeliveryView } from "./webhook-views.js";

export const getDeliveryRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(getDeliveryMeta(scope))
    .input(deliveryIdInput)
    .output(getDeliveryOutput)
    .query(async ({ ctx, input }) => {
      const { delivery, attempts } = await getDeliveryDetail(ctx.deps, ctx.tenant.tenantId, input.deliveryId);
      return {
        delivery: { ...toDeliveryView(delivery), payload: delivery.payload },
        attempts: attempts.map((attempt) => toAttemptView({ ...attempt, eventType: delivery.eventType })),
      };
    });
