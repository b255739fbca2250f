import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { deleteOAuthStatesExpiredBefore } from "../repositories/oauth-state.repository.js";

/** Sign-ins abandoned on the consent screen leave their state behind; it can never be used after expiry. */
export const purgeExpiredOAuthStates = defineJob({
  name: "identity.purge-expired-oauth-states",
  payload: z.object({}).strict(),
  schedule: "*/15 * * * *",
  async handler(_payload, { db, clock, log }) {
    const deleted = await deleteOAuthStatesExpiredBefore(db, clock.now());
    log.info({ deleted }, "purged expired OAuth states");
  },
});
