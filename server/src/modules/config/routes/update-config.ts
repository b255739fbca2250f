import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { updateConfig } from "../services/config-admin.service.js";
import { configVariableView, updateConfigInput, updateConfigMeta } from "./config.types.js";
import { configActor } from "./config-actor.js";

export const updateConfigRoute = platformAdminProcedure
  .meta(updateConfigMeta)
  .input(updateConfigInput)
  .output(configVariableView)
  .mutation(({ ctx, input }) => updateConfig(ctx.deps, configActor(ctx), input));
