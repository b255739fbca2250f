import { defineModule } from "../app-module.js";
import { webhookEventsOpenApi } from "./catalog/event-catalog.openapi.js";
import { deliverWebhookJob } from "./jobs/deliver-webhook.job.js";
import { startWebhookWorker } from "./services/webhook-worker.js";
import { adminWebhooksRouter, webhooksRouter } from "./webhooks.router.js";

export const webhooksModule = defineModule({
  name: "webhooks",
  routers: { webhooks: webhooksRouter, adminWebhooks: adminWebhooksRouter },
  jobs: [deliverWebhookJob],
  background: startWebhookWorker,
  openApiWebhooks: webhookEventsOpenApi,
  rateLimits: () => ({
    /** A test is an HTTP request on demand: enough to debug a receiver, too few to aim at someone. */
    webhookTestsPerEndpoint: {
      points: 10,
      durationSeconds: 60,
      message: "Too many test deliveries to this webhook; try again in a minute.",
    },
  }),
  openApiTags: [
    {
      name: "webhooks",
      description:
        "The tenant's outgoing webhooks: endpoints, signing secrets, the delivery log and its operations (owners and admins)",
    },
    { name: "admin-webhooks", description: "The platform (root tenant) webhooks (platform administrators)" },
  ],
});
