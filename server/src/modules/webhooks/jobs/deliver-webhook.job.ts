import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { deliverInLane } from "../services/delivery.service.js";

/** A delivery and its endpoint's next due ones; retries are scheduled on the delivery row, not by the queue. */
export const deliverWebhookJob = defineJob({
  name: "webhooks.deliver",
  payload: z.object({ deliveryId: z.uuid() }).strict(),
  retryLimit: 2,
  retryDelaySeconds: 5,
  // Attempts mostly wait on receivers: several per node, each lane capped per endpoint.
  concurrency: 10,
  dedupeKey: ({ deliveryId }) => deliveryId,
  async handler({ deliveryId }, deps) {
    const rest = await deliverInLane(deps, deliveryId);
    if (rest) await deps.jobs.enqueueMany(deliverWebhookJob, [{ deliveryId: rest }]); // the lane goes on as a new job
  },
});
