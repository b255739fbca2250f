import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { deliverWebhook } from "../services/delivery.service.js";

/** One attempt of one delivery; retries are scheduled on the delivery row, not by the queue. */
export const deliverWebhookJob = defineJob({
  name: "webhooks.deliver",
  payload: z.object({ deliveryId: z.uuid() }).strict(),
  retryLimit: 2,
  retryDelaySeconds: 5,
  async handler({ deliveryId }, deps) {
    const result = await deliverWebhook(deps, deliveryId);
    deps.log.debug({ deliveryId, result }, "webhook delivery");
  },
});
