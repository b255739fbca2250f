import { router } from "../../trpc/init.js";
import { defineModule } from "../app-module.js";
import { adminConfigRouter } from "./config.router.js";
import { publicSettingsRoute } from "./routes/public-settings.js";
import { keepConfigCurrent } from "./services/config-sync.js";

/** Operator-editable settings, read by the product and kept current on every node. */
export const configModule = defineModule({
  name: "config",
  routers: { adminConfig: adminConfigRouter, settings: router({ public: publicSettingsRoute }) },
  everyNode: keepConfigCurrent,
  openApiTags: [
    {
      name: "admin-config",
      description:
        "Config variables (platform administrators): typed settings the product reads, changed without a restart",
    },
  ],
});
