import { defineModule } from "../app-module.js";
import { adminRouter } from "./admin.router.js";

export const adminModule = defineModule({
  name: "admin",
  routers: { admin: adminRouter },
  openApiTags: [
    {
      name: "admin",
      description: "Platform administration: admins and owners of the root tenant, or admin API keys",
    },
  ],
});
