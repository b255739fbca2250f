import { platformAdminUserProcedure } from "../../../trpc/procedures.js";
import { createApiKey } from "../services/api-keys.service.js";
import { createApiKeyInput, createApiKeyMeta, createApiKeyOutput } from "./api-keys.types.js";
import { keyActor } from "./key-actor.js";

export const createApiKeyRoute = platformAdminUserProcedure
  .meta(createApiKeyMeta)
  .input(createApiKeyInput)
  .output(createApiKeyOutput)
  .mutation(({ ctx, input }) => createApiKey(ctx.deps, keyActor(ctx), input));
