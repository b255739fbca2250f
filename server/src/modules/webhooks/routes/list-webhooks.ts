import { listEndpointsWithHealth } from "../services/webhook-reads.service.js";
import { listWebhooksInput, listWebhooksMeta, listWebhooksOutput } from "./endpoints.types.js";
import type { WebhookScope } from "./webhook-scope.js";
import { toWebhookView } from "./webhook-views.js";

export const listWebhooksRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(listWebhooksMeta(scope))
    .input(listWebhooksInput)
    .output(listWebhooksOutput)
    .query(async ({ ctx }) => ({
      webhooks: (await listEndpointsWithHealth(ctx.deps, ctx.tenant.tenantId)).map((endpoint) => ({
        ...toWebhookView(endpoint),
        health: endpoint.health,
      })),
    }));
