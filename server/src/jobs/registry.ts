import { purgeExpiredOAuthStates } from "../modules/identity/jobs/purge-expired-oauth-states.job.js";
import { purgeExpiredRefreshTokens } from "../modules/identity/jobs/purge-expired-refresh-tokens.job.js";
import { deliverEmailJob } from "../modules/mail/jobs/deliver-email.job.js";
import { expireEmailLinksJob } from "../modules/mail/jobs/expire-email-links.job.js";
import { sweepUndispatchedEmailJob } from "../modules/mail/jobs/sweep-undispatched-email.job.js";
import { purgeExpiredRateLimits } from "../modules/rate-limit/jobs/purge-expired-rate-limits.job.js";

/** Every durable job the workers run. */
export const ALL_JOBS = [
  purgeExpiredRefreshTokens,
  purgeExpiredOAuthStates,
  deliverEmailJob,
  sweepUndispatchedEmailJob,
  expireEmailLinksJob,
  purgeExpiredRateLimits,
];
