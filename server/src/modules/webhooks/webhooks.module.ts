import { defineModule } from "../app-module.js";
import { deliverWebhookJob } from "./jobs/deliver-webhook.job.js";
import { sweepWebhooksJob } from "./jobs/sweep-webhooks.job.js";

export const webhooksModule = defineModule({
  name: "webhooks",
  jobs: [deliverWebhookJob, sweepWebhooksJob],
});
