import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { sweepWebhooks } from "../services/fan-out.service.js";

/**
 * Durability: events are committed with their change and fanned out here; deliveries whose retry
 * came due, or whose worker died mid-attempt (lease expired), are dispatched again.
 */
export const sweepWebhooksJob = defineJob({
  name: "webhooks.sweep",
  payload: z.object({}).strict(),
  schedule: "* * * * *",
  async handler(_payload, deps) {
    const { fannedOut, dispatched } = await sweepWebhooks(deps);
    if (fannedOut + dispatched > 0) deps.log.info({ fannedOut, dispatched }, "webhook sweep");
  },
});
