import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import {
  deleteRefreshTokensExpiredBefore,
  deleteSpentRefreshTokensBefore,
} from "../repositories/refresh-token.repository.js";

/**
 * How long every spent refresh token is kept for replay detection. Presenting a spent token whose
 * row still exists revokes its session; once the row is gone it is only an invalid token (401)
 * and the session lives on. So: every spent token for an hour (a stolen token replayed soon after
 * the rightful client rotated is caught), and the newest spent token of each session until it
 * expires (the usual replay: a client or thief using the previous token). A session thus keeps
 * at most its live token, its last spent one and those spent within the hour, however often it
 * refreshes.
 */
export const SPENT_TOKEN_GRACE_MS = 3_600_000;

/** Expired refresh tokens can never be used again; keeping them only grows the table. */
export const purgeExpiredRefreshTokens = defineJob({
  name: "identity.purge-expired-refresh-tokens",
  payload: z.object({}).strict(),
  schedule: "17 * * * *",
  async handler(_payload, { db, clock, log }) {
    const now = clock.now();
    const expired = await deleteRefreshTokensExpiredBefore(db, now);
    const spent = await deleteSpentRefreshTokensBefore(db, new Date(now.getTime() - SPENT_TOKEN_GRACE_MS));
    log.info({ expired, spent }, "purged expired and spent refresh tokens");
  },
});
