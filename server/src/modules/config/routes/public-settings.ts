import { publicProcedure } from "../../../trpc/procedures.js";
import { publicSettingsInput, publicSettingsMeta, publicSettingsOutput } from "./config.types.js";

export const publicSettingsRoute = publicProcedure
  .meta(publicSettingsMeta)
  .input(publicSettingsInput)
  .output(publicSettingsOutput)
  .query(({ ctx }) => ({
    appName: ctx.deps.config.appName(),
    colorScheme: publicSettingsOutput.shape.colorScheme
      .catch("auto")
      .parse(ctx.deps.config.text("ui.color_scheme")),
  }));
