import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { processStripeEvent } from "../sync/process-event.service.js";

/** One stored Stripe event; throwing retries it with backoff (a crash mid-way is retried, never lost). */
export const processStripeEventJob = defineJob({
  name: "billing.process-stripe-event",
  payload: z.object({ eventId: z.string().min(1).max(255) }).strict(),
  retryLimit: 12,
  retryDelaySeconds: 1,
  async handler({ eventId }, deps) {
    await processStripeEvent(deps, eventId);
  },
});
