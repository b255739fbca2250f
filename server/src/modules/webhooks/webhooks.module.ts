import { defineModule } from "../app-module.js";
import { deliverWebhookJob } from "./jobs/deliver-webhook.job.js";
import { startWebhookWorker } from "./services/webhook-worker.js";

export const webhooksModule = defineModule({
  name: "webhooks",
  jobs: [deliverWebhookJob],
  background: startWebhookWorker,
});
