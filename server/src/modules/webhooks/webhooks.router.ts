import { router } from "../../trpc/init.js";
import { createWebhookRoute } from "./routes/create-webhook.js";
import { deleteWebhookRoute } from "./routes/delete-webhook.js";
import { getDeliveryRoute } from "./routes/get-delivery.js";
import { getWebhookRoute } from "./routes/get-webhook.js";
import { listDeliveriesRoute } from "./routes/list-deliveries.js";
import { listEventTypesRoute } from "./routes/list-event-types.js";
import { listWebhooksRoute } from "./routes/list-webhooks.js";
import { requeueDeadDeliveriesRoute } from "./routes/requeue-dead-deliveries.js";
import { requeueDeliveryRoute } from "./routes/requeue-delivery.js";
import { resendDeliveryRoute } from "./routes/resend-delivery.js";
import { rotateWebhookSecretRoute } from "./routes/rotate-webhook-secret.js";
import { testWebhookRoute } from "./routes/test-webhook.js";
import { updateWebhookRoute } from "./routes/update-webhook.js";
import { platformWebhookScope, tenantWebhookScope, type WebhookScope } from "./routes/webhook-scope.js";

function webhookRouter(scope: WebhookScope) {
  return router({
    eventTypes: listEventTypesRoute(scope),
    list: listWebhooksRoute(scope),
    get: getWebhookRoute(scope),
    create: createWebhookRoute(scope),
    update: updateWebhookRoute(scope),
    delete: deleteWebhookRoute(scope),
    test: testWebhookRoute(scope),
    rotateSecret: rotateWebhookSecretRoute(scope),
    deliveries: listDeliveriesRoute(scope),
    delivery: getDeliveryRoute(scope),
    requeue: requeueDeliveryRoute(scope),
    resend: resendDeliveryRoute(scope),
    requeueDead: requeueDeadDeliveriesRoute(scope),
  });
}

/** The tenant's webhooks (owners and admins, X-Tenant-ID). */
export const webhooksRouter = webhookRouter(tenantWebhookScope);
/** The root tenant's webhooks (platform admins). */
export const adminWebhooksRouter = webhookRouter(platformWebhookScope);
