import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { deleteConfig } from "../services/config-admin.service.js";
import { configNameInput, deleteConfigMeta, deleteConfigOutput } from "./config.types.js";
import { configActor } from "./config-actor.js";

export const deleteConfigRoute = platformAdminProcedure
  .meta(deleteConfigMeta)
  .input(configNameInput)
  .output(deleteConfigOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteConfig(ctx.deps, configActor(ctx), input.name);
    return { message: "Config variable deleted" };
  });
