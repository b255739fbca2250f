import { purgeExpiredRefreshTokens } from "../modules/identity/jobs/purge-expired-refresh-tokens.job.js";

/** Every durable job the workers run. */
export const ALL_JOBS = [purgeExpiredRefreshTokens];
