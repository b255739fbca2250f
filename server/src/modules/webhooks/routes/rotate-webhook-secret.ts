import { rotateSecret } from "../services/endpoints.service.js";
import { rotateSecretMeta, rotateSecretOutput, webhookIdInput } from "./endpoints.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";

export const rotateWebhookSecretRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(rotateSecretMeta(scope))
    .input(webhookIdInput)
    .output(rotateSecretOutput)
    .mutation(({ ctx, input }) => rotateSecret(ctx.deps, webhookActor(ctx), input.webhookId));
