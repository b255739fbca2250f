import { defineModule } from "../app-module.js";
import { systemRouter } from "./system.router.js";

export const systemModule = defineModule({
  name: "system",
  routers: { system: systemRouter },
  openApiTags: [
    { name: "system", description: "Version, status and client error reports; no credentials needed" },
  ],
  rateLimits: (env) => ({
    clientErrorsPerIp: {
      points: env.RATE_LIMIT_CLIENT_ERRORS_PER_IP_PER_MINUTE,
      durationSeconds: 60,
      message: "Too many error reports from this network.",
    },
  }),
});
