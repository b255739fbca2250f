import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { redispatchStaleEmails } from "../services/outbox.service.js";

/**
 * Durability: mail is committed with the change that caused it, then dispatched. If the process
 * died in between, the email is still pending and never attempted; this sweep hands it over.
 */
export const sweepUndispatchedEmailJob = defineJob({
  name: "mail.sweep-undispatched",
  payload: z.object({}).strict(),
  schedule: "* * * * *",
  async handler(_payload, deps) {
    const dispatched = await redispatchStaleEmails(deps);
    if (dispatched > 0) deps.log.info({ dispatched }, "re-dispatched undelivered email");
  },
});
