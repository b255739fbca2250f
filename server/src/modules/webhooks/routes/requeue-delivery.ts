import { requeueDelivery } from "../services/operations.service.js";
import { deliveryIdInput, requeueDeliveryMeta, requeueOutput } from "./deliveries.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";

export const requeueDeliveryRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(requeueDeliveryMeta(scope))
    .input(deliveryIdInput)
    .output(requeueOutput)
    .mutation(({ ctx, input }) => requeueDelivery(ctx.deps, webhookActor(ctx), input.deliveryId));
