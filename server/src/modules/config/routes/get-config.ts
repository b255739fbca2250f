import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { getConfig } from "../services/config-admin.service.js";
import { configNameInput, configVariableView, getConfigMeta } from "./config.types.js";

export const getConfigRoute = platformAdminProcedure
  .meta(getConfigMeta)
  .input(configNameInput)
  .output(configVariableView)
  .query(({ ctx, input }) => getConfig(ctx.deps, input.name));
