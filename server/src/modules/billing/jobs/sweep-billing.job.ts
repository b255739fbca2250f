import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { sweepBilling } from "../sync/sweep.service.js";

/**
 * Nothing stays stuck: events stored but never handed to a worker (the process died in between),
 * syncs asked for while a holder crashed, past_due customers whose grace period ran out, and annual
 * subscriptions whose next month of credits has begun.
 */
export const sweepBillingJob = defineJob({
  name: "billing.sweep",
  payload: z.object({}).strict(),
  schedule: "* * * * *",
  retryLimit: 1,
  async handler(_payload, deps) {
    const swept = await sweepBilling(deps);
    if (swept.events + swept.customers > 0) deps.log.info(swept, "billing sweep");
  },
});
