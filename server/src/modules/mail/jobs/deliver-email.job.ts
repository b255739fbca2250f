import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { deliverEmail, MAX_DELIVERY_ATTEMPTS } from "../services/delivery.service.js";

/** Sends one queued email over SMTP; a thrown error is retried with exponential backoff. */
export const deliverEmailJob = defineJob({
  name: "mail.deliver",
  payload: z.object({ emailId: z.uuid() }).strict(),
  retryLimit: MAX_DELIVERY_ATTEMPTS - 1,
  retryDelaySeconds: 30,
  async handler({ emailId }, deps) {
    const outcome = await deliverEmail(deps, emailId);
    deps.log.info({ emailId, outcome }, "email delivery");
  },
});
