import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { deleteRateLimitsExpiredBefore } from "../repositories/rate-limit.repository.js";

/** Finished rate-limit windows in PostgreSQL are dead rows; one node clears them now and then. */
export const purgeExpiredRateLimits = defineJob({
  name: "rate-limit.purge-expired",
  payload: z.object({}).strict(),
  schedule: "*/10 * * * *",
  async handler(_payload, { db, log }) {
    // rate-limiter-flexible measures windows with Date.now(), not the injected clock.
    const deleted = await deleteRateLimitsExpiredBefore(db, new Date(Date.now() - 60_000));
    log.info({ deleted }, "purged expired rate-limit windows");
  },
});
