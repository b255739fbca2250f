import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { deleteRefreshTokensExpiredBefore } from "../repositories/refresh-token.repository.js";

/** Expired refresh tokens can never be used again; keeping them only grows the table. */
export const purgeExpiredRefreshTokens = defineJob({
  name: "identity.purge-expired-refresh-tokens",
  payload: z.object({}).strict(),
  schedule: "17 * * * *",
  async handler(_payload, { db, clock, log }) {
    const deleted = await deleteRefreshTokensExpiredBefore(db, clock.now());
    log.info({ deleted }, "purged expired refresh tokens");
  },
});
