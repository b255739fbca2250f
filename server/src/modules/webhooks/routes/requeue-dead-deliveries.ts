import { requeueAllDead } from "../services/operations.service.js";
import { requeueDeadInput, requeueDeadMeta, requeueOutput } from "./deliveries.types.js";
import { type WebhookScope, webhookActor } from "./webhook-scope.js";

export const requeueDeadDeliveriesRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(requeueDeadMeta(scope))
    .input(requeueDeadInput)
    .output(requeueOutput)
    .mutation(({ ctx, input }) => requeueAllDead(ctx.deps, webhookActor(ctx), input?.webhookId));
