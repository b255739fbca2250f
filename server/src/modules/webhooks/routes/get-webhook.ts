import { getEndpointDetail } from "../services/webhook-reads.service.js";
import { getWebhookMeta, getWebhookOutput, webhookIdInput } from "./endpoints.types.js";
import type { WebhookScope } from "./webhook-scope.js";
import { toAttemptView, toWebhookView } from "./webhook-views.js";

export const getWebhookRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(getWebhookMeta(scope))
    .input(webhookIdInput)
    .output(getWebhookOutput)
    .query(async ({ ctx, input }) => {
      const { endpoint, attempts } = await getEndpointDetail(ctx.deps, ctx.tenant.tenantId, input.webhookId);
      return {
        webhook: toWebhookView(endpoint),
        secret: endpoint.secret,
        deliveries: attempts.map(toAttemptView),
      };
    });
