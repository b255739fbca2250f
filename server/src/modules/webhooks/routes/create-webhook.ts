import { createEndpoint } from "../services/endpoints.service.js";
import { createWebhookInput, createWebhookMeta, createWebhookOutput } from "./endpoints.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";
import { toWebhookView } from "./webhook-views.js";

export const createWebhookRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(createWebhookMeta(scope))
    .input(createWebhookInput)
    .output(createWebhookOutput)
    .mutation(async ({ ctx, input }) => {
      const created = await createEndpoint(ctx.deps, webhookActor(ctx), input);
      return { webhook: toWebhookView(created), secret: created.secret };
    });
