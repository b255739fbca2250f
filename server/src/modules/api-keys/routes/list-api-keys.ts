import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { listApiKeys } from "../services/api-keys.service.js";
import { listApiKeysInput, listApiKeysMeta, listApiKeysOutput } from "./api-keys.types.js";

export const listApiKeysRoute = platformAdminProcedure
  .meta(listApiKeysMeta)
  .input(listApiKeysInput)
  .output(listApiKeysOutput)
  .query(({ ctx, input }) => listApiKeys(ctx.deps, input));
