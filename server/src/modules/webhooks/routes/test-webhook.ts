import { sendTestDelivery } from "../services/operations.service.js";
import { testWebhookMeta, testWebhookOutput, webhookIdInput } from "./endpoints.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";

export const testWebhookRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(testWebhookMeta(scope))
    .input(webhookIdInput)
    .output(testWebhookOutput)
    .mutation(async ({ ctx, input }) => {
      const result = await sendTestDelivery(ctx.deps, webhookActor(ctx), input.webhookId);
      return {
        delivery: {
          id: result.deliveryId,
          eventType: "tenant.created",
          success: result.success,
          responseCode: result.status,
          durationMs: result.durationMs,
          error: result.error,
          createdAt: result.createdAt,
        },
      };
    });
