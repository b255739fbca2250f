import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { listConfig } from "../services/config-admin.service.js";
import { listConfigInput, listConfigMeta, listConfigOutput } from "./config.types.js";

export const listConfigRoute = platformAdminProcedure
  .meta(listConfigMeta)
  .input(listConfigInput)
  .output(listConfigOutput)
  .query(({ ctx }) => listConfig(ctx.deps));
