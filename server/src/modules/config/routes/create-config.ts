import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { createConfig } from "../services/config-admin.service.js";
import { configVariableView, createConfigInput, createConfigMeta } from "./config.types.js";
import { configActor } from "./config-actor.js";

export const createConfigRoute = platformAdminProcedure
  .meta(createConfigMeta)
  .input(createConfigInput)
  .output(configVariableView)
  .mutation(({ ctx, input }) => createConfig(ctx.deps, configActor(ctx), input));
