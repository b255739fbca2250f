import { updateEndpoint } from "../services/endpoints.service.js";
import { updateWebhookInput, updateWebhookMeta, updateWebhookOutput } from "./endpoints.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";
import { toWebhookView } from "./webhook-views.js";

export const updateWebhookRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(updateWebhookMeta(scope))
    .input(updateWebhookInput)
    .output(updateWebhookOutput)
    .mutation(async ({ ctx, input: { webhookId, ...changes } }) => ({
      webhook: toWebhookView(await updateEndpoint(ctx.deps, webhookActor(ctx), webhookId, changes)),
    }));
