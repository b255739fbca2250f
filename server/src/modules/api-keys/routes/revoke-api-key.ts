import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { revokeApiKeyById } from "../services/api-keys.service.js";
import { revokeApiKeyInput, revokeApiKeyMeta, revokeApiKeyOutput } from "./api-keys.types.js";
import { keyActor } from "./key-actor.js";

export const revokeApiKeyRoute = platformAdminProcedure
  .meta(revokeApiKeyMeta)
  .input(revokeApiKeyInput)
  .output(revokeApiKeyOutput)
  .mutation(async ({ ctx, input }) => {
    await revokeApiKeyById(ctx.deps, keyActor(ctx), input.keyId);
    return { status: "deleted" as const };
  });
