import { deleteEndpoint } from "../services/endpoints.service.js";
import { deleteWebhookMeta, deleteWebhookOutput, webhookIdInput } from "./endpoints.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";

export const deleteWebhookRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(deleteWebhookMeta(scope))
    .input(webhookIdInput)
    .output(deleteWebhookOutput)
    .mutation(async ({ ctx, input }) => {
      await deleteEndpoint(ctx.deps, webhookActor(ctx), input.webhookId);
      return { status: "deleted" as const };
    });
